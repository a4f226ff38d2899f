// The rules the blind76 round added (the 法治, 健康 and 教育 pages of ten Zhejiang papers).
// 1. lib/reflow/document-lines.ts unindentedHead: on a page that indents its paragraphs, an unindented short line with no
//    mark right under the byline (`【案情】` under `记者　X　通讯员　Y`) is a head, as one under a finished sentence is.
// 2. lib/reflow/notice-lines.ts EXPERT_LINE (isFieldLine): a column's expert named after the label with the unit and title
//    first and the name after a space (`本期嘉宾：浙江禾城律师事务所律师　沈　洁`) is a labelled line, no headline, as the
//    form with the title in brackets after the name is.
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

// A 律师在线 column in one <p> per paragraph, the expert's line first (嘉兴日报's 法治 page).
const TURNS = ['', '　　问：我和丈夫协议离婚，已经去民政局提交了申请，这个申请能撤回吗？', '', '　　答：可以。冷静期内任何一方不愿意离婚的，可以撤回申请。'];
const TURN_BLOCKS = ['body: 问：我和丈夫协议离婚，已经去民政局提交了申请，这个申请能撤回吗？', 'body: 答：可以。冷静期内任何一方不愿意离婚的，可以撤回申请。'];

describe('an expert named after the label with the unit and title first (EXPERT_LINE)', () => {
  it('changes: 本期嘉宾：…律师　X and 本期专家：…主任中医师　X are a labelled line, no headline', () => {
    expect(shown(['本期嘉宾：浙江禾城律师事务所律师　沈　洁', ...TURNS])).toEqual(['body: 本期嘉宾：浙江禾城律师事务所律师　沈　洁', ...TURN_BLOCKS]);
    expect(shown(['本期专家：市中医院针灸科主任中医师　陈　红', ...TURNS])).toEqual(['body: 本期专家：市中医院针灸科主任中医师　陈　红', ...TURN_BLOCKS]);
  });
  it('leaves alone: two phrases of a headline after 专家：, a label that names no expert', () => {
    expect(shown(['专家：多喝温水　少吃盐', ...TURNS])).toEqual(['heading: 专家：多喝温水　少吃盐', ...TURN_BLOCKS]);
    expect(shown(['本期话题：冬季进补　因人而异', ...TURNS])).toEqual(['heading: 本期话题：冬季进补　因人而异', ...TURN_BLOCKS]);
  });
});
