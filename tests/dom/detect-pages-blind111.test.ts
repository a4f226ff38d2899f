// The blind111 pages (tests/fixtures/pages/blind111-*, see blind111-manifest.json): ordinary articles of an ordinary week
// (Monday 10 to Sunday 16 January 2028) of 萧山日报 on its xsrb.xsnet.cn classic template (<br> print lines indented with
// and without empty lines, <p> per print line, <p> per paragraph) and of 杭州日报 / 都市快报 on article_detail — local 民生,
// 镇街, 教育, 交通 and 医保 stories (医银合作, 异地就医备案, 家庭共济, 一老一小), bylines first or last, 本报讯 / 快报讯 glued,
// quotations across print lines, bold 小标题. Not in the browser suite. Written with their gold before Dubao ran on them.
// Figures per page: npm run -s score:blind -- --set blind111.
import { describe, expect, it } from 'vitest';
import { BLIND111_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind111-${stem}.html`;
const HZRB_C = f('hzrb111c-hzdaily-article-detail-p-per-print-line-14-indented-zhenjie-loudao-wei-gengxin-quote-jizhe-tongxunyuan-bracket-last-zeren-bianji-fri');

// At the first run (13 of 14 pages all right, 103 of 105 gold blocks exact in both readers): on the 杭州日报 镇街 story in
// <p> per print line fourteen wide the last paragraph ended on a full line (…的做法在全市推广。) and the byline in brackets
// on the next and last line, （记者　X　通讯员　Y）, sixteen wide, was read as that paragraph's credit and joined to it.
// Right since the round's rule (a bracketed credit on the last line wider than the column stands apart after a full line
// too: lib/reflow/credit-place.ts, tests/unit/reflow-blind111.test.ts): 14 of 14 pages, 105 of 105 blocks.
const RIGHT_SINCE_ROUND = [HZRB_C];
describeBlindPages('blind111', BLIND111_PAGES, new Set());

describe('the blind111 set', () => {
  it('holds an ordinary week of 萧山日报, 杭州日报 and 都市快报 articles, two a day', () => {
    expect(BLIND111_PAGES.length).toBe(14);
    const hosts = BLIND111_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'xsrb.xsnet.cn').length).toBe(7);
    expect(hosts.filter((h) => h === 'hzdaily.hangzhou.com.cn').length).toBe(4);
    expect(hosts.filter((h) => h === 'mdaily.hangzhou.com.cn').length).toBe(3);
    const days = BLIND111_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(BLIND111_PAGES.every((p) => p.expect.kind === 'article' && (p.expect.date ?? '') >= '2028-01-10' && (p.expect.date ?? '') <= '2028-01-16')).toBe(true);
    expect(BLIND111_PAGES.every((p) => p.charset === 'utf-8')).toBe(true);
    expect(RIGHT_SINCE_ROUND.every((file) => BLIND111_PAGES.some((p) => p.file === file))).toBe(true);
  });
});
