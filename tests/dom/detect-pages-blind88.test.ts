// The blind88 pages (tests/fixtures/pages/blind88-*, see blind88-manifest.json): a fourth set of service pages as ten
// Zhejiang papers print them (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报),
// each in its paper's own template and body shape: a 清算公告, a 停电通知, a court's 公示催告, an 环评公示, a 考试报名 公告 with
// numbered steps, a 规划批前公示, a 公交线路调整, a 致歉声明, a 拍卖公告 with lots and 看样 times, a 献血 通知, a 寻人启事, a
// 招租公告 with a table as text, a 商品房预售 公示 and a 社区 通知 — labelled fields, numbered items 一、（一）1. ①, signers
// and dates on their own lines. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per
// page: npm run -s score:blind -- --set blind88.
import { describe, expect, it } from 'vitest';
import { BLIND88_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind88-${stem}.html`;
const QINGSUAN = f('xsrb29-xsnet-classic-br-14-indented-no-blank-qingsuan-gonggao-credit-code-45-days-teci-gonggao-contact-phone-address-rows-long-signer-date-zeren-bianji');
const KAOSHI = f('jxrb28-cnjxol-pc-title-date-prewrap-indented-17-kaoshi-baoming-gonggao-numbered-heads-alone-three-digit-steps-unindented-wrapping-zixun-phone-signer-date');
const XIANXUE = f('nbrb27-classic-p-font02-p-per-print-line-16-indented-xianxue-tongzhi-numbered-heads-alone-circled-place-rows-bracket-hours-xuzhi-paragraph-phone-signer-date');
const ZHAOZU = f('huzhou24-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-zhaozu-gonggao-numbered-heads-table-as-text-header-row-three-lot-rows-wrapping-kanfang-row-phone-signer-date');
const YUSHOU = f('jhrb22-jhnews-mobile-prewrap-plain-15-blank-col-ends-shangpinfang-yushou-gongshi-label-rows-license-number-wrapping-fanwei-account-digits-paragraph-signer-date');

// At the first run (9 of 14 pages all right, 97 of 123 gold blocks exact in both readers, every page recognised with its
// title and date): the 萧山日报 清算公告's address row, ending short (…航民/路188号), was joined to the signer under it, a
// company name filling its line (杭州萧山瓜沥恒丰纺织有限公司/清算组); on the 嘉兴日报 考试报名 公告 (pre-wrap indented 17)
// the head 一、报名时间 was given as body, and the line under it, the head 二、报名步骤 and the three unindented steps
// 1./2./3. were run into one block; on the 宁波日报 献血 通知 (<p> per print line 16, indented) the three rows ①②③, each
// over two lines, were run into one block; on the 湖州日报 招租公告 (pre-wrap plain 20) the table given as text lost its
// rows (the header row joined to the first lot, the lots cut at their print lines, the last lot, the head 二、报名办法 and
// the paragraph under it joined) and 一、招租标的 was given as body; on the 金华日报 商品房预售 公示 (pre-wrap plain 15) the
// label rows were joined in pairs where a row filled its print line (…现予公示：/项目名称：…, 开发企业：…公司/预售许可证号：…,
// 监管账号：…1234/购房人可…).
// Since a circled item number right after the one a block opens with opens the next item (lib/reflow/set-apart.ts
// nextArabicItem) the 献血 通知 is all right (10 of 14 pages); since a line opening with a label under a one-field labelled
// row or under a colon is the next row (lib/reflow/notice-parts.ts labelRowUnder) the 预售 公示 has all its rows but the
// last (监管账号：…1234, a full line of figures, still joined to the paragraph under it). Since a contact field whose value the
// line end wrapped ends at its short last line before the signer, the date or the next field (lib/reflow/notice-lines.ts
// wrappedFieldEnds, blind101's round) the 清算公告 is all right (11 of 14 pages).
// Passes since the blind134 round (a flush numbered part head on a page that indents its paragraphs is a heading after a
// colon or a labelled row and over a flush row too: flushPartHead in lib/reflow/document-lines.ts): the 考试报名 公告.
const OPEN = new Set<string>([ZHAOZU, YUSHOU]);
const FIRST_OPEN = new Set<string>([QINGSUAN, KAOSHI, XIANXUE, ZHAOZU, YUSHOU]);
describeBlindPages('blind88', BLIND88_PAGES, OPEN);

describe('the blind88 set', () => {
  it('holds service pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND88_PAGES.length).toBe(14);
    const hosts = new Set(BLIND88_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND88_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-29')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND88_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
