// The reader's copy and selection in the repaired article: characters only, never the pinyin.
import { CLS } from './render';

/** The text of `range` (in the repaired view) as copied: characters only, no pinyin or repair marks; one line per block. */
export function copiedText(range: Range): string {
  const frag = range.cloneContents();
  frag.querySelectorAll(`rt, rp, .${CLS.join}`).forEach((n) => n.remove());
  const blocks = Array.from(frag.querySelectorAll('[data-dubao-block]'));
  return blocks.length > 1 ? blocks.map((b) => b.textContent ?? '').join('\n') : frag.textContent ?? '';
}

/**
 * The reader's copy and selection in the repaired article (while `repaired()`): a copy gives the
 * characters without their readings (`copiedText`), and a selection the reader starts in the
 * article does not reach the page's own handlers above it — a page that forbids selecting
 * (onselectstart="return false" on its body) would keep the reader from highlighting.
 */
export function listenCopyAndSelect(doc: Document, root: Element, repaired: () => boolean, signal: AbortSignal): void {
  root.addEventListener('copy', ((e: ClipboardEvent) => {
    if (!e.isTrusted || !repaired()) return;
    const sel = doc.getSelection?.();
    if (!sel || sel.isCollapsed || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', copiedText(sel.getRangeAt(0)));
    e.preventDefault();
  }) as EventListener, { signal });
  root.addEventListener('selectstart', (e) => {
    const t = e.target as Node | null;
    const el = t?.nodeType === 1 ? (t as Element) : t?.parentElement;
    if (e.isTrusted && repaired() && el?.closest('.dubao-article')) e.stopPropagation();
  }, { signal });
}
