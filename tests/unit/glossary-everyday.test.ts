// Guards against marks in everyday prose (issue 13, the dev18 round): glossary forms that are
// plain words (lib/glossary/everyday.ts).
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { inPolicySense } from '../../lib/glossary/everyday';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const marked = (text: string): string[] => matcher.match(text).map((m) => text.slice(m.start, m.end));

describe('everyday words among the glossary forms', () => {
  it('are not underlined in a sentence of everyday prose', () => {
    expect(marked('周末和邻居下了一盘棋，输赢都不在乎。')).toEqual([]);
    expect(marked('拳击手一套组合拳打得对手连连后退。')).toEqual([]);
    expect(marked('这台空调的闭环控制让温度很稳定。')).toEqual([]);
    expect(marked('新款平板用的是M2芯片，运行速度很快。')).toEqual([]);
    expect(marked('电脑主板上的DIP开关拨错了。')).toEqual([]);
  });

  it('are underlined where the sentence is policy prose or the form is quoted', () => {
    expect(marked('全市上下一盘棋，合力推进项目建设。')).toContain('一盘棋');
    expect(marked('以数字化改革为抓手，推动基层治理提质增效。')).toContain('抓手');
    expect(marked('一季度末广义货币M2余额同比增长百分之八。')).toContain('M2');
    expect(marked('村党组织书记和村委会主任“一肩挑”比例达到100%。').join()).toContain('一肩挑');
  });

  it('judges the sentence, not the whole text', () => {
    const text = '全市推进项目建设。周末他和邻居下了一盘棋。';
    const at = text.indexOf('一盘棋');
    expect(inPolicySense(text, at, at + 3)).toBe(false);
    expect(inPolicySense('邻居在下棋，一盘棋下了一下午。', 6, 9)).toBe(false);
    expect(inPolicySense('他每天都会看看人大的新闻。', 6, 8)).toBe(true);
  });
});
