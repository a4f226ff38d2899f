// A paragraph's first print line cut off alone by a column on a page printed one `<p>` per column
// piece reads like a subheading when it holds no mark (`会议听取了县农业农村局`). A line opening with a
// meeting report's turn or a source's phrase (`会议听取了`, `会上，`, `据了解，`) opens a paragraph
// (`NEW_PARAGRAPH` in openings.ts) and is no headline: no headline of the corpus, dev4–dev6
// or the blind pages' golds opens so (dev4 and dev5 re-printed showed the cut). A headline that opens
// with other words of 会议 or 据 stays one. Text written for these tests in the shape of a county paper's meeting report.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { isHeadingCandidate } from '../../lib/reflow/classify';
import { printBlocks } from '../helpers/print-shapes';

const REPORT: Block[] = [
  { kind: 'heading', text: '县政府召开第十二次常务会议' },
  { kind: 'byline', text: '记者 周一鸣' },
  { kind: 'body', text: '12月2日，县政府召开第十二次常务会议，研究部署冬季安全生产等工作。' },
  { kind: 'body', text: '会议听取了县农业农村局关于今冬明春农田水利建设工作的汇报。' },
  { kind: 'body', text: '会议强调，要压紧压实安全生产责任，切实守牢安全底线。' },
];

const FEATURE: Block[] = [
  { kind: 'heading', text: '会议室里的年轻人' },
  { kind: 'byline', text: '记者 周一鸣' },
  { kind: 'body', text: '每周一早上，村委会议室里总坐满了回乡创业的年轻人，大家围着一张桌子商量村里的事。' },
  { kind: 'heading', text: '据说这里能看日出' },
  { kind: 'body', text: '村后的山顶新修了观景台，天气好的时候，游客天不亮就上山等日出。' },
];

describe("a report sentence's first line cut off alone by a column", () => {
  it('joins it to the rest of its paragraph on a page of column pieces', () => {
    for (const [w, h] of [[11, 6], [12, 3], [14, 6], [15, 2], [17, 5]] as const) {
      const text = printBlocks(REPORT, 'p-cut', w, h);
      expect(text).toMatch(/\n\n会议听取了[^。\n]+\n\n/u);
      expect(reflowText(text, { punctuation: false })).toEqual(REPORT);
    }
  });

  it('leaves headlines that open with other words', () => {
    for (const w of [11, 14, 17]) expect(reflowText(printBlocks(FEATURE, 'p-cut', w, 6), { punctuation: false })).toEqual(FEATURE);
    expect(isHeadingCandidate('会议听取了县农业农村局')).toBe(false);
    expect(isHeadingCandidate('据了解')).toBe(false);
    expect(isHeadingCandidate('会议室里的年轻人')).toBe(true);
    expect(isHeadingCandidate('据说这里能看日出')).toBe(true);
  });
});
