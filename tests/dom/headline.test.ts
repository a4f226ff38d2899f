// The page's headline above the repaired article is found by the texts recognition read for it
// (on two papers' article pages), and marked for the reading theme only while asked.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { HEADLINE_MARK, headlineElements, markHeadline } from '../../entrypoints/content/headline';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';

const pages = ['hangzhou-article.html', 'xsrb-article-br.html', 'sxrb-article.html'];

describe('page headline', () => {
  for (const file of pages) {
    it(`finds the headline above the article of ${file}, not the page's list of articles`, () => {
      const f = FIXTURES.find((x) => x.file === file)!;
      const doc = fixtureDocument(f);
      const r = detect(f.url, doc)!;
      expect(r.kind).toBe('article');
      const root = r.body as Element;
      const heads = headlineElements(doc, root, [r.pretitle, r.title, r.subtitle]);
      expect(heads.length).toBeGreaterThan(0);
      for (const h of heads) {
        expect(root.contains(h)).toBe(false);
        expect(h.closest('a, li')).toBeNull();
        expect([r.pretitle, r.title, r.subtitle].map((t) => t?.replace(/\s+/gu, ''))).toContain(h.textContent?.replace(/\s+/gu, ''));
      }
      expect(heads.map((h) => h.textContent?.replace(/\s+/gu, ''))).toContain(r.title?.replace(/\s+/gu, ''));
      markHeadline(doc, heads);
      expect(doc.querySelectorAll(`[${HEADLINE_MARK}]`).length).toBe(heads.length);
      markHeadline(doc, []);
      expect(doc.querySelectorAll(`[${HEADLINE_MARK}]`).length).toBe(0);
    });
  }
  it('finds nothing for a title the page does not show', () => {
    const f = FIXTURES.find((x) => x.file === 'hangzhou-article.html')!;
    const doc = fixtureDocument(f);
    const r = detect(f.url, doc)!;
    expect(headlineElements(doc, r.body as Element, ['不在页面上的标题', null])).toEqual([]);
  });
});
