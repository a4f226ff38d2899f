// The blind43 pages (tests/fixtures/pages/blind43-*, see blind43-manifest.json): 浙江 city papers' inside pages on second
// hosts no earlier set used, in every Founder family and print shape — a classic 副刊 散文 of one-sentence paragraphs and
// dialogue, a pad page of three short poems each under its title and author, a mobile 书评, a pc 周刊 feature with an
// 编者按 in a box, a classic 法治 case story with a 法官说法 box, a pad 健康 问/答 with the expert's unit in brackets, a pc
// 专版 of numbered sections, a mobile 文史 page with a ①②③ 注释 list, a classic 读者来信 with its 编辑回复, two pages
// pre-wrapped without indentation (titled only in <title>; only in the enpproperty comment) — and two pages to leave
// alone (a 数独 puzzle page, a photo page with only its headline). Not in the browser suite. Written with their gold
// before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind43.
import { describe, expect, it } from 'vitest';
import { BLIND43_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (7 of 13 pages all right, 137 of 157 gold blocks) six pages were open: the three poems' lines were
// made headlines; the 法官说法 box's closing credit `（椒江区人民法院　林　芳）` was made a headline; the 健康 page's
// `本期专家：刘建华（…主任医师）` line was made a headline; both pages pre-wrapped without indentation had paragraphs
// joined or parted where a sentence ends on a full print line (the boundary scorer's decision); and the 数独 page was
// opened as an article (its grid rows read as paragraphs), where it must be left alone. The first three are mended (see
// tests/unit/reflow-blind43.test.ts); the pre-wrapped pages are left to the boundary scorer, and the 数独 page is left
// open (a rule for it would be fitted to this one page).
const OPEN = new Set([
  'blind43-hzrb3-classic-prewrap-plain-sanwen-silkworms-title-only-in-title.html',
  'blind43-hzrb4-pc-prewrap-plain-long-report-metro-title-only-enpproperty.html',
]);
// The 数独 page is left alone since a later stop's rule that an article holds prose (lib/detect/prose.ts, written from
// the three puzzle and listing pages of blind43, blind47 and blind48 together, not from this one).
const UNORDERED = new Set<string>();
const TITLE_OPEN = new Set<string>();
const HEADLINES_OPEN = new Set<string>();
describeBlindPages('blind43', BLIND43_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind43 set', () => {
  it('holds thirteen pages on thirteen hosts, eleven of them Founder articles', () => {
    expect(BLIND43_PAGES.length).toBe(13);
    expect(new Set(BLIND43_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(13);
    expect(BLIND43_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
    expect(BLIND43_PAGES.filter((p) => p.forcedRefused).length).toBe(2);
  });
});
