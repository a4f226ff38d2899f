// A rule from what the blind45 pages showed (tests/fixtures/pages/blind45-*, npm run score:blind -- --set blind45): a page
// on a known paper's host in a Founder family its profile does not list (萧山日报's mobile/, 浙江日报's pad/, 嘉兴日报's
// classic html/) that also names its title in the enpproperty comment was read under the host's profile, while the same
// page without that title was read as any Founder paper's page in that family. It is now read as the family's page
// either way, and carries its host's paper's site id (as the reader's highlights and words of that paper all do).
// Pages written for these tests in the shape of the blind45 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const TEXT = '<p>　　近日，城南街道新建的两座口袋公园向居民开放，公园里增设了座椅和儿童游乐设施。</p><p>　　居民纷纷点赞。</p>';
const enp = (title: string, date: string): string =>
  `<!--enpproperty <articleid>1001</articleid><date>${date} 00:00:00:0</date><author></author><title>${title}</title><introtitle></introtitle><subtitle></subtitle> /enpproperty-->`;
const mobile = (title: string, props: string): string =>
  `<html><head><meta charset="utf-8"><title>萧山日报</title></head><body><div class="m-header">萧山日报　2026年09月02日　第03版：评论</div>` +
  `<div class="m-title"><font id="main-title">${title}</font></div><div id="content"><founder-content>${TEXT}</founder-content></div>${props}</body></html>`;
const classic = (title: string, props: string): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr><td class="font01"><founder-title>${title}</founder-title></td></tr>` +
  `<tr><td><div id="ozoom"><!--enpcontent--><founder-content>${TEXT}</founder-content><!--/enpcontent--></div></td></tr></table>${props}</body></html>`;
const run = (html: string, url: string) => detect(url, parseHtml(html, url));

describe('a known host\'s page in a Founder family its profile does not list, titled in the enpproperty comment', () => {
  it('is read as the family\'s Founder page, with its title and date, as the same page without that title is', () => {
    // <title> 萧山日报: the page's own paper name.
    const m = run(mobile('口袋公园开放了', enp('口袋公园开放了', '2026-09-02')), 'https://xsrb.xsdaily.com/xsrb/mobile/content/202609/02/content_31001.html');
    // Read by the family's template, named by its host's paper (site id and name), as every page of that paper is.
    expect([m?.site, m?.kind, m?.title, m?.date, m?.siteName]).toEqual(['xsrb', 'article', '口袋公园开放了', '2026-09-02', '萧山日报']);
    const bare = run(mobile('口袋公园开放了', ''), 'https://xsrb.xsdaily.com/xsrb/mobile/content/202609/02/content_31001.html');
    expect(bare?.site).toBe('xsrb');
    const pad = run(mobile('钱塘江观潮', enp('钱塘江观潮', '2026-09-01')).replace('m-title', 'pad-head'), 'https://zjrb.zjol.com.cn/zjrb/pad/content/202609/01/content_3870001.html');
    expect([pad?.site, pad?.kind, pad?.title]).toEqual(['zjrb', 'article', '钱塘江观潮']);
    const html = run(classic('共享车位上新', enp('共享车位上新', '2026-09-02')), 'https://jxrb.cnjxol.com/jxrbPaper/html/2026-09/02/content_3_240001.htm');
    expect([html?.site, html?.kind, html?.title, html?.date]).toEqual(['jxrb', 'article', '共享车位上新', '2026-09-02']);
    // Its <title> names no paper: the host's paper's name, not a generic one.
    expect(html?.siteName).toBe('嘉兴日报');
    // A page on no known host whose <title> names no paper keeps the generic name.
    const unknown = run(classic('共享车位上新', enp('共享车位上新', '2026-09-02')), 'https://epaper.example.cn/jxrb/html/2026-09/02/content_3_240001.htm');
    expect(unknown?.site).toBe('founder');
    expect(unknown?.siteName).not.toBe('嘉兴日报');
  });

  it('leaves alone a page in the profile\'s own family, a page on a path of no Founder family, and a page with no Founder markup', () => {
    // The profile's own family (萧山日报's classic html/): read under the profile, as before.
    const own = run(classic('共享车位上新', enp('共享车位上新', '2026-09-02')).replace('<founder-title>', '<p class="BSHARE_TEXT">').replace('</founder-title>', '</p>'),
      'https://xsrb.xsnet.cn/epaper/html/2026-09/02/content_81700_20500001.htm');
    expect([own?.site, own?.kind]).toEqual(['xsrb', 'article']);
    // A path of no Founder family on the known host, titled in the comment: an article of the profile, as before.
    const other = run(mobile('口袋公园开放了', enp('口袋公园开放了', '2026-09-02')), 'https://xsrb.xsdaily.com/xsrb/share/article.html?id=31001');
    expect([other?.site, other?.kind]).toEqual(['xsrb', 'article']);
    // A Founder family's path but no Founder markup at all, with the profile's own title element: the profile's, as before.
    const plain = `<html><head><meta charset="utf-8"><title>嘉兴日报</title></head><body><h1 id="Title">共享车位上新</h1><div class="content">${TEXT}</div></body></html>`;
    const p = run(plain, 'https://jxrb.cnjxol.com/jxrbPaper/html/2026-09/02/content_3_240001.htm');
    expect([p?.site, p?.kind]).toEqual(['jxrb', 'article']);
  });
});
