import { describe, expect, it } from 'vitest';
import { BLIND132_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind132-${stem}.html`;
const JRTL = f('jrtl132a-jrtl-mobile-p-per-print-line-14-plain-empty-p-between-wenlv-jizhe-first-wed');

// At the first run (13 of 14 pages all right, 106 of 108 gold blocks exact in both readers):
// - 今日桐庐 文旅 (<p> per print line fourteen wide, the print indent lost, an empty <p></p> between paragraphs): the
//   paragraph whose last line is full (……实现了就业。, fourteen wide) was joined with the next one; the empty <p> between
//   them, the page's paragraph mark, was read as no line at all, so the two lines stood one gap apart as any two print
//   lines of the page do. Passes since the round's rule (an empty paragraph element between lines is a blank line:
//   lib/extract/index.ts); 14 of 14 pages, 108 of 108 blocks.
const OPEN = new Set<string>([]);
describeBlindPages('blind132', BLIND132_PAGES, OPEN);

describe('the blind132 set', () => {
  it('holds an ordinary week of articles on the Zhejiang city and county papers earlier sets used least, two pages a day', () => {
    expect(BLIND132_PAGES.length).toBe(14);
    const hosts = new Set(BLIND132_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(11);
    expect(['epaper.jrlanews.cn', 'szb.fyrmt.cn', 'epaper.jrtl.cn', 'epaper.jdnews.com.cn', 'epaper.qdhnews.com'].every((h) => hosts.has(h))).toBe(true);
    const days = BLIND132_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-10-16' && d <= '2028-10-22')).toBe(true);
    expect(BLIND132_PAGES.some((p) => p.file === JRTL)).toBe(true);
    expect(BLIND132_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'founder' && p.charset === 'utf-8')).toBe(true);
  });
});
