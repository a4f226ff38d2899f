// The blind70 pages (tests/fixtures/pages/blind70-*, see blind70-manifest.json): a second set of a local paper's service
// pages, notices and listings other than blind65's, as 萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报,
// 湖州日报, 金华日报, 台州日报 and the county paper 诸暨日报 print them, each in its paper's own template and body shape — a
// 停水 通知, a 寻人启事, a 房屋征收 公告, a 招标公告, a 干部任前公示, a 无偿献血 schedule, a 儿童疫苗接种 schedule, a 春节门诊安排
// table, a 燃气管道检修 通知, a 迁坟公告, a 垃圾分类 收运 timetable, a 拍卖公告, two 注销/清算 公告 and a 机动车限行 通告 — with
// rows of labels and values, times, places, phone numbers, numbered parts, signers and dates. Not in the browser suite.
// Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind70.
import { describe, expect, it } from 'vitest';
import { BLIND70_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind70-${stem}.html`;
const ZHAOBIAO = f('jxrb24-cnjxol-pc-title-date-prewrap-indented-17-zhaobiao-gonggao-numbered-heads-alone-xiangmu-label-rows-wrapping-deadline-paragraph-contact-rows');
const GANBU = f('jxrb25-cnjxol-pc-detail-art-content-p-ganbu-renqian-gongshi-name-rows-xingming-chusheng-nianyue-xianren-zhiwu-two-persons-jubao-dianhua-signer-date-benban-bianji');
const YIMIAO = f('sxrb25-shaoxing-pc-article-title-pre-title-p-ertong-yimiao-jiezhong-bold-clinic-heads-time-address-phone-rows-wenxin-tishi');
const QIANFEN = f('wzrb20-wzdaily-pc-prewrap-indented-16-qianfen-gonggao-numbered-items-colon-lianxi-dianhua-bracket-long-signer-date-benban-zebian');
const LAJI = f('huzhou22-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-laji-fenlei-shouyun-category-heads-shift-time-rows-yuyue-dianhua');
const PAIMAI = f('jhrb20-jhnews-mobile-prewrap-plain-15-blank-col-ends-paimai-gonggao-biaodi-lot-rows-wrapping-time-rows-phone-signer-date');
const ZHUXIAO = f('tzrb21-taizhou-classic-br-plain-12-zhuxiao-qingsuan-gonggao-two-notices-heads-alone-creditor-period-contact-rows-long-signers-dates');
const XIANXING = f('zhuji8-mobile-prewrap-indented-16-jidongche-xianxing-tonggao-numbered-items-indented-digit-measures-tecitonggao-two-signers-date-zeren-bianji');

// At the first run (6 of 14 pages all right, 124 of 152 gold blocks exact in both readers, all 14 recognised with their
// title and date): a row or paragraph ending in a finished sentence, a phone number's bracketed name or a label's value
// runs into the signer or the next row under it (…电子投标文件。招标人：…, …干部监督科中共嘉兴市委组织部, 联系电话：…（陈先生）
// 温州市瓯海区…, …保证金130万元。标的三：…, 展示时间：…至1月9日报名截止：…, 诸暨市公安局诸暨市交通运输局); the 湖州日报
// timetable (pre-wrap plain 20, a paragraph, category heads alone over short rows of a shift and a time) is one block;
// numbered heads alone (一、项目概况, 二、投标人资格要求) and the 注销公告/清算公告 heads alone given as body; the 儿童疫苗接种
// page's first row under its second bold clinic head made a heading.
// Since the round's first rule (a notice's signers over their date start a block, lib/reflow/notice-signers.ts signersOpen)
// the 干部任前公示, the 迁坟公告 and the 限行 通告 are right: 9 of 14 pages, 130 of 152 blocks; since the second (a labelled row
// whose value ends in a day or a time, before the next label, notice-parts.ts datedRowApart) 132 of 152. Since blind75's
// round (a notice's name alone over its text, lib/reflow/notice-names.ts noticeNameHeads) the 注销公告/清算公告 heads are
// headings: 10 of 14 pages, 134 of 152 blocks. Since blind78's round (a card's row over another row is body,
// lib/reflow/card-rows.ts cardRowOver) the 儿童疫苗接种 page's first row under its second clinic head is body: 11 of 14
// pages, 135 of 152 blocks.
const OPEN = new Set<string>([ZHAOBIAO, LAJI, PAIMAI]);
const FIRST_OPEN = new Set<string>([...OPEN, YIMIAO, GANBU, QIANFEN, XIANXING, ZHUXIAO]);
describeBlindPages('blind70', BLIND70_PAGES, OPEN);

describe('the blind70 set', () => {
  it('holds the service pages of eleven papers, one or two of each', () => {
    expect(BLIND70_PAGES.length).toBe(14);
    const papers = new Set(BLIND70_PAGES.map((p) => new URL(p.url).hostname));
    expect(papers.size).toBe(11);
    expect(BLIND70_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-27')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND70_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
