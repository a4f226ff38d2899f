// Rules from what the blind12 pages showed (tests/fixtures/pages/blind12-*, npm run score:blind): on a
// page that indents its paragraphs, an element with no clause or sentence mark, not indented, before
// an indented one is a line of its own (a section head `一、…`, a byline under a `——记…` subtitle),
// and a `——` subtitle opening the body is a heading; a decimal cut right after its point goes on;
// contact fields set line under line in one element stand apart; reporters in brackets with a
// spaced two-character name are the byline; a list item numbered before a month (`1.1月1日…`) is an
// item. With the negatives they must leave alone. Snippets written for these tests in the shape of
// the blind12 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isBracketCredit } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] => {
  const doc = parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/');
  return repairBody(doc.getElementById('body') as Element, { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
};
const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

const I = '　　';
const P1 = '县气象台预计，春节期间以阴雨天气为主，山区有雨夹雪，请市民合理安排出行。';
const P2 = '2月10日：阴有小雨，3～9℃；';
const P4 = '2月11日：多云，4～12℃。';
const P3 = '据了解，今年全县新建充电桩420个，覆盖所有乡镇，基本实现“充电不出村”。';

describe('on a page that indents its paragraphs, an unmarked element before an indented one', () => {
  it('is a section head of its own after a finished sentence, not the end of the paragraph before it', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p>一、春节天气</p><p>${I}${P2}</p><p>${I}${P4}</p><p>二、出行提醒</p><p>${I}${P3}</p>`))
      .toEqual([`body: ${P1}`, 'heading: 一、春节天气', `body: ${P2}`, `body: ${P4}`, 'heading: 二、出行提醒', `body: ${P3}`]);
  });

  it('is a block of its own after an item ending in `；` too', () => {
    expect(fromHtml(`<p>${I}${P2}</p><p>二、出行提醒</p><p>${I}${P3}</p>`)).toHaveLength(3);
  });

  it('under a ——记… subtitle opening the body, is the byline; the subtitle is a heading', () => {
    expect(fromHtml(`<p>——记省人大代表、城东社区党委书记王月华</p><p>记者 李 青</p><p>${I}${P3}</p>`))
      .toEqual(['heading: ——记省人大代表、城东社区党委书记王月华', 'byline: 记者 李 青', `body: ${P3}`]);
  });

  it('but a piece of a paragraph a column cut, ending in a mark, still goes on', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}村民说：“今年新修的路通到了家门口，孙子周末回来</p><p>开车方便多了。”</p><p>${I}${P3}</p>`))
      .toEqual([`body: ${P1}`, 'body: 村民说：“今年新修的路通到了家门口，孙子周末回来开车方便多了。”', `body: ${P3}`]);
  });

  it('but a list line with no mark, cut by a column after a line with no mark, goes on (names and posts)', () => {
    expect(blocks([`${I}免去：`, `${I}陈立新　县交通运输局副`, '', '局长职务', `${I}${P3}`].join('\n')))
      .toEqual(['body: 免去：', 'body: 陈立新　县交通运输局副局长职务', `body: ${P3}`]);
  });

  it('and a section head with a label and value (`三、公示时间：…`) cut by a column is no headline', () => {
    const out = blocks(['一、项目名称：城北小区雨污分流改造工程。', '', '三、公示时间：2025年3月1', '', '日至2025年3月7日。'].join('\n'));
    expect(out).not.toContain('heading: 三、公示时间：2025年3月1');
  });
});

describe('a decimal cut right after its point by a print line end', () => {
  it('goes on into the next line, also where the line is short of the page’s measured column (a page in the shape of the blind12 经济 page, other words)', () => {
    const para = (lines: string[]): string => `<p>${lines.join('<br>')}</p>`;
    const html = [
      [`${I}本报讯（记者 方 圆）记者`, '从市发改委得知，1-11月，全', '市实现地区生产总值（GDP）2', '98.6亿元，同比增长5.2%，', '增速高于全省0.4个百分点。'],
      [`${I}分产业看，第一产业增加值1`, '4.3亿元，同比增长3.1%；', '第二产业增加值131.2亿元，', '增长6.8%；第三产业增加值1', '53.1亿元，增长4.1%。'],
      [`${I}规上工业企业实现营业收入4`, '12.7亿元，同比增长9.6%，', '其中战略新兴产业增加值占比达到', '63.5%。11月，全市制造业', '采购经理指数（PMI）为50.', '8%，连续3个月处于扩张区间。'],
      [`${I}消费市场稳中有升。全市社会`, '消费品零售总额126.4亿元，', '增长4.5%；线上零售额38.', '9亿元，增长11.2%。'],
    ].map(para).join('');
    expect(fromHtml(html)).toContain('body: 消费市场稳中有升。全市社会消费品零售总额126.4亿元，增长4.5%；线上零售额38.9亿元，增长11.2%。');
  });
});

describe('contact fields set line under line in one element', () => {
  it('stand apart: the notice period, the contact and the telephone lines each a block', () => {
    expect(fromHtml(`<p>${I}公示时间：2025年3月1日至2025年3月7日<br>联系人：李女士<br>联系电话：0575-83012345</p>`))
      .toEqual(['body: 公示时间：2025年3月1日至2025年3月7日', 'body: 联系人：李女士', 'body: 联系电话：0575-83012345']);
  });

  it('but a field whose address a line end cut goes on', () => {
    expect(fromHtml(`<p>${I}地址：绍兴市越城区解放北路<br>368号</p>`)).toEqual(['body: 地址：绍兴市越城区解放北路368号']);
  });
});

describe('reporters in brackets as an element of their own', () => {
  it('with a name printed as two characters and a space are the byline', () => {
    expect(isBracketCredit('（记者 周立明 通讯员 韩 雪）')).toBe(true);
    expect(fromHtml(`<p>${I}${P3}</p><p>（记者 周立明 通讯员 韩 雪）</p>`)).toEqual([`body: ${P3}`, 'byline: （记者 周立明 通讯员 韩 雪）']);
  });

  it('but a bracketed clause with spaced words is no credit', () => {
    expect(isBracketCredit('（含 两 个 村 的 数 据）')).toBe(false);
  });
});

describe('items numbered before a month', () => {
  it('(`1.1月1日…；`, `2.…`) are each a paragraph, in one element per column piece', () => {
    const out = blocks(['1.3月1日至3日，城南大桥封闭施工，请绕行；', '', '2.景区周边车流集中，建议错峰出', '', '行；', '', '3.山区路段早晚有雾，请减速慢行。'].join('\n'));
    expect(out).toEqual(['body: 1.3月1日至3日，城南大桥封闭施工，请绕行；', 'body: 2.景区周边车流集中，建议错峰出行；', 'body: 3.山区路段早晚有雾，请减速慢行。']);
  });
});
