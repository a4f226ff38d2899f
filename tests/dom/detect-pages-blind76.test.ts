// The blind76 pages (tests/fixtures/pages/blind76-*, see blind76-manifest.json): the 法治, 健康 and 教育 pages of ten
// Zhejiang papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 金华日报, 台州日报, 湖州日报), each in
// its paper's own template and body shape — 以案说法 with 【案情】【说法】【法条链接】, a lawyer's 问/答 column, a 读者问/专家答
// column, 健康 tips numbered 1.–4. and 一是/二是/三是, a 反诈 warning with cases under （一）（二）（三）, a 医生 profile with a
// 专家门诊 card, an 教育 招生 Q&A, a 家长课堂 column, a 食品安全 抽检 notice with rows, a 法官 and a 检察官 column with the
// author's title line, a 普法 quiz with its answers. Not in the browser suite. Written with their gold before Dubao ran on
// them. Figures per page: npm run -s score:blind -- --set blind76.
import { describe, expect, it } from 'vitest';
import { BLIND76_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind76-${stem}.html`;
const YIAN = f('xsrb36-xsnet-classic-br-14-indented-no-blank-yi-an-shuo-fa-column-font02-anqing-shuofa-fatiao-lianjie-labels-alone-jizhe-tongxunyuan-first-zeren-bianji');
const FAGUAN = f('zjrb36-classic-p-per-paragraph-faguan-shuofa-pretitle-square-author-title-line-first-court-and-name-zhibo-dashang-short-last-paragraph');
const YISHENG = f('jxrb36-cnjxol-pc-title-date-prewrap-indented-17-yisheng-profile-jizhe-tongxunyuan-first-quote-zhuanjia-menzhen-card-head-label-rows-unindented');
const LVSHI = f('jxrb37-cnjxol-pc-detail-art-content-p-lvshi-zaixian-pretitle-benqi-jiabin-line-first-wen-da-colon-pairs-one-p-each-benban-bianji');
const KETANG = f('sxrb36-shaoxing-pc-article-title-pre-title-jiazhang-ketang-prewrap-plain-15-square-author-title-line-wrapping-two-print-lines-quote-opening');
const QUIZ = f('tzrb36-taizhou-classic-br-plain-11-pufa-xianfa-quiz-intro-numbered-questions-options-abc-rows-cankao-daan-head-answers-row');
const JIANCHA = f('huzhou36-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-jianchaguan-column-author-title-line-first-quote-opening-law-colon-clause');

// At the first run (7 of 14 pages all right, 88 of 104 gold blocks exact in both readers, every page recognised with its
// title and date): on the 萧山日报 以案说法 in indented <br> print lines the first label 【案情】, right under the byline, was
// given as body (【说法】 and 【法条链接】 were heads); on the 浙江日报 法官说法 column the author's title line
// (□ 杭州互联网法院法官　李　倩) was made a headline; in the 嘉兴日报 pre-wrap indented seventeen-wide 医生 profile the
// 专家门诊 card — its head and four unindented rows — was joined to the last paragraph; on the 嘉兴日报 律师在线 column the
// line 本期嘉宾：…律师　X was made a headline; in the 绍兴日报 pre-wrap plain fifteen-wide 家长课堂 column the author's
// title line, wrapped over two print lines, was given as two pieces of body; in the 台州日报 eleven-wide 宪法 quiz
// everything after the second question — an option row ending in a full-width space at the line end, the third
// question, its options, the head 参考答案 and the answers — was joined into one block; on the 湖州日报 检察官 column the
// author's title line (吴兴区人民检察院检察官　沈　丽) was given as body. Since a short unindented line under the byline on an
// indenting page is a head (lib/reflow/document-lines.ts unindentedHead) the 以案说法's blocks are all right, and since an
// expert named after the label with the unit and title first is a labelled line (lib/reflow/notice-lines.ts EXPERT_LINE)
// so are the 律师在线 column's (9 of 14 pages, 90 of 104 blocks).
const OPEN = new Set<string>([FAGUAN, YISHENG, KETANG, QUIZ, JIANCHA]);
const FIRST_OPEN = new Set<string>([YIAN, FAGUAN, YISHENG, LVSHI, KETANG, QUIZ, JIANCHA]);
// The two headlines made of a line that is none (the 法官's title line, the 本期嘉宾 line) are open with their pages.
const HEADLINES_OPEN = new Set<string>([FAGUAN]);
const FIRST_HEADLINES_OPEN = new Set<string>([FAGUAN, LVSHI]);
describeBlindPages('blind76', BLIND76_PAGES, OPEN, new Set<string>(), { headlinesOpen: HEADLINES_OPEN });

describe('the blind76 set', () => {
  it('holds 法治, 健康 and 教育 pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND76_PAGES.length).toBe(14);
    const hosts = new Set(BLIND76_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND76_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-30')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND76_PAGES.some((p) => p.file === file)).toBe(true);
    for (const file of HEADLINES_OPEN) expect(FIRST_HEADLINES_OPEN.has(file)).toBe(true);
  });
});
