// DOM and text evidence that a page comes from an e-paper system.
import { hanCount } from './han';

const FOUNDER_COMMENT = /<!--\s*(?:enpcontent|enpproperty|<npm:article-content>)|enpcontent|enpproperty|npm:article-content/u;

/** Founder (方正) markers in the DOM: strong enough, with a Founder URL, to recognise a paper. */
export function founderMarkers(doc: Document): string[] {
  const found: string[] = [];
  if (doc.querySelector('founder-content')) found.push('founder-content');
  if (doc.querySelector('#ozoom') && doc.querySelector('.BSHARE_TEXT')) found.push('ozoom+BSHARE_TEXT');
  if (doc.querySelector('.main-article-title, .main-ed-articlenav-list')) found.push('main-article');
  if (doc.querySelector('#titleList, #pageList, map[name=PagePicMap], map[name=pagepicmap]')) found.push('page-index');
  if (hasEditionLinks(doc)) found.push('edition-links');
  if (hasFounderComment(doc)) found.push('enp-comment');
  // Some county exports write the markers as elements (`<enpcontent>…</enpcontent>`, `<enpproperty>…</enpproperty>`).
  if (doc.querySelector('enpcontent, enpproperty')) found.push('enp-element');
  return found;
}

/** True when the document holds an `enpcontent` / `enpproperty` / `npm:article-content` comment. */
export function hasFounderComment(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (FOUNDER_COMMENT.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** `第03版：城事`, `第A05版`, `第 2 版`: an edition's page named as the Founder templates link it. */
const EDITION_PAGE = /^第\s*[0-9A-Za-z０-９]+\s*版/u;
/** `node_2.htm`, `node_A05.html`, `node_79494.htm?v=1`: a Founder layout page's file. */
const NODE_FILE = /(?:^|\/)node_\w+\.html?(?:[?#].*)?$/iu;
/** Fewest edition links for a page index: one is a 返回版面 link any article page may hold. */
const MIN_EDITION_LINKS = 3;

/**
 * Whether the page links three or more of an issue's pages as the Founder templates do, each link named `第N版…` and
 * pointing at a `node_N` layout file: the 版面导航 of a layout or of its frame page, whatever its markup's ids.
 */
export function hasEditionLinks(doc: Document): boolean {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (EDITION_PAGE.test((a.textContent ?? '').trim()) && NODE_FILE.test(a.getAttribute('href') ?? '') && ++n >= MIN_EDITION_LINKS) return true;
  }
  return false;
}

const isStart = (n: Node): boolean => n.nodeType === 8 && (n.nodeValue ?? '').trim() === 'enpcontent';
const isEnd = (n: Node): boolean => n.nodeType === 8 && (n.nodeValue ?? '').trim() === '/enpcontent';

/** Most Han characters an element may hold outside its enpcontent comments for it to be the body they mark. */
const MAX_OUTSIDE_HAN = 0;

/**
 * The element whose children are the `<!--enpcontent-->` … `<!--/enpcontent-->` pair with the article between them,
 * where the template gives the body no element Dubao knows (no `founder-content`, no `#ozoom`): the pair's parent,
 * when it holds at least `minHan` Han characters between them and none outside them (no title, no list beside the
 * body). Null without such a pair.
 */
export function enpcontentBody(doc: Document, minHan: number): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!isStart(n) || !parent) continue;
    let inside = 0;
    let end: Node | null = null;
    for (let s = n.nextSibling; s && !end; s = s.nextSibling) {
      if (isEnd(s)) end = s;
      else inside += hanCount(s.textContent ?? '');
    }
    if (end && inside >= minHan && hanCount(parent.textContent ?? '') - inside <= MAX_OUTSIDE_HAN) return parent;
  }
  return null;
}

/** Article metadata a Founder `enpproperty` comment carries. */
export interface FounderProperties {
  title: string | null;
  subtitle: string | null;
  pretitle: string | null;
  date: string | null;
}

const tag = (v: string, names: readonly string[]): string | null => {
  for (const n of names) {
    const m = new RegExp(`<${n}>([\\s\\S]*?)</${n}>`, 'u').exec(v);
    const t = m?.[1]?.replace(/<[^>]*>/gu, '').replace(/[\s\u3000]+/gu, ' ').trim();
    if (t) return t;
  }
  return null;
};

const propertiesOf = (v: string): FounderProperties => ({
  title: tag(v, ['founder-title', 'title']),
  subtitle: tag(v, ['founder-subtitle', 'subtitle']),
  pretitle: tag(v, ['founder-introtitle', 'introtitle']),
  date: tag(v, ['founder-date', 'date']),
});

/**
 * Title, subtitle, pretitle and date of an `enpproperty` comment, in either form:
 * `<founder-title>`/`<founder-date>` or plain `<title>`, `<subtitle>`, `<introtitle>`,
 * `<date>2023-02-11 00:00:00:0</date>` — or of an `<enpproperty>` element holding the same tags
 * (the markers written as elements). Nulls when there is neither.
 */
export function founderProperties(doc: Document): FounderProperties {
  const none = { title: null, subtitle: null, pretitle: null, date: null };
  const root = doc.documentElement;
  if (!root) return none;
  // The CMS writes the comment opening with its name (`<!--enpproperty <articleid>…`); a comment that only mentions the
  // word further in (a developer's or a saving tool's note, kept in a saved page) is read only when no comment opens with it.
  let mention: string | null = null;
  const walker = doc.createTreeWalker(root, 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (OPENS_PROPERTIES.test(v)) return propertiesOf(v);
    if (mention === null && v.includes('enpproperty')) mention = v;
  }
  if (mention !== null) return propertiesOf(mention);
  const el = doc.querySelector('enpproperty');
  return el ? propertiesOf(el.innerHTML) : none;
}

/** A comment that is the Founder property comment itself: it opens with the word. */
export const OPENS_PROPERTIES = /^\s*enpproperty\b/u;
