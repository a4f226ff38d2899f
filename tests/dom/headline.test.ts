// The page's headline above the repaired article is found by the texts recognition read for it
// (on two papers' article pages), and marked for the reading theme only while asked.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { HEADLINE_MARK, headlineBars, headlineBoxes, headlineElements, markHeadline } from '../../entrypoints/content/headline';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';
import { BLIND_SETS } from '../helpers/blind-pages';
import { parseHtml } from '../../scripts/lib/html';

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

  // The plain reading of the rule (every element before the article, its whole textContent):
  // the one walk must find the same elements on every page the tests hold.
  const plain = (doc: Document, root: Element, texts: readonly (string | null)[]): Element[] => {
    const sq = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '');
    const wanted = new Set(texts.map(sq).filter((t) => t.length >= 2));
    const found = new Map<string, Element>();
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      if (el === root || el.contains(root) || root.contains(el)) continue;
      if (!(root.compareDocumentPosition(el) & 2)) break;
      if (/^(SCRIPT|STYLE|TITLE|OPTION|SELECT|A)$/u.test(el.tagName)) continue;
      const t = sq(el.textContent);
      if (wanted.has(t)) found.set(t, el);
    }
    return [...found.values()];
  };
  // The three tests that read every fixture and blind page (some 1,700 pages, more with each blind set): 9–20 s alone,
  // over a minute when the machine is shared with the browser suite, so their limit is the corpus's, not the file's.
  const WHOLE_CORPUS_MS = 240_000;
  it('finds what reading every element before the article finds, on every fixture and blind page', () => {
    const pages = [...FIXTURES, ...BLIND_SETS.flatMap((s) => s.pages)];
    let compared = 0;
    let withHeadline = 0;
    for (const f of pages) {
      const doc = fixtureDocument(f);
      const r = detect(f.url, doc);
      if (!r?.body || r.body === doc.body) continue;
      const texts = [r.pretitle, r.title, r.subtitle];
      const root = r.body as Element;
      const want = new Set(plain(doc, root, texts));
      const got = headlineElements(doc, root, texts);
      expect(new Set(got), f.file).toEqual(want);
      compared++;
      if (got.length) withHeadline++;
    }
    expect(compared).toBeGreaterThan(150);
    expect(withHeadline).toBeGreaterThan(50);
  }, WHOLE_CORPUS_MS);
  it('reads a page nested thousands of elements deep before its article without running out of stack', () => {
    const doc = parseHtml('<!doctype html><html><body></body></html>', 'https://www.example.com/news/1.html');
    let at: Element = doc.body;
    for (let i = 0; i < 20000; i++) at = at.appendChild(doc.createElement('div'));
    at.textContent = '标题在最深处';
    const h1 = doc.body.appendChild(doc.createElement('h1'));
    h1.textContent = '医保服务提质扩面';
    const root = doc.body.appendChild(doc.createElement('article'));
    root.textContent = '正文';
    expect(headlineElements(doc, root, ['医保服务提质扩面', '标题在最深处'])).toEqual([h1]);
  });

  // A pad template sets its title lines in <font>s between <br>s: the theme's box drawn on each
  // inline line broke into two pills as wide as their text (衢州日报's pad page, sepia and dark).
  it('themes a title set in inline lines by its block, and a title in its own block by itself', () => {
    const f = BLIND_SETS.flatMap((s) => s.pages).find((x) => x.file === 'blind19-qzrb-pad-pictures-between.html')!;
    const doc = fixtureDocument(f);
    const r = detect(f.url, doc)!;
    const root = r.body as Element;
    const heads = headlineElements(doc, root, [r.pretitle, r.title, r.subtitle]);
    expect(heads.map((h) => h.tagName)).toEqual(['FONT', 'FONT']);
    const boxes = headlineBoxes(heads, root);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.tagName).toBe('DIV');
    for (const h of heads) expect(boxes[0]!.contains(h)).toBe(true);
    expect(boxes[0]!.contains(root)).toBe(false);
  });
  it('keeps an inline title its own box when its block holds more than the title (a menu, the article)', () => {
    const doc = parseHtml('<!doctype html><html><body><div><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">社会</a> <a href="/c">文体</a><font>城厢支行开业</font></div><div><span>副题在此</span><div id="art"><p>正文。</p></div></div></body></html>', 'https://www.example.com/news/1.html');
    const root = doc.getElementById('art')!;
    const heads = headlineElements(doc, root, ['城厢支行开业', '副题在此']);
    expect(heads.map((h) => h.tagName)).toEqual(['FONT', 'SPAN']);
    expect(headlineBoxes(heads, root)).toEqual(heads);
  });
  it('leaves every title set in its own block as it was found, on every fixture and blind page', () => {
    let lifted = 0;
    for (const f of [...FIXTURES.filter((x) => !x.file.startsWith('heldout-')), ...BLIND_SETS.flatMap((s) => s.pages)]) {
      const doc = fixtureDocument(f);
      const r = detect(f.url, doc);
      if (!r?.body || r.body === doc.body) continue;
      const root = r.body as Element;
      const heads = headlineElements(doc, root, [r.pretitle, r.title, r.subtitle]);
      const boxes = headlineBoxes(heads, root);
      for (const b of boxes) expect(b.contains(root), f.file).toBe(false);
      if (heads.every((h) => !/^(FONT|SPAN|B|STRONG|EM|I|BIG|SMALL|U)$/u.test(h.tagName))) expect(boxes, f.file).toEqual(heads);
      else lifted++;
    }
    expect(lifted).toBeGreaterThan(0);
  }, WHOLE_CORPUS_MS);

  // 萧山日报 sets its 字号：大 中 小 bar between the subtitle and the article: under sepia and dark
  // it stayed a white strip with blue links between the themed headline and the themed article.
  it('themes a short bar between the headline and the article with the headline, and nothing longer', () => {
    const f = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;
    const doc = fixtureDocument(f);
    const r = detect(f.url, doc)!;
    const root = r.body as Element;
    const boxes = headlineBoxes(headlineElements(doc, root, [r.pretitle, r.title, r.subtitle]), root);
    const bars = headlineBars(boxes, root);
    expect(bars.map((b) => b.className)).toEqual(['toolbar']);
    const seen: string[] = [];
    for (const p of [...FIXTURES.filter((x) => !x.file.startsWith('heldout-')), ...BLIND_SETS.flatMap((s) => s.pages)]) {
      const d = fixtureDocument(p);
      const q = detect(p.url, d);
      if (!q?.body || q.body === d.body) continue;
      const rt = q.body as Element;
      const bs = headlineBoxes(headlineElements(d, rt, [q.pretitle, q.title, q.subtitle]), rt);
      for (const b of headlineBars(bs, rt)) {
        expect(b.contains(rt), p.file).toBe(false);
        expect((b.textContent ?? '').replace(/\s+/gu, '').length, p.file).toBeLessThanOrEqual(40);
        seen.push(`${p.file}: ${(b.textContent ?? '').replace(/\s+/gu, '')}`);
      }
    }
    console.log(seen.join('\n'));
    expect(headlineBars([], root)).toEqual([]);
  }, WHOLE_CORPUS_MS);
});

