// Rules from what the blind17 pages showed (tests/fixtures/pages/blind17-*, npm run score:blind): news portals read by
// "Use Dubao on this page". The forced start never takes page chrome for the article (a footer, a comment list, a
// sidebar, a short block holding an ICP or 公网安备 number), so a portal's channel list is refused; a share page titled
// only in og:title gets that title and the date printed just above its body; an advertisement (its 广告 tag, a box
// whose class names it an ad), a video placeholder's status and controls, a 撰稿/审核 credit chain and a 点击查看专题
// box are left out of the article; an unbracketed 原标题：… line and a byline repeating its medium before each role
// (光明日报记者 X 光明日报通讯员 Y) are bylines. With the negatives they must leave alone. Snippets written for these
// tests in the shape of the blind17 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { isBoilerplate } from '../../lib/extract';
import { isRoleByline } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'https://news.example.com/a/123.html';
const doc = (html: string, title = ''): Document => parseHtml(`<html><head><title>${title}</title>${html.startsWith('<meta') ? '' : ''}</head><body>${html}</body></html>`, URL_);
const body = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
const el = (html: string): Element => body(html).firstElementChild as Element;

const P1 = '今年以来，全区新建社区食堂十二家，每天为附近老人提供午餐，一份两荤一素的套餐只要十二元。';
const P2 = '街道负责人表示，下一步将在老旧小区和城郊村继续补齐助餐点，让老人在家门口吃上热乎饭。';
const P3 = '不少老人说，饭菜口味清淡，菜品一周不重样，吃完还能在旁边的活动室里打会儿牌、聊聊天。';
const C = (i: number): string => `<p class="u">浙江网友 11-26 1${i}:02</p><p>这样的食堂真好，我们小区也盼着能早点建一个，老人吃饭就方便多了，点赞支持第${i}次。</p>`;

describe('the forced start never takes page chrome for the article', () => {
  it('reads the article, not a comment list longer than it', () => {
    const d = doc(`<div class="box"><h1>社区食堂开进老小区</h1><div class="txt"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`
      + `<div class="cmt-list">${[1, 2, 3, 4, 5, 6, 7, 8].map(C).join('')}</div>`);
    const r = detect(URL_, d, { force: true });
    expect(r?.body?.className).toBe('txt');
  });

  it('refuses a channel list whose only paragraphs are its footer’s', () => {
    const items = ['地铁三期线路年底前全部开通', '环湖绿道全线贯通', '新增两所公办学校', '道路白改黑工程启动'].map((t, i) =>
      `<li><div class="t"><a href="/a/${i}.html">${t}</a></div><p class="s">${t}，详情请点击阅读全文了解。</p><span>2025-11-2${i}</span></li>`).join('');
    const d = doc(`<div class="list"><ul>${items}</ul></div><div class="bottom"><p>浙江在线新闻网站 版权所有　未经授权禁止复制或建立镜像</p><p>增值电信业务经营许可证：浙B2-20080201　浙ICP备05020000号　浙公网安备33010602000001号</p></div>`, '杭州新闻_浙江在线');
    expect(detect(URL_, d, { force: true })).toBeNull();
    expect(detect(URL_, doc(`<footer><p>${P1}${P2}</p></footer>`), { force: true })).toBeNull();
  });

  it('but an article in a left column, a 留言板 reply box and a long article about ICP filing stay candidates', () => {
    expect(detect(URL_, doc(`<div class="left-side"><h1>社区食堂开进老小区</h1><div class="con"><p>${P1}</p><p>${P2}</p></div></div>`), { force: true })?.body?.className).toBe('con');
    const thread = doc(`<div class="thread"><div class="msg"><p>${P1}</p><p>${P3}</p></div><div class="reply"><p>${P2}</p><p>${P3}</p></div></div>`);
    expect(detect(URL_, thread, { force: true })?.body?.className).toBe('thread');
    const long = [P1, P2, P3, P1, P2, P3, P1].map((p) => `<p>${p}</p>`).join('');
    expect(detect(URL_, doc(`<div class="con"><p>网站上线前须办理ICP备案，这是监管部门的要求。</p>${long}</div>`), { force: true })?.body?.className).toBe('con');
  });
});

describe('a share page titled only in its metadata', () => {
  it('takes og:title for the title and the date printed just above the body', () => {
    const d = parseHtml(`<html><head><title>废弃水厂变身城市书房</title><meta property="og:title" content="废弃水厂变身城市书房_天目新闻"></head><body>`
      + `<div class="meta"><span>天目新闻记者 方 舟</span><span>2025-11-25 16:40</span><span>来源：天目新闻</span></div><div class="c"><p>${P1}</p><p>${P2}</p></div></body></html>`, URL_);
    const r = detect(URL_, d, { force: true });
    expect(r?.title).toBe('废弃水厂变身城市书房');
    expect(r?.date).toBe('2025-11-25');
  });

  it('but no og:title leaves it untitled, and a date far above the body is no date line', () => {
    const d = parseHtml(`<html><head><title>x</title></head><body><div class="top">2025-11-01 更新</div><div class="nav">${'栏目导航'.repeat(40)}</div><div class="c"><p>${P1}</p><p>${P2}</p></div></body></html>`, URL_);
    const r = detect(URL_, d, { force: true });
    expect(r?.title).toBeNull();
    expect(r?.date).toBeNull();
  });
});

describe('portal boilerplate inside the article container', () => {
  it('leaves out an advertisement, a video placeholder, a 撰稿/审核 line and a 点击查看专题 box', () => {
    expect(fromHtml(`<div class="player" id="myFlash"><div class="ld">视频加载中，请稍候……</div><div class="ctl"><span>播放</span><span>00:00 / 01:58</span><span>全屏</span></div></div>`
      + `<p>${P1}</p><div class="x_adBox__u8"><span>广告</span><a href="/ad"><img src="/ad.jpg"></a></div><p>${P2}</p>`
      + `<table class="zt"><tr><td><b>专题</b>　社区助餐这一年<br><a href="/zt/">点击查看专题&gt;&gt;</a></td></tr></table><p>${P3}</p><p>撰稿：沈 晓　审核：吴 斌</p>`))
      .toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('but keeps a video’s title, a writer’s credit alone, and sentences about ads, videos and topics', () => {
    expect(isBoilerplate(el('<p>视频：舟山渔场冬汛开捕</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>撰稿：沈 晓</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>撰稿：沈 晓　摄影：吴 斌</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>广告费用由企业承担，播放时长约30秒。</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>加载中的视频画面显示，渔船正在卸货。</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>市民可登录网站查看专题，了解详情。</p>'))).toBe(false);
    expect(isBoilerplate(el('<p>10:30起，全线恢复通车。</p>'))).toBe(false);
    expect(isBoilerplate(el('<div class="header">广告位招商</div>'))).toBe(false);
  });
});

describe('a reprint’s first lines', () => {
  it('an unbracketed 原标题 line and a byline repeating its medium are bylines, not headlines', () => {
    expect(fromHtml(`<p>原标题：“一桌菜”带火一座山村</p><p>光明日报记者 陆 健 光明日报通讯员 徐 洁</p><p>　　${P1}</p><p>　　${P2}</p>`))
      .toEqual(['byline: 原标题：“一桌菜”带火一座山村', 'byline: 光明日报记者 陆 健 光明日报通讯员 徐 洁', `body: ${P1}`, `body: ${P2}`]);
    for (const t of ['新华社记者 冯源 新华社通讯员 段菁菁', '本报记者 王明 本报通讯员 李华']) expect(isRoleByline(t), t).toBe(true);
  });

  it('but a sentence opening with 原标题 and a line naming a medium with more than names stay as they were', () => {
    expect(fromHtml(`<p>　　原标题是编辑部讨论后改定的。${P1}</p>`)).toEqual([`body: 原标题是编辑部讨论后改定的。${P1}`]);
    for (const t of ['光明日报记者 陆健 采访了当地村民', '光明日报记者节座谈会在京举行']) expect(isRoleByline(t), t).toBe(false);
  });
});
