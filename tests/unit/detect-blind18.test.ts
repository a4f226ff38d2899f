// Rules from what the blind18 pages showed (tests/fixtures/pages/blind18-*, npm run score:blind): pages that are no
// article, which "Use Dubao on this page" must refuse rather than turn into one. A list of linked items — each a
// linked headline in a block of its own beside a summary, a snippet or a message, as 专题 pages, search results,
// 往期导读 boxes and 留言板 lists set them in <div>s — is no article, nor is anything inside it; and the densest
// text must hold 50 characters at least (a video's one-sentence summary, a gallery's captions, a not-found
// message are none). With the articles these rules must leave alone. Snippets written for these tests in the
// shape of the blind18 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { isLinkList } from '../../lib/detect/link-list';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'https://news.example.com/a/123.html';
const doc = (html: string): Document => parseHtml(`<html><head><title>页面</title></head><body>${html}</body></html>`, URL_);
const forced = (html: string): string | null => {
  const r = detect(URL_, doc(html), { force: true });
  return r ? (r.body?.textContent ?? '').replace(/\s+/gu, '') : null;
};

const HEADS = ['城乡公交一体化让村民出行更方便', '老年食堂覆盖所有城乡社区街道', '乡村运营师让闲置农房活起来了', '县域医共体让好医生下沉到乡镇'];
const SUMMARY = (i: number): string => `全市已建成老年食堂和助餐点九百余个，八十周岁以上老人就餐享受补贴，一些村还为行动不便的老人提供送餐上门服务，第${i}批试点今年完成。`;
const P1 = '11月26日，海宁市皮革城冬季时尚发布会开幕，来自全国各地的三百多家采购商到场订货，当天意向成交额超过两亿元。';
const P2 = '今年的发布会以轻暖为主题，展出了羽绒与皮革拼接、可机洗羊皮等新品两千余款，不少企业负责人表示消费者越来越看重衣服的轻便。';

describe('the forced start refuses a list of linked items', () => {
  it('refuses a 专题 page whose summaries sit in <div class="item">s', () => {
    const items = HEADS.map((t, i) => `<div class="item"><div class="t"><a href="/a/${i}.htm">${t}</a></div><div class="s">${SUMMARY(i)}</div><div class="d">2025-11-2${i}</div></div>`).join('');
    expect(forced(`<div class="lead">专题导语</div><div class="zt-list">${items}</div>`)).toBeNull();
  });

  it('refuses search results whose snippets sit in <div>s beside a count and a page bar', () => {
    const rs = HEADS.map((t, i) => `<div class="r"><div class="rt"><a href="/c/${i}.htm">${t}</a></div><div class="rs">${SUMMARY(i)}</div><div class="ri">湖州日报　第0${i}版</div></div>`).join('');
    expect(forced(`<div class="res"><div class="n">检索结果：共 23 条</div>${rs}<div class="pg"><a href="?p=2">下一页</a></div></div>`)).toBeNull();
  });

  it('refuses a list whose linked headlines are links beside a <p> summary', () => {
    const items = HEADS.map((t, i) => `<div class="m"><a href="/m/${i}.html">${t}</a><p>${SUMMARY(i)}</p></div>`).join('');
    expect(forced(`<div class="board">${items}</div>`)).toBeNull();
  });
});

describe('the forced start refuses a page whose densest text is a summary, captions or a message', () => {
  it('refuses a video page with a one-sentence summary', () => {
    expect(forced('<div class="v"><h1>萧山区首届乡村运动会开幕</h1><div class="i">发布时间：2025-11-27</div><div class="intro">萧山区首届乡村运动会在进化镇开幕，千余名村民参加拔河、插秧接力等十余个趣味项目。</div></div>')).toBeNull();
  });

  it('refuses a gallery of short captions and a not-found page', () => {
    const caps = ['清晨的西湖，薄雾笼罩断桥', '游客在苏堤上拍摄红叶', '孤山脚下的银杏叶落满小径', '游船驶过三潭印月', '摄影爱好者在湖边等待日出'];
    expect(forced(`<div class="g"><h1>西湖初冬</h1>${caps.map((c, i) => `<div class="p"><img src="${i}.jpg"><div class="c">${i + 1}/5　${c}</div></div>`).join('')}</div>`)).toBeNull();
    expect(forced('<div class="e"><div>404</div><div>抱歉，您访问的页面不存在或已被删除。</div><div>可能的原因：网址输入有误，或该版面尚未上线。</div></div>')).toBeNull();
  });
});

describe('the forced start still reads short and unusual articles', () => {
  it('reads a 简讯 of two paragraphs and a body in one <div> per paragraph', () => {
    expect(forced(`<h1>共享菜园开园</h1><div class="c"><p>${P1}</p><p>${P2}</p></div>`)).toBe(P1 + P2);
    expect(forced(`<h1>发布会开幕</h1><div id="zoom"><div>${P1}</div><div>${P2}</div><div>${P1}</div></div>`)).toBe(P1 + P2 + P1);
  });

  it('reads an article whose paragraphs hold links inside their sentences, and one beside a 相关阅读 pair', () => {
    const linked = [P1, P2, P1].map((p, i) => `<div>据<a href="/x/${i}.html">海宁市融媒体中心消息报道</a>，${p}</div>`).join('');
    expect(forced(`<div id="zoom">${linked}</div>`)).not.toBeNull();
    const rel = HEADS.slice(0, 2).map((t, i) => `<div class="r"><div><a href="/r/${i}.htm">${t}</a></div><div>${SUMMARY(i)}</div></div>`).join('');
    expect(forced(`<div class="art"><div class="c"><p>${P1}</p><p>${P2}</p><p>${P1}</p></div>${rel}</div>`)).toContain(P2);
  });

  it('reads a forum thread: posts under their authors’ names are no list of headlines', () => {
    const post = (who: string): string => `<div class="post"><div class="au"><a href="/u/1">${who}</a></div><div class="msg">${P1}${P2}</div></div>`;
    const d = doc(`<div id="postlist">${post('湘湖边的猫')}${post('城厢老王')}${post('北干居民')}</div>`);
    expect(isLinkList(d.getElementById('postlist') as Element)).toBe(false);
    expect(detect(URL_, d, { force: true })).not.toBeNull();
  });
});
