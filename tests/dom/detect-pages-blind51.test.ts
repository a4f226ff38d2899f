// The blind51 pages (tests/fixtures/pages/blind51-*, see blind51-manifest.json): inside pages of Zhejiang county and city
// papers (萧山日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 金华日报, 台州日报, 宁波日报, 衢州日报, 丽水日报, 舟山日报) in the four
// Founder families whose article body is print text — print lines ending in <br> with a blank line at paragraph and at
// column ends, one <p> per column piece, pre-wrapped text with and without indentation — with captions between a
// paragraph's halves, bold 小标题 inside the columns, column cuts right after ……” and after a fragment ending in ， or ——,
// sentences ending on a full line, numbered items after a colon and a 通告's closing lines. Not in the browser suite.
// Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind51.
import { describe, expect, it } from 'vitest';
import { BLIND51_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind51-${stem}.html`;
const PLAIN12 = f('hzrb10-classic-prewrap-plain-12-sentence-ends-full-line-both-ways');

// At the first run (12 of 13 pages all right, 91 of 93 gold blocks exact in both readers): on the pre-wrap plain page
// twelve wide, a paragraph whose last sentence ends exactly on a full line (…换上了暖色的灯笼。) was joined to the next
// paragraph (不少游客还在河边的茶馆里…), which opens a column.
const OPEN = new Set<string>([PLAIN12]);
describeBlindPages('blind51', BLIND51_PAGES, OPEN);

describe('the blind51 set', () => {
  it('holds thirteen article pages of Zhejiang papers whose body is print text, in all four families', () => {
    expect(BLIND51_PAGES.length).toBe(13);
    const hosts = new Set(BLIND51_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['xsrb.xsnet.cn', 'szb.shaoxing.com.cn', 'szb.cnjxol.com', 'szb.huzhoudaily.cn', 'szb.wzrb.com.cn', 'szb.jhnews.com.cn',
      'szb.taizhou.com.cn', 'szb.cnnb.com.cn', 'szb.qz828.com', 'szb.lishui.cn', 'szb.zhoushan.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND51_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND51_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(13);
  });
});
