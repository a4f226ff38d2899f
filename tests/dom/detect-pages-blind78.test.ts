// The blind78 pages (tests/fixtures/pages/blind78-*, see blind78-manifest.json): the 体育 and 文娱 pages of ten Zhejiang
// papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its
// paper's own template and body shape — match reports with scores (89∶82, 3比1, 2-0) and quarter or set scores, a 金牌榜
// printed as text rows, a 赛程 of dated rows, a 半程马拉松 报名 notice with label rows, a 越剧 review quoting 唱词, a 影讯
// listing, a 非遗 exhibition with its 展览信息 card, two 体坛快讯 bundles, a 全民健身 report and an athlete's interview.
// Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind78.
import { describe, expect, it } from 'vitest';
import { BLIND78_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind78-${stem}.html`;
const NVPAI = f('jxrb31-cnjxol-pc-title-date-prewrap-indented-17-nvpai-match-report-3-bi-1-gejuu-bifen-label-set-score-rows-jizhe-first-fan-quote');
const YINGXUN = f('hzrb25-hzdaily-article-detail-p-benzhou-yingxun-film-listing-bold-film-titles-yingyuan-changci-rows-times-zeren-bianji');
const KUAIXUN = f('tzrb23-taizhou-classic-br-plain-11-titan-kuaixun-star-mark-heads-alone-benbaoxun-space-two-items-third-without');
const BANMA = f('huzhou24-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-banma-baoming-notice-benbaoxun-jizhe-glued-label-rows-bisai-shijian-baomingfei');

// At the first run (10 of 14 pages all right, 83 of 95 gold blocks exact in both readers, every page recognised with its
// title and date): in the 嘉兴日报 volleyball report pre-wrap indented seventeen wide the four unindented set-score rows
// under 各局比分： (第一局　25∶21 …) were joined two by two; in the 杭州日报 影讯 listing each film's 影院：… row under its
// bold title was made a heading; in the 台州日报 体坛快讯 bundle in <br> print lines eleven wide the first ★ head, cut
// over two print lines, was given as body, and the third, over an item opening without 本报讯, was joined to it; in the
// 湖州日报 半程马拉松 notice pre-wrap plain twenty wide the last label row (报名费：…), cut over two print lines, was run
// into the paragraph under it.
// Since the round's rule (a card's row over another row is body, lib/reflow/card-rows.ts cardRowOver) the 影讯 listing is
// right: 11 of 14 pages, 86 of 95 blocks. Since blind140's second round (a box's rows of cells, lib/reflow/cell-rows.ts)
// the volleyball report's set-score rows stand apart: 12 of 14 pages, 90 of 95 blocks.
const OPEN = new Set<string>([KUAIXUN, BANMA]);
const FIRST_OPEN = new Set<string>([...OPEN, YINGXUN, NVPAI]);
describeBlindPages('blind78', BLIND78_PAGES, OPEN);

describe('the blind78 set', () => {
  it('holds 体育 and 文娱 pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND78_PAGES.length).toBe(14);
    const hosts = new Set(BLIND78_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND78_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-15')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND78_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
