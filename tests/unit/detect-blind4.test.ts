// "Use Dubao on this page" on news pages that are no e-paper, from what the blind4 pages showed
// (tests/fixtures/pages/blind4-*): a body whose paragraphs sit in an inline wrapper
// (<span id="detailContent"><p>…), the date in a portal's URL (/20241015/, /2024/1021/), and the
// date line printed under the title of a page whose URL has none. Snippets written for these tests
// in the pages' shapes (see blind4-manifest.json); the negatives leave pages alone as before.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const P = '<p>　　记者15日从应急管理部获悉，今年前三季度全国共发生各类生产安全事故1.1万起，同比下降18.2%，未发生特别重大事故。</p><p>　　该负责人表示，各地要紧盯全链条安全管理，严防各类事故发生。</p>';
const page = (body: string, url = 'https://news.example.com/a/b.html'): Document => parseHtml(`<html><head><title>t</title></head><body>${body}</body></html>`, url);

describe('a forced news page', () => {
  it('finds the body whose paragraphs an inline wrapper holds (新华网 span#detailContent)', () => {
    const doc = page(`<h1><span class="title">前三季度生产安全事故同比下降</span></h1><div id="detail"><span id="detailContent">${P}</span><div>【纠错】</div></div>`);
    const r = detect('https://www.news.cn/politics/20241015/abc/c.html', doc, { force: true });
    expect(r?.body?.id).toBe('detailContent');
    expect(r?.title).toBe('前三季度生产安全事故同比下降');
  });

  it('reads the date line under the title when the URL has none (澎湃 newsDetail_forward_N)', () => {
    const doc = page(`<div class="nav">首页 2023-01-01 推荐</div><h1>上海地铁18号线二期全线轨通</h1><div><span>澎湃新闻记者 陈悦</span><span>2024-10-11 18:42</span><span>来源：澎湃新闻</span></div><div>${P}</div>`);
    expect(detect('https://www.thepaper.cn/newsDetail_forward_29012345', doc, { force: true })?.date).toBe('2024-10-11');
  });

  it('takes no date from far below the title, nor on a page it was not asked to read', () => {
    const far = '这是一段很长的导语文字，'.repeat(12);
    const doc = page(`<h1>上海地铁18号线二期全线轨通</h1><div>${far}</div><div>${P}<p>2024年10月11日</p></div>`);
    expect(detect('https://www.thepaper.cn/newsDetail_forward_29012345', doc, { force: true })?.date).toBeNull();
    expect(detect('https://www.thepaper.cn/newsDetail_forward_29012345', page(`<h1>标题</h1><div>2024-10-11</div><div>${P}</div>`))).toBeNull();
  });
});

describe('dates in news portals\' URLs', () => {
  it.each([
    ['http://www.news.cn/politics/20241015/5a6b7c8d/c.html', '2024-10-15'],
    ['http://finance.people.com.cn/n1/2024/1021/c1004-40343212.html', '2024-10-21'],
    ['http://www.example.com/a/12345678/b.html', null],
    ['http://finance.people.com.cn/n1/2024/1341/c1004-1.html', null],
  ])('reads %s as %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});

describe('the title a government CMS declares', () => {
  const gov = (head: string, body: string): Document => parseHtml(`<html><head><title>杭州市人民政府办公厅关于做好森林防火工作的通知</title>${head}</head><body>${body}</body></html>`, 'https://www.hangzhou.gov.cn/art/2024/10/18/art_1_2.html');

  it('reads <meta name="ArticleTitle"> when no title element holds one (TRS: div.title)', () => {
    const doc = gov('<meta name="ArticleTitle" content="杭州市人民政府办公厅关于做好森林防火工作的通知">', `<div class="title">杭州市人民政府办公厅关于做好森林防火工作的通知</div><div class="TRS_Editor">${P}</div>`);
    expect(detect('https://www.hangzhou.gov.cn/art/2024/10/18/art_1_2.html', doc, { force: true })?.title).toBe('杭州市人民政府办公厅关于做好森林防火工作的通知');
  });

  it('lets the page\'s own h1 win, and finds no title without either', () => {
    const withH1 = gov('<meta name="ArticleTitle" content="旧标题">', `<h1>新标题：森林防火工作通知</h1><div class="TRS_Editor">${P}</div>`);
    expect(detect('https://www.hangzhou.gov.cn/art/2024/10/18/art_1_2.html', withH1, { force: true })?.title).toBe('新标题：森林防火工作通知');
    const bare = gov('', `<div class="TRS_Editor">${P}</div>`);
    expect(detect('https://www.hangzhou.gov.cn/art/2024/10/18/art_1_2.html', bare, { force: true })?.title).toBeNull();
  });
});
