// The blind30 pages (tests/fixtures/pages/blind30-*, see blind30-manifest.json): papers on hosts no earlier set used,
// in every family, of kinds and bylines the earlier sets held few of — a long pad feature with runs of one-sentence
// paragraphs, an interview after an 编者按 with a 见习记者 byline, pre-wrapped text without indentation or blank lines
// (a 本报讯 story, a story with a 记者手记), a 更正 with its signature and date, a list of prize winners, an 招生 notice
// with a table, a photo story of four captions with 摄影 credits, a byline inside the first paragraph's element, a
// three-name byline after the body, a 新华社 reprint with 来源： first — and three pages to leave alone (a pad layout,
// a mobile 往期 list, a government portal article). Not in the browser suite. Written with their gold before Dubao ran
// on them. Figures per page: npm run score:blind -- --set blind30.
import { describe, expect, it } from 'vitest';
import { BLIND30_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// One page keeps a miss open (said in docs/line-wrap-repair.md): pre-wrapped text without indentation where a sentence ends on a full
// line (…快递分拣中心。) before a quotation that goes on the same paragraph (“以前要骑摩托车…”). Its exact and in-order
// tests stay open, and report once they pass. (At the first run five pages were open, the 更正's letter-spaced title
// came out with an ASCII space and the interview's 全媒体见习记者 byline was made a headline.)
const OPEN = new Set(['blind30-cdrb-classic-prewrap-plain-benbaoxun-one-sentence.html']);
describeBlindPages('blind30', BLIND30_PAGES, OPEN, OPEN);

describe('the blind30 set', () => {
  it('holds fourteen pages on fourteen hosts, eleven of them articles', () => {
    expect(BLIND30_PAGES.length).toBe(14);
    expect(new Set(BLIND30_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(14);
    expect(BLIND30_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
  });
});
