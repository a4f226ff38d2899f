// A page whose paragraphs near a boundary are all too short to measure their column (a run of
// one-line paragraphs, briefs of two lines): the column width is taken from the nearest measured run
// however far it is (columns are alike on a page), not left unknown, where an unknown width made every
// line read as short of its column, so a sentence ending on a full line inside a paragraph ended it
// (tests/fixtures/corpus/dev5/ re-printed showed it). Text written for these tests in a county paper's shape.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { columnWidthFor, type Line } from '../../lib/reflow/columns';
import { printBlocks } from '../helpers/print-shapes';

const MARKET: Block[] = [
  { kind: 'heading', text: '冬日暖阳下的集市' },
  { kind: 'body', text: '周末一早，城南农贸市场外的临时集市就热闹起来，附近村民挑着自家种的蔬菜、腌好的咸菜和刚出锅的年糕来到这里，吆喝声此起彼伏，来买年货的市民把小路挤得满满当当。' },
  { kind: 'body', text: '青菜一元一斤。' },
  { kind: 'body', text: '萝卜两元一斤。' },
  { kind: 'body', text: '年糕五元一斤。' },
  { kind: 'body', text: '笋干论两卖。' },
  { kind: 'body', text: '土鸡蛋一元一个。' },
  { kind: 'body', text: '集市每周六开一次，已经办了三年多。今年，街道给摊主们统一搭了遮阳棚。' },
];

const lineOfRun = (run: number): Line => ({ run }) as Line;

describe('the column width of a run too short to measure', () => {
  it.each([18, 19])('keeps a paragraph whose first line ends a sentence on a full line (%i wide)', (width) => {
    const text = printBlocks(MARKET, 'br-blank', width, 16);
    const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
    expect(bodies).toEqual(MARKET.slice(1).map((b) => b.text));
  });

  it('is the nearest measured run, however far, after its own', () => {
    const widths = [17, undefined, undefined, undefined, undefined, undefined, undefined];
    expect(columnWidthFor(widths, lineOfRun(6), lineOfRun(6))).toBe(17);
    // Its own run's width, and a nearer run's, come first.
    expect(columnWidthFor([17, undefined, 13, undefined, undefined, undefined, 12], lineOfRun(6), lineOfRun(6))).toBe(12);
    expect(columnWidthFor([17, undefined, undefined, undefined, undefined, 14, undefined], lineOfRun(6), lineOfRun(6))).toBe(14);
    expect(columnWidthFor([undefined, undefined], lineOfRun(1), lineOfRun(1))).toBeUndefined();
  });
});
