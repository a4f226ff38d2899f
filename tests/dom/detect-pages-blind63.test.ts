// The blind63 pages (tests/fixtures/pages/blind63-*, see blind63-manifest.json): an ordinary day's issue of the other
// Zhejiang papers — 钱江晚报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报, 丽水日报, 衢州日报 and 舟山日报, one or
// two articles of each in its paper's own template and body shape — a 头版 lead cut by （下转第2版）, a （上接第1版）
// page, 社会/法治, 经济/产业, 区县新闻, 健康, 文旅, a 图片新闻, a 评论, a 副刊 essay and a 人物 story — with bylines, credits
// glued to 本报讯, captions, bold and unmarked 小标题, quotes, figures and editor lines. Not in the browser suite. Written
// with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind63.
import { describe, expect, it } from 'vitest';
import { BLIND63_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind63-${stem}.html`;
const OUJIANG = f('lsrb17-lishui-pc-prewrap-plain-17-fukan-sanwen-square-author-first-one-sentence-opening-quote-inside');

// At the first run (12 of 14 pages all right, 85 of 89 gold blocks exact in both readers; every page recognised with its
// title and date): on the 丽水日报 副刊 essay in pre-wrap plain seventeen wide a paragraph ending in a quotation on a full
// line, its closing mark hanging past the column (…她说：“等太阳再晒两天，就能吃了。” / 如今村子里修了绿道…), was
// joined to the paragraph after it; on the 衢州日报 人物 story in <br> print lines twenty wide with a blank line at each
// column's end the two 小标题 standing at a column's foot, the blank line right under them (小事不出网格, 一本笔记记着全网格),
// were given as body. Since the round's rule (a line with no mark at a column's foot, the column end's blank line under
// it, is a 小标题: lib/reflow/lines-apart.ts plainRunHead, blankEndsColumn) the 人物 story is all right (13 of 14 pages,
// 87 of 89 blocks); the essay's paragraph end on a full line is left open (the page alone cannot tell it).
const OPEN = new Set<string>([OUJIANG]);
describeBlindPages('blind63', BLIND63_PAGES, OPEN);

describe('the blind63 set', () => {
  it('holds an ordinary day\'s articles of ten papers in their own templates, one or two of each', () => {
    expect(BLIND63_PAGES.length).toBe(14);
    // A paper's hosts differ in their first label only (宁波日报's classic daily. and pc szb.).
    const papers = BLIND63_PAGES.map((p) => new URL(p.url).hostname.replace(/^[^.]+\./u, ''));
    expect(new Set(papers).size).toBe(10);
    expect(BLIND63_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-18')).toBe(true);
  });
});
