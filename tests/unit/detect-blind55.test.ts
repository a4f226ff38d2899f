// Rules from what the blind55 pages showed (tests/fixtures/pages/blind55-*, npm run score:blind -- --set blind55): a
// Founder article on a host no profile knows whose template sets the body between `<!--enpcontent-->` and
// `<!--/enpcontent-->` in a div no selector names (no founder-content, no #ozoom) had no body and was not read; a classic
// 版面导航 frame page on a node_ path, linking the pages as `第N版：X` → node_N.htm but with no page picture and
// no #pageList, was not read as a layout. Pages written for these tests in the shape of the blind55 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { enpcontentBody, hasEditionLinks } from '../../lib/detect/markers';
import { parseHtml } from '../../scripts/lib/html';

const TEXT = '<p>　　近日，城南街道新建的两座口袋公园向居民开放，公园里增设了座椅和儿童游乐设施。</p><p>　　附近居民纷纷点赞，傍晚来散步的人越来越多。</p>';
const PROPS = '<!--enpproperty <founder-date>2026-09-02</founder-date><founder-title>口袋公园开放了</founder-title><founder-type>1</founder-type> /enpproperty-->';
const PC = 'http://epaper.example.cn/cnrb/pc/content/202609/02/content_1001.html';
const CLASSIC_NODE = 'http://szb.example.cn/html/2026-09/02/node_2.htm';
const run = (html: string, url: string, force = false) => detect(url, parseHtml(html, url), { force });
const doc = (body: string, url = PC): Document => parseHtml(`<html><head><meta charset="utf-8"><title>城南日报</title></head><body>${body}</body></html>`, url);
const article = (inner: string): string =>
  `<html><head><meta charset="utf-8"><title>城南日报</title></head><body><div class="hd"><h1>口袋公园开放了</h1></div>${inner}${PROPS}</body></html>`;

describe('the body between enpcontent comments in an element no profile names', () => {
  it('is the comments\' parent, and the Founder article on an unknown host is read with it', () => {
    const r = run(article(`<div class="detail-text"><!--enpcontent-->${TEXT}<!--/enpcontent--></div>`), PC);
    expect([r?.site, r?.kind, r?.title, r?.date]).toEqual(['founder', 'article', '口袋公园开放了', '2026-09-02']);
    expect(r?.body?.className).toBe('detail-text');
    const d = doc(`<section class="txt">\n<!-- enpcontent -->${TEXT}<!-- /enpcontent -->\n</section>`);
    expect(enpcontentBody(d, 30)?.className).toBe('txt');
  });

  it('is no body where the parent holds more than the comments enclose, the pair is broken, or too little is inside', () => {
    // The title beside the body in the same element.
    expect(enpcontentBody(doc(`<div class="a"><h1>口袋公园开放了</h1><!--enpcontent-->${TEXT}<!--/enpcontent--></div>`), 30)).toBeNull();
    // A closing comment in another element.
    expect(enpcontentBody(doc(`<div class="a"><!--enpcontent-->${TEXT}</div><div><!--/enpcontent--></div>`), 30)).toBeNull();
    // No closing comment.
    expect(enpcontentBody(doc(`<div class="a"><!--enpcontent-->${TEXT}</div>`), 30)).toBeNull();
    // Too little text (a picture page's caption of a few characters).
    expect(enpcontentBody(doc('<div class="a"><!--enpcontent--><p>图为大陈岛</p><!--/enpcontent--></div>'), 30)).toBeNull();
    // An enpproperty comment is no enpcontent pair.
    expect(enpcontentBody(doc(`<div class="a"><!--enpproperty <title>x</title> /enpproperty-->${TEXT}</div>`), 30)).toBeNull();
  });

  it('leaves alone what was read before: a known body element wins, a page with no Founder path or a forced page keeps its reading', () => {
    // founder-content inside the pair: the known element is the body.
    const known = run(article(`<div class="detail-text"><!--enpcontent--><founder-content>${TEXT}</founder-content><!--/enpcontent--></div>`), PC);
    expect(known?.body?.tagName.toLowerCase()).toBe('founder-content');
    // No Founder path: not read unless forced (a portal on the Founder CMS).
    expect(run(article(`<div class="u-mainText"><!--enpcontent-->${TEXT}<!--/enpcontent--></div>`), 'https://news.example.com/2026-09/02/content_1001.shtml')).toBeNull();
    // Forced, the densest block is read as before.
    const forced = run(article(`<div class="u-mainText"><!--enpcontent-->${TEXT}<!--/enpcontent--></div>`), 'https://news.example.com/2026-09/02/content_1001.shtml', true);
    expect(forced?.kind).toBe('article');
  });
});

const nav = (links: string): string => `<table><tr><td>版面导航</td></tr>${links}</table>`;
const link = (n: number, href = `node_${n}.htm`, text = `第0${n}版：要闻`): string => `<tr><td><a id="pageLink" href="${href}">${text}</a></td></tr>`;

describe('a page index of edition links (第N版… → node_N)', () => {
  it('marks a Founder page, so a 版面导航 frame page on a node_ path is read as a layout', () => {
    const html = `<html><head><title>城南日报数字报</title></head><body>${nav([1, 2, 3, 4].map((n) => link(n)).join(''))}</body></html>`;
    const r = run(html, CLASSIC_NODE);
    expect([r?.site, r?.kind, r?.date]).toEqual(['founder', 'layout', '2026-09-02']);
    expect(hasEditionLinks(doc(nav([link(1, 'node_A01.html', '第A01版：要闻'), link(2, '../node_A02.html?v=1', '第 A02 版'), link(3, 'node_A03.html', '第A03版')].join(''))))).toBe(true);
  });

  it('is no marker for one or two such links, links named otherwise, or 第N版 links to other files', () => {
    // One 返回版面 link and one 上一版 link, as article pages hold.
    expect(hasEditionLinks(doc(nav([link(1), link(2, 'node_2.htm', '上一版')].join(''))))).toBe(false);
    expect(hasEditionLinks(doc(nav([link(1), link(2)].join(''))))).toBe(false);
    // 第N版 named links to articles or to a portal's pages (a 读报 list).
    expect(hasEditionLinks(doc(nav([1, 2, 3].map((n) => link(n, `content_${n}.htm`)).join(''))))).toBe(false);
    expect(hasEditionLinks(doc(nav([1, 2, 3].map((n) => link(n, `/dubao/2026/0902/p${n}.shtml`)).join(''))))).toBe(false);
    // node_ links named by their section only (a CMS's column pages).
    expect(hasEditionLinks(doc(nav([1, 2, 3].map((n) => link(n, `node_${n}.htm`, `政务动态${n}`)).join(''))))).toBe(false);
    // The same page on a host no profile knows and a path that is no Founder path: not read.
    const html = `<html><head><title>城南日报数字报</title></head><body>${nav([1, 2, 3, 4].map((n) => link(n)).join(''))}</body></html>`;
    expect(run(html, 'http://szb.example.cn/daohang.htm')).toBeNull();
  });
});

describe('a classic Founder path whose extension is in capitals (.HTM), on a host no profile knows', () => {
  const page = (title: string): string => `<html><head><meta charset="utf-8"><title>${title}</title></head><body><!--enpproperty <founder-title>${title}</founder-title><founder-date>2026-11-28</founder-date> /enpproperty--><founder-content><p>　　本报讯　近日，城南街道运河湾风情街完成提升改造重新开街，沿街二十余家老字号和文创小店同步营业，吸引不少市民前来游玩打卡。</p><p>　　据介绍，此次改造历时半年，对沿街立面、地面铺装和夜景灯光进行了整体提升。</p></founder-content></body></html>`;
  const at = (url: string) => detect(url, parseHtml(page('运河湾风情街重新开街'), url));
  it('reads the article as it does under .htm', () => {
    expect(at('https://epaper.example-county.cn/html/2026-11/28/content_2312346.HTM?div=-1')?.kind).toBe('article');
    expect(at('https://epaper.example-county.cn/html/2026-11/28/content_2312346.htm')?.kind).toBe('article');
  });
  it('leaves alone a path that only looks so (.HTML5, .htmx, a mixed-case .Htm is no server\'s spelling either)', () => {
    expect(at('https://epaper.example-county.cn/html/2026-11/28/content_2312346.htmx')).toBeNull();
    expect(at('https://epaper.example-county.cn/html/2026-11/28/content_2312346.Htm')).toBeNull();
  });
});
