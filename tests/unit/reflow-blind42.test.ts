// A rule from what the blind42 pages showed (tests/fixtures/pages/blind42-*, npm run score:blind -- --set blind42): an
// author's note in brackets closing a column may hold a bracket of its own — `（作者为中央党校（国家行政学院）公共管理教研部教授）`
// — and is still the author's note, a byline, not a headline. With the shapes the rule must leave alone. Text written
// for these tests in the shape of the blind42 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';
import { isCreditLine } from '../../lib/reflow/classify';
import { opensNamePlaceRest } from '../../lib/reflow/name-rows';
import { isNameListLine } from '../../lib/reflow/signed-names';
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

// A second rule from the blind42 pages re-printed (npm run score:blind -- --set blind42, the 名单 page): a 获奖名单's
// row gives each name with its place in brackets (`电工：王　强（北京）　刘志刚（江苏）　…`); such a row is a row of names,
// as one without the brackets is, and a name a print line cut before its place (`…　黄晓` / `燕（广西）`) goes on.
const rows = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const AFTER = '省人社厅要求，各地要做好获奖选手的宣传工作。';
const GOLD: Block[] = ['车工：赵一鸣（杭州）　钱　进（宁波）　孙小梅（温州）', '钳工：李　华（湖州）　周立新（嘉兴）　吴晓东（绍兴）', '电工：郑　红（金华）　王海波（衢州）　冯丽娟（台州）', '焊工：陈　亮（丽水）　黄晓燕（舟山）　刘　洋（义乌）', AFTER]
  .map((text) => ({ kind: 'body', text }));

describe('a 名单 row of names each with its place in brackets', () => {
  it('is read as a row of names: each row its own paragraph, a cut row whole', () => {
    // Printed one element per paragraph, cut where the print columns end (13 wide, 12 tall; 15 wide, 6 tall).
    for (const [w, h] of [[13, 12], [15, 6]] as const) expect(rows(printBlocks(GOLD, 'p-cut', w, h))).toEqual(GOLD.map((b) => `body: ${b.text}`));
    expect(isNameListLine('车工：赵一鸣（杭州）　钱　进（宁波）　孙小梅（温州）')).toBe(true);
    expect(isNameListLine('赵一鸣（杭州）　钱　进（宁波）　孙小梅（温州）')).toBe(true);
    expect(opensNamePlaceRest('娟（台州）')).toBe(true);
  });

  it('leaves alone brackets that are no place after a name, and prose', () => {
    expect(isNameListLine('车工：赵一鸣（杭州）　钱　进（宁波市第一技师学院高级技工班）　孙小梅（温州）')).toBe(false);
    expect(isNameListLine('赵一鸣（杭州），钱进（宁波）')).toBe(false);
    expect(isNameListLine('（杭州）（宁波）（温州）')).toBe(false);
    expect(isNameListLine('赵一鸣（1985年生）　钱　进（宁波）　孙小梅（温州）')).toBe(false);
    expect(opensNamePlaceRest('娟（台州）今年获得一等奖')).toBe(false);
    expect(opensNamePlaceRest('台州市椒江区（东片）')).toBe(false);
    // A bracketed line after the list (no name before its bracket) is not taken for a cut name: it stays apart.
    const after: Block[] = [...GOLD.slice(0, 4), { kind: 'body', text: '（以上排名不分先后）' }, ...GOLD.slice(4)];
    expect(rows(printBlocks(after, 'p-cut', 13, 12))).toEqual(after.map((b) => `body: ${b.text}`));
  });
});
