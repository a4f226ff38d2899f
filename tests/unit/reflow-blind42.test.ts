// A rule from what the blind42 pages showed (tests/fixtures/pages/blind42-*, npm run score:blind -- --set blind42): an
// author's note in brackets closing a column may hold a bracket of its own — `（作者为中央党校（国家行政学院）公共管理教研部教授）`
// — and is still the author's note, a byline, not a headline. With the shapes the rule must leave alone. Text written
// for these tests in the shape of the blind42 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isCreditLine } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (paras: string[]): string[] => {
  const html = `<html><body><div id="ozoom"><founder-content>${paras.join('')}</founder-content></div></body></html>`;
  const body = parseHtml(html, 'http://localhost/').querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};
const P = (t: string): string => `<p>　　${t}</p>`;
const TEXT = [P('社区食堂开到了老小区门口，老人们吃饭不再发愁。'), P('办好这样的小事，要把群众的需要放在前头，把服务做细做实。')];

describe('an author\'s note in brackets holding a bracket of its own', () => {
  it('is a byline after the text, not a headline', () => {
    const note = '（作者为省委党校（省行政学院）社会学教研部副教授）';
    expect(blocksOf(['<p>□ 王　宁</p>', ...TEXT, `<p align="right">${note}</p>`])).toEqual([
      'byline: □ 王　宁',
      'body: 社区食堂开到了老小区门口，老人们吃饭不再发愁。',
      'body: 办好这样的小事，要把群众的需要放在前头，把服务做细做实。',
      `byline: ${note}`,
    ]);
    expect(isCreditLine(note)).toBe(true);
    expect(isCreditLine('（作者系中国社会科学院（CASS）研究员）')).toBe(true);
    expect(isCreditLine('（作者单位：市第一人民医院（市急救中心））')).toBe(true);
    expect(isCreditLine('（原标题：老街（东段）改造完工）')).toBe(true);
  });

  it('leaves alone brackets holding a sentence, two nested levels, unbalanced marks or no note word', () => {
    expect(isCreditLine('（作者为市民（退休教师）。他说这样很好）')).toBe(false);
    expect(isCreditLine('（作者为某大学（某学院（某系））教授）')).toBe(false);
    expect(isCreditLine('（作者为省委党校（省行政学院教授）')).toBe(false);
    expect(isCreditLine('（社区食堂（试点）今年开了十家）')).toBe(false);
    // Unchanged: the plain forms.
    expect(isCreditLine('（作者系四川省社会科学院研究员）')).toBe(true);
    // A bracketed paragraph of the text stays body.
    const aside = '（社区食堂由街道（社区）统一管理，每餐收费12元。）';
    expect(blocksOf([...TEXT, P(aside)])).toContain(`body: ${aside}`);
  });
});
