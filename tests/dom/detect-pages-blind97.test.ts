// The blind97 pages (tests/fixtures/pages/blind97-*, see blind97-manifest.json): an ordinary day of ten Zhejiang
// county-level papers blind80 did not use (余杭晨报, 富阳日报, 今日临安, 今日桐庐, 今日建德, 嵊州日报, 新昌报, 海宁日报, 平湖报,
// 玉环日报) on the generic Founder paths (html/, pc/, pad/, mobile/), in every body shape they use — 镇街 news, 民生, 会议
// reports, a 简讯 column of three 本报讯 items, a 人物 and a 文化 feature, an 经济 report with figures — with bylines alone
// first or glued to 本报讯, bold 小标题, quotes, phone lines and editor lines. Not in the browser suite. Written with their
// gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind97.
import { describe, expect, it } from 'vitest';
import { BLIND97_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right (14 of 14 pages, 60 of 60 gold blocks exact in both readers, every page
// recognised with its title and date), so no page is recorded as expected to fail.
const OPEN = new Set<string>();
describeBlindPages('blind97', BLIND97_PAGES, OPEN);

describe('the blind97 set', () => {
  it('holds an ordinary day of ten county-level papers in every path family, all of one day', () => {
    expect(BLIND97_PAGES.length).toBe(14);
    const hosts = new Set(BLIND97_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    const paths = BLIND97_PAGES.map((p) => new URL(p.url).pathname);
    for (const family of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(paths.some((p) => p.includes(family))).toBe(true);
    expect(BLIND97_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-03-11')).toBe(true);
  });
});
