// Rules from what the blind31 pages showed (tests/fixtures/pages/blind31-*, npm run score:blind -- --set blind31): a
// three-character name letter-spaced in print (`吕 珂 昕`) after a medium's role is a byline's name, so a line of two
// media joined by a middle dot, a role and such a name is a byline, not a headline. With the text the rule must leave
// alone. Text written for these tests in the shape of the blind31 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { joinSpacedNames } from '../../lib/reflow/signed-names';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a three-character name letter-spaced in print', () => {
  it('is joined after a role, a mark or a space, before the end, a bracket, a slash or another role', () => {
    expect(joinSpacedNames('人民日报记者 孙 振 宇')).toBe('人民日报记者 孙振宇');
    expect(joinSpacedNames('□ 欧 阳 林')).toBe('□ 欧阳林');
    expect(joinSpacedNames('记者 孙 振 宇 通讯员 何 亮')).toBe('记者 孙振宇 通讯员 何亮');
    expect(joinSpacedNames('（记者 孙 振 宇）')).toBe('（记者 孙振宇）');
  });

  it('leaves two padded two-character names two names, and a lone character with no name after it alone', () => {
    expect(joinSpacedNames('记者 王 腾 李 明')).toBe('记者 王腾 李明');
    expect(joinSpacedNames('记者 王 腾 李明')).toBe('记者 王腾 李明');
    expect(joinSpacedNames('本报记者孙振宇')).toBe('本报记者孙振宇');
  });

  it('makes a byline of two media joined by a middle dot, a role and the name', () => {
    for (const t of ['农民日报·中国农网记者 孙 振 宇', '经济日报·中国经济网记者 欧 阳 林', '人民日报记者 孙 振 宇 王晓东']) expect(isRoleByline(t)).toBe(true);
  });

  it('leaves sentences and letter-spaced headings alone', () => {
    for (const t of ['农民日报·中国农网记者孙振宇说，今年收成很好。', '记 者 手 记', '记者 孙 振 宇说，今年收成很好。', '□ 春 风 十 里']) expect(isRoleByline(t)).toBe(false);
  });

  it('is no headline at the top of a feature', () => {
    const html = ['<p>农民日报·中国农网记者 孙 振 宇</p>', '<p>　　五月的田野里，机器轰鸣。</p>', '<p>　　这是他种地的第十个年头。</p>'].join('');
    expect(fromHtml(html)[0]).toBe('byline: 农民日报·中国农网记者 孙 振 宇');
  });
});
