// The blind42 pages (tests/fixtures/pages/blind42-*, see blind42-manifest.json): national and sector papers on hosts no
// earlier set used, in every Founder family and print shape — a pc report under 引题 and 副题 with a 本报记者 X Y byline,
// a classic long report under three bold 小标题 with a □ 本报记者 byline, a pad 本报评论员文章 titled in font#main-title,
// a classic court story pre-wrapped without indentation, a mobile 访谈 of bold 记者：/答： turns, a pc 图片新闻 strip of
// four captions each with its 摄 credit, a classic story with a 数据 box, a pc 时评 column with its author's unit last, a
// mobile 新华社…电 wire story, a pad 名单 titled only in the enpproperty comment, a pc story pre-wrapped without
// indentation titled only in <title> — and two pages to leave alone (a pc 版面导航 layout, a 往期回顾 date picker). Not in
// the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind42.
import { describe, expect, it } from 'vitest';
import { BLIND42_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run two pages were open: the 学习时报 column's closing author's unit
// `（作者为中央党校（国家行政学院）公共管理教研部教授）`, brackets nested inside, was made a headline (mended, see
// tests/unit/reflow-blind42.test.ts), and the 人民日报海外版 report's title (h1 `免签“朋友圈”扩容　“中国游”持续升温`, a
// full-width space between its halves) is read with the gap as one ordinary space, as titles are read on every page
// (the earlier sets write such titles so); the gold wrote the full-width space, and the page is left open for it.
// Since blind144's round (an enpproperty title whose spaces stand where the page's own <h1> prints the same title with full-width spaces, two paired phrases or a letter-spaced head, keeps them: asPrinted in lib/detect/index.ts) the title is found as the gold writes it.
const TITLE_OPEN = new Set<string>([]);
describeBlindPages('blind42', BLIND42_PAGES, new Set(), new Set(), { titleOpen: TITLE_OPEN });

describe('the blind42 set', () => {
  it('holds thirteen pages on thirteen hosts, eleven of them Founder articles', () => {
    expect(BLIND42_PAGES.length).toBe(13);
    expect(new Set(BLIND42_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(13);
    expect(BLIND42_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
    expect(BLIND42_PAGES.filter((p) => p.forcedRefused).length).toBe(1);
  });
});
