// A print line short of its column because the next run of figures did not fit (lib/reflow/word-fit.ts): the shape of
// blind59's 金华日报 page (pre-wrap print lines fifteen wide, the print indent lost: `…按每人` / `1500元给予一次性扩岗
// 补助。`), written here anew: a page of full lines fifteen characters wide around the lines under test.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { visualWidth } from '../../lib/reflow/chars';
import { leadingRunWidth } from '../../lib/reflow/word-fit';

const W = 15;
const wrap = (t: string): string[] => Array.from({ length: Math.ceil(t.length / W) }, (_, i) => t.slice(i * W, (i + 1) * W));
const BEFORE = '金华市出台若干措施稳岗扩就业，从三个方面推出十四条具体的举措，覆盖就业创业和兜底帮扶等各个方面的工作。市人社局有关负责人介绍，这些举措聚焦重点群体，加大政策支持力度，力争全年城镇新增就业保持稳定。';
const AFTER = '对首次创业且正常经营一年以上的，给予创业补贴，由各地人社部门受理审核，并按规定及时足额发放到创业者手中，确保政策红利直达。';
/** The repaired blocks of the page with `lines` between its full lines. */
const blocks = (...lines: string[]): string[] => reflowText([...wrap(BEFORE), ...lines, ...wrap(AFTER)].join('\n')).map((b) => b.text);

describe('a line short because the next run of figures did not fit', () => {
  it('measures the run of figures or Latin letters opening a line, half a character each', () => {
    expect(leadingRunWidth('1500元给予补助')).toBe(2);
    expect(leadingRunWidth('2026-01起施行')).toBe(3.5);
    expect(leadingRunWidth('GDP增长')).toBe(1.5);
    expect(leadingRunWidth('一次性补助')).toBe(0);
    expect(wrap(BEFORE).slice(0, -1).every((l) => visualWidth(l) === W)).toBe(true);
  });

  it('goes on where a line ends mid-clause and the run was wider than the room left (must change)', () => {
    expect(visualWidth('订1年以上劳动合同的，按每人') + leadingRunWidth('1500元')).toBeGreaterThan(W);
    expect(blocks('企业招用毕业年度高校毕业生并签', '订1年以上劳动合同的，按每人', '1500元给予一次性扩岗补助。')).toContain('企业招用毕业年度高校毕业生并签订1年以上劳动合同的，按每人1500元给予一次性扩岗补助。');
  });

  it('leaves a paragraph end alone: the run would have fitted, the line ended a sentence, no clause under way, a row of cells (must leave alone)', () => {
    // Short by four and a half: the four figures would have fitted.
    expect(blocks('企业招用毕业年度高校毕业生并签', '订1年以上劳动合同的按', '1500元给予一次性扩岗补助。').some((t) => t.endsWith('劳动合同的按'))).toBe(true);
    // A sentence ended on the short line (the years would not have fitted).
    expect(blocks('企业招用毕业年度高校毕业生并签', '订1年以上合同的给予补助。', '2026-2028年补助标准再次提高。').some((t) => t.endsWith('合同的给予补助。'))).toBe(true);
    // A line with no clause under way (a subheading's) before a span of years that would not have fitted.
    expect(blocks('稳岗返还政策延续执行到底', '2025-2026年全市已发放稳岗资', '金三亿元，惠及企业一万余家。')).toContain('稳岗返还政策延续执行到底');
    // A table's head row printed as a line, its cells apart, before a row opening with a lot number.
    expect(blocks('规划用途　起始价（万元）', '2024-LX-031　18652　商务')).toContain('规划用途　起始价（万元）');
  });
});
