// Rules from what the blind22 pages showed (tests/fixtures/pages/blind22-*, npm run score:blind): a bracketed credit
// on the last print line, after a sentence that ended well short of its column, is the article's byline though no
// break marks it; the short bold questions of an interview whose bold questions include one put to someone (a
// clause mark in it) are its turns, not subheadings; a drop cap opens a paragraph; a 电头 alone on a print line goes
// on into the next line, even one the space after it makes look indented; a bracketed credit opening a column after a
// full line that ended a sentence, with more text after it, closes that paragraph (a 简讯 item's). With the text each rule must leave alone. Text written for these tests in the shape of the blind22
// pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { parseHtml } from '../../scripts/lib/html';

const texts = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);
const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';

describe('a bracketed credit on the last print line', () => {
  const para = ['　　入冬以来，街道的社区食堂每', '天中午都很热闹。食堂由闲置用房', '改造而成，老人只需在小程序上预', '约，就能来这里吃上热乎饭。', '　　食堂由街道提供场地，引入餐', '饮企业运营，每天供餐约400份。', '　　目前，全市已建成社区食堂', '40余家，累计服务老人5万余', '人次。'];
  it('is the byline after a sentence that ended well short of its column', () => {
    expect(kinds([...para, '（记者 王丽娟　通讯员 沈　洁）'].join('\n')).slice(-2)).toEqual([
      'body: 目前，全市已建成社区食堂40余家，累计服务老人5万余人次。',
      'byline: （记者 王丽娟　通讯员 沈　洁）',
    ]);
  });

  it('stays the paragraph\'s run-on credit after a full line (print had no room for its opening there)', () => {
    const full = [...para.slice(0, 8), '人次，老人们都说味道好极了。', '（记者 王丽娟　通讯员 沈　洁）'];
    expect(kinds(full.join('\n')).slice(-1)).toEqual(['body: 目前，全市已建成社区食堂40余家，累计服务老人5万余人次，老人们都说味道好极了。（记者 王丽娟　通讯员 沈　洁）']);
  });

  it('is no credit in the middle of the text: a bracketed credit there goes on as before', () => {
    const mid = [...para.slice(0, 4), '（记者 王丽娟）', ...para.slice(4)];
    expect(kinds(mid.join('\n'))[0]).toBe('body: 入冬以来，街道的社区食堂每天中午都很热闹。食堂由闲置用房改造而成，老人只需在小程序上预约，就能来这里吃上热乎饭。（记者 王丽娟）');
  });
});

describe('bold questions without a label', () => {
  const A1 = '一开始大家都有顾虑，怕投了钱收不回来，村里就先拿出200亩地做示范，第二年就有80多户主动报名。';
  const A2 = '我们准备建一个加工车间，同时发展农文旅，让游客来钓虾、吃虾，把产业链再拉长一些。';
  it('are an interview\'s turns where one of them is a question put to someone (a clause mark in it)', () => {
    const html = `<p><b>${I}稻虾共养这条路，当初是怎么选定的？</b></p><p>${I}${A1}</p><p><b>${I}村民一开始就愿意跟着干吗？</b></p><p>${I}${A2}</p>`;
    expect(fromHtml(html)).toEqual(['body: 稻虾共养这条路，当初是怎么选定的？', `body: ${A1}`, 'body: 村民一开始就愿意跟着干吗？', `body: ${A2}`]);
  });

  it('stay subheadings where every one is short and unmarked (a 调查\'s 堵点在哪？)', () => {
    const html = `<p>${I}${A1}</p><p><strong>${I}堵点在哪？</strong></p><p>${I}${A2}</p><p><b>村民一开始就愿意跟着干吗？</b></p><p>${I}${A1}</p>`;
    expect(fromHtml(html)).toEqual([`body: ${A1}`, 'heading: 堵点在哪？', `body: ${A2}`, 'heading: 村民一开始就愿意跟着干吗？', `body: ${A1}`]);
  });
});

describe('a drop cap', () => {
  const LEAD = '一座小城，一条老街，一代代手艺人。';
  const P1 = '是清晨六点，老街还没醒透，铜器铺的门板已经卸下了，老师傅坐在炉子边敲起了铜皮。';
  const P2 = '王家做铜器，到他这辈已是第四代，一把锤子握了五十多年，最红火时老街上有二十多家铜器铺。';
  const P3 = '后来，铝锅进了寻常百姓家，铜器铺一家接一家关了门，他也曾想过改行，可终究舍不得。';
  it('opens a paragraph as an indentation does (by its class, or floated left in a set size)', () => {
    for (const cap of ['<span class="dropcap">那</span>', '<span style="float:left;font-size:3em">那</span>']) {
      const html = `<p>${LEAD}</p><p>${cap}${P1}</p><p>${I}${P2}</p><p>${I}${P3}</p>`;
      expect(fromHtml(html), cap).toEqual([`body: ${LEAD}`, `body: 那${P1}`, `body: ${P2}`, `body: ${P3}`]);
    }
  });

  it('is no opening where the element holds more than one character, or only floats (a picture\'s box)', () => {
    for (const cap of ['<span class="dropcap">那是</span>', '<span style="float:left">那</span>']) {
      const html = `<p>${I}${P2}那边的街上，</p><p>${cap}${P1}</p><p>${I}${P3}</p>`;
      expect(fromHtml(html), cap).toEqual([`body: ${P2}那边的街上，${cap.includes('那是') ? '那是' : '那'}${P1}`, `body: ${P3}`]);
    }
  });
});

describe('a dateline alone on a print line', () => {
  const rest = ['　今年以来，全市持续', '推进城市更新，已完成老', '旧小区改造项目86个。', '　　梁溪区的金星新村是', '今年完工的项目之一。', '　　“楼道亮了，路也平', '了。”周阿姨说。'];
  it('goes on into the next line, which the space after it makes look indented', () => {
    for (const dateline of ['本报无锡12月14日讯', '新华社杭州12月14日电']) {
      expect(texts([`　　${dateline}`, ...rest].join('\n'))[0], dateline).toBe(`${dateline}今年以来，全市持续推进城市更新，已完成老旧小区改造项目86个。`);
    }
  });

  it('is no dateline alone where the line goes on after it: that paragraph ends as before', () => {
    const lines = ['　　新华社杭州12月14日电　记', '者从省交通运输厅获悉。', '　　今年以来，全市持续推', '进城市更新，已完成老旧', '小区改造项目86个。', '　　“楼道亮了，路也平', '了。”周阿姨说。'];
    expect(texts(lines.join('\n')).slice(0, 2)).toEqual(['新华社杭州12月14日电　记者从省交通运输厅获悉。', '今年以来，全市持续推进城市更新，已完成老旧小区改造项目86个。']);
  });
});

describe('a bracketed credit opening a column in the middle of the text', () => {
  // 简讯 items printed 12 wide in columns of 4 lines, a blank line at every paragraph and column end.
  const text = ['本报讯　12月10日，西山风', '电场首批6台机组并网发电。', '项目全部投产后年上网电量', '约12亿千瓦时，可满足约50', '', '万户家庭一年的用电需求。', '（通讯员 吴佳）', '',
    '本报讯　近日，东港镇组织', '辖区40余艘渔船开展冬季消', '', '防安全演练。演练模拟渔船', '机舱起火，船员们迅速切断', '电源、使用灭火器扑救，整', '个处置过程用时不到5分钟。', '', '（记者 张海波）', '',
    '本报讯　日前，县图书馆为', '全县8家“海岛书房”配送新', '书2000余册，涵盖文学、科', '', '普、少儿等类别。今年以来，', '“海岛书房”累计接待读者3.', '6万人次。（通讯员 周燕）', '',
    '本报讯　日前，东港渔港新', '', '建的冷链仓库投入使用，可', '储存水产品3000吨，渔民捕', '捞的海鲜上岸后两小时内就', '能入库冷藏。'];
  it('closes the paragraph a full line ended before the column was cut (a 简讯 item\'s credit)', () => {
    expect(kinds([...text, '（记者 陈晓东）'].join('\n'))[1]).toBe('body: 本报讯　近日，东港镇组织辖区40余艘渔船开展冬季消防安全演练。演练模拟渔船机舱起火，船员们迅速切断电源、使用灭火器扑救，整个处置过程用时不到5分钟。（记者 张海波）');
  });

  it('is still the byline as the text\'s last element', () => {
    expect(kinds([...text, '', '（记者 陈晓东）'].join('\n')).slice(-1)).toEqual(['byline: （记者 陈晓东）']);
  });
});
