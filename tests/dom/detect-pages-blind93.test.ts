// The blind93 pages (tests/fixtures/pages/blind93-*, see blind93-manifest.json): an ordinary week of 绍兴日报 and 湖州日报,
// Monday to Sunday, seven articles of each in its paper's own template, path family and body shape — 要闻 with 本报讯 and
// bylines, 区县 news, 民生 and 政策解读 with 小标题, an 经济 report of figures cut by columns, a 体育 report cut mid-word, a
// 文化 report, a 评论 with □ author first, a 副刊 essay, a 停水通知 with signer and date, two 图片新闻 with captions. Not in
// the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind93.
import { describe, expect, it } from 'vitest';
import { BLIND93_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind93-${stem}.html`;
const WAZI = f('sxrb93b-shaoxing-pc-article-title-prewrap-plain-15-tue-quxian-benbaoxun-jizhe-tongxunyuan-glued-wazi-zhigai-shuzhuan-quote-first-percent');

// At the first run (12 of 14 pages all right, 67 of 70 gold blocks exact in both readers): on the 区县 report in pre-wrap
// plain fifteen wide the last paragraph (今年，当地还将…) was glued to the one before it, whose last line, holding a
// figure in half-width digits (增长12.6%。), is a full one ending in 。; on the pad 图片新闻 the credit 记者　X　摄 alone
// first, over the body and not under a picture, was given as a caption, not a byline.
// After the round's rule (13 of 14 pages, 68 of 70 blocks): the credit alone first is the byline (its pictures' centred
// captions are taken out before the segmenter, which asked for pictures among its lines); still open: the last paragraph
// after the full line ending in 。 (a sentence end on a full line, which the page cannot tell).
const OPEN = new Set<string>([WAZI]);
describeBlindPages('blind93', BLIND93_PAGES, OPEN);

describe('the blind93 set', () => {
  it('holds an ordinary week of two papers, seven articles of each, Monday to Sunday', () => {
    expect(BLIND93_PAGES.length).toBe(14);
    const hosts = BLIND93_PAGES.map((p) => new URL(p.url).hostname);
    const count = (h: string): number => hosts.filter((x) => x === h).length;
    expect(count('szb.hz66.com')).toBe(7);
    expect(count('epaper.shaoxing.com.cn') + count('epaper.sxnews.cn')).toBe(7);
    const days = BLIND93_PAGES.map((p) => p.expect.date);
    expect(new Set(days).size).toBe(7);
    expect(BLIND93_PAGES.every((p) => p.expect.kind === 'article' && (p.expect.date ?? '') >= '2027-03-15' && (p.expect.date ?? '') <= '2027-03-21')).toBe(true);
  });
});
