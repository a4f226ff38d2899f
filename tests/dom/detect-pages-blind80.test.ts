// The blind80 pages (tests/fixtures/pages/blind80-*, see blind80-manifest.json): an ordinary day of ten Zhejiang
// county-level papers (温岭日报, 瑞安日报, 义乌商报, 诸暨日报, 上虞日报, 余姚日报, 慈溪日报, 乐清日报, 永康日报, 东阳日报) on the
// generic Founder paths, their 要闻 and local news pages in every body shape — 镇街 reports, 村 stories, 民生 items, a
// 短评, a 通讯 under 小标题, a report with figures and a 通告 — with bylines, credits glued to 本报讯, quotes, figures
// and editor lines. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind80.
import { describe, expect, it } from 'vitest';
import { BLIND80_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right (14 of 14 pages, 67 of 67 gold blocks exact in both readers, every page
// recognised with its title and date), so no page is recorded as expected to fail.
const OPEN = new Set<string>();
describeBlindPages('blind80', BLIND80_PAGES, OPEN);

describe('the blind80 set', () => {
  it('holds an ordinary day of ten county-level papers, all of one day', () => {
    expect(BLIND80_PAGES.length).toBe(14);
    const hosts = new Set(BLIND80_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND80_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-14')).toBe(true);
  });
});
