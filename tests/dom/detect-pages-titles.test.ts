// Titles and paths of Founder pages on hosts Dubao does not know: the enpproperty title beats a
// bare <h1> (often the paper's logo), a <founder-title> element is a title, the document title
// is the last resort (only where it names the article before the site), and the Founder
// newspaper product's nw./nbs. pages are article and layout pages on any host.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const PARA = '<p>　　财政部19日发布数据显示，今年前4个月，全国一般公共预算收入80753亿元，扣除特殊因素影响后可比增长2.4%左右。</p>';
const page = (head: string, body: string, props = ''): string =>
  `<html><head><meta charset="utf-8"><title>${head}</title></head><body>${body}<div id="ozoom"><!--enpcontent--><founder-content>${PARA}</founder-content><!--/enpcontent--></div>${props}</body></html>`;
const URL_PC = 'http://paper.ce.cn/pc/content/202405/20/content_294512.html';
const run = (html: string, url = URL_PC) => detect(url, parseHtml(html, url));

describe('titles of generic Founder articles', () => {
  it('takes the enpproperty title over a logo in an <h1>', () => {
    const r = run(page('经济日报', '<div class="logo"><h1>经济日报</h1></div>', '<!--enpproperty <title>前4个月全国一般公共预算收入80753亿元</title>/enpproperty-->'));
    expect(r?.title).toBe('前4个月全国一般公共预算收入80753亿元');
  });

  it('still reads an <h1> where the page has no enpproperty title', () => {
    expect(run(page('经济日报', '<div class="article"><h1>财政收入稳中有进</h1></div>'))?.title).toBe('财政收入稳中有进');
  });

  it('reads a <founder-title> element', () => {
    expect(run(page('南方日报', '<div class="t"><founder-title>深中通道首个周末迎客流高峰</founder-title></div>'))?.title).toBe('深中通道首个周末迎客流高峰');
  });

  it('falls back on the document title only where it names the article before the site', () => {
    expect(run(page('提升新动能 打造高质量发展产业新城--今日临海', ''))?.title).toBe('提升新动能 打造高质量发展产业新城');
    expect(run(page('财政收入稳中有进_经济日报', ''))?.title).toBe('财政收入稳中有进');
    expect(run(page('经济日报', ''))?.title).toBeNull();
    expect(run(page('首页 - 经济日报', ''))?.title).toBeNull();
  });
});

describe('Founder newspaper-product paths on any host', () => {
  it('recognises an nw. article page with Founder markup, with its date', () => {
    const url = 'https://epaper.gmw.cn/gmrb/html/2024-05/20/nw.D110000gmrb_20240520_2-01.htm';
    const r = run(page('光明日报', '', '<!--enpproperty <founder-title>科技活动周启幕</founder-title>/enpproperty-->'), url);
    expect([r?.site, r?.kind, r?.title, r?.date]).toEqual(['founder', 'article', '科技活动周启幕', '2024-05-20']);
  });

  it('leaves an nw.-shaped page without Founder markup alone', () => {
    const url = 'https://blog.example.com/html/2024-05/20/nw.D110000gmrb_20240520_2-01.htm';
    const html = `<html><body><div class="post">${PARA}</div></body></html>`;
    expect(detect(url, parseHtml(html, url))).toBeNull();
  });
});
