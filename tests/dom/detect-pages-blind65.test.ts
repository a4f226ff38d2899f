// The blind65 pages (tests/fixtures/pages/blind65-*, see blind65-manifest.json): the service pages of a local paper (便民服务,
// 公告 and 分类 pages) as 萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报 and the
// county paper 乐清日报 print them, each in its paper's own template and body shape — a 停电 公告, 遗失声明, 法院 送达公告, a
// 公交线路调整, a 招聘启事, a 专家门诊 schedule, a 便民提示 box, a 天气预报 table, an 报名公告, a 征兵体检 通告, an 电视节目
// listing, 分类广告, 彩票开奖 numbers and a 交通管制 通告 — with rows of times, places, names and phone numbers, each on a line
// or element of its own. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind65.
import { describe, expect, it } from 'vitest';
import { BLIND65_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind65-${stem}.html`;
const TINGDIAN = f('xsrb23-xsnet-classic-br-14-indented-no-blank-tingdian-gonggao-unindented-time-area-row-pairs-wrapping-signer-date-zeren-bianji');
const YISHI = f('xsrb24-xsnet-classic-br-plain-14-no-blank-yishi-shengming-short-items-one-after-another-codes-kandeng-rexian-zeren-bianji');
const FAYUAN = f('zjrb23-classic-p-per-column-piece-13-fayuan-gonggao-songda-bold-court-heads-names-colon-case-numbers-cut-mid-sentence');
const GONGJIAO = f('jxrb22-cnjxol-pc-title-date-prewrap-indented-17-gongjiao-xianlu-tiaozheng-jizhe-first-route-names-alone-stop-lists-dashes-phone-line');
const ZHAOPIN = f('jxrb23-cnjxol-pc-detail-art-content-p-zhaopin-qishi-bold-numbered-parts-digit-post-rows-padded-paren-requirements-contact-signer-date-benban-bianji');
const MENZHEN = f('sxrb22-shaoxing-pc-article-title-sub-title-prewrap-plain-15-zhuanjia-menzhen-benbaoxun-jizhe-tongxunyuan-glued-day-dept-name-rows-wrapping-phone-line');
const TISHI = f('sxrb23-shaoxing-pc-article-title-pre-title-p-bianmin-tishi-box-bold-heads-route-colon-rows-phone-rows');
const TIANQI = f('hzrb22-hzdaily-article-detail-p-tianqi-yubao-yinti-table-of-days-source-bracket-bold-shenghuo-tishi-colon-rows-zeren-bianji');
const KAOSHI = f('nbrb21-cnnb-classic-br-blank-15-kaoshi-baoming-gonggao-numbered-heads-alone-date-rows-time-subject-rows-kaodian-signer-date-zeren-bianji');
const ZHENGBING = f('wzrb19-wzdaily-pc-prewrap-indented-16-zhengbing-tijian-tonggao-numbered-items-zixun-dianhua-colon-zhenjie-phone-rows-padded-signer-date-benban-zebian');
const DIANSHI = f('huzhou21-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-dianshi-jiemu-channel-heads-time-programme-rows');
const FENLEI = f('jhrb19-jhnews-mobile-prewrap-plain-15-blank-col-ends-fenlei-guanggao-xunwu-qishi-category-heads-items-ending-phone-numbers');
const CAIPIAO = f('tzrb20-taizhou-classic-br-plain-11-caipiao-kaijiang-lottery-heads-issue-rows-number-rows-wrapping-prize-rows');
const GUANZHI = f('yqrb17-yqnews-classic-br-19-indented-no-blank-jiaotong-guanzhi-tonggao-numbered-items-colon-digit-measures-unindented-two-signers-date-zeren-bianji');

// At the first run (0 of 14 pages all right, 78 of 164 gold blocks exact in both readers, 13 of 14 pages recognised with
// their title and date): rows printed on a line of their own (停电时间：…, 周一上午：…, 06:30　…, 五马街道　…, 红球：…) run
// together with the next row or paragraph where their print line is cut or falls short, and a row that wraps is cut at its
// print line; items one after another (遗失声明, 分类广告) joined; bold or alone heads (court names, route names, channel and
// lottery names, 一、报名时间) given as body or joined; the 杭州日报 weather source （…发布） under the table made a headline;
// the 湖州日报 电视节目 listing (pre-wrap plain 20 wide, rows of a time and a programme) not recognised as an article.
// Since the round's first rule (a labelled row read whole, then a line opening with a label of its own after a break or a
// short line, lib/reflow/notice-parts.ts labelledRowsApart) the 停电 公告's rows are found: 1 of 14 pages, 89 of 164 blocks;
// since the second (a telephone field's whole number ends its item, county-items.ts phoneFieldEnds) 91 of 164; since the third
// (a section head after its series' head before it, set-apart.ts partSeriesGoesOn) the 招聘启事's 二、招聘条件 is a heading:
// 2 of 14 pages, 92 of 164 blocks (98 of 164 with blind62's second round). Since a contact list's row of a place and its
// whole telephone number ends its block, and a telephone label's colon over such a row (county-items.ts phoneFieldEnds), the
// 征兵 通告's rows under 五、咨询电话： are found: 3 of 14 pages, 107 of 164 blocks. Since blind70's round (a notice's signers
// over their date start a block, lib/reflow/notice-signers.ts signersOpen) the 乐清日报 通告's two signers are apart: 4 of 14
// pages, 114 of 164 blocks. Since blind75's round (a notice's name alone over its text, lib/reflow/notice-names.ts
// noticeNameHeads) the 分类广告 page's 寻物启事 is a heading: 5 of 14 pages, 115 of 164 blocks.
const OPEN = new Set<string>([
  YISHI, FAYUAN, GONGJIAO, MENZHEN, TISHI, TIANQI, KAOSHI, DIANSHI, CAIPIAO,
]);
const FIRST_OPEN = new Set<string>([...OPEN, TINGDIAN, ZHAOPIN, ZHENGBING, GUANZHI, FENLEI]);
const TITLE_OPEN = new Set<string>([DIANSHI]);
const HEADLINES_OPEN = new Set<string>([TIANQI]);
describeBlindPages('blind65', BLIND65_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind65 set', () => {
  it('holds the service pages of eleven papers, one or two of each', () => {
    expect(BLIND65_PAGES.length).toBe(14);
    const papers = new Set(BLIND65_PAGES.map((p) => new URL(p.url).hostname));
    expect(papers.size).toBe(11);
    expect(BLIND65_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-20')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND65_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
