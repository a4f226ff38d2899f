// The blind127 pages (tests/fixtures/pages/blind127-*, see blind127-manifest.json): notices of every kind of an ordinary
// week (Monday 10 to Sunday 16 July 2028) on Zhejiang city and county papers — 宁波日报, 温州日报, 金华日报, 台州日报, 绍兴日报,
// 衢州日报, 湖州日报, 丽水日报, 嘉兴日报, 舟山日报, 萧山日报, 余杭晨报, 金华晚报 and 义乌商报 — 招标公告, 中标候选人公示, 征求意见,
// 任前公示, 名单 公示, 拍卖公告, 通告, 征收决定 and 听证 and 道路命名 公告, 停电通知, a 遗失声明 column and a 寻人启事, each signed
// and dated, on the classic, pc, pad and mobile Founder families, in every body shape. Not in the browser suite. Written
// with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind127.
import { describe, expect, it } from 'vitest';
import { BLIND127_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind127-${stem}.html`;
const NBRB = f('nbrb127a-cnnb-classic-br-15-indented-no-blank-zhaobiao-gonggao-yi-er-san-si-heads-alone-labelled-rows-unindented-two-contacts-signer-date-mon');
const SXRB = f('sxrb127a-shaoxing-pc-p-per-paragraph-paimai-gonggao-yi-er-san-heads-alone-two-lots-indented-dizhi-dianhua-rows-signer-date-unindented-wed');
const HUZHOU = f('huzhou127a-hz66-classic-bshare-br-18-indented-zhongbiao-gongshi-labelled-rows-unindented-yiyi-paragraph-two-signers-date-thu');
const LSRB = f('lsrb127a-lishui-pc-prewrap-plain-15-tonggao-jiaotong-guanzhi-yi-to-wu-items-tebici-two-signers-date-thu');
const JXRB = f('jxrb127a-cnjxol-pc-detail-art-content-p-per-print-line-16-indented-yishi-shengming-five-entries-heads-alone-zhuxiao-gonggao-qingsuanzu-signer-date-fri');
const XSRB = f('xsrb127a-xsnet-classic-bshare-br-plain-14-no-indent-xunren-qishi-particulars-lianxiren-dianhua-two-numbers-signer-jiashu-date-benban-bianji-sat');
const YWSB = f('ywsb127a-ywshangbao-mobile-prewrap-indented-15-tingdian-tongzhi-three-lines-heads-alone-shijian-fanwei-rows-unindented-zixun-dianhua-signer-date-sun');

// At the first run (7 of 14 pages all right, 141 of 157 gold blocks exact in both readers):
// - 宁波日报 招标公告 (<br> lines fifteen wide, indented, no blank line): three of the four part heads alone and not
//   indented (一、项目概况, 二、投标人资格要求, 四、联系方式) come out as body, not heading — the ones after a labelled row or
//   before one; 三、招标文件的获取, between two indented paragraphs, is a heading.
// - 湖州日报 中标候选人公示 (<br> lines eighteen wide, indented): the unindented row 公示期：2028年7月13日至7月15日 and the
//   indented paragraph after it are joined into one block.
// - 丽水日报 通告 (pre-wrap fifteen wide, plain): the first lines of items 四、 and 五、 are short by the lost indent; 四、's
//   ends in 、 and is parted from its paragraph's rest, 五、's is made a heading (a false headline) and parted too.
// - 嘉兴日报 公告栏 (<p> per print line sixteen wide, indented): the unindented 清算组联系人：… row is joined onto the
//   注销公告 paragraph, whose last line 报债权。 is short and ends in 。.
// - 义乌商报 停电通知 (pre-wrap fifteen wide, indented): the three heads 一、10千伏工人北路线 … alone and not indented are
//   joined onto the line before (the lead paragraph's short last line 准备。, a row's short last line) and the first onto
//   the 停电时间 row after it; seven of fourteen blocks are lost.
// The recognition test fails on four pages for a fault of the manifest, not of Dubao: their expect.site was written
// 'founder', but pages on the hosts of 绍兴日报, 湖州日报, 嘉兴日报 and 萧山日报 are reported under those papers' own site ids
// (sxrb, huzhou, jxrb, xsrb), as earlier manifests expect. The manifest is left as it was written.
// The 湖州日报 miss is mended by the round's rule (lib/reflow/indent-after-row.ts): its blocks are exact now.
// Passes since the blind134 round (a flush numbered part head on a page that indents its paragraphs is a heading after a
// colon or a labelled row and over a flush row too: flushPartHead in lib/reflow/document-lines.ts): the 宁波日报 招标公告.
const OPEN = new Set<string>([LSRB, JXRB, YWSB]);
// The pages mended since the first run (the 湖州日报 page in blind127's round, the 宁波日报 page in blind134's).
const MENDED = new Set<string>([HUZHOU, NBRB]);
const TITLE_OPEN = new Set<string>([SXRB, HUZHOU, JXRB, XSRB]);
const HEADLINES_OPEN = new Set<string>([LSRB]);
describeBlindPages('blind127', BLIND127_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind127 set', () => {
  it('holds an ordinary week of notices on fourteen Zhejiang city and county papers, two pages a day', () => {
    expect(BLIND127_PAGES.length).toBe(14);
    const hosts = new Set(BLIND127_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND127_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-07-10' && d <= '2028-07-16')).toBe(true);
    expect(BLIND127_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
    expect(BLIND127_PAGES.every((p) => /公告|公示|通告|通知|启事|公告栏/u.test(p.expect.title ?? ''))).toBe(true);
    for (const file of MENDED) expect(OPEN.has(file) || !BLIND127_PAGES.some((p) => p.file === file)).toBe(false);
  });
});
