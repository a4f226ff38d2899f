// A rule from what the blind44 pages showed (tests/fixtures/pages/blind44-*, npm run score:blind -- --set blind44): a
// government 政策解读 numbers its questions as sections (`一、政策出台的背景是什么？`), each a bold element of its own over
// its answer. The `、` of the number is no clause mark and the number no Q&A item's: the question after it is read as
// a bold short question is (a subheading), and the page is not taken for an interview on its account. With the shapes
// the rule must leave alone. Text written for these tests in the shape of the blind44 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (html: string): string[] => {
  const body = parseHtml(`<html><body><div id="zoom">${html}</div></body></html>`, 'https://localhost/').getElementById('zoom') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};
const bold = (t: string): string => `<p style="text-indent:2em;"><strong>${t}</strong></p>`;
const p = (t: string): string => `<p style="text-indent:2em;">${t}</p>`;
const A1 = '为进一步优化营商环境，激发市场主体活力，结合本县实际，制定本办法。';
const A2 = '本办法适用于在本县登记注册的中小微企业和个体工商户。';

describe('a bold question numbered as a section', () => {
  it('is a subheading over its answer', () => {
    expect(blocksOf([bold('一、办法出台的背景是什么？'), p(A1), bold('二、办法适用于哪些对象？'), p(A2)].join(''))).toEqual([
      'heading: 一、办法出台的背景是什么？',
      `body: ${A1}`,
      'heading: 二、办法适用于哪些对象？',
      `body: ${A2}`,
    ]);
    expect(blocksOf([p(A2), bold('十二、咨询电话是多少？'), p(A1)].join(''))).toContain('heading: 十二、咨询电话是多少？');
  });

  it('is left alone where it is a Q&A item, not bold, long, or a turn of an interview', () => {
    // A 问： label after an item number (blind9's `3.问：异地就医怎么结算？`), or alone: a Q&A's question (body, as before). (A
    // figure's number with no label, `1.育儿补贴怎么发？`, is a section's number: see tests/unit/reflow-blind62.test.ts.)
    expect(blocksOf([bold('3.问：异地就医怎么结算？'), p(A1)].join(''))).toContain('body: 3.问：异地就医怎么结算？');
    expect(blocksOf([bold('一、问：个人缴费标准是多少？'), p(A2)].join(''))).toContain('body: 一、问：个人缴费标准是多少？');
    // Not bold: no subheading by this rule.
    expect(blocksOf([p(A2), p('一、办法出台的背景是什么？'), p(A1)].join(''))).not.toContain('heading: 一、办法出台的背景是什么？');
    // Longer than a subheading's short question after its number.
    expect(blocksOf([bold('一、企业申请奖励资金需要准备哪些具体的申报材料？'), p(A1)].join(''))).toContain('body: 一、企业申请奖励资金需要准备哪些具体的申报材料？');
    // One bold question put to someone (a clause mark after the number): the page's bold questions are turns.
    const interview = blocksOf([bold('一、稻虾共养这条路，当初是怎么选定的？'), p(A1), bold('二、村民愿意跟着干吗？'), p(A2)].join(''));
    expect(interview).toContain('body: 一、稻虾共养这条路，当初是怎么选定的？');
    expect(interview).toContain('body: 二、村民愿意跟着干吗？');
  });
});
