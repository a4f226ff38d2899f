// The blind118 pages (tests/fixtures/pages/blind118-*, see blind118-manifest.json): older editions (2014–2020) of
// Zhejiang papers in the older templates and hosts — 绍兴日报 on epaper.sxnews.cn, 湖州日报 on ehzrb.hz66.com in GBK bytes
// (one declaring gb2312), 钱江晚报 on qjwb.zjol.com.cn (the table template and main-article), 人民日报's nw.D110000 path and
// 萧山日报's path without /epaper — in the markup of those years (layout tables, <font> around the body, a paragraph or a
// print line, &nbsp; indents) and in every body shape. Not in the browser suite. Written with their gold before Dubao
// ran on them. Figures per page: npm run -s score:blind -- --set blind118.
import { describe, expect, it } from 'vitest';
import { BLIND118_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind118-${stem}.html`;
const SXRB_PRE = f('sxrb118c-sxnews-classic-table-prewrap-plain-15-no-blank-minsheng-jizhe-tongxunyuan-first-quote-thu');
const XSRB_PRE = f('xsrb118c-xsnet-no-epaper-classic-prewrap-indented-14-no-blank-shehui-jizhe-first-quote-paragraph-zeren-bianji-sun');

// At the first run (12 of 14 pages all right, 59 of 70 gold blocks exact in both readers): on the two pages whose print
// lines are source newlines pre-wrapped by a style on div#ozoom, the element around founder-content (the 绍兴日报 民生
// story plain fifteen wide, the 萧山日报 story indented fourteen wide), the body itself carries no style, so its newlines
// were read as spaces and the whole text came out as one paragraph, byline and all: none of the gold blocks exact. White
// space is inherited (lib/extract/index.ts, preAround): both pages are all right since (14 of 14 pages, 70 of 70 blocks).
const PRE_AROUND = new Set<string>([SXRB_PRE, XSRB_PRE]);
describeBlindPages('blind118', BLIND118_PAGES);

describe('the blind118 set', () => {
  it('holds older editions, 2014 to 2020, of five papers on their older hosts, two pages of each weekday', () => {
    expect(BLIND118_PAGES.length).toBe(14);
    const hosts = new Set(BLIND118_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['ehzrb.hz66.com', 'epaper.sxnews.cn', 'paper.people.com.cn', 'qjwb.zjol.com.cn', 'xsrb.xsnet.cn']);
    expect(BLIND118_PAGES.every((p) => p.expect.kind === 'article' && (p.expect.date ?? '') >= '2014-01-01' && (p.expect.date ?? '') <= '2020-12-31')).toBe(true);
    const weekdays = BLIND118_PAGES.map((p) => new Date(`${p.expect.date ?? ''}T00:00:00Z`).getUTCDay());
    expect([0, 1, 2, 3, 4, 5, 6].every((d) => weekdays.filter((w) => w === d).length === 2)).toBe(true);
    expect(BLIND118_PAGES.filter((p) => p.charset !== 'utf-8').map((p) => new URL(p.url).hostname)).toEqual(['ehzrb.hz66.com', 'ehzrb.hz66.com', 'ehzrb.hz66.com']);
    expect(BLIND118_PAGES.filter((p) => p.url.includes('/epaper/')).length).toBe(0);
    expect(BLIND118_PAGES.filter((p) => /prewrap/u.test(p.file)).map((p) => p.file)).toEqual([...PRE_AROUND]);
  });
});
