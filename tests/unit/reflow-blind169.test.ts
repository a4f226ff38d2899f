// What the blind169 pages showed (tests/fixtures/pages/blind169-*, pages read by "Use Dubao on this page" on portals, city
// news sites and government sites): a reprint's print-source line unbracketed (`《浙江日报》2031年02月10日　第1版`) is no article text
// (lib/extract/boilerplate.ts). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what
// Dubao did before.
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const P1 = '2月10日，全省第一批重大项目集中开工，共486个项目，总投资2816亿元，涵盖交通、能源、先进制造业等领域。';
const P2 = '省发展改革委有关负责人表示，今年将继续实施扩大有效投资“千项万亿”工程。';

const root = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(root(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
const el = (html: string): Element => root(html).firstElementChild as Element;

describe('a reprint\'s print-source line unbracketed (blind169)', () => {
  it('leaves out 《X报》YYYY年MM月DD日　第N版 last in the article', () => {
    expect(fromHtml(`<p>　　${P1}</p><p>　　${P2}</p><p>　　《浙江日报》2031年02月10日　第1版</p>`)).toEqual([`body: ${P1}`, `body: ${P2}`]);
    for (const h of ['<p>《宁波日报》2031年2月9日 第3版</p>', '<p>《广州日报》（2027年03月22日　A4版）</p>', '<p>《南方日报》2030年9月12日 A02版</p>']) expect(isBoilerplate(el(h))).toBe(true);
  });

  it('leaves alone a paper\'s name and date with no page, and a sentence that cites the paper', () => {
    for (const h of ['<p>《浙江日报》2031年02月10日</p>', '<p>《浙江日报》2031年02月10日第1版刊发了这篇报道。</p>', '<p>《湖州日报》创刊于1951年，第1版为要闻版。</p>']) expect(isBoilerplate(el(h))).toBe(false);
  });
});
