// The rules the blind76 round added (the 法治, 健康 and 教育 pages of ten Zhejiang papers).
// 1. lib/reflow/document-lines.ts unindentedHead: on a page that indents its paragraphs, an unindented short line with no
//    mark right under the byline (`【案情】` under `记者　X　通讯员　Y`) is a head, as one under a finished sentence is.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const shown = (lines: string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// A 以案说法 set in print lines fourteen wide, indented, with no empty line (萧山日报's 法治 page).
const CASE = ['　　今年“双十一”期间，市民陈', '女士在某网店购买了一件标价', '899元的羊绒大衣。收到货后，', '她觉得颜色和图片差别较大，便',
  '在第三天申请退货。'];
const CASE_BODY = 'body: 今年“双十一”期间，市民陈女士在某网店购买了一件标价899元的羊绒大衣。收到货后，她觉得颜色和图片差别较大，便在第三天申请退货。';
const SAYS = ['【说法】', '　　承办法官介绍，“七天无理由', '退货”是法律赋予网购消费者的', '权利，经营者不得以“特价”为', '由排除。'];
const SAYS_BLOCKS = ['heading: 【说法】', 'body: 承办法官介绍，“七天无理由退货”是法律赋予网购消费者的权利，经营者不得以“特价”为由排除。'];

describe('an unindented head right under the byline on an indenting page (unindentedHead)', () => {
  it('changes: the first label under 记者　X　通讯员　Y is a head, as the later ones are', () => {
    expect(shown(['记者　韩　雪　通讯员　周　婷', '【案情】', ...CASE, ...SAYS])).toEqual([
      'byline: 记者　韩　雪　通讯员　周　婷', 'heading: 【案情】', CASE_BODY, ...SAYS_BLOCKS]);
    expect(shown(['本报记者　陈　静', '案情回顾', ...CASE, ...SAYS])).toEqual([
      'byline: 本报记者　陈　静', 'heading: 案情回顾', CASE_BODY, ...SAYS_BLOCKS]);
  });
  it('leaves alone: a line with a mark under the byline, a line under an unfinished sentence, a line over an unindented one', () => {
    // a colon: a label of the text under it, no head
    expect(shown(['记者　韩　雪　通讯员　周　婷', '案情：', ...CASE, ...SAYS])).toEqual([
      'byline: 记者　韩　雪　通讯员　周　婷', 'body: 案情：', CASE_BODY, ...SAYS_BLOCKS]);
    // under a line of prose that ends no sentence: no head (the line goes on from it)
    expect(shown(['　　法官在庭审中出示了一份标注', '【案情】', '女士在某网店购买了一件标价', ...CASE.slice(2)]).some((b) => b === 'heading: 【案情】')).toBe(false);
    // over an unindented line of prose (a column's next line), not an indented paragraph
    expect(shown(['记者　韩　雪　通讯员　周　婷', '【案情】', '女士在某网店购买了一件标价', ...CASE.slice(2), ...SAYS])[1]).not.toBe('heading: 【案情】');
  });
});
