// The title of a forced news page that names it in no title element, meta or site-suffixed
// document title: client-rendered share pages (潮新闻, 百家号, 学习强国) print it in a plain <div>.
import { hanCount } from './han';

const clean = (t: string | null | undefined): string => (t ?? '').replace(/[\s\u3000\u00a0]+/gu, ' ').trim();

/** Longest title read from the page's elements. */
const MAX_TITLE = 80;
/**
 * A class or id naming an element the title: `news-title`, `render-detail-title`, `title`, the word run on (`newstitle`,
 * `newsTitle`), shortened (`art-tit`) or in pinyin initials (`bt`, 标题) — not `subtitle`, `title-bar`, `newsyt` (引题) …
 */
const TITLE_TOKEN = /^(?:[a-z0-9]+[-_])*(?:[a-z0-9]*title|tit|bt)$/iu;
// (`sub`, `pre` and `intro` run on before `title` name another title however the token begins: `newssubtitle`, `artpretitle`.)
const NOT_TITLE = /(?:^|[-_])(?:sub|pre|intro|rec|recommend|related|list|col|nav|site|page|logo|doc)(?:[-_]|title$)|(?:sub|pre|intro)title$/iu;
/** Elements that would make a title element a block of blocks (a header holding title, source and date). */
const BLOCKS = 'p,div,section,article,ul,ol,table,h1,h2,h3,h4,h5,h6';

/** The document title is `t`, a separator and more (`讣告-嘉善新闻`, `公告_XX网`). */
const opensDocumentTitle = (t: string, docTitle: string): boolean => docTitle.startsWith(t) && /^\s*(?:--|——|[-－_|｜])\s*\S/u.test(docTitle.slice(t.length));

/**
 * The title printed above the article body, for a page the reader asked Dubao to read: the whole
 * document title where an element before the body shows exactly that text (the headline of a
 * share page whose document title carries no site name), else the text of the first element
 * before the body whose class or id names it the title (`div.render-detail-title`) and that holds
 * no block of its own. Null without either.
 */
export function shownTitle(doc: Document, body: Element): string | null {
  const docTitle = clean(doc.title);
  const candidates = before(doc, body);
  if (hanCount(docTitle) >= 4 && docTitle.length <= MAX_TITLE) {
    if (candidates.some((el) => el.children.length <= 3 && clean(el.textContent) === docTitle)) return docTitle;
  }
  return namedTitle(doc, body, candidates);
}

/** The elements before the body, in document order (from the element list: some DOMs answer compareDocumentPosition wrongly). */
function before(doc: Document, body: Element): Element[] {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const at = all.indexOf(body);
  return (at < 0 ? [] : all.slice(0, at)).filter((el) => !el.contains(body));
}

/**
 * The text of the first element before the body whose class or id names it the title and that holds no block of its own
 * (or one heading and nothing beside it, `div.con-title > h2`); null without one. A Founder article on a host no profile
 * knows, whose template titles it in a cell or block of its own (`td.bt`, `div.newstitle`, `h3.art-tit`) and names it
 * nowhere else, is titled so (./index.ts).
 */
export function namedTitle(doc: Document, body: Element, candidates: Element[] = before(doc, body)): string | null {
  const docTitle = clean(doc.title);
  for (const el of candidates) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/u).filter(Boolean);
    const shown = el.querySelector(BLOCKS) ? soleHeading(el) : el;
    if (!tokens.some((t) => TITLE_TOKEN.test(t) && !NOT_TITLE.test(t)) || !shown) continue;
    const t = clean(shown.textContent);
    if (hanCount(t) >= 4 && t.length <= MAX_TITLE) return t;
    // A short title (`讣告`, `公告`, `声明`) counts where the document title opens with it before a separator.
    if (hanCount(t) >= 2 && opensDocumentTitle(t, docTitle)) return t;
  }
  return null;
}

/** The one heading element a block holds and nothing else beside it (`<div class="con-title"><h2>…</h2></div>`), or null. */
function soleHeading(el: Element): Element | null {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  if (!only || !/^H[1-6]$/iu.test(only.tagName) || only.querySelector(BLOCKS)) return null;
  return clean(only.textContent) === clean(el.textContent) ? only : null;
}

/** A link, or a block that holds the picture with text of its own (a figure and its caption). */
const PICTURE_BLOCK = 'p,div,td,th,li,dd,h1,h2,h3,h4,h5,h6,figure,center';

/**
 * The title of a page that prints it as a picture (a Founder template setting the headline as an image
 * in its title cell, `<td class="title"><img alt="新昌高山茶园开启冬季管护"></td>`): the alt text of the
 * last picture before the body that stands alone in its block, outside any link, and says four Han
 * characters or more that are no site's name (a logo's `alt="慈溪日报"`). Null without one.
 */
export function pictureTitle(doc: Document, body: Element, isSiteName: (t: string) => boolean): string | null {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const at = all.indexOf(body);
  const images = (at < 0 ? [] : all.slice(0, at)).filter((el) => el.tagName.toUpperCase() === 'IMG');
  for (const img of images.reverse()) {
    const t = clean(img.getAttribute('alt'));
    if (hanCount(t) < 4 || t.length > MAX_TITLE || isSiteName(t) || img.closest('a')) continue;
    const block = img.parentElement?.closest(PICTURE_BLOCK);
    if (block && clean(block.textContent) === '' && !block.contains(body)) return t;
  }
  return null;
}
