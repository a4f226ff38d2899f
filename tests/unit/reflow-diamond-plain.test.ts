// Paragraphs under `◆` subheadings printed in plain pre-wrap lines (no indentation; blank lines only where
// a column ends and around the subheadings), as score:blind re-prints the blind20 page: the blank lines
// before the subheadings, which any paragraph ends at, say nothing of what a blank line means on the
// page, so a sentence ending on a full line inside a run is still weighed, not joined as on a page whose
// blank lines mark every paragraph. Text written for these tests in the shape of that county feature.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { textToLines } from '../../lib/reflow/lines';
import { measure, runWidths } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';
import { printBlocks } from '../helpers/print-shapes';

const ARTICLE: Block[] = [
  { kind: 'byline', text: '记者 蒋一帆 通讯员 叶子涵' },
  { kind: 'body', text: '初冬的开化林山乡，茶农们正忙着修剪茶树。和往年不同，今年这里的龙顶茶还没采摘，就已经被合作社按保底价订走了。' },
  { kind: 'heading', text: '◆ 从“单打独斗”到“抱团发展”' },
  { kind: 'body', text: '过去，林山乡茶农大多各自种植、各自销售，品质参差不齐。2024年起，当地组建茶产业联合体，统一技术、统一收购，目前已吸纳茶农860余户。' },
  { kind: 'body', text: '“加入联合体后，技术有人教，茶叶有人收，心里踏实多了。”林山乡茶农余根土说。' },
  { kind: 'heading', text: '◆ 从“卖茶叶”到“卖品牌”' },
  { kind: 'body', text: '在乡里的一家茶企，刚收购的茶青经过杀青、揉捻、烘干，成了礼盒里的名茶。企业负责人说，打出品牌后，每斤茶叶的售价提高了一倍以上。' },
  { kind: 'body', text: '林山乡相关负责人表示，下一步将继续延伸产业链，推动茶产业从“卖得出”向“卖得好”转变。' },
];

describe('paragraphs under ◆ subheadings in plain pre-wrap lines', () => {
  // 16 characters wide: the first paragraph under the first subheading ends on a full line (`…860余户。`).
  const text = printBlocks(ARTICLE, 'prewrap-plain', 16, 12);

  it('does not read the blank lines before the subheadings as paragraph marks', () => {
    expect(text).toContain('目前已吸纳茶农860余户。\n“加入联合体后');
    const lines = measure(textToLines(text));
    expect(pageEvidence(lines, runWidths(lines)).blankIsParagraph).toBe(false);
  });

  it('ends the paragraph before the quotation that follows on the next line', () => {
    expect(reflowText(text, { punctuation: false })).toEqual(ARTICLE);
  });
});
