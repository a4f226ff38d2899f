// A rule from what the blind46 pages showed (tests/fixtures/pages/blind46-*, npm run score:blind -- --set blind46): re-printed
// as plain pre-wrapped text (no indentation, no blank lines between paragraphs), a 公示's table head after a sentence that
// filled its print line (`…，现予以公示。` / `项目名称 所在区域 房源（套）`) was read as that sentence's rest. A head of three or
// more short cells, under which a row of as many cells follows, now opens the table after a finished sentence. With the
// shapes the rule must leave alone. Text written for these tests in the shape of the blind46 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);
// Print lines 13 wide, a sentence's end filling the last of them.
const LEAD = ['根据《湖州市公共租赁住房管', '理办法》，经审核，拟将以下', '项目列入今年第三批公共租赁', '住房筹集计划，现予以公示。'];
const LEAD_TEXT = LEAD.join('');

describe('a table head after a sentence that filled its line', () => {
  it('opens the table when a row of as many cells follows', () => {
    const out = texts([...LEAD, '项目名称 所在区域 套数', '南浔人才公寓 南浔区 120', '吴兴青年社区 吴兴区 86', '经审核，上述项目符合有关规', '定。']);
    expect(out).toContain(LEAD_TEXT);
    expect(out).toContain('项目名称 所在区域 套数');
    expect(out).toContain('南浔人才公寓 南浔区 120');
    expect(texts([...LEAD, '单位名称 地址 人数 备注', '城东小学 城东路 860 3', '城西中学 城西路 1200 5'])).toContain('单位名称 地址 人数 备注');
  });

  it('is left alone where no row of as many cells follows, or the line before ends no sentence', () => {
    // The next line is a row of another number of cells: the rule does not decide.
    const other = texts([...LEAD, '项目名称 所在区域 套数', '南浔人才公寓 120', '吴兴青年社区 86']);
    expect(other).not.toContain('项目名称 所在区域 套数');
    // The next line is prose, not a row.
    const prose = texts([...LEAD, '项目名称 所在区域 套数', '以上项目将于年内陆续交付使用，', '届时将另行公告。']);
    expect(prose).not.toContain('项目名称 所在区域 套数');
    // The line before ends in a comma: the sentence goes on.
    const comma = texts(['根据《湖州市公共租赁住房管', '理办法》，经审核，拟将以下', '项目列入今年第三批公共租赁', '住房筹集计划，有关情况是，', '项目名称 所在区域 套数', '南浔人才公寓 南浔区 120']);
    expect(comma).not.toContain('项目名称 所在区域 套数');
  });
});
