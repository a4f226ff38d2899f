// The blind74 pages (tests/fixtures/pages/blind74-*, see blind74-manifest.json): the 副刊 literary pages of ten Zhejiang
// papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its paper's
// own template and body shape — 小小说 and a 连载小说 with runs of short dialogue paragraphs, a 散文 of one-sentence
// paragraphs, two 诗歌 pages, a 书评, a 地方文史 piece quoting 府志/县志, two 学生作文 with the pupil's school and 指导老师
// under the title, a 人物 memoir, a 楹联/诗词 corner and a 读书 column with a book card. Not in the browser suite.
// Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind74.
import { describe, expect, it } from 'vitest';
import { BLIND74_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind74-${stem}.html`;
const ZUOWEN = f('xsrb44-xsnet-classic-br-plain-14-no-blank-xuesheng-zuowen-school-class-pupil-zhidao-laoshi-under-title-one-sentence-paragraphs-zeren-bianji');
const YUNHE = f('jxrb43-cnjxol-pc-title-date-prewrap-indented-17-sanwen-author-alone-first-one-sentence-paragraphs-benban-bianji');
const SHILIAN = f('wzrb43-wzdaily-pc-prewrap-indented-16-yinglian-shici-heads-alone-shanglian-xialian-rows-author-alone-verse-lines-comma-ends-benban-zebian');
const DUSHU = f('huzhou43-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-dushu-square-author-first-book-card-shuming-zuozhe-chubanshe-rows');
const WAIPO = f('jhrb43-jhnews-mobile-prewrap-plain-15-blank-col-ends-tongqu-school-class-pupil-zhidao-laoshi-colon-under-title-short-paragraphs');
const SHITANG = f('tzrb43-taizhou-classic-br-plain-11-shige-square-author-first-verse-lines-long-line-wrapping-second-poem-title-alone-blank-stanza-zeren-bianji');

// At the first run (8 of 14 pages all right, 138 of 158 gold blocks exact in both readers, every page recognised with
// its title and date): in the 萧山日报 学生作文's plain <br> lines the line 指导老师　王　芳 was given as body, and a
// paragraph whose last line is full (…不着急。”) was joined to the next; in the 嘉兴日报 散文 in pre-wrap indented
// seventeen wide the author's bare name alone first (朱晓雯) was made a headline; in the 温州日报 诗联 corner the
// unindented lines after an indented one — a piece's title (七律·冬游江心屿, 浣溪沙·楠溪江) and the poet's name — were
// joined to the 横批 row and to the last verse line of the poem before; in the 湖州日报 读书 column the card's last row
// (出版时间：2026年10月) was joined to the paragraph under it; in the 金华日报 童趣 作文 in pre-wrap plain fifteen wide
// paragraphs whose last line is full were joined in pairs; in the 台州日报 poems in plain <br> lines eleven wide the second
// poem's title alone after an empty line (石塘) was given as body and the verse line wrapped over two lines was left as two.
// Since an unindented unspaced three-character name first over an indented paragraph is the writer's byline
// (lib/reflow/lone-name.ts) the 散文 is all right (9 of 14 pages, 139 of 158 blocks).
const OPEN = new Set<string>([ZUOWEN, SHILIAN, DUSHU, WAIPO, SHITANG]);
const FIRST_OPEN = new Set<string>([ZUOWEN, YUNHE, SHILIAN, DUSHU, WAIPO, SHITANG]);
describeBlindPages('blind74', BLIND74_PAGES, OPEN);

describe('the blind74 set', () => {
  it('holds 副刊 pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND74_PAGES.length).toBe(14);
    const hosts = new Set(BLIND74_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND74_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-27')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND74_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
