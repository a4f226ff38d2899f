// The blind29 pages (tests/fixtures/pages/blind29-*, see blind29-manifest.json): papers on hosts no earlier set used,
// outside 浙江, of kinds the earlier sets held few of — a long article with runs of one-sentence paragraphs, an
// interview of 问：/答： paragraphs, a list of honoured families by county, a 停水通知 with a table, a contact and a
// signature, a photo story of three captions, reprints with 来源： lines, pre-wrapped text without indentation,
// titles only in <title> or the enpproperty comment — and three pages to leave alone (a layout page, a 往期回顾
// month list, a portal article). Not in the browser suite. Written with their gold before Dubao ran on them. Figures
// per page: npm run score:blind -- --set blind29.
import { describe, expect, it } from 'vitest';
import { BLIND29_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// One page keeps a miss open (said in docs/line-wrap-repair.md): pre-wrapped text without indentation whose one-sentence paragraphs
// end on a full line (这样的驿站，全市已经建了126个。, 驿站建起来，更要用起来。) before a sentence the rules do not read as new.
// Its exact and in-order tests stay open, and report once they pass.
const OPEN = new Set(['blind29-xnwbw-mobile-prewrap-plain-long-station-stories.html']);
describeBlindPages('blind29', BLIND29_PAGES, OPEN, OPEN);

describe('the blind29 set', () => {
  it('holds thirteen pages on thirteen hosts, ten of them articles', () => {
    expect(BLIND29_PAGES.length).toBe(13);
    expect(new Set(BLIND29_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(13);
    expect(BLIND29_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(10);
  });
});
