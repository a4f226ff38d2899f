// Keyboard focus through a redraw of the repaired article. A redraw (the reader's terms changed,
// a setting, pinyin coming or going, terms arriving late) replaces the blocks' elements, and the
// element a keyboard reader had focused — a glossary term reached with Tab — went with them: the
// focus fell to the page's start, and the next Tab began again at the site's first link.
import { offsetInRepaired } from './marks';

/** Elements of the repaired article that take keyboard focus (glossary terms and the reader's own). */
const FOCUSABLE = '[tabindex]';

/**
 * Notes where the keyboard focus is in the article under `root` now; the function returned puts
 * it back on the element drawn at the same place after a redraw (a script's focus(), which opens
 * no card), or does nothing when the focus was elsewhere or its element is still there.
 */
export function keepFocus(doc: Document, root: Element, blockAt: (i: number) => Element | undefined): () => void {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active) || !active.matches(FOCUSABLE)) return () => {};
  const at = offsetInRepaired(active, 0);
  if (!at) return () => {};
  return () => {
    if (active.isConnected && doc.activeElement === active) return;
    const block = blockAt(at.block);
    const now = Array.from(block?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).find((el) => {
      const from = offsetInRepaired(el, 0);
      const to = offsetInRepaired(el, el.childNodes.length);
      return !!from && !!to && from.offset <= at.offset && at.offset < to.offset;
    });
    // Only if nothing else took the focus meanwhile (the page's start, where a lost focus falls).
    if (now && (doc.activeElement === null || doc.activeElement === doc.body)) now.focus({ preventScroll: true });
  };
}
