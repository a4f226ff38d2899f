// The blind81 pages (tests/fixtures/pages/blind81-*, see blind81-manifest.json): an ordinary week of 嘉兴日报 and 南湖晚报,
// Monday 12 to Sunday 18 October 2026, two pages a day across the papers' sections, each in its paper's own template
// (#Title with a <date> element, div.detail-art) and body shape (pre-wrap indented and plain, <p> per print line, <p> per
// column cut, <br> print lines with and without empty lines, one <p> per paragraph) — a 会议 report, a 镇街 story, a 民生
// item, an 经济 report with figures, a 人物 通讯 under 小标题, a 短评, a 社会 story, a 税务 专版, a 体育 report, a 城事
// story, a 周末 feature, a 亲子 page, a 文化 report and a 副刊 essay. Not in the browser suite. Written with their gold
// before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind81.
import { describe, expect, it } from 'vitest';
import { BLIND81_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind81-${stem}.html`;
const QIUYOU = f('nhwb11-cnjxol-pc-title-date-prewrap-indented-17-zhoumo-qinzi-jizhe-first-unindented-xiaobiaoti-alone-colon-tips-quote-benban-bianji');

// At the first run (13 of 14 pages all right, 98 of 98 gold blocks exact in both readers, every page recognised with its
// date): the 南湖晚报 亲子 page's title of a short lead-in and a long statement set apart by a full-width space
// (秋游季　这份出行清单请收好) was read with one ordinary space between them.
const TITLE_OPEN = new Set<string>([QIUYOU]);
const FIRST_TITLE_OPEN = new Set<string>([QIUYOU]);
describeBlindPages('blind81', BLIND81_PAGES, new Set(), new Set(), { titleOpen: TITLE_OPEN });

describe('the blind81 set', () => {
  it('holds a week of 嘉兴日报 and 南湖晚报, two pages a day from Monday to Sunday', () => {
    expect(BLIND81_PAGES.length).toBe(14);
    const hosts = BLIND81_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'jxrb.cnjxol.com').length).toBe(9);
    expect(hosts.filter((h) => h === 'nhwb.cnjxol.com').length).toBe(5);
    const days = BLIND81_PAGES.map((p) => p.expect.date);
    for (let d = 12; d <= 18; d++) expect(days.filter((x) => x === `2026-10-${d}`).length).toBe(2);
    expect(BLIND81_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'jxrb')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of TITLE_OPEN) expect(FIRST_TITLE_OPEN.has(file)).toBe(true);
    for (const file of FIRST_TITLE_OPEN) expect(BLIND81_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
