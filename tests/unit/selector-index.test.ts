// The CLI finds the elements a page's pre-formatting rules select in one walk of the page
// (scripts/lib/selector-index.ts): each selector is tried only on elements with the id, class or
// tag its rightmost part requires. It must select exactly what querySelectorAll selects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/html';
import { parsePage } from '../../scripts/lib/parse-page';
import { requiredKey, selectAll, splitSelectorList } from '../../scripts/lib/selector-index';
import { PAGES_DIR } from '../helpers/fixtures';

/** Selectors as site CSS writes them (and some it should not), for the 浙江日报 fixture page. */
const SELECTORS = [
  'p', '.main-article-content p', '#ozoom founder-content', 'founder-content > p:first-child', 'div:not(.main) p', '*',
  '[class]', 'h1, h6.main-article-author', 'LI A#pageLink', '.MAIN-ARTICLE-TITLE', 'ul li:nth-child(2n+1) a', 'p + p',
  'h2 ~ h6', 'a[href$=".htm"]', 'a[href*="div=-1"].active', 'div#ozoom', '.main-ed-name, .nothing-here', 'td.c1 .m1',
  'a.calendar-btn:hover', 'body  >  div.main', '.main-header .main-header-inner>a', ':not(p)', 'a[class="main-logo"] img',
  'div:not(.main-article-content)>#ozoom', 'p:nth-of-type(3)', 'h1.main-article-title.main-article-title',
];

const html = readFileSync(join(PAGES_DIR, 'zjrb-article-p-cut.html'), 'utf8');

/** The selectors this DOM understands (as the CLI keeps them). */
const valid = (doc: Document): string[] => SELECTORS.filter((s) => {
  try {
    doc.querySelector(s);
    return true;
  } catch {
    return false;
  }
});

describe('selecting with filed selectors', () => {
  it.each([['linkedom (the CLI)', parsePage], ['happy-dom', (h: string) => parseHtml(h, 'https://zjrb.zjol.com.cn/')]] as const)(
    'selects in %s exactly what querySelectorAll selects, selector by selector and all at once',
    (_, parse) => {
      const doc = parse(html);
      const sels = valid(doc);
      expect(sels.length).toBeGreaterThan(20);
      let nonEmpty = 0;
      for (const s of sels) {
        const expected = new Set(Array.from(doc.querySelectorAll(s)));
        if (expected.size > 0) nonEmpty++;
        expect([s, selectAll(doc, [s])]).toEqual([s, expected]);
      }
      expect(nonEmpty).toBeGreaterThan(15);
      expect(selectAll(doc, sels)).toEqual(new Set(Array.from(doc.querySelectorAll(sels.join(', ')))));
      expect(selectAll(doc, [])).toEqual(new Set());
    },
  );

  it('files each selector under what its rightmost part requires, or under none', () => {
    expect(requiredKey('.main-article-content p')).toEqual(['tag', 'p']);
    expect(requiredKey('#ozoom founder-content')).toEqual(['tag', 'founder-content']);
    expect(requiredKey('ul > li.Active:hover')).toEqual(['cls', 'active']);
    expect(requiredKey('div.x#Main')).toEqual(['id', 'main']);
    expect(requiredKey('a[title="a b.c"] + span')).toEqual(['tag', 'span']);
    expect(requiredKey('li:not(.done)')).toEqual(['tag', 'li']);
    expect(requiredKey(':not(.done)')).toBeNull();
    expect(requiredKey('[data-x~="y z"]')).toBeNull();
    expect(requiredKey('*')).toBeNull();
    expect(requiredKey('.a\\:b')).toBeNull();
    expect(requiredKey('svg|rect')).toBeNull();
    expect(splitSelectorList('a, b:is(c, d) , [title="x,y"]')).toEqual(['a', 'b:is(c, d)', '[title="x,y"]']);
  });
});
