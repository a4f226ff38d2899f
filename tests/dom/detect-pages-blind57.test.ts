// The blind57 pages (tests/fixtures/pages/blind57-*, see blind57-manifest.json): pages of Zhejiang county papers (温岭日报,
// 瑞安日报, 义乌商报, 诸暨日报, 上虞日报, 余姚日报, 慈溪日报, 乐清日报, 东阳日报, 永康日报, 海宁日报, 桐乡日报, 长兴新闻) in the
// four Founder families, one <p> per paragraph and print text (<br> lines, one <p> per column piece, pre-wrap), holding
// what county papers are full of — a 公示 with a 名单, 停水 and 停电 notices with time and area rows that wrap, a 招聘 公告,
// a 征兵 通告 with phone rows, 村级新闻 briefs with bold titles and bracketed credits, a 人物通讯, a 图片新闻, a 街道动态
// column of 【镇街】 items, a 便民 box and a reader's letter. Not in the browser suite. Written with their gold before Dubao
// ran on them. Figures per page: npm run -s score:blind -- --set blind57.
import { describe, expect, it } from 'vitest';
import { BLIND57_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind57-${stem}.html`;
const BIANMIN = f('dyrb7-mobile-p-bianmin-box-bold-heads-weather-rows-source-bracket-phone-rows-notice');

// At the first run (5 of 13 pages all right, 104 of 132 gold blocks exact in both readers): on the 停水 notice the time
// row, wrapped over three print lines (停水时间：2026年12月10 / 日22:00至12月11日6: / 00), was cut after its first line,
// and 停水区域： was joined to what followed; the 招聘 公告's e-mail line (报名邮箱：ywctjt@163.com) was made a heading; on the
// 停电 notice the part lines (一、停电时间, 二、停电线路及区域), the time row and two area rows were joined to each other and
// to the paragraph after them; two 【镇街】 items of the 街道动态 column were joined to the item before them; on the 便民 box
// the weather rows, the 温馨提示 paragraph, the phone rows were joined and the source line and the third head given the
// wrong kind; the reader's letter's signature (读者　胡建平) and date were given other kinds (the date a headline); the
// 征兵 通告's 四、咨询电话。 and its four phone rows and the signer were joined; on the 乡镇快讯 page the third brief's
// credit, cut by the line end before a padded name (（通讯员　汪　洋 / 　记者　许　静）), was split into a paragraph of its own.
// After the round's rules (a 【镇街】 item after a finished sentence opens a paragraph; a forecast's 今天/明天/后天 rows
// stand apart; a brief's bracketed credit the line end cut before a padded name goes on; a row naming whom a telephone
// number reaches is a field line, and the signer after it stands apart): the 街道动态 column, the 征兵 通告 and the 乡镇快讯
// page are all right (8 of 13 pages, 118 of 132 blocks); the 便民 box gained its weather and phone rows. Then a mailbox's
// line (报名邮箱：…@…) is a field line, no headline: the 招聘 公告 is all right too (9 of 13 pages, 119 of 132 blocks).
// Then a clock time cut after its colon goes on, a labelled row before the next row's label alone stands apart, a
// notice's numbered part's head and the row before the next part stand apart, and a numbered list closed by a full stop
// ends there: the 停水 and 停电 notices are all right too (11 of 13 pages, 127 of 132 blocks).
// Then a letter's signature and date under its salute are body text: the reader's letter is all right too (12 of 13
// pages, 129 of 132 blocks). And a forecast's last row, set as a row, ends before an indented element: the 便民 box's
// 后天 row and 温馨提示 stand apart (131 of 132 blocks); its source line, （东阳市气象台提供）, is still read as a credit.
const OPEN = new Set<string>([BIANMIN]);
describeBlindPages('blind57', BLIND57_PAGES, OPEN, new Set<string>());

describe('the blind57 set', () => {
  it('holds thirteen article pages of Zhejiang county papers, in all four families', () => {
    expect(BLIND57_PAGES.length).toBe(13);
    const hosts = new Set(BLIND57_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['epaper.wlnews.cn', 'epaper.ruian.cn', 'epaper.ywsb.cn', 'epaper.zhuji.gov.cn', 'epaper.shangyu.com.cn', 'epaper.yynews.com.cn',
      'epaper.cixi.cn', 'epaper.yqnews.com.cn', 'epaper.dyrb.com.cn', 'epaper.ykrb.cn', 'epaper.hnnews.cn', 'epaper.txnews.com.cn', 'epaper.cxnews.net']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND57_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND57_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(13);
  });
});
