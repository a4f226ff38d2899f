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

describeBlindPages('blind28', BLIND28_PAGES);

describe('the blind28 set', () => {
  it('holds fifteen articles on fifteen hosts', () => {
    expect(BLIND28_PAGES.length).toBe(15);
    expect(new Set(BLIND28_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(15);
    expect(BLIND28_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(15);
  });
});
