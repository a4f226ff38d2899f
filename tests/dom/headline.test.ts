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
  // The three tests that read every fixture and blind page (some 1,950 pages, more with each blind set) read
  // each page once, in one pass shared by the three (`corpus()`: parsing and recognising the pages is
  // nearly all their time — 36–82 s each on the shared CI machine when each read them afresh). The pass
  // keeps no documents: per page it keeps what each test asserts on, worked out there and then.
  const WHOLE_CORPUS_MS = 240_000;
  interface CorpusPage {
    file: string;
    /** Not one of the held-out fixtures (the box and bar checks read the tuned and blind pages only). */
    tuned: boolean;
    /** The one walk's headline elements against the plain reading's, as paths from <body>. */
    got: string[];
    want: string[];
    /** The headline elements' tags, their boxes (paths), and whether any box or bar holds the article. */
    headTags: string[];
    heads: string[];
    boxes: string[];
    boxHoldsArticle: boolean;
    bars: { text: string; holdsArticle: boolean }[];
  }
  /** The element's path from <body>: its index among its parent's children at each level. */
  const path = (el: Element): string => {
    const at: number[] = [];
    for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) at.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
    return at.join('.');
  };
  let read: CorpusPage[] | null = null;
  const corpus = (): CorpusPage[] => {
    if (read) return read;
    read = [];
    for (const f of [...FIXTURES, ...BLIND_SETS.flatMap((s) => s.pages)]) {
      const doc = fixtureDocument(f);
      const r = detect(f.url, doc);
      if (!r?.body || r.body === doc.body) continue;
      const texts = [r.pretitle, r.title, r.subtitle];
      const root = r.body as Element;
      const got = headlineElements(doc, root, texts);
      const boxes = headlineBoxes(got, root);
      read.push({
        file: f.file,
        tuned: !f.file.startsWith('heldout-'),
        got: got.map(path).sort(),
        want: plain(doc, root, texts).map(path).sort(),
        headTags: got.map((h) => h.tagName),
        heads: got.map(path),
        boxes: boxes.map(path),
        boxHoldsArticle: boxes.some((b) => b.contains(root)),
        bars: headlineBars(boxes, root).map((b) => ({ text: (b.textContent ?? '').replace(/\s+/gu, ''), holdsArticle: b.contains(root) })),
      });
    }
    return read;
  };
  it('finds what reading every element before the article finds, on every fixture and blind page', () => {
    let withHeadline = 0;
    for (const p of corpus()) {
      expect(p.got, p.file).toEqual(p.want);
      if (p.got.length) withHeadline++;
    }
    expect(corpus().length).toBeGreaterThan(150);
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
    for (const p of corpus().filter((x) => x.tuned)) {
      expect(p.boxHoldsArticle, p.file).toBe(false);
      if (p.headTags.every((t) => !/^(FONT|SPAN|B|STRONG|EM|I|BIG|SMALL|U)$/u.test(t))) expect(p.boxes, p.file).toEqual(p.heads);
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
    for (const p of corpus().filter((x) => x.tuned)) {
      for (const b of p.bars) {
        expect(b.holdsArticle, p.file).toBe(false);
        expect(b.text.length, p.file).toBeLessThanOrEqual(40);
        seen.push(`${p.file}: ${b.text}`);
      }
    }
    console.log(seen.join('\n'));
    expect(headlineBars([], root)).toEqual([]);
  }, WHOLE_CORPUS_MS);
});

