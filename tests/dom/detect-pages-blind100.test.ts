// The blind100 pages (tests/fixtures/pages/blind100-*, see blind100-manifest.json): an ordinary week of 浙江日报 and 杭州日报,
// Monday 12 to Sunday 18 July 2027, one page of each paper a day in its own template and body shape — 要闻 with 引题, 电头
// and 记者/通讯员 bylines, 市县 and 区县市 news, a 民生 政策解读 under question 小标题, 经济 with figures, 文体, a 本报评论员
// piece and a 城事观察 column, a 副刊 essay, a short notice, a picture story with its captions — on 浙江日报's classic html/
// and pad/ families and 杭州日报's article_detail pages, with editor lines. Not in the browser suite. Written with their
// gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind100.
import { describe, expect, it } from 'vitest';
import { BLIND100_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (13 of 14 pages all right, 55 of 61 gold blocks exact in both readers): on the 民生 政策解读 in pre-wrap
// indented fifteen wide the three question 小标题 on lines of their own, unindented (提取额度有什么变化？, 需要提供哪些材料？,
// 多久能到账？), were each joined to the end of the paragraph above them. Since the rule for a short question alone on
// an unindented print line (lib/reflow/question-lines.ts) the page's blocks are all right.
const OPEN = new Set<string>();
describeBlindPages('blind100', BLIND100_PAGES, OPEN);

describe('the blind100 set', () => {
  it('holds an ordinary week of two papers in their own templates, one page of each a day', () => {
    expect(BLIND100_PAGES.length).toBe(14);
    const hosts = BLIND100_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'zjrb.zjol.com.cn').length).toBe(7);
    expect(hosts.filter((h) => h === 'hzdaily.hangzhou.com.cn').length).toBe(7);
    expect(new Set(BLIND100_PAGES.map((p) => p.expect.date)).size).toBe(7);
    expect(BLIND100_PAGES.every((p) => p.expect.kind === 'article')).toBe(true);
  });
});
