// The CLI answers a parsed page's document-wide queries from an index (scripts/lib/query-index.ts)
// instead of linkedom walking every element for each. It must answer exactly what linkedom answers:
// the same elements in the same order, the same errors. Checked on every selector recognition asks
// of every fixture page (recorded while detect runs) and on selectors as site CSS writes them.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parsePage } from '../../scripts/lib/parse-page';
import { indexQueries } from '../../scripts/lib/query-index';
import { FIXTURES, fixtureHtml } from '../helpers/fixtures';

const plainDoc = (html: string): Document => parseHTML(html).document as unknown as Document;

/** Where an element sits (child indices from the root), comparable across two parses of a page. */
function path(el: Element | null): string {
  const steps: number[] = [];
  for (let e = el; e?.parentElement; e = e.parentElement) steps.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  return el ? `${el.localName}@${steps.join('.')}` : 'null';
}

const all = (doc: Document, s: string): string[] => Array.from(doc.querySelectorAll(s), path);

/** What a query does: its answer (paths) or the name of what it throws. */
function outcome(f: () => string[] | string): string[] | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

describe('document queries answered from an index', () => {
  it('answers every query recognition asks of every fixture page as linkedom does', () => {
    let asked = 0;
    let found = 0;
    for (const f of FIXTURES) {
      const html = fixtureHtml(f.file);
      const indexed = parsePage(html);
      const plain = plainDoc(html);
      const selectors = new Set<string>();
      const qsa = indexed.querySelectorAll.bind(indexed);
      const qs = indexed.querySelector.bind(indexed);
      Object.defineProperty(indexed, 'querySelectorAll', { configurable: true, value: (s: string) => (selectors.add(s), qsa(s)) });
      Object.defineProperty(indexed, 'querySelector', { configurable: true, value: (s: string) => (selectors.add(s), qs(s)) });
      detect(f.url, indexed);
      detect(f.url, indexed, { force: true });
      for (const s of selectors) {
        asked++;
        const want = all(plain, s);
        found += want.length;
        expect(Array.from(qsa(s), path), `${f.file}: ${s}`).toEqual(want);
        expect(path(qs(s)), `${f.file}: ${s}`).toBe(path(plain.querySelector(s)));
      }
    }
    // Recognition asks many selectors, and some of them find something (the check is not vacuous).
    expect(asked).toBeGreaterThan(FIXTURES.length * 5);
    expect(found).toBeGreaterThan(FIXTURES.length);
  });

  const html = `<!doctype html><html><head><title>t</title><meta name="ArticleTitle" content="标题"></head><body>
    <div id="Main" class="main Wide"><h1 class="main-article-title Big">标题</h1><p class="a">一</p>
    <div class="inner"><p class="a b">二</p><founder-content><p>三</p><P class="B">四</P></founder-content></div></div>
    <div id="ozoom"><p>五</p><span class="a">六</span></div><ul><li><a href="x.htm" id="pageLink">七</a></li></ul></body></html>`;

  it.each([
    'p', 'P', '.a', '.A', '.b', '#main', '#Main', '#ozoom p', 'div.inner > p', 'p.a.b', 'founder-content', 'founder-content p:first-child',
    // lists: answered in document order, each element once, whichever selector comes first
    'span.a, p.a', 'p, h1', '#ozoom, .main', '.a, p', 'h1.main-article-title, meta[name="ArticleTitle"]',
    // no id, class or tag required: asked of linkedom as before
    '*', '[href]', ':not(p)', '[href], p', 'p + p', 'h1 ~ p', 'li a#pageLink', 'div:not(.inner) > p', 'meta[name="ArticleTitle"]',
    // nothing to find, and selectors this DOM cannot read
    '.nothing', '#nothing', 'nothing', 'p:hover', 'p[', '..a', '#',
  ])('answers %s as linkedom does', (s) => {
    const indexed = indexQueries(plainDoc(html));
    const plain = plainDoc(html);
    expect(outcome(() => all(indexed, s))).toEqual(outcome(() => all(plain, s)));
    expect(outcome(() => path(indexed.querySelector(s)))).toEqual(outcome(() => path(plain.querySelector(s))));
  });

  it('finds, for a list, what each of its selectors finds, in document order (a case where the order matters)', () => {
    const doc = indexQueries(plainDoc(html));
    expect(Array.from(doc.querySelectorAll('span.a, p.a, h1'), (e) => e.textContent)).toEqual(['标题', '一', '二', '六']);
    expect(doc.querySelector('span.a, p.a')?.textContent).toBe('一');
  });
});
