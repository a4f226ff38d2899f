// Lists of linked items (a channel's, a 专题's, search results, a 留言板's, a 往期导读 box): each item a
// linked headline in a block of its own and a summary, a snippet or a message beside it. Such a list is
// no article, however much text its summaries hold, and nothing inside it is one either.
import { hanCount } from './han';

/** Fewest items for a list: two linked summaries can be an article's 相关阅读 pair; three are a list. */
const MIN_ITEMS = 3;
/** Han characters of a linked headline at least: a 更多 or 详情 link is none, nor a forum user's or a commenter's name. */
const MIN_TITLE_HAN = 8;
/** Han characters outside links an item holds at least: its summary, snippet or message. */
const MIN_SUMMARY_HAN = 20;
/** Elements a linked headline sits in when it is a block of its own. */
const TITLE_BLOCKS = new Set(['DIV', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'LI', 'TD', 'SECTION']);

const linkHan = (el: Element): number => Array.from(el.querySelectorAll('a')).reduce((n, a) => n + hanCount(a.textContent ?? ''), 0);

/** Whether `el`'s text is all link text: a headline that links its article. */
function allLinked(el: Element): boolean {
  const han = hanCount(el.textContent ?? '');
  return han >= MIN_TITLE_HAN && (el.tagName.toUpperCase() === 'A' ? true : linkHan(el) === han);
}

/** A bare text node beside `a` in its parent: the link runs inside a sentence, it is no headline of its own. */
function inRunningText(a: Element): boolean {
  return Array.from(a.parentElement?.childNodes ?? []).some((n) => n.nodeType === 3 && hanCount(n.nodeValue ?? '') > 0);
}

/**
 * Whether `item` is a list item: it holds a linked headline set as a block of its own (a `<div>`, `<h3>`, `<p>`
 * holding only its link, or a link beside blocks, not inside running text) and at least `MIN_SUMMARY_HAN` Han
 * characters outside links.
 */
export function isLinkedItem(item: Element): boolean {
  const total = hanCount(item.textContent ?? '');
  if (total - linkHan(item) < MIN_SUMMARY_HAN) return false;
  for (const d of Array.from(item.querySelectorAll('*'))) {
    const tag = d.tagName.toUpperCase();
    if (tag === 'A' ? allLinked(d) && d.parentElement === item && !inRunningText(d) : TITLE_BLOCKS.has(tag) && allLinked(d)) return true;
  }
  return false;
}

/**
 * Whether `el` is a list of linked items: at least `MIN_ITEMS` of its children are (see `isLinkedItem`), and they
 * are at least half of its children that hold any Han text (a heading, a count or a page bar may stand beside them).
 */
export function isLinkList(el: Element): boolean {
  const texty = Array.from(el.children).filter((c) => hanCount(c.textContent ?? '') > 0);
  if (texty.length < MIN_ITEMS) return false;
  const items = texty.filter(isLinkedItem).length;
  return items >= MIN_ITEMS && items * 2 >= texty.length;
}

/** The lists of linked items in `doc` (see `isLinkList`). */
export function linkLists(doc: Document): Set<Element> {
  return new Set(Array.from(doc.querySelectorAll('body *')).filter(isLinkList));
}

/** Whether `el` is one of `lists` or lies inside one. */
export function inLinkList(el: Element, lists: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (lists.has(e)) return true;
  return false;
}
