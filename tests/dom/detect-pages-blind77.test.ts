// The blind77 pages (tests/fixtures/pages/blind77-*, see blind77-manifest.json): the 要闻 and 时政 pages of ten Zhejiang
// papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its
// paper's own template and body shape — 会议 reports with lists of leaders' names, a leader's 讲话 with 一要…二要…三要…,
// a 常务会议, a 调研 report, three 简讯 bundles (heads marked ■ or ★ or unmarked), a 人事任免 list, a 公报 with numbered
// parts, a 新华社 通稿, a 两会 代表 interview under an 编者按, 代表委员 voices, a 要闻导读 box and a 开栏的话 over a series.
// Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind77.
import { describe, expect, it } from 'vitest';
import { BLIND77_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind77-${stem}.html`;
const KEJI = f('jxrb29-cnjxol-pc-title-date-prewrap-indented-17-jianghua-keji-chuangxin-dahui-jizhe-first-yi-yao-er-yao-san-yao-in-paragraph-shi-lingdao-names-last');
const JIANXUN = f('tzrb22-taizhou-classic-br-plain-11-jianxun-bundle-star-mark-heads-alone-benbaoxun-space-two-items-third-without');

// At the first run (12 of 14 pages all right, 89 of 91 gold blocks exact in both readers, every page recognised with its
// title and date): in the 嘉兴日报 讲话 report pre-wrap indented seventeen wide the last paragraph was parted where a
// print line ended inside a padded name (…市领导陈海峰、王 / 　燕、李志刚…): the name's full-width space, carried to the
// next line's start, was read as a paragraph's indent; in the 台州日报 简讯 bundle in <br> print lines eleven wide the
// third item's ★ head, over an item that opens without 本报讯, was given as body. Since the blind79 round the ★ head is a
// heading (a marked head alone on a narrow column's print line: lib/reflow/lines-apart.ts plainRunHead).
const OPEN = new Set<string>([KEJI]);
const FIRST_OPEN = new Set<string>([KEJI, JIANXUN]);
describeBlindPages('blind77', BLIND77_PAGES, OPEN);

describe('the blind77 set', () => {
  it('holds 要闻 and 时政 pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND77_PAGES.length).toBe(14);
    const hosts = new Set(BLIND77_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND77_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-08')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND77_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
