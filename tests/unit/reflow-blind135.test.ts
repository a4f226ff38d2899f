// The rule the blind135 round added. lib/reflow/line-elements.ts (isLinePerElement): on a page that sets every print line in a
// `<p>` of its own, a photo caption ending in its credit in a `<p>` among the print lines (`……巡查航道。（记者　徐　晴　摄）`),
// where the page keeps no picture element, is set to the picture's width, not the column's: it no longer stops the page being
// read as one print line to an element (blind135's 嘉兴日报 人物 page, blind131's 嘉兴日报 专题 and 金华日报 人物特写, blind84's
// 宁波日报 图片新闻). Before, the caption wider than the column made each `<p>` boundary a possible paragraph end, and
// paragraphs were parted after full lines ending in 。 (one with the 。 hanging past the column).
import { describe, expect, it } from 'vitest';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { isLinePerElement } from '../../lib/reflow/line-elements';

const CAPTION = '老船长在运河上巡查航道。（记者　徐　晴　摄）';
/** Print lines seventeen wide, each a `<p>` of its own (gap 1), paragraphs opened by indentation; a 。 hangs past the column. */
const PRINT: readonly (readonly [string, boolean])[] = [
  ['　　这是老船长在运河上工作的第三十', true], ['个年头。从年轻的水手到航道站的“老', false], ['船长”，他几乎每天都在这条河上度过。', false],
  ['“运河就像我的老朋友，哪里水深、哪', false], ['里有弯，我闭着眼睛都知道。”他笑着', false], ['说。', false],
  ['　　父亲是运河上的船工，常年跑船运', true], ['货。小时候，老船长最盼望的，就是父', false], ['亲的船靠岸的日子。“那时候觉得，运', false],
  ['河就是世界上最长的路，顺着它能走到', false], ['很远很远的地方。”', false],
  ['　　技术进步了，老船长却一点也没闲', true], ['下来。他带着队员们学习使用新设备，', false], ['把多年积累的经验整理成巡查手册，哪', false],
  ['些河段容易淤积、哪些桥梁净空不足、', false], ['哪些弯道容易出事故，都标得清清楚楚。', false], ['这本手册，成了航道站新员工的必读书。', false],
  ['　　这些年，运河先后完成了航道整治', true], ['和三级航道改造，河道拓宽了，船闸扩', false], ['建了，还装上了电子监控和船舶定位系', false],
  ['统。', false],
];
const lines = (caption: string | null, at: number): SourceLine[] => {
  const out: SourceLine[] = PRINT.map(([text, indent]) => ({ text: text.trim(), gap: 1, indent }));
  if (caption !== null) out.splice(at, 0, { text: caption, gap: 1, indent: false });
  return out;
};
const FIRST = '这是老船长在运河上工作的第三十个年头。从年轻的水手到航道站的“老船长”，他几乎每天都在这条河上度过。“运河就像我的老朋友，哪里水深、哪里有弯，我闭着眼睛都知道。”他笑着说。';
const SECOND = '父亲是运河上的船工，常年跑船运货。小时候，老船长最盼望的，就是父亲的船靠岸的日子。“那时候觉得，运河就是世界上最长的路，顺着它能走到很远很远的地方。”';
const THIRD = '技术进步了，老船长却一点也没闲下来。他带着队员们学习使用新设备，把多年积累的经验整理成巡查手册，哪些河段容易淤积、哪些桥梁净空不足、哪些弯道容易出事故，都标得清清楚楚。这本手册，成了航道站新员工的必读书。';
const FOURTH = '这些年，运河先后完成了航道整治和三级航道改造，河道拓宽了，船闸扩建了，还装上了电子监控和船舶定位系统。';
const ALL = [FIRST, SECOND, THIRD, FOURTH].map((t) => `body: ${t}`);

describe('a credited caption in a <p> of its own among print lines set one to a <p> (isLinePerElement)', () => {
  it('changes: the page is still read as one print line to an element', () => {
    expect(isLinePerElement(lines(CAPTION, 11))).toBe(true);
    expect(isLinePerElement(lines('图为老船长在运河上巡查航道，河面上来往的货船排成一列。（图片由受访者提供）', 3))).toBe(true);
  });

  it('changes: gives the paragraphs whole, not parted after the line whose 。 hangs past the column, and the caption', () => {
    expect(reflowLines(lines(CAPTION, 11)).map((b) => `${b.kind}: ${b.text}`)).toEqual([...ALL.slice(0, 2), `caption: ${CAPTION}`, ...ALL.slice(2)]);
    // At a column's end inside a paragraph: the paragraph whole, the caption after it.
    expect(reflowLines(lines(CAPTION, 14)).map((b) => `${b.kind}: ${b.text}`)).toEqual([...ALL.slice(0, 3), `caption: ${CAPTION}`, ...ALL.slice(3)]);
  });

  it('leaves alone: a wide line with no credit still stops the reading; so do paragraphs a <p> each beside a credited caption', () => {
    expect(isLinePerElement(lines('老船长在运河上巡查航道，河面上来往的货船排成了长长的一列。', 11))).toBe(false);
    const paragraphs: SourceLine[] = [FIRST, CAPTION, SECOND, THIRD].map((text) => ({ text, gap: 1, indent: text !== CAPTION }));
    expect(isLinePerElement(paragraphs)).toBe(false);
    expect(reflowLines(paragraphs).map((b) => b.kind)).toEqual(['body', 'caption', 'body', 'body']);
  });

  it('leaves alone: a page of print lines with no caption reads as before', () => {
    expect(isLinePerElement(lines(null, 0))).toBe(true);
    expect(reflowLines(lines(null, 0)).map((b) => `${b.kind}: ${b.text}`)).toEqual(ALL);
  });
});
