// The blind Founder pages (tests/fixtures/pages/blind2-*, see blind2-manifest.json): papers and
// shapes no other fixture has, written with their gold before any rule was changed for them.
// Every article recognised with its title, date and whole text; no byline or credit a headline;
// the portal page left alone until the reader turns Dubao on, then without its boilerplate.
// Read both as the CLI reads a saved page (strict decoding, linkedom) and as happy-dom reads it.
// Figures per page: npm run score:blind.
import { describe, expect, it } from 'vitest';
import { BLIND_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

/** A page that gives every gold block but not the gold alone in its order (see docs/line-wrap-repair.md). */
const UNORDERED = new Set(['blind2-dzrb-html.html']);

describeBlindPages('blind2', BLIND_PAGES, new Set(), UNORDERED);

describe('the blind set', () => {
  it('holds pages of every Founder family and both charset mismatches', () => {
    const urls = BLIND_PAGES.map((p) => p.url);
    for (const family of ['/pad/content/', '/pc/content/', '/mobile/content/', '/html/']) expect(urls.some((u) => u.includes(family))).toBe(true);
    expect(BLIND_PAGES.filter((p) => !p.expect.recognized && p.forced)).toHaveLength(1);
    expect(BLIND_PAGES.map((p) => p.charset)).toEqual(expect.arrayContaining(['gb2312 (bytes are UTF-8)', 'utf-8 (bytes are GBK)']));
  });
});
