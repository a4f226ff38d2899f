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

// Misses open at the first run (said in the README): their exact and in-order tests stay open, and report once they pass.
const OPEN = new Set([
  'blind30-jzrb-mobile-p-interview-bianzhean-jianxi-byline.html',
  'blind30-cdrb-classic-prewrap-plain-benbaoxun-one-sentence.html',
  'blind30-hsdcw-pc-prewrap-plain-jizhe-shouji.html',
  'blind30-trrb-pc-p-winners-list-title-only-in-title.html',
  'blind30-bjrb-classic-p-byline-inside-first-p-credit-after-body.html',
]);
// The 更正 page's letter-spaced title (更　正) comes out with an ASCII space; the interview's byline
// 荆州日报全媒体见习记者 X 记者 Y is made a headline.
const titleOpen = new Set(['blind30-syrb-classic-br-blank-gengzheng-signature-date.html']);
const headlinesOpen = new Set(['blind30-jzrb-mobile-p-interview-bianzhean-jianxi-byline.html']);
describeBlindPages('blind30', BLIND30_PAGES, OPEN, OPEN, { titleOpen, headlinesOpen });

describe('the blind30 set', () => {
  it('holds fourteen pages on fourteen hosts, eleven of them articles', () => {
    expect(BLIND30_PAGES.length).toBe(14);
    expect(new Set(BLIND30_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(14);
    expect(BLIND30_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
  });
});
