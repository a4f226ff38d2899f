// Recognising e-paper pages: which paper, article or layout, title, date and body element.
import { readsAsProse } from './prose';
import { namesOnly, paperName } from './paper-name';
import { dateFromText, dateFromUrl } from './date';
import { dateAboveBody, dateBelowBody, dateUnderTitle } from './page-dates';
import { findBody } from './find-body';
import { hanCount } from './han';
import { namedTitle, pictureTitle, shownTitle } from './shown-title';
import { founderMarkers, founderProperties } from './markers';
import { keepsFullWidthSpace } from './title-space';
import { GENERIC_FOUNDER, KNOWN_SITES } from './sites';
import type { PageKind, Recognition, SiteProfile } from './types';

export type { PageKind, Recognition, SiteProfile } from './types';
export { KNOWN_SITES, GENERIC_FOUNDER, knownHostMatches } from './sites';
export { dateFromUrl, dateFromText } from './date';

/** Options of `detect`. */
export interface DetectOptions {
  /**
   * The reader asked for Dubao on this page ("use Dubao on this page" / "always on this site"):
   * recognise an article from its content even without e-paper markers.
   */
  force?: boolean;
}

/** The profile whose hosts include this host name. */
export function siteForHost(host: string): SiteProfile | null {
  const h = host.toLowerCase().replace(/\.$/u, '');
  return KNOWN_SITES.find((s) => s.hosts.some((x) => (x.startsWith('.') ? h.endsWith(x) : h === x))) ?? null;
}

/** Article, layout or neither, from the URL alone. */
export function kindFromUrl(site: SiteProfile, url: URL): PageKind | null {
  const path = url.pathname + url.search;
  if (site.articlePath.some((re) => re.test(path))) return 'article';
  if (site.layoutPath.some((re) => re.test(path))) return 'layout';
  return null;
}

/**
 * Recognises an e-paper page. Precision first: a page is recognised only by a known host, or
 * by a Founder URL shape together with Founder markers in the DOM (or when `force` is set and
 * the page holds an article). Never throws; returns null for anything else.
 */
export function detect(url: string, doc: Document, options: DetectOptions = {}): Recognition | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/u.test(u.protocol) && !options.force) return null;
  const hostSite = siteForHost(u.hostname);
  // Founder markup in the DOM (a handful of queries), asked on up to two of the paths below: read once, when first asked.
  let markers: boolean | undefined;
  const founderMarked = (): boolean => (markers ??= founderMarkers(doc).length > 0);
  let site = hostSite;
  let kind = site ? kindFromUrl(site, u) : null;
  if (!site) {
    const generic = kindFromUrl(GENERIC_FOUNDER, u);
    if (generic && founderMarked()) {
      site = GENERIC_FOUNDER;
      kind = generic;
    } else if (options.force) {
      site = GENERIC_FOUNDER;
      kind = generic;
    } else return null;
  }
  // A page read by the forced start with no Founder markup: a class named like a Founder body there is a portal's own.
  const portal = options.force === true && site === GENERIC_FOUNDER && !founderMarked();
  let body = kind === 'layout' ? null : findBody(site, doc, options.force === true, u, portal);
  const props = founderProperties(doc);
  if (kind === null) {
    // A known host's page in another Founder family (html/, pc/, pad/, mobile/) than its profile knows, with Founder
    // markup: read as any Founder paper's page is (the family's template, not the profile's), whether or not the
    // page also names its title in the enpproperty comment.
    const generic = kindFromUrl(GENERIC_FOUNDER, u);
    if (generic && founderMarked()) {
      site = GENERIC_FOUNDER;
      kind = generic;
      body = kind === 'layout' ? null : findBody(site, doc, options.force === true, u);
    } else {
      // A known host (or a forced page) on a path we do not know: an article only if it looks like
      // one (a title, or Founder markup around the body), or when the reader asked for Dubao here.
      const looksLikeArticle = hasArticleTitle(site, doc) || props.title !== null || pick(doc, site.titleFallback) !== null || options.force === true;
      if (body && looksLikeArticle) kind = 'article';
      else return null;
    }
  }
  // An article holds prose: a puzzle's grid, a game's moves or a programme listing on a content page is none (./prose.ts).
  if (kind === 'article' && (!body || !readsAsProse(body))) return null;
  const article = kind === 'article';
  const titleEl = article ? titleElement(site, doc) : null;
  const title = article ? textOf(titleEl) ?? asPrinted(doc, props.title) ?? fallbackTitle(site, doc) ?? metaTitle(doc) ?? documentTitle(doc) ??
    (options.force && body ? shownTitle(doc, body) ?? ogTitle(doc) : body && founderMarked() ? namedTitle(doc, body) : null) ??
    (body ? pictureTitle(doc, body, (t) => SITE_NAME.test(t) || titleParts(doc).includes(t)) : null) ??
    (founderMarked() ? wholeDocumentTitle(doc) : null) : null;
  return {
    // A known host's page read by a Founder family's template is still its paper's page: the paper's id, so that its
    // highlights and words share one id with the paper's other pages.
    site: hostSite?.id ?? site.id,
    // A known host's page read as a Founder family's page: its paper's name when the page does not print one.
    siteName: site.hosts.length === 0 ? paperName(doc, hostSite?.name ?? site.name) : site.name,
    kind,
    title,
    pretitle: article ? textOf(pickElement(doc, [...(site.pretitle ?? []), ...PAD_HEADER.pretitle], (el) => !titleEl || isBefore(el, titleEl))) ?? props.pretitle : null,
    subtitle: article ? textOf(pickElement(doc, [...(site.subtitle ?? []), ...PAD_HEADER.subtitle], (el) => !titleEl || isBefore(titleEl, el))) ?? props.subtitle : null,
    date: dateFromUrl(url) ?? dateFromPage(site, doc) ?? (props.date ? dateFromText(props.date) : null) ??
      (options.force && title ? dateUnderTitle(doc, title) ?? (body ? dateAboveBody(doc, body) ?? dateBelowBody(doc, body) : null) : null),
    body: kind === 'article' ? body : null,
  };
}

/**
 * The enpproperty comment's title, its spaces read as ordinary ones (./markers.ts), with the full-width space back where
 * the page's own h1 prints the title so (a headline of two paired phrases, a letter-spaced head: ./title-space.ts).
 */
function asPrinted(doc: Document, title: string | null): string | null {
  if (title === null || !title.includes(' ')) return title;
  const wide = title.replace(/ /gu, '\u3000');
  return keepsFullWidthSpace(wide) && Array.from(doc.querySelectorAll('h1')).some((h) => (h.textContent ?? '').trim() === wide) ? wide : title;
}

// A letter-spaced notice head (`更　正`) or a headline of two paired phrases keeps its full-width space (./title-space.ts).
function clean(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  const t = trimmed.replace(/[\s\u3000\u00a0]+/gu, keepsFullWidthSpace(trimmed) ? '\u3000' : ' ');
  return t || null;
}

/** The text of the first element the selectors match, in their order, that has text. */
const pick = (doc: Document, selectors: readonly string[] | undefined): string | null => textOf(pickElement(doc, selectors ?? [], () => true));

/**
 * The first element the selectors match, in their order, that has text and passes `where`: every
 * match of a selector is tried, not only the first. Templates print the 引题 and the 副题 in the same
 * cell class on either side of the title (萧山日报's `td.font02`, the one above usually empty), so a
 * pretitle must stand before the title and a subtitle after it.
 */
function pickElement(doc: Document, selectors: readonly string[], where: (el: Element) => boolean): Element | null {
  for (const sel of selectors) {
    for (const el of Array.from(doc.querySelectorAll(sel))) if (clean(el.textContent) && where(el)) return el;
  }
  return null;
}

const textOf = (el: Element | null): string | null => (el ? clean(el.textContent) : null);

/** Whether `a` comes before `b` in the document and does not hold it (nor is held by it). */
const isBefore = (a: Element, b: Element): boolean => {
  const pos = a.compareDocumentPosition(b);
  return (pos & 4) !== 0 && (pos & (8 | 16)) === 0;
};

/** The header fonts of the Founder pad article template, on any paper. */
const PAD_HEADER = { title: ['font#main-title'], pretitle: ['font#intro-title'], subtitle: ['font#sub-title'], date: ['font#author'] };

function titleElement(site: SiteProfile, doc: Document): Element | null {
  const first = pickElement(doc, [...site.title, ...PAD_HEADER.title], () => true);
  // The classic table template prints the 引题 and the title in cells of one class family (td.font01 over td.font02, or
  // the other way round): where the profile's first title cell holds no <founder-title> and another of its title cells
  // does, that one holds the title and the first its 引题.
  if (first?.tagName !== 'TD' || first.querySelector('founder-title') !== null) return first;
  return pickElement(doc, site.title, (el) => el.tagName === 'TD' && clean(el.querySelector('founder-title')?.textContent) !== null) ?? first;
}

/** The article title government and portal CMSs (TRS, the 政府网站 metadata) declare: `<meta name="ArticleTitle">`. */
function metaTitle(doc: Document): string | null {
  return clean(doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content'));
}

/** Longest title read from the page's metadata. */
const MAX_META_TITLE = 80;

/**
 * The title a share page declares for link previews (`<meta property="og:title">`), for a forced page that
 * shows its title nowhere else (a client-rendered share page); a site's name after a separator is cut off.
 */
function ogTitle(doc: Document): string | null {
  const t = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (t === null) return null;
  const first = clean(t.split(/\s*(?:--|——|_|\||｜|\s-\s)\s*/u)[0]);
  return first !== null && hanCount(first) >= 4 && first.length <= MAX_META_TITLE ? first : null;
}

/** A site's name as a document title ends in it: `丽水日报`, `光明网`, `江山市人民政府`, `XX日报数字报`. */
const SITE_NAME = /^[\u4e00-\u9fff]{1,12}(?:报|网|报社|数字报|电子报|报刊|电子版|政府|门户网站|融媒体中心)$/u;

/** The document title's parts: `标题--今日临海`, `标题_光明网`, `标题 - 人民网`, `标题-丽水日报` (an unspaced hyphen only before a site's name). */
function titleParts(doc: Document): string[] {
  const raw = doc.title ?? '';
  let parts = raw.split(/\s*(?:--|——|_|\||｜|\s-\s)\s*/u);
  if (parts.length < 2) {
    const m = /^(.+?)\s*[-－]\s*([^-－]+)$/u.exec(raw.trim());
    if (m && SITE_NAME.test((m[2] as string).trim())) parts = [m[1] as string, m[2] as string];
  }
  return parts.map((p) => clean(p)).filter((p): p is string => p !== null);
}

/** The part of the document title before the site's name; null without one. */
function documentTitle(doc: Document): string | null {
  const parts = titleParts(doc);
  const first = parts[0];
  return parts.length >= 2 && first !== undefined && hanCount(first) >= 4 ? first : nameFirstTitle(doc);
}

/**
 * The part of the document title after the paper's name and an unspaced hyphen (`淮安日报-江苏今年计划完成水利投资680亿元`):
 * four Han characters or more, itself no site's name nor an edition's page (not `邵阳日报-第02版：要闻`).
 */
function nameFirstTitle(doc: Document): string | null {
  const m = /^([^-－]+?)\s*[-－]\s*(.+)$/u.exec((doc.title ?? '').trim());
  const name = clean(m?.[1]);
  const t = clean(m?.[2]);
  if (name === null || t === null || !(SITE_NAME.test(name) || NOT_ARTICLE_TITLE.test(name))) return null;
  return hanCount(t) >= 4 && t.length <= MAX_META_TITLE && !SITE_NAME.test(t) && !NOT_ARTICLE_TITLE.test(t) ? t : null;
}

/** A document title that names no article: a paper's or site's name, an edition's page (`第03版：城事`), an editor's default. */
const NOT_ARTICLE_TITLE = /^(?:[\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|商报|时报|都市报|新闻|周报|导报|快报)|无标题文档|未命名)$|第\s*[0-9A-Za-z０-９]+\s*版/u;

/**
 * The whole document title of a Founder article that shows its title nowhere else (no title cell, no `<founder-title>`, `<title>江西今年将新改建
 * 农村公路3000公里</title>`): four Han characters or more, not a site's name (nor names parted by a middle dot, `邢台日报·数字报`).
 */
function wholeDocumentTitle(doc: Document): string | null {
  const t = clean(doc.title);
  if (t === null || hanCount(t) < 4 || t.length > MAX_META_TITLE || SITE_NAME.test(t) || namesOnly(t, (p) => SITE_NAME.test(p)) || NOT_ARTICLE_TITLE.test(t)) return null;
  return titleParts(doc).length === 1 ? t : null;
}

/** The profile's fallback title (a bare `<h1>`), unless it only repeats the site's name the document title ends in (the paper's logo). */
function fallbackTitle(site: SiteProfile, doc: Document): string | null {
  const t = pick(doc, site.titleFallback);
  if (t === null) return null;
  const names = titleParts(doc).slice(1);
  return names.includes(t) ? null : t;
}

function hasArticleTitle(site: SiteProfile, doc: Document): boolean {
  return titleElement(site, doc) !== null;
}

function dateFromPage(site: SiteProfile, doc: Document): string | null {
  for (const sel of [...(site.date ?? []), ...PAD_HEADER.date]) {
    const t = doc.querySelector(sel)?.textContent;
    const d = t ? dateFromText(t) : null;
    if (d) return d;
  }
  return null;
}
