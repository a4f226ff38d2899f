// Rules from what the blind127 pages showed (tests/fixtures/pages/blind127-*, npm run score:blind): in a run of print
// lines on a page too few of whose lines are indented for indentation to count as its paragraph mark (a notice of
// labelled rows with one or two indented paragraphs), an indented line right after a short line set flush (a row,
// `公示期：7月13日至7月15日`) opens a paragraph (lib/reflow/indent-after-row.ts). With the lines it must leave alone.
// Snippets written for these tests in the shape of the blind127 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (lines: string[][]): string[] => reflowText(lines.flat().join('\n'), { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
const body = (lines: string[]): string => `body: ${lines.join('').replace(/^　　/u, '')}`;

// Print lines eighteen wide, the paragraphs indented, the rows flush, no blank line.
const LEAD = ['　　城西片区道路提升工程于2028年7月', '5日在市公共资源交易中心开标，经评标', '委员会评审，现将中标候选人公示如下：'];
const ROWS = [['项目名称：城西片区道路提升工程'], ['第一中标候选人：浙江中成建设有限公司'], ['投标报价：986.5万元']];
const TERM = ['公示期：7月6日至7月8日'];
const OBJ = ['　　投标人对评标结果有异议的，应当在', '公示期间以书面形式向招标人提出，逾', '期不予受理。'];
const TAIL = [['招标人：城西街道办事处'], ['2028年7月6日']];

describe('an indented line after a short flush row, on a page that hardly indents', () => {
  it('opens a paragraph (`公示期：7月6日至7月8日` / `　　投标人对评标结果有异议的，…`)', () => {
    expect(texts([LEAD, ...ROWS, TERM, OBJ, ...TAIL])).toEqual([body(LEAD), ...ROWS.map(body), body(TERM), body(OBJ), ...TAIL.map(body)]);
  });

  it('leaves a flush line ending in a comma, which goes on its sentence, joined to the indented line after it', () => {
    const CUT = ['公示期为7月6日至7月8日，'];
    const out = texts([LEAD, ...ROWS, CUT, OBJ, ...TAIL]);
    expect(out).not.toContain(body(OBJ));
  });

  it('leaves the full flush lines of an indented paragraph joined to it', () => {
    const P = ['　　投标人或者其他利害关系人对评标结', '果有异议的，应当在中标候选人公示期间', '以书面形式向招标人提出，逾期不予受理。'];
    expect(texts([LEAD, ...ROWS, P, ...TAIL]).slice(0, 5)).toEqual([body(LEAD), ...ROWS.map(body), expect.stringMatching(/^body: 投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出，逾期不予受理。/u)]);
  });
});
