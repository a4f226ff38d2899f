// Rules from what the blind20 pages showed (tests/fixtures/pages/blind20-*, npm run score:blind): a Founder
// template that prints the headline as a picture names it only in the picture's alt text — no title element, no
// <founder-title>, a document title holding the paper's name alone. The title is then the alt text of the last
// picture standing alone in its block before the body, outside any link, that is no site's name. Pages written for
// these tests in the shape of the blind20 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'http://epaper.example.cn/abc/html/2025-12/05/content_1201.htm';
const BODY = '<p>　　本报讯 连日来，县里的高山茶园里，茶农们正忙着修剪茶树、施有机肥、铺草保温，为明年春茶丰产打好基础。</p><p>　　据了解，全县现有茶园面积十余万亩，今年茶叶产值再创新高，带动茶农增收。</p>';
const page = (head: string): string => `<html><head><meta charset="utf-8"><title>某某报</title></head><body>
<table><tr><td><img src="logo.png" alt="某某日报"></td><td>2025年12月05日</td></tr></table>
<table>${head}<tr><td><div id="ozoom"><!--enpcontent-->${BODY}<!--/enpcontent--></div></td></tr></table>
<!--enpproperty <founder-date>2025-12-05</founder-date><founder-type>1</founder-type> /enpproperty--></body></html>`;
const title = (html: string): string | null | undefined => detect(URL_, parseHtml(html, URL_))?.title;

describe('a headline printed as a picture', () => {
  it('is read from the alt text of the picture alone in its title cell', () => {
    expect(title(page('<tr><td class="title"><img src="t.png" alt="高山茶园开启冬季管护"></td></tr>'))).toBe('高山茶园开启冬季管护');
  });

  it('is read in a plain cell too, the nearest such picture before the body winning', () => {
    expect(title(page('<tr><td><img src="a.png" alt="冬日茶园一角风景"></td></tr><tr><td align="center"><img src="t.png" alt="高山茶园开启冬季管护"></td></tr>'))).toBe('高山茶园开启冬季管护');
  });

  it('never takes a logo, a linked picture or a picture beside its caption', () => {
    expect(title(page(''))).toBeNull();
    expect(title(page('<tr><td><a href="/"><img src="t.png" alt="高山茶园开启冬季管护"></a></td></tr>'))).toBeNull();
    expect(title(page('<tr><td><img src="t.png" alt="高山茶园开启冬季管护"><p>茶农在修剪茶树。</p></td></tr>'))).toBeNull();
    expect(title(page('<tr><td><img src="t.png" alt="茶园"></td></tr>'))).toBeNull();
  });

  it('gives way to any title the page prints as text', () => {
    const withText = page('<tr><td class="title"><img src="t.png" alt="高山茶园开启冬季管护"></td></tr>')
      .replace('<founder-type>', '<founder-title>茶农冬管忙</founder-title><founder-type>');
    expect(title(withText)).toBe('茶农冬管忙');
  });
});
