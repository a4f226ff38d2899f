// The blind102 pages (tests/fixtures/pages/blind102-*, see blind102-manifest.json): an ordinary day of ten Zhejiang
// county-level papers neither blind80 nor blind97 used (长兴新闻, 安吉新闻, 德清新闻, 今日桐乡, 柯桥日报, 今日象山, 宁海新闻,
// 天台报, 今日兰溪, 今日武义) on the generic Founder paths (html/, pc/, pad/, mobile/), in every body shape they use — 镇街
// news, 民生, two 会议 reports, a 简讯 column of three 本报讯 items, a 人物 and two 文化 stories, an 经济 report with figures,
// an 教育 story — with bylines alone first or glued to 本报讯, bold 小标题, quotes, phone lines and editor lines. Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind102.
import { describe, expect, it } from 'vitest';
import { BLIND102_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right (14 of 14 pages, 58 of 58 gold blocks exact in both readers, every page
// recognised with its title and date), so no page is recorded as expected to fail.
const OPEN = new Set<string>();
describeBlindPages('blind102', BLIND102_PAGES, OPEN);

describe('the blind102 set', () => {
  it('holds an ordinary day of ten county-level papers in every path family, all of one day', () => {
    expect(BLIND102_PAGES.length).toBe(14);
    const hosts = new Set(BLIND102_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    const paths = BLIND102_PAGES.map((p) => new URL(p.url).pathname);
    for (const family of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(paths.some((p) => p.includes(family))).toBe(true);
    expect(BLIND102_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-05-18')).toBe(true);
  });
});
