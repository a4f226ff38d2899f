// The boundaries nothing marks: a sentence ending on a full print line of pre-wrap text without
// indentation (嘉兴日报 pre-wrap pages, /work/shared/epaper-sites.md), or right before a blank line
// where a column ends (萧山日报 <br> pages). The pages are printed from hand-written paragraphs
// with the generator in tests/helpers/print-shapes.ts; each test first checks the printed page
// has the shape under test, then that the repair gives back the hand-written paragraphs.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { visualWidth } from '../../lib/reflow/chars';
import { measure, runWidths } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const print = (shape: PrintShape, width: number, height: number, ...paras: string[]): string =>
  printBlocks(paras.map((text) => ({ kind: 'body' as const, text })), shape, width, height);
const repaired = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);
const printed = (text: string): string[] => text.split('\n').filter((l) => l.trim());

// 28 characters: two full lines of 14 ending in 。 — a paragraph too short to be likely.
const SHORT = '今年以来，区交通运输局聚焦群众出行难题，新开通公交六条。';
// 70 characters: five full lines of 14, the last ending in 。.
const LONG = '今年以来，区交通运输局聚焦群众出行最后一公里，新开通社区微循环公交线路六条，优化调整线路十一条，日均服务乘客超过两万余人次，好评率稳步上升。';
const MORE = '公交公司还将根据客流变化适时调整发车班次，进一步提升群众出行的便利度和满意度。';
const TAIL = '新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅，方便群众在家门口候车出行，日均服务乘客两千余人次。';

describe('a sentence ending on a full line with nothing else marking paragraphs', () => {
  it('prints the shape under test: the sentence ends exactly at the end of a full line', () => {
    for (const para of [SHORT, LONG]) {
      const lines = printed(print('prewrap-plain', 14, 40, para, `据介绍，${TAIL}`));
      const end = lines.findIndex((l) => l.endsWith('。'));
      expect(visualWidth(lines[end] as string)).toBe(14);
      expect(lines[end + 1]?.startsWith('据介绍')).toBe(true);
    }
  });

  it('ends a short paragraph where the next line opens with a new paragraph’s wording (据介绍，)', () => {
    const text = print('prewrap-plain', 14, 40, SHORT, `据介绍，${TAIL}`);
    expect(repaired(text)).toEqual([SHORT, `据介绍，${TAIL}`]);
    // Without the opening, a paragraph that short goes on.
    expect(repaired(print('prewrap-plain', 14, 40, SHORT, `记得${TAIL}`))).toHaveLength(1);
  });

  it('keeps a long paragraph going where the next line leans on the sentence before (同时，)', () => {
    const text = print('prewrap-plain', 14, 40, `${LONG}同时，${TAIL}`);
    expect(repaired(text)).toEqual([`${LONG}同时，${TAIL}`]);
    // Without the leaning word the boundary scorer weighs the lengths: a long sentence followed by
    // a paragraph of two long sentences is more than one news paragraph runs, and is told apart.
    const next = `沿途${TAIL}${MORE}`;
    expect(repaired(print('prewrap-plain', 14, 40, LONG, next))).toEqual([LONG, next]);
  });

  it('leaves `随后，` (a news paragraph often opens with what happened next) to the scorer, unlike `同时，`', () => {
    const next = `随后，${TAIL}${MORE}`;
    expect(repaired(print('prewrap-plain', 14, 40, LONG, next))).toEqual([LONG, next]);
    expect(repaired(print('prewrap-plain', 14, 40, `${LONG}同时，${TAIL}${MORE}`))).toHaveLength(1);
  });

  it('keeps the speaker of a quotation with it (…。” / 区文明办有关负责人表示。)', () => {
    // Both the quotation and what follows are long enough that lengths alone would split here.
    const quote = '“我们要把服务送到群众家门口，让老人少跑腿，办事更方便，办事窗口就设在小区门口旁边，真正打通为民服务的最后一公里，让大家都满意，越来越有获得感。”';
    const para = `${quote}区文明办有关负责人表示。${TAIL}`;
    const lines = printed(print('prewrap-plain', 14, 40, LONG, para));
    expect(lines.some((l) => l.endsWith('。”') && visualWidth(l) >= 14)).toBe(true);
    expect(repaired(print('prewrap-plain', 14, 40, LONG, para))).toEqual([LONG, para]);
  });

  it('keeps an author credit on a line of its own with its paragraph, never a headline', () => {
    const text = `${printed(print('prewrap-plain', 14, 40, LONG)).join('\n')}\n(朱艳佳)`;
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['body', `${LONG}(朱艳佳)`]]);
  });

  it('ends a paragraph at a line short of its column before a column cut, whatever it ends with', () => {
    // Column height 5: LONG fills the first column; the next paragraph ends, without a full stop,
    // on a short line right before the second column's cut.
    const next = '新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅，方便群众在家门口候车出行，真正打通“最后一公里”';
    const text = print('prewrap-plain', 14, 5, LONG, next, TAIL);
    expect(text.split('\n\n')[1]?.split('\n').pop()).toBe('“最后一公里”');
    expect(repaired(text)).toEqual([LONG, next, TAIL]);
  });
});

describe('a sentence ending on a full line right before a blank line where a column ends', () => {
  it('keeps a paragraph too short to be likely going across the column cut (<br> lines, blank lines)', () => {
    // Columns of 5 lines: P0 takes 3, SHORT the last 2 of the first column, so the blank line
    // after it is a column cut; the long paragraphs after it are cut mid-sentence by columns,
    // which gives the page its regular column height.
    const P0 = '区交通运输局聚焦群众出行最后一公里，新开通社区微循环公交线路六条，优化调整线路。';
    const twice = (open: string): string => `${open}${TAIL.slice(0, -1)}，${TAIL}`;
    const paras = [P0, SHORT + TAIL, twice('据介绍，'), twice('下一步，'), twice('此外，'), `会上，${TAIL}`];
    const text = print('br-blank', 14, 5, ...paras);
    expect(text.split('\n\n')[1]).toBe('今年以来，区交通运输局聚焦群\n众出行难题，新开通公交六条。');
    expect(repaired(text)).toEqual(paras);
  });
});

describe('column width of a run', () => {
  it('is the width of the lines that fill the column, not of those with a mark hanging past it', () => {
    const text = ['区交通运输局聚焦群众出行最后', '一公里，新开通社区微循环公交，', '线路六条，优化调整线路十一条，', '日均服务乘客超过两万人次以上', '好评率稳步上升。'].join('\n');
    const lines = measure(textToLines(text));
    expect(lines.map((l) => l.width)).toEqual([14, 15, 15, 14, 8]);
    expect(runWidths(lines)).toEqual([14]);
  });
});

describe('a notice’s signature', () => {
  it('is body text standing apart, never a headline', () => {
    const text = ['特此公告。', '', '临平区市场监督管理局', '', '沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅。'].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => [b.kind, b.text])).toEqual([
      ['body', '特此公告。'],
      ['body', '临平区市场监督管理局'],
      ['body', '沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅。'],
    ]);
  });
});
