// The blind35 pages (tests/fixtures/pages/blind35-*, see blind35-manifest.json): 浙江 county papers and 江西 and 福建
// city papers on hosts no earlier set used, in every Founder family and print shape — a long 通讯 under bold section
// heads, a 本报讯 story with a pretitle and a subtitle dated only by its URL, a front-page story cut by （下转第3版）, a
// 问答 column with an 编者按 and a 记者手记, a photo group of three captions with 摄 credits, a 公示 of name rows, a story
// after an 编者按 dated only by the enpproperty <date> form, a second half opening （上接第1版）, a gb2312-declared page
// whose bytes are UTF-8, a story titled only in the enpproperty comment under a pretitle, a 交通管制通告 with a table —
// and two pages to leave alone (a classic layout, a portal article read by "Use Dubao on this page"). Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind35.
import { describe, expect, it } from 'vitest';
import { BLIND35_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run three pages were open: the 龙游 story, pre-wrapped without indentation, ran two paragraphs ending on
// a full line into the next (still open); the 莆田 公示 ran its six name rows (unindented on an indenting page) into the
// line announcing them, and the 武义 通告 made a headline of its first signing office (`武义县公安局交通警察大队`) (both
// now pass).
const OPEN = new Set([
  'blind35-lyrmt-pc-prewrap-plain-bianzhean-first-date-only-enpproperty-date.html',
]);
describeBlindPages('blind35', BLIND35_PAGES, OPEN);

describe('the blind35 set', () => {
  it('holds thirteen pages on thirteen hosts, eleven of them Founder articles', () => {
    expect(BLIND35_PAGES.length).toBe(13);
    expect(new Set(BLIND35_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(13);
    expect(BLIND35_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
    expect(BLIND35_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND35_PAGES.filter((p) => p.forced).length).toBe(1);
  });
});
