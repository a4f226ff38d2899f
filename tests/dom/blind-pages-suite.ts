// The tests every blind page set gets (tests/dom/detect-pages-blind*.test.ts): each page read both
// as the CLI reads a saved page (strict decoding, linkedom) and as happy-dom reads it, recognised
// (or, for a page Dubao must leave alone, found by "Use Dubao on this page") with its title and
// date, its gold blocks exact, and no headline made of a byline, a credit or a fragment.
import { describe, expect, it } from 'vitest';
import { scoreBlindPage, type BlindPage, type Reader } from '../helpers/blind-pages';

/**
 * Declares the tests of the blind set `name` over `pages`. Pages in `open` have a miss still open
 * (said in the README): their exact-blocks test is expected to fail, so it reports once it passes.
 */
export function describeBlindPages(name: string, pages: readonly BlindPage[], open: ReadonlySet<string> = new Set()): void {
  describe.each(['cli', 'happy-dom'] as Reader[])(`${name} pages read by %s`, (reader) => {
    describe.each(pages.map((p) => [p.file, p] as const))('%s', (file, page) => {
      const r = scoreBlindPage(page, reader);

      it(page.expect.recognized ? 'is recognised as an article, with its title and date' : 'is left alone, and "Use Dubao on this page" finds its title and date', () => {
        expect(r.recognition).toBe(true);
        expect(r.title).toBe(true);
        expect(r.date).toBe(true);
      });

      (open.has(file) ? it.fails : it)('gives every paragraph, subheading, byline, caption and table row of the article exactly', () => {
        expect(r.missing).toEqual([]);
        expect(r.exact).toBe(r.total);
      });

      it('makes no headline of a byline, a credit, a jump line or a fragment', () => {
        expect(r.falseHeadlines).toEqual([]);
      });
    });
  });
}
