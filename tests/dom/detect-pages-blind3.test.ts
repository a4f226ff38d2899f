// The blind3 pages (tests/fixtures/pages/blind3-*, see blind3-manifest.json): other papers,
// templates and shapes (a jump page and its continuation, an interview, a photo page, a notice
// with rules and signatures, an editorial, Latin words, traditional characters, a body cut by
// <br><br>, a county paper's print lines without blank lines, a table of figures, pad news
// briefs), written with their gold before any rule was changed for them. Read both as the CLI
// reads a saved page and as happy-dom reads it. Figures per page: npm run score:blind.
import { describe, expect, it } from 'vitest';
import { BLIND3_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind3', BLIND3_PAGES);

describe('the blind3 set', () => {
  it('holds pages of papers, families and shapes beyond blind2', () => {
    expect(BLIND3_PAGES.length).toBeGreaterThanOrEqual(10);
    const urls = BLIND3_PAGES.map((p) => p.url);
    for (const family of ['/pad/content/', '/pc/content/', '/pc/con/', '/html/', 'nw.D110000renmrb_']) expect(urls.some((u) => u.includes(family))).toBe(true);
    expect(new Set(BLIND3_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(BLIND3_PAGES.length);
  });
});
