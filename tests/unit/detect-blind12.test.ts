// "Use Dubao on this page" on a page with a short title, from what the blind12 pages showed
// (tests/fixtures/pages/blind12-jsxw-*): a notice titled in two characters (`讣告`, `公告`) in an element
// whose class names it the title, the document title opening with it before the site's name.
// Snippets written for these tests; the negatives keep what such pages had before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const BODY = '<div id="articleContent"><p>　　经研究决定，城南菜市场自2025年3月1日起闭市改造，改造期间请市民前往临时疏解点购物。</p><p>　　临时疏解点设在城南路与人民路交叉口西北侧空地，营业时间为每天6时至18时。</p><p>　　特此公告。</p></div>';
const forced = (title: string, head: string) =>
  detect('http://www.example-county.cn/epaper/xw/20250226/html/page_03_content_001.htm', parseHtml(`<html><head><title>${title}</title></head><body>${head}${BODY}</body></html>`, 'http://www.example-county.cn/'), { force: true });

describe('the title of a forced page', () => {
  it('may be two characters where the document title opens with it before the site\'s name', () => {
    expect(forced('公告-某县新闻', '<div class="article-title">公告</div>')?.title).toBe('公告');
  });

  it('but a two-character element the document title does not open with is no title (a section label)', () => {
    expect(forced('城南菜市场闭市改造-某县新闻', '<div class="column-title">要闻</div>')?.title ?? null).not.toBe('要闻');
    expect(forced('某县新闻', '<div class="article-title">公告</div>')?.title ?? null).toBeNull();
  });
});
