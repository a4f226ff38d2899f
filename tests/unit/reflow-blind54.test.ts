// The rules the blind54 round added: a block whose inline style indents its first line opens a paragraph as a line
// indented with 　　 does (lib/extract/styles.ts indentsFirstLine, read in lib/extract/index.ts), and the headline printed
// again as the body's first element, bold and shown above the body, is left out (lib/extract/repeated-title.ts).
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { indentsFirstLine } from '../../lib/extract/styles';
import { parsePage } from '../../scripts/lib/parse-page';

const page = (inner: string, head = ''): Element => {
  const doc = parsePage(`<html><head><meta charset="utf-8"></head><body>${head}<div id="ozoom"><founder-content>${inner}</founder-content></div></body></html>`);
  return doc.querySelector('founder-content') as Element;
};
const texts = (body: Element): string[] => repairBody(body).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const el = (style: string): Element => page(`<p style="${style}">文字</p>`).querySelector('p') as Element;

describe('a block styled to indent its first line opens a paragraph (indentsFirstLine)', () => {
  it('changes: text-indent of 2em, 32px, 2rem, 0.5em, with !important or among other properties', () => {
    for (const s of ['text-indent:2em', 'text-indent: 32px', 'line-height:2;text-indent:2rem', 'text-indent:0.5em', 'TEXT-INDENT:2em !important;']) {
      expect(indentsFirstLine(el(s))).toBe(true);
    }
  });
  it('leaves alone: no style, text-indent 0 or 0em, a negative hang, another property', () => {
    for (const s of ['', 'text-indent:0', 'text-indent:0em', 'text-indent:-2em', 'padding-left:2em', 'text-align:center']) {
      expect(indentsFirstLine(el(s))).toBe(false);
    }
  });
  it('marks the first line of a styled <p> indented, not the line after a <br> inside it', () => {
    const lines = extractLines(page('<p style="text-indent:2em">第一行写到这里<br>第二行接着写。</p><p>没有样式的一段。</p>')).lines;
    expect(lines.map((l) => l.indent)).toEqual([true, false, false]);
  });
  it('on a page that mixes 　　, &nbsp; and text-indent, parts a styled paragraph from the column cut before it', () => {
    const body = page('<p>&#12288;&#12288;冬酿时节，小镇里满是酒香，工人们正忙着开耙。</p>' +
      '<p>&nbsp;&nbsp;&nbsp;&nbsp;每个罐子上都装有温度传感器，数据实时传到车间的大屏</p><p>上，一旦温度异常，系统就会自动报警。</p>' +
      '<p style="text-indent:2em">“现在手机上就能看。”厂长说，成品率提高了5个百分点。</p>');
    expect(texts(body)).toEqual([
      'body: 冬酿时节，小镇里满是酒香，工人们正忙着开耙。',
      'body: 每个罐子上都装有温度传感器，数据实时传到车间的大屏上，一旦温度异常，系统就会自动报警。',
      'body: “现在手机上就能看。”厂长说，成品率提高了5个百分点。',
    ]);
  });
  it('still joins a column cut into an unstyled <p> on a page that indents every paragraph by style', () => {
    const body = page('<p style="text-indent:2em">在丽水缙云，一家企业在12个村设了工坊，</p><p>村民缝制帐篷配件，按件计酬。</p>' +
      '<p style="text-indent:2em">“现在一个月能拿3000多元。”村民说。</p>');
    expect(texts(body)).toEqual(['body: 在丽水缙云，一家企业在12个村设了工坊，村民缝制帐篷配件，按件计酬。', 'body: “现在一个月能拿3000多元。”村民说。']);
  });
});

describe('the headline repeated as the body\'s first element is left out (withoutRepeatedTitle)', () => {
  const H1 = '<h1>嵊泗列岛迎来“冬季海钓季”</h1>';
  const REST = '<p>记者　孙　涛</p><p>　　11月25日，海钓季在枸杞岛开幕，200多名海钓爱好者齐聚海岛。</p>';
  it('changes: a bold first element, centred or not, that an element above the body shows word for word', () => {
    expect(texts(page(`<p align="center"><strong>嵊泗列岛迎来“冬季海钓季”</strong></p>${REST}`, H1))[0]).toBe('byline: 记者　孙　涛');
    expect(texts(page(`<p><b>嵊泗列岛迎来 “冬季海钓季”</b></p>${REST}`, `<table><tr><td class="font01">${H1}</td></tr></table>`))[0]).toBe('byline: 记者　孙　涛');
  });
  it('leaves alone: a first element not in bold, one the page shows nowhere above, a bold 小标题, a bold lead ending in a mark', () => {
    expect(texts(page(`<p align="center">嵊泗列岛迎来“冬季海钓季”</p>${REST}`, H1))).toHaveLength(3);
    expect(texts(page(`<p><strong>嵊泗列岛迎来“冬季海钓季”</strong></p>${REST}`, '<h1>枸杞岛上的海钓节</h1>'))[0]).toBe('heading: 嵊泗列岛迎来“冬季海钓季”');
    expect(texts(page(`<p><strong>海钓平台建起来</strong></p>${REST}`, `${H1}<ul><li>海钓平台建起来了</li></ul>`))[0]).toBe('heading: 海钓平台建起来');
    expect(texts(page(`<p><strong>嵊泗列岛迎来“冬季海钓季”：</strong></p>${REST}`, `${H1}<div>嵊泗列岛迎来“冬季海钓季”：</div>`)).some((t) => t.includes('冬季海钓季”：'))).toBe(true);
  });
  it('keeps a body of one element whatever it repeats', () => {
    expect(texts(page('<p><strong>嵊泗列岛迎来“冬季海钓季”</strong></p>', H1))).toEqual(['heading: 嵊泗列岛迎来“冬季海钓季”']);
  });
});
