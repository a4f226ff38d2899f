// Recognition and extraction from what the blind8 pages showed (tests/fixtures/pages/blind8-*): a
// page that shows several articles of one print page together gives the one its URL names (by
// the container's id, else by the declared title over it); links to the previous and next article
// printed inside the body's container are left out. With the negatives they must leave alone.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { articleNumber } from '../../lib/detect/pointed';
import { isBoilerplate } from '../../lib/extract';
import { parseHtml } from '../../scripts/lib/html';

const FIRST = '<p>　　昨日，乐清市第十二届中小学生运动会在市体育中心开幕，来自全市68所学校的2300余名运动员参加比赛。</p>';
const SECOND = '<p>　　近日，乐清湾大桥南侧的湿地公园里，一群白鹭在浅滩上觅食。今年入冬以来，乐清湾越冬候鸟数量已超过2万只。</p>';
const PROPS = (title: string): string => `<!--enpproperty <founder-date>2024-12-04</founder-date><founder-title>${title}</founder-title><founder-type>1</founder-type> /enpproperty-->`;
const art = (attrs: string, title: string, body: string): string => `<div class="article"${attrs}><h2>${title}</h2><founder-content>${body}</founder-content></div>`;
const page = (url: string, inner: string): Document => parseHtml(`<html><head><title>乐清日报</title></head><body>${inner}</body></html>`, url);
const URL2 = 'https://epaper.yqrb.com.cn/pc/content/202412/04/content_551203.html';

describe('a page showing two articles', () => {
  it('gives the body of the article whose container carries the URL\'s number', () => {
    const doc = page(URL2, art(' id="content_551202"', '运动会开幕', FIRST) + art(' id="content_551203"', '候鸟超2万只', SECOND) + PROPS('候鸟超2万只'));
    expect(detect(URL2, doc)?.body?.textContent).toContain('白鹭');
  });

  it('without ids, the one under the headline the page declares as its title', () => {
    const doc = page(URL2, art('', '运动会开幕', FIRST) + art('', '候鸟超2万只', SECOND) + PROPS('候鸟超2万只'));
    expect(detect(URL2, doc)?.body?.textContent).toContain('白鹭');
  });

  it('but with nothing naming one, the first as before; a lone body stays the body', () => {
    const none = page(URL2, art('', '运动会开幕', FIRST) + art('', '候鸟超2万只', SECOND) + PROPS('别的标题'));
    expect(detect(URL2, none)?.body?.textContent).toContain('运动会');
    const one = page(URL2, art(' id="content_551202"', '运动会开幕', FIRST) + PROPS('运动会开幕'));
    expect(detect(URL2, one)?.body?.textContent).toContain('运动会');
  });

  it('reads the article number from every Founder article path, and only at its end', () => {
    expect(articleNumber(new URL(URL2))).toBe('551203');
    expect(articleNumber(new URL('http://epaper.dyrb.com.cn/html/2024-12/05/content_1_223344.htm'))).toBe('223344');
    expect(articleNumber(new URL('http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html'))).toBe('40941');
    expect(articleNumber(new URL('https://example.com/pc/layout/202412/04/node_01.html'))).toBeNull();
  });
});

describe('links to the previous and next article', () => {
  const el = (html: string): Element => parseHtml(`<html><body>${html}</body></html>`, 'https://example.com/').body.firstElementChild as Element;
  it('are boilerplate', () => {
    expect(isBoilerplate(el('<p class="pre-next">上一篇：<a href="content_1.htm">义乌至迪拜新航线开通</a></p>'))).toBe(true);
    expect(isBoilerplate(el('<p>下一篇： <a href="content_3.htm">佛堂古镇迎来冬季旅游季</a></p>'))).toBe(true);
  });
  it('but a sentence that opens with 下一步 or speaks of 上一篇 is article text', () => {
    expect(isBoilerplate(el('<p>下一步，我们将加快新建德高铁沿线产业带建设。</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>上一篇报道刊发后，不少读者来电。</p>'))).toBe(false);
  });
});
