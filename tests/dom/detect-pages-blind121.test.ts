// The blind121 pages (tests/fixtures/pages/blind121-*, see blind121-manifest.json): ordinary articles of an ordinary week
// (Monday 13 to Sunday 19 March 2028) on the other Zhejiang city papers and their evening papers — 宁波日报, 宁波晚报,
// 温州日报, 温州都市报, 金华日报, 金华晚报, 台州日报, 台州晚报, 丽水日报, 衢州日报, 舟山日报 — 要闻, 民生, 城建, 教育, 医疗,
// 文旅, 社区 and 经济 pages on the classic, pc, pad and mobile Founder families, in every body shape. Not in the browser
// suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind121.
import { describe, expect, it } from 'vitest';
import { BLIND121_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind121-${stem}.html`;
const LSRB = f('lsrb121a-lishui-pc-prewrap-plain-15-wenlv-benbao-jizhe-first-quote-wed');

// At the first run (13 of 14 pages all right, 106 of 108 gold blocks exact in both readers): on the 丽水日报 文旅 story in
// pre-wrap plain fifteen wide (the print indent lost, nothing at paragraph ends) a quoted teacher's paragraph
// (“……。”带队来写生的一位美术学院老师说。) ends exactly at a full line, and the next paragraph was joined onto it.
const OPEN = new Set<string>([LSRB]);
describeBlindPages('blind121', BLIND121_PAGES, OPEN);

describe('the blind121 set', () => {
  it('holds an ordinary week of local articles on eleven other Zhejiang city papers, two pages a day', () => {
    expect(BLIND121_PAGES.length).toBe(14);
    const hosts = new Set(BLIND121_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(11);
    expect([...hosts].every((h) => /\.(cnnb|wzdaily|wzrb|jhnews|taizhou|lishui|qz828|zhoushan)\.(com\.cn|com|cn)$/u.test(h))).toBe(true);
    const days = BLIND121_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(BLIND121_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'founder' && p.charset === 'utf-8')).toBe(true);
    expect(days.every((d) => d >= '2028-03-13' && d <= '2028-03-19')).toBe(true);
  });
});
