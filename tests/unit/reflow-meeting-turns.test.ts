// A meeting report in plain pre-wrap text (no indentation, no blank lines): each of the meeting's
// turns (`会议听取了…`, `会议审议通过了…`, `会议还研究了…`) opens a paragraph even where the sentence
// before it ends on a full print line, which nothing in the layout marks. Left alone: the sentence
// naming who chaired the meeting (`会议由…主持。`) and a plain sentence (`今年以来，…`) after a
// sentence end on a full line inside a paragraph stay joined to it. Text written for these tests
// in the shape of a county paper's meeting report.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { NEW_PARAGRAPH } from '../../lib/reflow/openings';
import { printBlocks } from '../helpers/print-shapes';

const REPORT: Block[] = [
  { kind: 'heading', text: '县政协召开主席会议' },
  { kind: 'body', text: '本报讯（记者 周丽华）12月10日，县政协召开十一届第二十次主席会议。会议由县政协主席金建平主持。' },
  { kind: 'body', text: '会议听取了县政协提案委员会关于今年提案办理情况的汇报。今年以来，县政协共收到提案186件，立案172件，目前已全部办复。' },
  { kind: 'body', text: '会议审议通过了县政协明年协商工作计划。' },
  { kind: 'body', text: '会议还研究了其他事项。' },
];
const BODIES = REPORT.filter((b) => b.kind === 'body').map((b) => b.text);

describe("a meeting report's turns in plain pre-wrap text", () => {
  // The print width puts each sentence end named here at a full line's end.
  const cases: [number, RegExp[]][] = [
    [13, [/汇报。\n今年以来/u, /办复。\n会议审议/u, /计划。\n会议还/u]],
    [16, [/会议。\n会议由/u, /办复。\n会议审议/u, /计划。\n会议还/u]],
    [19, [/主持。\n会议听取/u, /办复。\n会议审议/u, /计划。\n会议还/u]],
  ];
  for (const [width, fullLineEnds] of cases) {
    it(`opens a paragraph at each turn and joins the rest (${width} wide)`, () => {
      const text = printBlocks(REPORT, 'prewrap-plain', width, 16);
      for (const re of fullLineEnds) expect(text).toMatch(re);
      const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
      expect(bodies).toEqual(BODIES);
    });
  }

  it('takes the turns, not every sentence opening with 会议, for openings', () => {
    for (const t of ['会议听取了县政协提案委员会的汇报。', '会议审议通过了工作计划。', '会议还研究了其他事项。', '会议明确，明年要重点抓好以下工作：']) {
      expect(NEW_PARAGRAPH.test(t)).toBe(true);
    }
    for (const t of ['会议由县政协主席金建平主持。', '会议通报了今年以来全市安全生产形势。', '会议室里坐满了人。']) {
      expect(NEW_PARAGRAPH.test(t)).toBe(false);
    }
  });
});
