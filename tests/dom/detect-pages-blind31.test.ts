// The blind31 pages (tests/fixtures/pages/blind31-*, see blind31-manifest.json): national and other-province Founder
// papers and portal pages on hosts no earlier set used, in every family — a pc long feature with runs of one-sentence
// paragraphs beside its pad twin, a pad interview of 问：/答： with a caption before <founder-content>, city papers
// carrying 湖北日报 and 人民日报 text (□ 湖北日报评论员, 湖北日报全媒记者 X, 人民日报记者 X), a 新华社记者 X story in <br>
// lines, a notice with a table and contact lines, a photo story of three captions before the body, a list of names by
// province, paragraphs ending in a colon before an explicit break, a page titled only in the enpproperty comment, a
// page declaring GB2312 whose bytes are UTF-8 — and three pages to leave alone (a 光明网 article with its print-source
// and 责编 lines, a 光明网 channel list, a pc layout). Not in the browser suite. Written with their gold before Dubao
// ran on them. Figures per page: npm run score:blind -- --set blind31.
import { describe, expect, it } from 'vitest';
import { BLIND31_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run one page was open: the long feature's byline 农民日报·中国农网记者 吕 珂 昕 (a three-character name
// letter-spaced in print) was made a headline. Every page now passes.
describeBlindPages('blind31', BLIND31_PAGES);

describe('the blind31 set', () => {
  it('holds fourteen pages on fourteen hosts, eleven of them articles', () => {
    expect(BLIND31_PAGES.length).toBe(14);
    expect(new Set(BLIND31_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(14);
    expect(BLIND31_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
  });
});
