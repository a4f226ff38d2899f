// The page's own headline, subtitle and pre-title above the repaired article: found by the
// texts recognition read for them, so the reading theme can set them in the article's colours
// while the repaired article is shown (marked with an attribute then, never in the original view).

/** Attribute on the page's headline elements while the repaired article is shown. */
export const HEADLINE_MARK = 'data-dubao-headline';

const squeeze = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '');

/** Elements never taken for a headline (their text still counts in their parents'). */
const NOT_HEADLINE = /^(SCRIPT|STYLE|TITLE|OPTION|SELECT|A)$/u;
/** Deeper than this below the article's ancestors, an element's text is not read (a page's odd markup must not exhaust the stack). */
const MAX_DEPTH = 400;

/**
 * The elements before `root` (outside it) whose whole text is one of `texts` (spaces ignored):
 * the innermost such element for each text, in document order.
 *
 * One walk over the nodes before the article, each element's text built from its children's and
 * given up once it is longer than the longest text wanted: time linear in the page's size, where
 * reading every element's `textContent` grew with the page's size times its depth.
 */
export function headlineElements(doc: Document, root: Element, texts: readonly (string | null)[]): Element[] {
  const wanted = new Set(texts.map(squeeze).filter((t) => t.length >= 2));
  if (wanted.size === 0 || !doc.body || !doc.body.contains(root) || root === doc.body) return [];
  const longest = Math.max(...[...wanted].map((t) => t.length));
  // For each text, the element that comes last in document order (the innermost or nearest).
  const found = new Map<string, { el: Element; order: number }>();
  let order = 0;
  /** The squeezed text of `node`, or null once it is longer than any wanted text; notes matches. */
  const textOf = (node: Node, depth: number): string | null => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const t = squeeze(node.nodeValue);
      return t.length > longest ? null : t;
    }
    if (node.nodeType !== 1) return '';
    if (depth > MAX_DEPTH) return null;
    const el = node as Element;
    const mine = order++;
    let text = '';
    let tooLong = false;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const t = textOf(c, depth + 1);
      if (t === null || text.length + t.length > longest) tooLong = true;
      else if (!tooLong) text += t;
    }
    if (tooLong) return null;
    if (!NOT_HEADLINE.test(el.tagName) && wanted.has(text)) {
      const before = found.get(text);
      if (!before || before.order < mine) found.set(text, { el, order: mine });
    }
    return text;
  };
  // Down the article's ancestors: the elements before each one on the way are read whole.
  for (let parent: Element = doc.body; parent !== root; ) {
    let next: Element | null = null;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === root || c.contains(root)) {
        next = c;
        break;
      }
      textOf(c, 0);
    }
    if (!next) break;
    parent = next;
  }
  return [...found.values()].sort((a, b) => a.order - b.order).map((f) => f.el);
}

/** Marks `els` as the headline, and unmarks whatever else was marked (none: `els` empty). */
export function markHeadline(doc: Document, els: readonly Element[]): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HEADLINE_MARK}]`))) if (!els.includes(el)) el.removeAttribute(HEADLINE_MARK);
  for (const el of els) el.setAttribute(HEADLINE_MARK, '');
}

/** Inline elements a print title may be set in (a pad template's <font id="main-title"> between <br>s). */
const INLINE = /^(FONT|SPAN|B|STRONG|EM|I|BIG|SMALL|U)$/u;
/** Characters besides the headline's own that a title block may hold and still be themed whole (a date line, 2025-12-04). */
const HEAD_SLACK = 12;

/**
 * The elements the reading theme draws the headline in. The theme's rounded box drawn on inline
 * elements broke into one piece behind each title line, each only as wide as its text; a title
 * set inline is given its nearest block instead, when that block stands before the article and
 * holds the headline's texts and little else (a date, no link). Other titles are their own box.
 */
export function headlineBoxes(els: readonly Element[], root: Element): Element[] {
  const own = els.reduce((n, e) => n + squeeze(e.textContent).length, 0);
  const boxes: Element[] = [];
  for (const el of els) {
    let box = el;
    if (INLINE.test(el.tagName)) {
      let up = el.parentElement;
      while (up && INLINE.test(up.tagName)) up = up.parentElement;
      const body = el.ownerDocument.body;
      if (up && up !== body && !up.contains(root) && !up.querySelector('a') && squeeze(up.textContent).length <= own + HEAD_SLACK) box = up;
    }
    if (!boxes.includes(box)) boxes.push(box);
  }
  // A title inside a block already themed whole is drawn by that block.
  return boxes.filter((b) => !boxes.some((o) => o !== b && o.contains(b)));
}

/** Text a bar between the headline and the article may hold (字号：大 中 小, a date and source line). */
const MAX_BAR = 40;

/**
 * Short bars the page sets between its headline and the article (a 字号：大 中 小 size bar, a
 * date line): under a reading theme they were left in the page's colours, a white strip between
 * the themed headline and the themed article. Children of the nearest element holding both,
 * after the headline's and before the article's, with text (no more than `MAX_BAR` characters),
 * no picture and nothing of the article; none when no headline was found.
 */
export function headlineBars(boxes: readonly Element[], root: Element): Element[] {
  const last = boxes.at(-1);
  if (!last) return [];
  let common = root.parentElement;
  while (common && !common.contains(last)) common = common.parentElement;
  if (!common || common === last) return [];
  const kids = Array.from(common.children);
  const from = kids.findIndex((k) => k.contains(last));
  const to = kids.findIndex((k) => k.contains(root));
  if (from < 0 || to <= from) return [];
  return kids.slice(from + 1, to).filter((k) => {
    const n = squeeze(k.textContent).length;
    return n > 0 && n <= MAX_BAR && !NOT_HEADLINE.test(k.tagName) && !k.querySelector('img, picture, video, iframe, svg, canvas') && !k.contains(root);
  });
}
