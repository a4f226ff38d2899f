// The rule the blind118 round added. lib/extract/index.ts (`preAround`, asked where the walk of the body starts): white
// space is inherited, so a body with no white-space of its own inside an element that pre-formats it inline (the older
// 绍兴日报 and 萧山日报 templates' <div id="ozoom" style="white-space:pre-wrap"> around <founder-content>, or a <pre>)
// keeps its newlines as print lines, as the browser's computed style already shows them. The nearest element around
// the body that says anything decides.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';
import { parsePage } from '../../scripts/lib/parse-page';
import { isPreformatted } from '../../scripts/lib/pre-style';

// Print lines fourteen wide, paragraphs indented with 　　, no empty line; a byline alone first.
const TEXT = ['记者　王　晨', '　　昨天，湘湖景区在做好疫情', '防控的前提下恢复开放。游客需', '出示健康码、测量体温。',
  '　　“在家里闷了这么久，终于', '可以出来走走了。”市民刘女士', '说。'].join('\n');
const REPAIRED = [
  'byline: 记者　王　晨',
  'body: 昨天，湘湖景区在做好疫情防控的前提下恢复开放。游客需出示健康码、测量体温。',
  'body: “在家里闷了这么久，终于可以出来走走了。”市民刘女士说。',
];
// Read as the collapsed white space of ordinary HTML: one paragraph, the print lines' newlines become spaces.
const ONE_BLOCK = ['body: 记者　王　晨 　　昨天，湘湖景区在做好疫情 防控的前提下恢复开放。游客需 出示健康码、测量体温。 　　“在家里闷了这么久，终于 可以出来走走了。”市民刘女士 说。'];

// As the DOM tests' reader: an inline `white-space: pre…` or a <pre> on the element itself, nothing inherited.
const inlinePre = (el: Element): boolean => el.tagName === 'PRE' || /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');
const page = (around: string, close: string, body = '<founder-content>'): string =>
  `<html><body><table><tr><td>${around}${body}\n${TEXT}\n</founder-content>${close}</td></tr></table></body></html>`;
const readers = [
  ['happy-dom', (html: string): string[] => {
    const doc = parseHtml(html, 'http://epaper.sxnews.cn/sxrb/html/2019-04/18/content_1_1.htm');
    return repairBody(doc.querySelector('founder-content') as Element, { isPre: inlinePre }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  }],
  ['the CLI', (html: string): string[] => {
    const doc = parsePage(html);
    return repairBody(doc.querySelector('founder-content') as Element, { isPre: isPreformatted }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  }],
] as const;

describe.each(readers)('a body pre-formatted by an element around it, read by %s (preAround)', (_name, read) => {
  it('changes: print lines as newlines in founder-content inside a pre-wrap div#ozoom, or inside a <pre>', () => {
    expect(read(page('<div id="ozoom" style="white-space:pre-wrap">', '</div>'))).toEqual(REPAIRED);
    expect(read(page('<div id="ozoom" style="WHITE-SPACE: pre-line"><div class="c">', '</div></div>'))).toEqual(REPAIRED);
    expect(read(page('<pre>', '</pre>'))).toEqual(REPAIRED);
  });
  it('leaves alone: no white-space anywhere, the body\'s own white-space: normal, a nearer element saying normal', () => {
    expect(read(page('<div id="ozoom">', '</div>'))).toEqual(ONE_BLOCK);
    expect(read(page('<div id="ozoom" style="white-space:pre-wrap">', '</div>', '<founder-content style="white-space: normal">'))).toEqual(ONE_BLOCK);
    expect(read(page('<div style="white-space:pre-wrap"><div id="ozoom" style="white-space:normal">', '</div></div>'))).toEqual(ONE_BLOCK);
    expect(read(page('<div style="white-space:pre-wrap"><div><div><div><div>', '</div></div></div></div></div>'))).toEqual(ONE_BLOCK);
  });
});
