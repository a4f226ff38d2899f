// The rule the blind98 round added. lib/reflow/figure-width.ts (asked in full-stop.ts where the scorer would weigh a
// sentence end): in print lines with no other mark of a paragraph's end, a line of full-width characters and figures
// ending a sentence a whole character or more short of its column ends its paragraph, where the page's lines cut
// mid-sentence show its figures set at exactly half a character.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { measure, runWidths, type Line } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';
import { figuredLineShort } from '../../lib/reflow/figure-width';
import type { Context } from '../../lib/reflow/headlines';
import type { SourceLine } from '../../lib/reflow/types';

const context = (texts: readonly string[]): Context => {
  const lines: Line[] = measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
  const widths = runWidths(lines);
  return { lines, widths, ev: pageEvidence(lines, widths), indentUsed: lines.some((l) => l.indent && l.ord > 0) };
};
/** Whether the rule ends the paragraph after the line holding `end`. */
const endsAfter = (texts: readonly string[], end: string): boolean => {
  const ctx = context(texts);
  const k = ctx.lines.findIndex((l) => l.text.startsWith(end));
  return figuredLineShort(ctx, ctx.lines[k] as Line, ctx.lines[k + 1] as Line);
};

// Print lines fifteen wide, figures set at half a character (a 民生 story of 城市书房, written for this test).
const BEFORE = ['在人民公园的城市书房里，不少市', '民正在安静地看书。家住附近的退', '休教师李大伯每天都来，他说这里', '环境好，书也多，比在家里看书舒', '服。'];
const LEAD = ['市图书馆相关负责人表示，明年还', '将新建城市书房15家，力争让市民'];
const AFTER = ['城市书房大多建在公园和社区里，', '实行24小时开放，读者刷身份证就', '能进门借书，还书可以在全市任意', '一家书房办理。'];
const page = (last: string, lead: readonly string[] = LEAD, after: readonly string[] = AFTER): string[] => [...BEFORE, ...lead, last, ...after];

describe('a sentence ending a whole character short on a line holding figures (figuredLineShort)', () => {
  it('changes: full-width characters and figures, a whole character short, on a page that sets figures at half', () => {
    expect(endsAfter(page('步行15分钟就能找到一家书房。'), '步行')).toBe(true);
    expect(endsAfter(page('全年借阅图书120万册次。'), '全年')).toBe(true);
    expect(endsAfter(page('年底将达到65家，增长三成！'), '年底')).toBe(true);
  });
  it('leaves alone: half a character short, Latin letters, no sentence end, figures set wide, an indenting page', () => {
    expect(endsAfter(page('步行150米就找到一家城市书房。'), '步行')).toBe(false);
    expect(endsAfter(page('步行15分钟能找到一家AI书房。'), '步行')).toBe(false);
    expect(endsAfter(page('步行15分钟就能找到一家书房，'), '步行')).toBe(false);
    expect(endsAfter(page('步行15分钟就能找到一家书房。', ['市图书馆相关负责人表示，明年还', '将新建城市书房15家，力争让市'], ['城市书房大多建在公园和社区里，', '实行24小时开放，读者刷身份证', '就能进门借书，还书可以在全市任', '意一家书房办理。']), '步行')).toBe(false);
    expect(endsAfter(['　　在人民公园的城市书房里，不少', ...BEFORE.slice(1), '　　市图书馆相关负责人表示，明年', ...LEAD, '步行15分钟就能找到一家书房。', '　　城市书房大多建在公园和社区', ...AFTER], '步行')).toBe(false);
  });
  it('ends the paragraph there in plain print lines, and still joins the same sentence ending on a full line', () => {
    const lead = ['“书香满城，开卷有益。”6月5日', '上午，在人民公园的城市书房里，', '不少市民正在安静地看书。', '今年以来，全市新建“城市书房”',
      '26家，累计接待读者85万人次，借', '阅图书120万册次，举办读书会300'];
    const after = ['书房大多建在公园和社区里，实行', '24小时开放，读者刷身份证就能进', '门借书。'];
    const read = (last: string): string[] => reflowText([...lead, last, ...after].join('\n')).map((b) => b.text.slice(0, 6));
    expect(read('余场，覆盖了全市10个县市区。')).toEqual(['“书香满城，', '今年以来，全', '书房大多建在']);
    expect(read('余场，活动覆盖全市10个县市区。')).toEqual(['“书香满城，', '今年以来，全']);
  });
});
