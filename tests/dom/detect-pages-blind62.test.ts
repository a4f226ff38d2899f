// The blind62 pages (tests/fixtures/pages/blind62-*, see blind62-manifest.json): policy explainers (政策解读, 一问一答,
// 便民指南) as ten Zhejiang papers print them when a policy changes, each in its paper's own template and body shape —
// 异地就医备案, 长护险, 医银合作, 养老服务补贴, 公积金, 个税专项附加扣除, 以旧换新, 生育支持, 入学报名, 居住证积分,
// 新质生产力 support, 出生“一件事” — with editors' leads, 问：/答： turns, numbered questions, steps and items after a
// colon, 链接/小贴士/划重点 boxes, 咨询电话 lines and 来源 credits. Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind62.
import { describe, expect, it } from 'vitest';
import { BLIND62_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind62-${stem}.html`;
const HUANXIN = f('xsrb22-xsnet-classic-br-plain-14-no-blank-yiwen-yida-benbaoxun-jizhe-glued-wen-da-turns-yijiu-huanxin-butie-zeren-bianji');
const GESHUI = f('hzrb18-hzdaily-article-detail-p-yinti-yiwen-yida-jizhe-tongxunyuan-first-bold-wen-questions-da-answers-geshui-zhuanxiang-fujia-kouchu-zeren-bianji');
const DIANDONGCHE = f('hzrb19-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-jizhe-tongxunyuan-first-numbered-questions-yi-er-san-alone-diandongche-yijiu-huanxin-phone-line');

// At the first run (6 of 14 pages all right, 94 of 119 gold blocks exact in both readers; every page recognised with its
// title and date): the numbered questions on print lines of their own were joined to the paragraph above (萧山日报
// indented, 1.哪些人需要备案？) or given as body (湖州日报 pre-wrap plain, 一、补贴标准是多少？); the bold numbered questions
// of the 浙江日报 解读 (1.育儿补贴怎么发？) and the bold 问： questions of the 杭州日报 一问一答 were given as body; a print
// line ending in Latin letters half a character short of its column (…“浙里办”APP / 或云闪付APP…, 14 wide; …APP、绍兴 /
// 公积金…, 15 wide) ended its paragraph; a sentence ending on a full line was taken for a paragraph's end (…最高2000元补贴。
// / 补贴怎么领？…) and one before a column's blank line likewise (…微信公众号查询。 / 办理时需携带…); the 嘉兴日报 小贴士
// head and the unindented 咨询电话 line were joined to the paragraphs above them; the 台州日报 steps 第一步 and 第二步 were
// joined into one paragraph.
// After the round's rule (a numbered question with no label is a subheading: bold in its own element, or on a print line
// of its own between a finished sentence and its answer) the 萧山日报 异地就医 guide and the 浙江日报 生育支持 解读 are all
// right, and the 湖州日报 page's three questions are headings (8 of 14 pages, 106 of 119 blocks).
// After the second round's rule (a line ending in a character whose quotation marks, counted whole, leave room for no
// ideograph is a full line) the 绍兴日报 公积金提取 page is all right and the 萧山日报 answer one paragraph (9 of 14, 108 of 119);
// after an unindented contact field alone after a finished sentence stands apart on a page that indents, the 嘉兴日报 phone line
// (110 of 119); after a step (`第一步：…；`) ends its paragraph before the next, the 台州日报 出生“一件事” page (10 of 14, 112 of 119);
// after an unindented head in a column no run measures takes the indented line under it for the column's width, the 嘉兴日报
// 居住证积分 page (11 of 14, 114 of 119).
const OPEN = new Set<string>([HUANXIN, GESHUI, DIANDONGCHE]);
describeBlindPages('blind62', BLIND62_PAGES, OPEN);

describe('the blind62 set', () => {
  it('holds policy explainers of ten papers in their own templates', () => {
    expect(BLIND62_PAGES.length).toBe(14);
    const hosts = new Set(BLIND62_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND62_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-17')).toBe(true);
  });
});
