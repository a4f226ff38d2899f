// A page of plain pre-wrap text set on a strict grid with elements of short lines among its
// paragraphs (a poem's lines, one to a line, with no mark at their ends): the page is still
// print (`PageEvidence.regular`), so each short line ends its element. Half its lines cut
// mid-sentence fill the column exactly and hardly any falls a little short; a page justified
// loosely, whose lines cut mid-sentence fall a character or two short here and there, is not
// taken for one. Text written for these tests in the shape of a county paper's 副刊.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';
import { textToLines } from '../../lib/reflow/lines';
import { printBlocks } from '../helpers/print-shapes';

const ESSAY: Block[] = [
  { kind: 'heading', text: '溪水谣' },
  { kind: 'body', text: '小时候，外婆家门前有一条小溪，夏天我们在溪里摸螺蛳、捉小鱼，一玩就是一整天。去年回村，我站在溪边想起许多旧事，写下了这几行诗。' },
  { kind: 'body', text: '门前的小溪' },
  { kind: 'body', text: '流过外婆的石埠头' },
  { kind: 'body', text: '流过我光着脚的童年' },
  { kind: 'body', text: '也流过每一个春天' },
  { kind: 'body', text: '如今溪边修起了步道，装上了路灯，晚饭后散步的村民越来越多。外婆说，这条溪比从前更干净了，鱼也多了起来。' },
];
const bodiesOf = (blocks: readonly Block[]): string[] => blocks.filter((b) => b.kind === 'body').map((b) => b.text);
const evidenceOf = (text: string): ReturnType<typeof pageEvidence> => {
  const lines = measure(textToLines(text));
  return pageEvidence(lines, runWidths(lines));
};

describe('a strict grid with short unmarked lines among its paragraphs', () => {
  for (const width of [11, 12]) {
    it(`gives each of a poem's lines a paragraph between two paragraphs of prose (${width} wide)`, () => {
      const text = printBlocks(ESSAY, 'prewrap-plain', width, 30);
      expect(evidenceOf(text).regular).toBe(true);
      expect(bodiesOf(reflowText(text, { punctuation: false }))).toEqual(bodiesOf(ESSAY));
    });
  }

  it('does not take a loosely justified page for a strict grid', () => {
    const strict = printBlocks(ESSAY, 'prewrap-plain', 12, 30).split('\n');
    // The same page with a character and a half gone from three of its lines cut mid-sentence (a
    // loose justification: widths 10.5 instead of 12), the poem's lines as they were.
    let taken = 0;
    const loose = strict.map((l) => {
      if (taken < 3 && l.length === 12 && /[\u4e00-\u9fff]$/u.test(l)) {
        taken++;
        return `${l.slice(0, 10)}1`;
      }
      return l;
    });
    expect(taken).toBe(3);
    expect(evidenceOf(strict.join('\n')).regular).toBe(true);
    expect(evidenceOf(loose.join('\n')).regular).toBe(false);
  });
});
