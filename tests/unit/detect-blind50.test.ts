// Rules from what the blind50 pages showed (tests/fixtures/pages/blind50-*, npm run score:blind -- --set blind50): a
// Founder article on a host no profile knows, whose template titles it in a cell or block of its own that no selector
// knows (`td.bt`, `div.newstitle`, `h3.art-tit`) and names it nowhere else, had no title, or the paper's name from its
// document title (`邢台日报·数字报`). Such an element before the body, whose class names it the title, now titles the page;
// and site names parted by a middle dot are no document title. Pages written for these tests in the shape of the
// blind50 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const TEXT = '<p>　　近日，城南街道新建的两座口袋公园向居民开放，公园里增设了座椅和儿童游乐设施。</p><p>　　居民纷纷点赞。</p>';
const NO_TITLE_PROPS = '<!--enpproperty <articleid>1001</articleid><date>2026-09-02 00:00:00:0</date><title></title> /enpproperty-->';
const page = (docTitle: string, head: string, props = NO_TITLE_PROPS): string =>
  `<html><head><meta charset="utf-8"><title>${docTitle}</title></head><body><div class="top"><img src="logo.gif" alt="城南日报">2026年09月02日</div>` +
  `${head}<div id="content"><founder-content>${TEXT}</founder-content></div>${props}</body></html>`;
const CLASSIC = 'http://szb.example.cn/cnrb/html/2026-09/02/content_3_1001.htm';
const PC = 'http://epaper.example.cn/cnrb/pc/content/202609/02/content_1001.html';
const MOBILE = 'http://szb.example.cn/cnrb/mobile/content/202609/02/content_1001.html';
const run = (html: string, url: string, force = false) => detect(url, parseHtml(html, url), { force });

describe('a Founder article on an unknown host titled only in an element its class names the title', () => {
  it('takes its title from that element (td.bt, div.newstitle, div.newsTitle, h3.art-tit, div.article_tit)', () => {
    const cases: [string, string, string][] = [
      ['<table><tr><td class="yt"></td></tr><tr><td class="bt" align="center"><b>口袋公园开放了</b></td></tr></table>', CLASSIC, '城南日报'],
      ['<div class="newsyt"></div><div class="newstitle">口袋公园开放了</div><div class="newsft"></div>', PC, '城南日报-第03版：城事'],
      ['<div class="newsTitle">口袋公园开放了</div>', PC, '城南日报'],
      ['<h3 class="art-tit">口袋公园开放了</h3>', MOBILE, '城南日报·数字报'],
      ['<div class="article_tit">口袋公园开放了</div>', MOBILE, '城南日报数字报'],
    ];
    for (const [head, url, docTitle] of cases) {
      const r = run(page(docTitle, head), url);
      expect([r?.site, r?.kind, r?.title, r?.date]).toEqual(['founder', 'article', '口袋公园开放了', '2026-09-02']);
    }
  });

  it('takes no paper name parted by a middle dot from the document title for its title', () => {
    expect(run(page('城南日报·数字报', '<div class="paper">城南日报</div>'), MOBILE)?.title).toBeNull();
    expect(run(page('城南日报 · 电子版', ''), CLASSIC)?.title).toBeNull();
  });

  it('leaves alone the titles found before (the comment, a known cell, the document title) and elements no title', () => {
    // The enpproperty comment names the title: it wins over a class-named element.
    const props = NO_TITLE_PROPS.replace('<title></title>', '<title>口袋公园开放了</title>');
    expect(run(page('城南日报', '<div class="newstitle">城南日报第三版导读</div>', props), PC)?.title).toBe('口袋公园开放了');
    // A known title cell (td.font01) wins.
    expect(run(page('城南日报', '<table><tr><td class="font01">口袋公园开放了</td></tr><tr><td class="bt">本版导读四则</td></tr></table>'), CLASSIC)?.title).toBe('口袋公园开放了');
    // A document title that is the article's (no site name in it) still titles the page when no element does.
    expect(run(page('城南街道口袋公园开放', '<div class="paper">城南日报</div>'), CLASSIC)?.title).toBe('城南街道口袋公园开放');
    // A title token only as a prefix or for another title (subtitle, pretitle, doctitle, newssubtitle, title-bar), or an element holding blocks: no title.
    for (const head of ['<div class="subtitle">口袋公园开放了</div>', '<div class="pretitle">口袋公园开放了</div>', '<div class="doctitle">口袋公园开放了</div>',
      '<div class="newssubtitle">口袋公园开放了</div>', '<div class="art_pretitle">口袋公园开放了</div>', '<div class="newsIntroTitle">口袋公园开放了</div>',
      '<div class="title-bar">口袋公园开放了</div>', '<div class="btn">口袋公园开放了</div>', '<div class="newstitle"><p>口袋公园</p><p>开放了</p></div>']) {
      expect(run(page('城南日报', head), MOBILE)?.title).toBeNull();
    }
    // After the body, a class-named element is no title.
    const after = page('城南日报', '').replace('</founder-content></div>', '</founder-content></div><div class="newstitle">相关阅读推荐</div>');
    expect(run(after, MOBILE)?.title).toBeNull();
    // A page of no Founder markup on a Founder path is not read, title element or not.
    const plain = `<html><head><title>城南日报</title></head><body><div class="newstitle">口袋公园开放了</div><div class="content">${TEXT}</div></body></html>`;
    expect(run(plain, PC)).toBeNull();
  });

  it('gives a forced news page the same title as before, and the longer named forms too', () => {
    const news = (head: string): string => `<html><head><meta charset="utf-8"><title>城南网</title></head><body>${head}<div class="text">${TEXT}${TEXT}${TEXT}</div></body></html>`;
    expect(run(news('<div class="news-title">口袋公园开放了</div>'), 'https://www.example.cn/news/1001.html', true)?.title).toBe('口袋公园开放了');
    expect(run(news('<div class="newstitle">口袋公园开放了</div>'), 'https://www.example.cn/news/1001.html', true)?.title).toBe('口袋公园开放了');
  });
});
