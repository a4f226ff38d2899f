// A rule from what the blind40 pages showed (tests/fixtures/pages/blind40-*, npm run score:blind -- --set blind40): a
// page on a known paper's host in a Founder family its profile does not know (钱江晚报's profile knows only the classic
// html/ paths; its pc/ pages went unrecognised) is read as any Founder paper's page is, when it carries Founder markup.
// Pages written for these tests in the shape of the blind40 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const PC = 'http://qjwb.zjol.com.cn/qjwb/pc/content/202606/26/content_52001.html';
const PAD = 'http://hzdaily.hangzhou.com.cn/hzrb/pad/content/202606/26/content_7731.html';
const PC_LAYOUT = 'http://zjrb.zjol.com.cn/zjrb/pc/layout/202606/26/node_02.html';
const TEXT = '<p>　　记者从市园文局获悉，今年西湖景区新增荷花品种20个，花期将持续到8月底。</p><p>　　景区延长了开放时间。</p>';
const pcPage = (content: string): string =>
  `<html><head><meta charset="utf-8"><title>钱江晚报</title></head><body><div class="paper-top">钱江晚报 2026年06月26日</div>` +
  `<div class="article"><h1>西湖荷花迎来最佳观赏期</h1><div class="article-content" id="ozoom">${content}</div></div></body></html>`;
const padPage = `<html><head><meta charset="utf-8"><title>杭州日报</title></head><body><div class="pad-head"><font id="intro-title"></font>` +
  `<br><font id="main-title">城西新建三个社区食堂</font><br><font id="author">2026-06-26</font></div>` +
  `<div id="content"><founder-content>${TEXT}</founder-content></div></body></html>`;
const run = (html: string, url: string) => detect(url, parseHtml(html, url));

describe('a known host\'s page in a Founder family its profile does not know', () => {
  it('is recognised as a Founder article, with its title and date', () => {
    const r = run(pcPage(`<!--enpcontent--><founder-content>${TEXT}</founder-content><!--/enpcontent-->`), PC);
    // Read by the family's template, it carries its host's paper's site id, as every page of that paper does.
    expect(r?.site).toBe('qjwb');
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('西湖荷花迎来最佳观赏期');
    expect(r?.date).toBe('2026-06-26');
    expect(r?.body?.textContent).toContain('景区延长了开放时间');
    const pad = run(padPage, PAD);
    expect(pad?.kind).toBe('article');
    expect(pad?.title).toBe('城西新建三个社区食堂');
  });

  it('is recognised as a Founder layout on a layout path', () => {
    const html = '<html><head><meta charset="utf-8"><title>浙江日报</title></head><body><img src="02.jpg" usemap="#PagePicMap">' +
      '<map name="PagePicMap"><area href="../../../content/202606/26/content_1.html"></map><ul id="titleList"><li><a href="../../../content/202606/26/content_1.html">一</a></li></ul></body></html>';
    const r = run(html, PC_LAYOUT);
    expect(r?.kind).toBe('layout');
    expect(r?.date).toBe('2026-06-26');
  });

  it('is left alone without Founder markup', () => {
    expect(run(pcPage(TEXT), PC)).toBeNull();
    expect(run('<html><head><title>钱江晚报</title></head><body><p>页面不存在</p></body></html>', PC)).toBeNull();
  });

  it('leaves the profile\'s own paths to the profile', () => {
    const classic = 'http://qjwb.zjol.com.cn/qjwb/html/2026-06/26/content_1_52001.htm';
    const html = '<html><head><meta charset="utf-8"><title>钱江晚报</title></head><body><h1 class="main-article-title">西湖荷花迎来最佳观赏期</h1>' +
      `<div id="ozoom"><!--enpcontent--><founder-content>${TEXT}</founder-content><!--/enpcontent--></div></body></html>`;
    expect(run(html, classic)?.site).toBe('qjwb');
    expect(run(html, classic)?.title).toBe('西湖荷花迎来最佳观赏期');
  });

  it('is not recognised on a path of no Founder family', () => {
    const html = pcPage(`<!--enpcontent--><founder-content>${TEXT}</founder-content><!--/enpcontent-->`);
    expect(run(html, 'http://qjwb.zjol.com.cn/qjwb/about/contact.html')).toBeNull();
  });
});
