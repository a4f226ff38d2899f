// The blind89 pages (tests/fixtures/pages/blind89-*, see blind89-manifest.json): an ordinary week of 杭州日报 and 都市快报,
// Monday 12 to Sunday 18 April 2027, two pages a day (要闻 and its A02 continuation, 城事, 区县市, 经济, 文体, 评论, 副刊 西湖,
// 都市快报's 社会新闻, 健康 and 周末) in their article_detail template, in every body shape: <br> print lines indented and not,
// <p> per print line indented and not, <p> per column cut, pre-wrap indented and plain, one <p> per paragraph — a 头版 lead
// cut by （下转A02版） and its （上接A01版） page, two 简讯 bundles, a 交通提示, a photo with its caption, a 健康 page, a 副刊
// essay and a 周末 guide, with bylines in every form the papers print, 小标题, quotes, figures and editor lines. Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind89.
import { describe, expect, it } from 'vitest';
import { BLIND89_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind89-${stem}.html`;
const ZHOUMO = f('dskb13-mdaily-prewrap-plain-16-sat-zhoumo-jizhe-first-three-place-xiaobiaoti-alone-dujuan-quote-zeren-bianji');
const JIANXUN = f('dskb14-mdaily-p-per-print-line-plain-16-sun-shehui-jianxun-bundle-square-mark-heads-kuaibaoxun-each-zeren-bianji');

// At the first run (12 of 14 pages all right, 78 of 83 gold blocks exact in both readers, every title and date found):
// on the 周末 guide in pre-wrap plain sixteen wide the first of three place 小标题 (植物园杜鹃园), under the lead's full
// stop, was given as body (the other two were found); on the 快报 简讯 bundle in <p> per print line plain sixteen wide the
// first and third ■ heads (■地铁10号线二期试运行, ■“跳蚤市场”周日开市) were joined to the item under them, which opens
// with 都市快报's own dateline 快报讯（记者 X） — the second head, over 快报讯（通讯员 X 记者 Y）, was found.
// Since a paper that names itself in its dateline (快报讯, 都市快报讯, 羊城晚报讯) opens a brief as 本报讯 does
// (lib/reflow/classify.ts BRIEF_DATELINE), the 简讯 bundle gives every block (13 of 14 pages, 82 of 83 blocks); since a
// line well short of its column with no mark, after a finished sentence, stands apart over a full line with no mark when
// the line under that one goes on with a mark (lib/reflow/lines-apart.ts plainRunHead, proseUnder), so does the 周末
// guide (14 of 14 pages, 83 of 83 blocks).
const OPEN = new Set<string>();
const FIRST_OPEN = new Set<string>([ZHOUMO, JIANXUN]);
describeBlindPages('blind89', BLIND89_PAGES, OPEN);

describe('the blind89 set', () => {
  it('holds a week of 杭州日报 and 都市快报, two pages a day from Monday to Sunday, on their two hosts', () => {
    expect(BLIND89_PAGES.length).toBe(14);
    const hosts = BLIND89_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'hzdaily.hangzhou.com.cn').length).toBe(9);
    expect(hosts.filter((h) => h === 'mdaily.hangzhou.com.cn').length).toBe(5);
    const days = BLIND89_PAGES.map((p) => p.expect.date);
    for (let d = 12; d <= 18; d++) expect(days.filter((x) => x === `2027-04-${d}`).length).toBe(2);
    expect(BLIND89_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'hangzhou')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND89_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
