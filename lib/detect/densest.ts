// The article body of a page without e-paper markers, for "Use Dubao on this page": the element
// whose paragraphs hold the most Chinese text, readability-style.
import { isBoilerplate } from '../extract/boilerplate';
import { hanCount } from './han';
import { inLinkList, linkLists } from './link-list';

/** Minimum Han characters for a body to count as an article. */
export const MIN_BODY_HAN = 30;
/**
 * Minimum paragraph text (as `densestBlock` weighs it) for the forced start to call a block an article: below it
 * the densest text is a sentence or two — a video's one-sentence summary, a gallery's captions, a not-found
 * message. A 简讯 of two short paragraphs holds more.
 */
export const MIN_FORCED_HAN = 50;

/** Elements that break text into blocks; a block holding none of them is one paragraph of text. */
const BLOCKS = 'p,div,section,article,li,ul,ol,table,tr,td,h1,h2,h3,h4,h5,h6,blockquote,dl,dd,dt,figure,header,footer,aside,nav,main,pre';
/** Containers that hold a paragraph's text directly when they hold no block of their own (WeChat's `<section>`, 百家号's `<div>`). */
const LEAF_CONTAINERS = new Set(['DIV', 'SECTION', 'LI', 'BLOCKQUOTE', 'TD', 'DD']);

/** Han characters of `el` outside its links (link text is navigation: 往期推荐, 相关阅读). */
function ownHan(el: Element): number {
  let n = hanCount(el.textContent ?? '');
  for (const a of Array.from(el.querySelectorAll('a'))) n -= hanCount(a.textContent ?? '');
  return n;
}

/**
 * The Han text of `el` when it is one paragraph: a `<p>`, or a container (`<section>`, `<div>`, …)
 * that holds text but no block of its own; 0 for anything else.
 */
function paragraphHan(el: Element): number {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'P' && (!LEAF_CONTAINERS.has(tag) || el.querySelector(BLOCKS))) return 0;
  return isMetaLine(el) ? 0 : ownHan(el);
}

/** Longest text of a page's meta or editor line. */
const MAX_META_LINE = 60;
/**
 * `2025-12-14 18:30　来源：江阴日报融媒体中心`, `发布时间：2025-11-27 17:05`: when (and where from) the page was published;
 * `2028年10月22日发布　1.2万次播放`, `2028-10-18 06:50　阅读 3.2万`: when, and how often it was played or read.
 */
const PUBLISHED =
  /^(?:发布时间|发布日期|时间|日期)?[：:]?\s*\d{4}\s*(?:-|年|\/|\.)\s*\d{1,2}\s*(?:-|月|\/|\.)\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:发布)?\s*(?:来源[：:].*|[\d.]+\s*万?\s*次?\s*(?:播放|阅读|浏览|观看)|(?:播放|阅读|浏览|观看)\s*[\d.]+\s*万?\s*次?)?$/u;

/**
 * A page's meta line (its publication time and source) or portal boilerplate (an editor line, `编辑：X　审核：Y`,
 * see `isBoilerplate`): no paragraph of an article, so it weighs nothing (a video page's summary is as light
 * with them as without).
 */
function isMetaLine(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  return text.length <= MAX_META_LINE && (PUBLISHED.test(text) || isBoilerplate(el));
}

/** Own paragraphs in full, a child's paragraphs at half (see `densestBlock`). */
function paragraphScore(el: Element): number {
  let own = 0;
  let half = 0;
  for (const child of Array.from(el.children)) {
    const p = paragraphHan(child);
    if (p > 0) own += p;
    else for (const g of Array.from(child.children)) half += paragraphHan(g);
  }
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) own += hanCount(n.nodeValue ?? '');
  }
  return own + half / 2;
}

/** Page chrome by its element: a footer, header, navigation or aside is never the article. */
const CHROME_TAGS = 'footer, header, nav, aside';
/** Page chrome by its class or id: `footer`, `hz_foot`, `copyright`, `cmt-list`, `comment-area`, `sidebar`, `crumbs` (no `reply`: a 留言板's reply is the thread's text). */
const CHROME_TOKEN = /^(?:foot|footer|copyright|comments?|cmt|sidebar|nav|navbar|breadcrumbs?|crumbs?|rank|ranking)$/iu;
/** A site's footer by its text: the ICP licence or the public security filing number. */
const FOOTER_TEXT = /ICP[备证]|公网安备/u;

/** Whether `el` is page chrome (a footer, a comment list, a sidebar …) or lies inside some: no candidate for the article. */
function isChrome(el: Element): boolean {
  if (el.closest(CHROME_TAGS)) return true;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tokens = `${e.getAttribute('class') ?? ''} ${e.id}`.split(/\s+/u).filter(Boolean);
    if (tokens.some((t) => t.split(/[-_]+/u).some((part) => CHROME_TOKEN.test(part)))) return true;
  }
  return false;
}

/** A password field: a block holding one is a login form (a wall in place of the article), never the article. */
const LOGIN_FIELD = 'input[type=password]';

/** Fewer paragraph characters than this beside an ICP or 公网安备 number: a footer, not an article about one. */
const MAX_FOOTER_HAN = 200;

/** A sibling holding this share of the best block's text is part of the article too. */
const SIBLING_SHARE = 0.4;

/** A child counted as one paragraph that holds this share of the best block's weight is the article's own text box. */
const LEAF_SHARE = 0.8;

/** Whether a leaf block holds several lines of its own: two `<br>`s or more, or three lines of text (pre-wrapped). */
function holdsLines(el: Element): boolean {
  if (el.querySelectorAll('br').length >= 2) return true;
  return (el.textContent ?? '').split('\n').filter((line) => hanCount(line) > 0).length >= 3;
}

/**
 * The child of `el` that `paragraphScore` weighs as one paragraph though it holds several lines (`<br>` lines, a
 * pre-wrapped text) and most of `el`'s weight, a block and no `<p>` (a `<p>` of lines is one paragraph: a letter, a
 * reply): the article's own text box, with the title `<div>`, the info line, an editor line or a comment box beside it
 * in `el` (杭州网's `div.news_txt`, a county portal's `div.art_con`, a government page's pre-wrapped reprint). Null if none.
 */
function ownTextBox(el: Element, score: number): Element | null {
  return Array.from(el.children).find((c) => c.tagName.toUpperCase() !== 'P' && paragraphHan(c) >= score * LEAF_SHARE && holdsLines(c)) ?? null;
}

/**
 * The element whose paragraphs hold the most Chinese text: the text of its own paragraphs
 * (`<p>`s, text-only `<section>`s and `<div>`s, bare text between `<br>`s) counts in full, the
 * paragraphs of its children's at half (a body whose every paragraph sits in a `<div>` of its
 * own, as 百家号 sets them); link text does not count. Where a sibling of that element holds
 * paragraphs of a like weight (a message and its reply in two boxes of one thread), their parent; else, where one box
 * of lines in it holds most of its text (`ownTextBox`), that box.
 * Page chrome is never chosen: a footer, header, navigation or aside, an element in one whose class or id
 * names it so (a comment list, a sidebar, a footer), a short block holding an ICP or 公网安备 number; nor is a
 * list of linked items (headlines each beside a summary, a snippet or a message) or anything inside one; nor a
 * block holding a password field (a login wall's form and its notice).
 * Null when no element holds `MIN_FORCED_HAN` characters so: a summary, captions or a message are no article.
 */
export function densestBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = MIN_BODY_HAN - 1;
  const lists = linkLists(doc);
  for (const el of Array.from(doc.querySelectorAll('article, main, div, section, td, span, font'))) {
    const score = paragraphScore(el);
    if (score <= bestScore || isChrome(el) || el.querySelector(LOGIN_FIELD) || (FOOTER_TEXT.test(el.textContent ?? '') && score < MAX_FOOTER_HAN) || inLinkList(el, lists)) continue;
    best = el;
    bestScore = score;
  }
  if (bestScore < MIN_FORCED_HAN) return null;
  const parent = best?.parentElement;
  if (!best) return null;
  if (parent && parent !== doc.body && parent !== doc.documentElement) {
    const floor = Math.max(MIN_BODY_HAN, bestScore * SIBLING_SHARE);
    if (Array.from(parent.children).some((c) => c !== best && paragraphScore(c) >= floor && !isChrome(c))) return parent;
  }
  return ownTextBox(best, bestScore) ?? best;
}
