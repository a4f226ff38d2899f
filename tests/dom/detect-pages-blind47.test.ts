// The blind47 pages (tests/fixtures/pages/blind47-*, see blind47-manifest.json): inside pages of Zhejiang city papers on
// the second hosts blind43 used (宁波日报, 温州日报, 台州日报, 丽水日报, 金华日报, 衢州日报, 舟山日报, 湖州日报, 绍兴日报, 嘉兴日报) in
// families blind43 did not use there, and 萧山日报 and 绍兴日报 on their own hosts — a 副刊 散文, a 组诗, a 连载, a 专版 of
// short items, a 图片新闻 page, a 便民 page, a 法治 以案说法 titled only in the comment, a 公示 with a table and a 名单, a 讣告,
// a 读者来信 with 编辑的话, a 理论 page with 参考文献, a 人物 profile with a 人物简介 box — a 象棋 puzzle page to leave alone and
// a 版面导航 page to read as a layout. Not in the browser suite. Written with their gold before Dubao ran on them. Figures
// per page: npm run -s score:blind -- --set blind47.
import { describe, expect, it } from 'vitest';
import { BLIND47_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (10 of 14 pages all right, 130 of 147 gold blocks exact in both readers): the 组诗's poem lines were
// made headings and its later numbered heads and lines joined; the 便民 page's three weather lines were joined into one
// paragraph; the 理论 page's 参考文献 label was read as body and its three sources joined; the 象棋 puzzle page was taken
// for an article (its text matches no gold, so only its in-order test fails). Open then: the 组诗 (wzrb3: blocks and
// headlines), the 便民 page (qzrb3) and the 理论 page (xsrb8): blocks; the 象棋 page (jhrb4): title and order.
const LILUN = 'blind47-xsrb8-xsnet-classic-p-lilun-bracket-notes-cankao-wenxian.html';
// After the round's rules (lib/reflow/set-apart.ts nextArabicItem and nextDayItem, lib/reflow/verse-elements.ts; docs/line-wrap-repair.md)
// the 组诗 and the 便民 page are right (12 of 14 pages, 146 of 147 blocks); still open: the 理论 page's bold `参考文献：`,
// read as body (a label ending in a colon is never a heading: earlier gold reads `注释：` so), and the 象棋 page.
const OPEN = new Set<string>([LILUN]);
// The 象棋 page is left alone since the rule that an article holds prose (lib/detect/prose.ts; tests/unit/detect-prose.test.ts).
const UNORDERED = new Set<string>();
const TITLE_OPEN = new Set<string>();
const HEADLINES_OPEN = new Set<string>();
describeBlindPages('blind47', BLIND47_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind47 set', () => {
  it('holds fourteen inside pages of Zhejiang papers, twelve of them articles, one to leave alone and one layout', () => {
    expect(BLIND47_PAGES.length).toBe(14);
    const hosts = new Set(BLIND47_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['szb.cnnb.com.cn', 'szb.wzrb.com.cn', 'szb.taizhou.com.cn', 'szb.lishui.cn', 'szb.jhnews.com.cn', 'szb.qz828.com',
      'szb.zhoushan.cn', 'szb.huzhoudaily.cn', 'szb.shaoxing.com.cn', 'szb.cnjxol.com', 'xsrb.xsnet.cn', 'epaper.shaoxing.com.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    expect(BLIND47_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(12);
    expect(BLIND47_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND47_PAGES.filter((p) => p.forcedRefused).length).toBe(1);
  });
});
