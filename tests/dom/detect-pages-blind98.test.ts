// The blind98 pages (tests/fixtures/pages/blind98-*, see blind98-manifest.json): an ordinary week of 金华日报, 台州日报,
// 衢州日报, 丽水日报 and 舟山日报, Monday to Sunday, two articles a day, each in its paper's own template, path family and
// body shape — 要闻 with 本报讯 glued and bylines, 县市区 news, 民生 with 小标题, a 政策解读, 经济, 文化 and 体育, a 评论 with □
// author first, a 副刊 essay, a 交通管制 通告 with its signer and date, a 图片新闻 with its captions before the body. Not in
// the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind98.
import { describe, expect, it } from 'vitest';
import { BLIND98_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind98-${stem}.html`;
const WUJU = f('jhrb98c-jhnews-mobile-prewrap-plain-15-blank-col-ends-sat-wenhua-jizhe-tongxunyuan-first-quote-opening-first-paragraph-wuju-jin-xiaoyuan-shuming');

// At the first run (13 of 14 pages all right, 71 of 73 gold blocks exact in both readers): on the 金华日报 文化 story in
// pre-wrap plain fifteen wide with an empty line at each column end, the paragraph ending on a line one short of the
// measure that holds half-width figures (120余场，受益学生3万多人次。) was run on into the next paragraph, whose first
// line (10岁的陈可心已经学了两年婺剧。), full and ending in 。 just before a column's empty line, was then cut from the
// rest of its own paragraph (她说，…).
// After the round's rule (13 of 14 pages, 72 of 73 blocks): the paragraph ends on the line a whole character short that
// holds figures (the page's lines cut mid-sentence show its figures set at half a character, ./figure-width.ts); still
// open: the full line ending in 。 before the column's empty line, where the paragraph goes on (a sentence end on a full
// line at a column end, which the page cannot tell).
const OPEN = new Set<string>([WUJU]);
describeBlindPages('blind98', BLIND98_PAGES, OPEN);

describe('the blind98 set', () => {
  it('holds an ordinary week of five papers, two articles a day, Monday to Sunday', () => {
    expect(BLIND98_PAGES.length).toBe(14);
    const hosts = BLIND98_PAGES.map((p) => new URL(p.url).hostname);
    const count = (h: string): number => hosts.filter((x) => x === h).length;
    expect(count('szb.jhnews.com.cn')).toBe(3);
    expect(count('szb.taizhou.com.cn')).toBe(3);
    expect(count('szb.qz828.com')).toBe(3);
    expect(count('szb.lishui.cn')).toBe(3);
    expect(count('szb.zhoushan.cn')).toBe(2);
    const days = BLIND98_PAGES.map((p) => p.expect.date);
    expect(new Set(days).size).toBe(7);
    expect(BLIND98_PAGES.every((p) => p.expect.kind === 'article' && (p.expect.date ?? '') >= '2027-06-07' && (p.expect.date ?? '') <= '2027-06-13')).toBe(true);
  });
});
