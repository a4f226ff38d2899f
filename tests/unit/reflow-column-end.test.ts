// What a column end after a colon or a sentence end means on pages printed one <p> per column
// piece (浙江日报's markup, /work/shared/epaper-sites.md). The pages are printed from
// hand-written paragraphs with the generator (tests/helpers/print-shapes.ts, shape `p-cut`),
// 14 characters × 5 lines to the column; each test first checks the page has the shape under test.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { textToLines } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { lastLineFill, pieceGrid, printLines } from '../../lib/reflow/piece-grid';
import { printBlocks } from '../helpers/print-shapes';
import { BLIND_PAGES, blindGold } from '../helpers/blind-pages';

const body = (text: string): Block => ({ kind: 'body', text });
const pieces = (text: string): string[] => text.split('\n').filter((l) => l.trim());
const texts = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);

// 70 characters: one full column of 14 × 5, ending in a colon that announces the list after it.
const COLON_COLUMN = '为进一步方便群众出行，区交通运输局近日出台了公交优化提升方案，明确今年将重点推进四个方面的工作，并向社会公布了具体的任务清单，主要内容包括：';
const LIST = '一是新开通社区微循环公交线路六条；二是优化调整线路十一条；三是新设候车亭十二座；四是全面推广电子站牌和移动支付。';
// Long paragraphs that columns cut mid-sentence (the cuts the page's grid is found from).
const MORE = [
  '据介绍，区交通运输局还将结合城市有机更新，在老旧小区、学校和医院周边增设公交站点，并根据客流变化动态调整发车间隔，让群众出行更加便捷、更加舒心，努力打造人民满意交通。',
  '记者在现场看到，新开通的微循环公交车内干净整洁，座椅宽敞舒适，车厢内还设置了爱心专座和无障碍通道，不少老年人和学生乘坐后纷纷点赞，表示出门办事、上学放学都比以前方便多了。',
  '家住宁围街道的王大伯告诉记者，过去去区中医院看病要转两趟车，现在小区门口就能坐上直达的微循环公交，二十分钟就到了，再也不用起早赶车，他和老伴每个月复诊都方便了不少。',
  '区交通运输局有关负责人表示，微循环公交是打通城市交通毛细血管的重要举措，接下来还将联合属地镇街广泛征集群众意见，按照成熟一条开通一条的原则，逐步实现城乡社区公交服务全覆盖。',
];

describe('a colon at a column end on a page of column pieces', () => {
  it('joins the paragraph when the colon fills the last line of a column of the page grid', () => {
    expect(printLines(COLON_COLUMN, 14)).toBe(5);
    const text = printBlocks([body(COLON_COLUMN + LIST), ...MORE.map(body)], 'p-cut', 14, 5);
    expect(pieces(text)[0]).toBe(COLON_COLUMN);
    expect(texts(text)).toEqual([COLON_COLUMN + LIST, ...MORE]);
  });

  it('keeps an explicit break after a colon that ends a short piece inside a column', () => {
    const intro = '区交通运输局近日公布了任务清单，主要内容包括：';
    const text = printBlocks([body(intro), body(LIST), ...MORE.map(body)], 'p-cut', 14, 5);
    expect(pieces(text)[0]).toBe(intro);
    expect(printLines(intro, 14)).toBe(2);
    expect(texts(text)).toEqual([intro, LIST, ...MORE]);
  });
});

// 67 characters: four full lines of 14 and a last line of 11 ending the paragraph (a column of 5).
const SHORT_END = '今年以来，区交通运输局聚焦群众出行最后一公里，新开通社区微循环公交线路六条，优化调整线路十一条，日均服务乘客超过两万人次，好评率上升。';
const LEANS = '同时，新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅。';
// 70 characters: five full lines of 14, the last ending in 。.
const FULL_END = '今年以来，区交通运输局聚焦群众出行最后一公里，新开通社区微循环公交线路六条，优化调整线路十一条，日均服务乘客超过两万余人次，好评率稳步上升。';

describe('a sentence end at a column end on a page of column pieces', () => {
  it('ends the paragraph when its last line is short of the column, even before a piece that leans on it (同时，)', () => {
    expect(printLines(SHORT_END, 14)).toBe(5);
    const text = printBlocks([body(SHORT_END), body(LEANS), ...MORE.map(body)], 'p-cut', 14, 5);
    expect(pieces(text).slice(0, 2)).toEqual([SHORT_END, LEANS]);
    expect(texts(text)).toEqual([SHORT_END, LEANS, ...MORE]);
  });

  it('keeps the paragraph whole when the sentence ends on the full last line of the column', () => {
    expect(printLines(FULL_END, 14)).toBe(5);
    const text = printBlocks([body(FULL_END + LEANS), ...MORE.map(body)], 'p-cut', 14, 5);
    expect(pieces(text).slice(0, 2)).toEqual([FULL_END, LEANS]);
    expect(texts(text)).toEqual([FULL_END + LEANS, ...MORE]);
  });
});

describe('the grid of a short page of column pieces', () => {
  it('is one under which every piece cut mid-sentence fills its last line', () => {
    const text = printBlocks([body(FULL_END + LEANS), ...MORE.map(body)], 'p-cut', 14, 5);
    const grid = pieceGrid(measure(textToLines(text)));
    expect(grid).toBeDefined();
    const cut = pieces(text).filter((p) => !/[。！？”]$/u.test(p));
    expect(cut.length).toBeGreaterThanOrEqual(3);
    for (const p of cut) expect(lastLineFill(p, grid?.width ?? 0)).toBeGreaterThanOrEqual((grid?.width ?? 0) - 1);
  });
});

describe('a list of items ending in "；" on a page where blank lines end paragraphs', () => {
  // The 湖北日报 pad and 光明日报 blind pages (tests/fixtures/pages/blind2-hbrb-pad.html,
  // blind2-gmrb-pc.html): a measure announced, then its items, each a paragraph of one or two
  // lines; re-printed with a blank line after every paragraph, the items were merged.
  const pages = BLIND_PAGES.filter((p) => /hbrb-pad|gmrb-pc/u.test(p.file));
  it.each(pages.flatMap((p) => [11, 13, 15].map((w) => [p.file, w, p] as const)))('%s at width %i ends a paragraph after each item whose last line is short', (_f, w, page) => {
    const gold = blindGold(page);
    const got = new Set(reflowText(printBlocks(gold, 'br-blank', w, 12), { punctuation: false }).map((b) => b.text));
    // An item whose last line fills the column may be cut there (a column end): not asked for.
    const items = gold.filter((b) => /；$/u.test(b.text) && lastLineFill(b.text, w, 0) < w - 1);
    expect(items.length).toBeGreaterThan(0);
    // The paragraph ends right after each such item (the item before may have joined it).
    expect(items.filter((b) => ![...got].some((t) => t.endsWith(b.text)))).toEqual([]);
  });
});
