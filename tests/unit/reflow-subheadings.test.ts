// Subheadings between the paragraphs of one article (萧山日报 and 浙江日报 run them inside the
// columns: `聚焦民生 监督暖心`, /work/shared/epaper-sites.md) against the one-line fragments a
// column cut leaves at a column's foot. The pages are printed from hand-written paragraphs with
// the generator (tests/helpers/print-shapes.ts), 14 characters × 5 lines to the column; each
// test first checks the page has the shape under test.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printLines } from '../../lib/reflow/piece-grid';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const body = (text: string): Block => ({ kind: 'body', text });
const heading = (text: string): Block => ({ kind: 'heading', text });
const repaired = (blocks: Block[], shape: PrintShape): Block[] =>
  reflowText(printBlocks(blocks, shape, 14, 5), { punctuation: false }).map((b) => ({ kind: b.kind, text: b.text }));
const printed = (blocks: Block[], shape: PrintShape): string[] => printBlocks(blocks, shape, 14, 5).split('\n');

// 50 characters: three full lines of 14 and a short fourth line; the next line is a column's last.
const FOUR_LINES = '今年以来，区纪委监委聚焦群众身边的关键小事，深入开展专项监督，推动解决了一批群众急难愁盼问题。';
// Long paragraphs that columns cut mid-sentence (the cuts the page's grid is found from).
const MORE = [
  '据介绍，区交通运输局还将结合城市有机更新，在老旧小区、学校和医院周边增设公交站点，并根据客流变化动态调整发车间隔，让群众出行更加便捷、更加舒心，努力打造人民满意交通。',
  '记者在现场看到，新开通的微循环公交车内干净整洁，座椅宽敞舒适，车厢内还设置了爱心专座和无障碍通道，不少老年人和学生乘坐后纷纷点赞，表示出门办事、上学放学都比以前方便多了。',
  '家住宁围街道的王大伯告诉记者，过去去区中医院看病要转两趟车，现在小区门口就能坐上直达的微循环公交，二十分钟就到了，再也不用起早赶车，他和老伴每个月复诊都方便了不少。',
  '区交通运输局有关负责人表示，微循环公交是打通城市交通毛细血管的重要举措，接下来还将联合属地镇街广泛征集群众意见，按照成熟一条开通一条的原则，逐步实现城乡社区公交服务全覆盖。',
];
// Its first 14 characters carry no clause mark: cut at a column's foot they look like a headline.
const CUT_AT_FOOT = '区交通运输局有关负责人介绍说这批线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅，方便群众候车。';

describe('a subheading in a page of column pieces (one <p> per piece)', () => {
  it('stays a headline where it takes the last line of a column but does not fill it', () => {
    expect(printLines(FOUR_LINES, 14)).toBe(4);
    const blocks = [body(FOUR_LINES), heading('聚焦民生 监督暖心'), ...MORE.map(body)];
    expect(printed(blocks, 'p-cut').slice(0, 4)).toEqual([FOUR_LINES, '', '聚焦民生 监督暖心', '']);
    expect(repaired(blocks, 'p-cut')).toEqual(blocks);
  });

  it('still joins a piece that fills the last line of a column, cut mid-sentence, with the rest of its paragraph', () => {
    const blocks = [body(FOUR_LINES), body(CUT_AT_FOOT), ...MORE.map(body)];
    expect(printed(blocks, 'p-cut')[2]).toBe(CUT_AT_FOOT.slice(0, 14));
    expect(repaired(blocks, 'p-cut')).toEqual(blocks);
  });
});

describe('a subheading in pre-wrap text without indentation', () => {
  // 14 characters: exactly as wide as the column, set apart by blank lines in mid-column.
  const FULL_WIDTH = '萧山公安召开庆祝妇女节座谈会';

  it('is a headline when the blank line after it is no column end of the page', () => {
    const blocks = [...MORE.slice(0, 2).map(body), heading(FULL_WIDTH), ...MORE.slice(2).map(body)];
    const lines = printed(blocks, 'prewrap-plain');
    const at = lines.indexOf(FULL_WIDTH);
    expect([lines[at - 1], lines[at + 1]]).toEqual(['', '']);
    expect(repaired(blocks, 'prewrap-plain')).toEqual(blocks);
  });

  it('joins a full line left alone at a column foot under a headline with the rest of its paragraph', () => {
    // The headline takes line 4 of the second column, the paragraph's first line line 5.
    const lead = '今年以来，区纪委监委聚焦群众身边的小事开展专项监督。';
    const blocks = [body(MORE[0] as string), body(lead), heading('聚焦民生 监督暖心'), body(CUT_AT_FOOT), ...MORE.slice(1).map(body)];
    const lines = printed(blocks, 'prewrap-plain');
    const at = lines.indexOf(CUT_AT_FOOT.slice(0, 14));
    expect([lines[at - 2], lines[at - 1], lines[at + 1]]).toEqual(['聚焦民生 监督暖心', '', '']);
    expect(repaired(blocks, 'prewrap-plain')).toEqual(blocks);
  });
});

describe('a full line alone at a column foot, then a photo caption (<br> lines with blank lines)', () => {
  // 38 characters: three full lines of 11 and a short fourth; the next paragraph's first line
  // is the column's last, the caption stands at the cut, and two lines with a comma follow.
  const A = '今年以来，区交通运输局聚焦群众出行难题，新开通公交线路六条，优化线路十一条。';
  const B = '区交通运输局有关负责人介绍，具体线路设置详见附件1';
  const CAPTION = '市民在新开通的公交站台候车。（通讯员 王萍 摄）';
  const page = (b: string): Block[] => [body(A), body(b), { kind: 'caption', text: CAPTION }, ...MORE.map(body)];

  it('is no headline where two lines with a comma go on after the caption (they are no headline either)', () => {
    const lines = printBlocks(page(B), 'br-blank', 11, 5).split('\n');
    expect(lines.slice(4, 11)).toEqual(['', '区交通运输局有关负责人', '', CAPTION, '', '介绍，具体线路设置详见', '附件1']);
    const out = reflowText(lines.join('\n'), { punctuation: false });
    expect(out.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(out[1]?.text.startsWith(B)).toBe(true);
  });

  it('is a headline where a one-line headline follows the caption', () => {
    const blocks = [body(A), heading('区交通运输局有关负责人'), { kind: 'caption', text: CAPTION } as Block, heading('新线路全部采用新能源车'), ...MORE.map(body)];
    const out = reflowText(printBlocks(blocks, 'br-blank', 11, 5), { punctuation: false });
    expect(out.slice(1, 4).map((b) => b.kind)).toEqual(['heading', 'caption', 'heading']);
  });
});
