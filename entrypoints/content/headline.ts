// The page's own headline, subtitle and pre-title above the repaired article: found by the
// texts recognition read for them, so the reading theme can set them in the article's colours
// while the repaired article is shown (marked with an attribute then, never in the original view).

/** Attribute on the page's headline elements while the repaired article is shown. */
export const HEADLINE_MARK = 'data-dubao-headline';

/** Node.DOCUMENT_POSITION_PRECEDING (the global Node is not there in every test environment). */
const PRECEDING = 2;

const squeeze = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '');

/**
 * The elements before `root` (outside it) whose whole text is one of `texts` (spaces ignored):
 * the innermost such element for each text, in document order.
 */
export function headlineElements(doc: Document, root: Element, texts: readonly (string | null)[]): Element[] {
  const wanted = new Set(texts.map(squeeze).filter((t) => t.length >= 2));
  if (wanted.size === 0 || !doc.body) return [];
  const found = new Map<string, Element>();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el === root || el.contains(root) || root.contains(el)) continue;
    if (!(root.compareDocumentPosition(el) & PRECEDING)) break;
    if (/^(SCRIPT|STYLE|TITLE|OPTION|SELECT|A)$/u.test(el.tagName)) continue;
    const t = squeeze(el.textContent);
    // Later matches in document order are inside earlier ones (or further down): keep the last, the innermost or nearest.
    if (wanted.has(t)) found.set(t, el);
  }
  return [...found.values()];
}

/** Marks `els` as the headline, and unmarks whatever else was marked (none: `els` empty). */
export function markHeadline(doc: Document, els: readonly Element[]): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HEADLINE_MARK}]`))) if (!els.includes(el)) el.removeAttribute(HEADLINE_MARK);
  for (const el of els) el.setAttribute(HEADLINE_MARK, '');
}
