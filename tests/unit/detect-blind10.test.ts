// "Use Dubao on this page" on news pages that are no e-paper, from what the blind10 pages showed
// (tests/fixtures/pages/blind10-*): a body whose paragraphs are text-only <section>s (WeChat) or
// <p>s each in a <div> of its own (百家号), a message and its reply in two boxes (领导留言板), and a title printed only in a plain <div> (share pages
// whose document title is the bare title, or only the platform's name). Snippets written for these
// tests in the pages' shapes; the negatives keep what the pages had before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const S1 = '12月16日，记者从萧山区湘湖管委会获悉，湘湖三期工程已完成主体建设，计划于明年元旦正式向市民游客开放。';
const S2 = '三期新建环湖步道3.2公里，与现有步道全线贯通，步道沿线设置了5处驿站，提供饮水、充电和休息座椅。';
const S3 = '开放初期，三期将实行免费预约入园，市民可通过小程序预约，每日限流1.5万人次。';
const page = (body: string, title = 't'): Document => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'https://news.example.com/a');
const forced = (doc: Document) => detect('https://news.example.com/a', doc, { force: true });

describe('the body of a forced news page, readability-style', () => {
  it('is the container of text-only <section>s, not the footer whose few <p>s it holds (WeChat #js_content)', () => {
    const sec = (t: string): string => `<section style="line-height:1.75em"><span>${t}</span></section>`;
    const doc = page(`<h1>湘湖三期明年元旦开放</h1><div id="js_content">${sec(S1)}<section><br></section>${sec(S2)}${sec(S3)}<section><p>来源：萧山日报</p><p>编辑：周琳</p><p>审核：李建国</p><p>记者：陈晓雨</p></section></div>`);
    expect(forced(doc)?.body?.id).toBe('js_content');
  });

  it('is the container whose every <p> sits in a <div> of its own (百家号), not the longest single one', () => {
    const d = (t: string): string => `<div class="dpu8C"><p><span class="bjh-p">${t}</span></p></div>`;
    const doc = page(`<div class="sKHSJ">桐庐新建6处口袋公园</div><div data-testid="article" id="art">${d(S1)}${d(S2)}${d(S3)}</div>`);
    expect(forced(doc)?.body?.id).toBe('art');
  });

  it('does not count link text: a list of related links is no body', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<section><a href="/s/${i}">萧山这条地铁线有新进展，本周末萧山这些地方有活动，速看招生政策发布${i}</a></section>`).join('');
    const doc = page(`<div id="links">${links}</div><div id="text"><p>${S1}</p><p>${S3}</p></div>`);
    expect(forced(doc)?.body?.id).toBe('text');
  });

  it('is the parent of two boxes of like weight, a message and its reply (领导留言板)', () => {
    const doc = page(`<h1>闻堰某小区门口路灯不亮</h1><div id="thread"><div class="msg"><p>${S1}${S3}</p></div><div class="reply"><h4>回复机构：闻堰街道办事处</h4><p>${S2}${S1}${S3}</p></div><div class="score">满意度评价</div></div>`);
    expect(forced(doc)?.body?.id).toBe('thread');
  });

  it('keeps the body alone beside a small comment box or a statement', () => {
    const doc = page(`<div id="col"><div id="text"><p>${S1}</p><p>${S2}</p><p>${S3}</p></div><div class="comments"><div class="item"><p>终于等到了，希望早点通车。</p></div></div><div class="statement">本文为原创，未经授权不得转载。</div></div>`);
    expect(forced(doc)?.body?.id).toBe('text');
  });

  it('still takes <p>s in an inline wrapper over the <div> around it (新华网 span#detailContent)', () => {
    const doc = page(`<div id="detail"><span id="detailContent"><p>${S1}</p><p>${S2}</p></span><div>【纠错】</div></div>`);
    expect(forced(doc)?.body?.id).toBe('detailContent');
  });
});

describe('the title of a forced page printed only in a plain element', () => {
  const body = `<div class="news-content"><p>${S1}</p><p>${S2}</p></div>`;

  it('is the bare document title where an element above the body shows exactly it (潮新闻, 百家号)', () => {
    const doc = page(`<div class="hd">绍兴黄酒小镇冬酿开耙</div><div class="info">潮新闻 2024-12-18 20:15</div>${body}`, '绍兴黄酒小镇冬酿开耙');
    const r = forced(doc);
    expect(r?.title).toBe('绍兴黄酒小镇冬酿开耙');
    expect(r?.date).toBe('2024-12-18');
  });

  it('is the element above the body whose class names it the title when the document title is the platform\'s name (学习强国)', () => {
    const doc = page(`<div class="render-detail-article-title"><div class="render-detail-title">丽水山路经济带火民宿</div><div class="render-detail-time">2024-12-22</div></div>${body}`, '学习强国');
    const r = forced(doc);
    expect(r?.title).toBe('丽水山路经济带火民宿');
    expect(r?.date).toBe('2024-12-22');
  });

  it('is none from a subtitle, a recommendation list\'s title, an element after the body, or a page not forced', () => {
    const doc = page(`<div class="sub-title">——海宁经编产业调查</div>${body}<div class="news-title">相关推荐的文章标题</div>`, '学习强国');
    expect(forced(doc)?.title).toBeNull();
    expect(detect('https://news.example.com/a', page(`<div class="hd">绍兴黄酒小镇冬酿开耙</div>${body}`, '绍兴黄酒小镇冬酿开耙'))).toBeNull();
  });
});
