// The blind123 pages (tests/fixtures/pages/blind123-*, see blind123-manifest.json): ordinary 民生, 城建, 经济, 教育 and 社区
// articles of an ordinary week (Monday 10 to Sunday 16 April 2028) on fourteen Zhejiang papers, the body as pre-wrap text
// or <br> lines without indentation, eleven to eighteen wide, an empty line marking both a paragraph's end and a print
// column's end; four pages with a photo caption between two columns. Not in the browser suite. Written with their gold
// before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind123.
import { describe, expect, it } from 'vitest';
import { BLIND123_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind123-${stem}.html`;
const WZDSB = f('wzdsb123a-wzrb-pad-br-plain-13-blank-para-and-col-ends-shequ-benbaoxun-jizhe-glued-quote-cut-after-full-line-sentence-thu');
const QZRB = f('qzrb123a-qz828-pad-prewrap-plain-14-blank-para-and-col-ends-caption-between-minsheng-jizhe-first-caption-she-quote-cut-after-full-line-sentence-sat');
const QJWB = f('qjwb123a-thehour-classic-br-plain-18-blank-para-and-col-ends-caption-between-chengjian-jizhe-tongxunyuan-first-caption-she-cut-after-sentence-before-quote-sun');

// At the first run (11 of 14 pages all right, 78 of 81 gold blocks exact in both readers) the three misses are one
// shape: a print column ends right after a sentence whose last line is full (or full but for a held-back opening
// quote), the empty line for the column's end looks exactly like a paragraph's end, and the paragraph was split there —
// on the 温州都市报 社区 story in <br> lines thirteen wide (…亲子活动。 | 有的居民…), on the 衢州日报 民生 story in pre-wrap
// fourteen wide with the caption between the columns (…化学农药。 | caption | 菜园还将…), and on the 钱江晚报 城建 story in
// <br> lines eighteen wide with the caption between the columns (…振动和噪声。 | caption | “轨道精度…”项目总工程师说。).
const OPEN = new Set<string>([WZDSB, QZRB, QJWB]);
describeBlindPages('blind123', BLIND123_PAGES, OPEN);

describe('the blind123 set', () => {
  it('holds an ordinary week of unindented pre-wrap and <br> bodies on fourteen papers, two pages a day', () => {
    expect(BLIND123_PAGES.length).toBe(14);
    const hosts = new Set(BLIND123_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND123_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-04-10' && d <= '2028-04-16')).toBe(true);
    expect(BLIND123_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
    expect(BLIND123_PAGES.every((p) => /-(br|prewrap)-plain-1[1-8]-blank-para-and-col-ends-/u.test(p.file))).toBe(true);
    expect(BLIND123_PAGES.filter((p) => p.file.includes('caption-between')).length).toBe(4);
  });
});
