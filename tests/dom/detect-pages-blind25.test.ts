// The blind25 pages (tests/fixtures/pages/blind25-*, see blind25-manifest.json): Founder pages of papers outside 浙江 on
// hosts no earlier set used — a central daily's pc/ and pad/ twins of one article (本报北京…电, 本报记者 X 实习生 Y, a
// 新华社发 caption), provincial dailies (湖北日报全媒记者 X in print lines with a bold subheading, □ X日报评论员, a 新华社
// story with a 新华社记者 X 摄 caption, 本报…讯（记者 X） with a 新华社发（X摄） caption last, 引题/副题 and bold
// subheadings, a pad byline with 实习生 in font#author), an evening paper's reprint ending （据新华社北京…电）, Founder
// markers on a path of no Founder shape, which the forced start reads — three portal articles the forced start reads
// without their 责编 lines, print-source lines, share bars, related lists and comment boxes, and three pages it must refuse
// (a portal channel page, a video page, a paper's PDF-only page). Not in the browser suite. Written with their gold before
// any rule was changed for them. Figures per page: npm run score:blind -- --set blind25.
import { describe, expect, it } from 'vitest';
import { BLIND25_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// The 中国新闻网 page gives its three paragraphs in order, but its dateline's ASCII brackets (`电 (记者 孙 睿)近日`, as
// the gold keeps the page's text) come out full width, the punctuation repair's own work: the scorer's match (NFKC)
// counts them, the in-order comparison of the characters does not.
describeBlindPages('blind25', BLIND25_PAGES, new Set(), new Set(['blind25-chinanews-editor-bracket-share-related.html']));

describe('the blind25 set', () => {
  it('holds sixteen pages of fifteen hosts (one pc/pad twin), nine articles, four pages the forced start reads and three it must refuse', () => {
    expect(BLIND25_PAGES.length).toBe(16);
    expect(new Set(BLIND25_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(15);
    expect(new Set(BLIND25_PAGES.map((p) => p.url)).size).toBe(16);
    expect(BLIND25_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(9);
    expect(BLIND25_PAGES.filter((p) => !p.expect.recognized && p.forced).length).toBe(4);
    expect(BLIND25_PAGES.filter((p) => !p.expect.recognized && p.forcedRefused).length).toBe(3);
  });
});
