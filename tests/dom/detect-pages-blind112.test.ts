// The blind112 pages (tests/fixtures/pages/blind112-*, see blind112-manifest.json): ordinary news articles of an ordinary
// week (Monday 15 to Sunday 21 May 2028) on Founder e-papers of the provinces around Zhejiang that no earlier set used
// (新安晚报, 南昌日报, 福州日报, 浦东时报, 嘉定报, 徐州日报, 安庆日报, 景德镇日报, 湄洲日报, 蚌埠日报, 井冈山报, 闽东日报,
// 松江报, 连云港日报), all on hosts outside the site list and so recognised by their Founder paths and markers, on the
// classic, pc, pad and mobile families, in every body shape. Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind112.
import { describe, expect, it } from 'vitest';
import { BLIND112_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run: 14 of 14 pages all right, 54 of 54 gold blocks exact in both readers; no miss is open.
describeBlindPages('blind112', BLIND112_PAGES);

describe('the blind112 set', () => {
  it('holds an ordinary week of fourteen papers off the site list, on all four Founder families', () => {
    expect(BLIND112_PAGES.length).toBe(14);
    const hosts = new Set(BLIND112_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(BLIND112_PAGES.every((p) => p.expect.recognized && p.expect.site === 'founder' && p.expect.kind === 'article')).toBe(true);
    const days = BLIND112_PAGES.map((p) => p.expect.date);
    expect(new Set(days).size).toBe(7);
    expect(days.every((d) => (d ?? '') >= '2028-05-15' && (d ?? '') <= '2028-05-21')).toBe(true);
    for (const family of ['/html/', '/pc/', '/pad/', '/mobile/']) {
      expect(BLIND112_PAGES.filter((p) => new URL(p.url).pathname.includes(family)).length).toBeGreaterThanOrEqual(3);
    }
    expect(BLIND112_PAGES.every((p) => p.charset === 'utf-8')).toBe(true);
  });
});
