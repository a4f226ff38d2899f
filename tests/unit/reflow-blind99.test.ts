// "Use Dubao on this page" on news portal and government pages that are no e-paper, from what the blind99 pages showed
// (tests/fixtures/pages/blind99-*): the article's text standing bare in one <div> — paragraphs set apart by <br><br>
// (杭州网), a reprint's print lines each ending in <br> (a county 融媒体 portal), print lines pre-wrapped (a county
// government's 部门动态) — beside its title <div>, the info line, an editor line and a comment box in one column; and a
// title in a heading that is the only content of a block whose class names it the title (`div.con-title > h2`) on a
// page whose document title sets the site's name apart by a plain space. Snippets written for these tests in the pages'
// shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const S1 = '近日，钱塘江南岸一条长约12公里的骑行绿道正式开放。绿道西起闻涛路，东至美女坝，沿途设有8处驿站和3个观景平台。';
const S2 = '绿道全程采用彩色透水沥青铺设，宽度在4米左右，骑行道和步行道用不同颜色区分，每隔两三百米就有指示牌。';
const S3 = '有关部门提醒，绿道内禁止电动自行车和机动车驶入，骑行时请注意避让行人，不要在观景平台附近追逐嬉戏。';
const page = (body: string, title = 't', pre = false): Document => parseHtml(
  `<html><head><title>${title}</title>${pre ? '<style>.pre{white-space:pre-wrap}</style>' : ''}</head><body>${body}</body></html>`, 'https://www.example.gov.cn/art/1.html');
const forced = (doc: Document) => detect('https://www.example.gov.cn/art/1.html', doc, { force: true });
const head = '<div class="news_title"><h2>钱塘江边新添一条骑行绿道</h2></div><div class="news_info">2027-04-13 08:20:05　来源：杭州网　记者：孙悦</div>';
const lines = (text: string, w: number): string[] => Array.from({ length: Math.ceil(text.length / w) }, (_, i) => text.slice(i * w, i * w + w));

describe('the body of a forced page whose text stands bare in one <div>', () => {
  it('is that <div> of <br><br> paragraphs, not the column holding its title, info line, editor line and comment box', () => {
    const doc = page(`<div id="col">${head}<div id="txt">${S1}<br><br>${S2}<br><br>${S3}<br></div><div class="news_editor">编辑：周琳</div><div class="wyhd"><h4>网友评论</h4><ul><li>江边骑车真的舒服，周末去试试。</li><li>希望早点连到下沙。</li></ul></div></div>`);
    expect(forced(doc)?.body?.id).toBe('txt');
  });

  it('is that <div> of print lines each ending in <br>, not the column with a title <div> and the 发布时间 line', () => {
    const print = [...lines(`　　${S1}`, 15), ...lines(`　　${S2}`, 15)].join('<br>');
    const doc = page(`<div id="col"><div class="art_tit">钱塘江边新添一条骑行绿道</div><div class="art_info">发布时间：2027-04-13 09:12　来源：新昌报　作者：俞斌</div><div id="con">${print}<br></div><div class="art_edit">责任编辑：潘丽君</div></div>`);
    expect(forced(doc)?.body?.id).toBe('con');
  });

  it('is that <div> of pre-wrapped print lines, not the column with its title, info line and 【打印】【关闭】', () => {
    const print = [...lines(`　　${S1}`, 16), ...lines(`　　${S3}`, 16)].join('\n');
    const doc = page(`<div id="col"><div class="con-title"><h2>钱塘江边新添一条骑行绿道</h2></div><div class="con-info">信息来源：德清新闻网　　发布日期：2027-04-14　　访问次数：215</div><div id="text" class="pre" style="white-space:pre-wrap">${print}</div><div class="con-tools">【打印】【关闭】</div></div>`, 't', true);
    expect(forced(doc)?.body?.id).toBe('text');
  });

  it('stays the column where the box of <br> lines holds less of its text than the paragraphs beside it', () => {
    const doc = page(`<div id="col"><div id="lines">${S1}<br>${S2}<br></div><p>${S3}</p><p>${S2}</p></div>`);
    expect(forced(doc)?.body?.id).toBe('col');
  });

  it('stays the column where the leading <div> is one paragraph with a single line break in it, beside a title <div>', () => {
    const doc = page(`<div id="col"><div class="t">钱塘江边新添一条骑行绿道</div><div id="one">${S1}${S2}<br>${S3}</div></div>`);
    expect(forced(doc)?.body?.id).toBe('col');
  });

  it('stays the thread of a message and a reply whose <p> of <br> lines holds most of its box (领导留言板)', () => {
    const doc = page(`<div id="thread"><div class="msg"><p>${S1}<br>${S2}</p></div><div class="reply"><h4>回复机构：闻堰街道办事处</h4><p>网友您好：<br>${S2}<br>${S1}<br>${S3}<br>闻堰街道办事处<br>2024年12月11日</p></div></div>`);
    expect(forced(doc)?.body?.id).toBe('thread');
  });

  it('stays the parent of two boxes of like weight (a message and its reply), each of <br> lines', () => {
    const doc = page(`<div id="thread"><div id="msg">${S1}<br>${S2}<br>${S3}</div><div id="reply">${S3}<br>${S1}<br>${S2}</div></div>`);
    expect(forced(doc)?.body?.id).toBe('thread');
  });
});

describe('the title of a forced page set in a heading inside a block named the title', () => {
  const text = `<div id="txt"><p>${S1}</p><p>${S2}</p><p>${S3}</p></div>`;

  it('is the heading\'s text where the block holds it alone (`div.con-title > h2`) and the document title names the site after a plain space', () => {
    const doc = page(`<div class="con-title"><h2>德清莫干山镇民宿推出“共享厨房”</h2></div><div class="con-info">发布日期：2027-04-14</div>${text}`, '德清莫干山镇民宿推出“共享厨房” 德清县人民政府');
    const r = forced(doc);
    expect(r?.title).toBe('德清莫干山镇民宿推出“共享厨房”');
    expect(r?.date).toBe('2027-04-14');
  });

  it('is not taken from a block named the title that holds its heading beside other text (a date)', () => {
    const doc = page(`<div class="con-title"><h2>德清莫干山镇民宿推出“共享厨房”</h2><span>2027-04-14</span></div>${text}`, '德清莫干山镇民宿推出“共享厨房” 德清县人民政府');
    expect(forced(doc)?.title ?? null).not.toBe('德清莫干山镇民宿推出“共享厨房”');
  });

  it('is not taken from a block whose class names another title (a subtitle) holding a heading alone', () => {
    const doc = page(`<div class="sub-title"><h3>莫干山镇二十多家民宿联合推出</h3></div>${text}`, '德清莫干山镇民宿推出“共享厨房” 德清县人民政府');
    expect(forced(doc)?.title ?? null).not.toBe('莫干山镇二十多家民宿联合推出');
  });
});
