// The blind94 pages (tests/fixtures/pages/blind94-*, see blind94-manifest.json): an ordinary week of 钱江晚报 and 人民日报,
// Monday to Sunday, one article of each paper a day in its own template and body shape — 钱江晚报's 要闻, 浙江新闻, 杭州,
// 民生, 体育, 娱乐 and 副刊 pages in the classic main-article-* template; 人民日报's 要闻, 评论, 国际, 经济, 社会, 文化 and 大地
// pages in its pc/ and pad/ families — with bylines, credits glued to 本报讯 and 本报北京X月X日电, captions before the body,
// 小标题, quotes, figures and editor lines. Not in the browser suite. Written with their gold before Dubao ran on them.
// Figures per page: npm run -s score:blind -- --set blind94.
import { describe, expect, it } from 'vitest';
import { BLIND94_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (13 of 14 pages all right, 82 of 83 gold blocks exact in both readers): on the pad 国际 page the
// caption before the body, ending 新华社记者　凯　乔摄, was given as body. Since the padded-name caption credit
// (lib/reflow/classify.ts CAPTION_PATTERNS) it is a caption, and every page is all right.
const OPEN = new Set<string>();
describeBlindPages('blind94', BLIND94_PAGES, OPEN, new Set());

describe('the blind94 set', () => {
  it('holds a week of 钱江晚报 and 人民日报, one article of each a day, 人民日报 in both its pc and pad families', () => {
    expect(BLIND94_PAGES.length).toBe(14);
    const hosts = BLIND94_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'qjwb.thehour.cn').length).toBe(7);
    expect(hosts.filter((h) => h === 'paper.people.com.cn').length).toBe(7);
    const family = (x: string): number => BLIND94_PAGES.filter((p) => p.url.includes(`/rmrb/${x}/`)).length;
    expect(family('pc')).toBe(4);
    expect(family('pad')).toBe(3);
    const days = new Set(BLIND94_PAGES.map((p) => p.expect.date));
    expect(days.size).toBe(7);
    expect(BLIND94_PAGES.every((p) => p.expect.kind === 'article')).toBe(true);
  });
});
