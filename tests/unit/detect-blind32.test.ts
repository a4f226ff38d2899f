// A rule from what the blind32 pages showed (tests/fixtures/pages/blind32-*, npm run score:blind -- --set blind32): a
// Founder article that shows its title nowhere but in the whole document title (a classic page with no title cell and
// no <founder-title>, `<title>江西今年将新改建农村公路3000公里</title>`) takes that as its title; a document title that
// is the paper's name, an edition's page or an editor's default names no article. Pages written for these tests in the
// shape of the blind32 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const CLASSIC = 'http://epaper.example.cn/abc/html/2026-05/14/content_4_20871.htm';
const BODY = '　　记者13日从省交通运输厅获悉，今年全省将新改建农村公路3000公里，实施危桥改造200座。<br>　　农村公路是乡村振兴的“先行官”。<br>';
const page = (title: string, head = '', props = ''): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr><td>2026年05月14日 第04版：要闻</td></tr></table>${head}` +
  `<div id="ozoom"><!--enpcontent--><founder-content>${BODY}</founder-content><!--/enpcontent--></div>${props}</body></html>`;
const run = (html: string, url = CLASSIC) => detect(url, parseHtml(html, url));

describe('the whole document title of a Founder article with no other title', () => {
  it('is the title', () => {
    expect(run(page('江西今年将新改建农村公路3000公里'))?.title).toBe('江西今年将新改建农村公路3000公里');
    expect(run(page('风筝飞进社区 非遗走近居民'))?.title).toBe('风筝飞进社区 非遗走近居民');
  });

  it('gives way to a title the page shows or declares', () => {
    expect(run(page('江西今年将新改建农村公路3000公里', '<founder-title>农村公路三千公里</founder-title>'))?.title).toBe('农村公路三千公里');
    expect(run(page('江西今年将新改建农村公路3000公里', '', '<!--enpproperty <founder-title>农村公路三千公里</founder-title> /enpproperty-->'))?.title).toBe('农村公路三千公里');
  });

  it('is no title where it names the paper, an edition page or nothing', () => {
    for (const t of ['上饶日报', '黄岩新闻', '松阳报', '数字报刊', '第04版：江西新闻', '无标题文档', '要闻']) expect(run(page(t))?.title ?? null).toBeNull();
  });
});
