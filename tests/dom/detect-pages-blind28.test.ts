// The blind28 pages (tests/fixtures/pages/blind28-*, see blind28-manifest.json): papers on hosts no earlier set used,
// in 浙江 and other provinces, aimed at the mistakes the held-out figure still shows — print columns cut right after a
// sentence end on a full line, one-line fragments at a column's foot or head beside real one-line subheadings,
// bylines and credits (…全媒体记者 X, □ 本报评论员, 青岛日报/观海新闻记者 X, （据新华社北京…电）), paragraphs ending in a
// colon before an explicit break, a notice's contact and signature lines, and pre-wrap plain text whose paragraphs
// end on full lines. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run score:blind -- --set blind28.
import { describe, expect, it } from 'vitest';
import { BLIND28_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// Four pages keep a miss open (said in docs/line-wrap-repair.md): the plain unindented <p>s cut by a column right after a sentence
// end (nothing but the words tells the cut from a paragraph end), and three pre-wrapped pages without indentation whose
// paragraphs end on a full line before an opening the rules do not read as new (家住…, 去年7月以来，, 一是 after a colon,
// 目前，). Their exact and in-order tests stay open, and report once they pass. A fifth, the 新华社 reprint, is all right
// since blind59's round: its paragraph opening 与此同时， after a sentence ended on a full line is read as a
// paragraph's turn (lib/reflow/discourse-openers.ts).
const OPEN = new Set([
  'blind28-lgxww-mobile-plain-p-column-cuts-after-sentence.html',
  'blind28-yzxww-mobile-prewrap-plain-minsheng-full-line-ends.html',
  'blind28-kcxww-classic-prewrap-plain-meeting-yishi-ershi.html',
  'blind28-chinatibetnews-pc-prewrap-plain-ecology-time-openings.html',
]);
describeBlindPages('blind28', BLIND28_PAGES, OPEN, OPEN);

describe('the blind28 set', () => {
  it('holds fifteen articles on fifteen hosts', () => {
    expect(BLIND28_PAGES.length).toBe(15);
    expect(new Set(BLIND28_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(15);
    expect(BLIND28_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(15);
  });
});
