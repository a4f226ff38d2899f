// Word look-up: the character under the pointer (standard caretPositionFromPoint first) and the
// dictionary card for the word there.
import type { Feature, PageContext } from './context';
import type { GesturePoint } from './gesture';
import type { CardOpening } from './words';

/**
 * The text position under a viewport point: the standard `caretPositionFromPoint` (Firefox,
 * Chromium 128+) first, `caretRangeFromPoint` where that is missing. Over the right half of a
 * character a caret comes after it; the position returned is that of the character under the point.
 */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null; caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  let caret: { node: Node; offset: number } | null = null;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    caret = p ? { node: p.offsetNode, offset: p.offset } : null;
  } else {
    const r = d.caretRangeFromPoint?.(x, y);
    caret = r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  if (caret && caret.node.nodeType === 3 && caret.offset > 0) {
    const r = doc.createRange();
    r.setStart(caret.node, caret.offset - 1);
    r.setEnd(caret.node, caret.offset);
    const box = r.getBoundingClientRect?.();
    if (box && box.width > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) caret.offset -= 1;
  }
  return caret;
}

/** Finds the word under the pointer and shows its dictionary card. */
export class WordLookup implements Feature {
  private ctx!: PageContext;

  /** Nothing to listen to: gestures come from the classifier. */
  start(ctx: PageContext): void {
    this.ctx = ctx;
  }

  /** Closes the card if it shows a look-up. */
  stop(): void {
    const card = this.ctx.card();
    if (card?.isOpen() && !(card.anchorElement() instanceof Element)) card.close(false);
  }

  /** Block index and UTF-16 offset in the displayed text under a pointer position, or null off the article's text. */
  charAt(at: GesturePoint): { block: number; offset: number } | null {
    const ruby = at.target?.closest?.('ruby');
    const caret = ruby?.firstChild ? { node: ruby.firstChild, offset: 0 } : caretAt(this.ctx.doc, at.clientX, at.clientY);
    const node = caret?.node ?? null;
    let offset = caret?.offset ?? 0;
    if (!node || node.nodeType !== 3) return null;
    const blockEl = node.parentElement?.closest('[data-dubao-block]');
    if (!blockEl || !this.ctx.state.root.contains(blockEl)) return null;
    // Offset of this text node within the block's displayed text (ruby readings excluded).
    let before = 0;
    const walker = this.ctx.doc.createTreeWalker(blockEl, 4);
    for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) {
      if (!n.parentElement?.closest('rt')) before += (n as Text).data.length;
    }
    if (offset >= (node as Text).data.length) offset = Math.max(0, (node as Text).data.length - 1);
    return { block: Number((blockEl as HTMLElement).dataset.dubaoBlock), offset: before + offset };
  }

  /** Opens the dictionary card for the word under a pointer position (Han characters only); `opened` tells auto-save how. */
  async openWord(at: GesturePoint, opened: CardOpening): Promise<void> {
    const { deps, state } = this.ctx;
    const card = this.ctx.card();
    if (!card || !deps.dictLookup || !state.repaired()) return;
    const hit = this.charAt(at);
    if (!hit) return;
    const text = state.model()?.text(hit.block) ?? '';
    if (!/\p{Script=Han}/u.test(text[hit.offset] ?? '')) return;
    const from = Math.max(0, hit.offset - 100);
    // No answer (the extension was reloaded under the page, which the page's notice says): no card,
    // rather than one saying the dictionary has no such word.
    const matches = await deps.dictLookup(text.slice(from, hit.offset + 100), hit.offset - from).catch(() => null);
    if (!matches) return;
    const range = this.rangeAt(at);
    if (!range || !state.blockEls[hit.block]) return;
    card.showDictionary(range, matches);
    const top = matches[0];
    const start = top ? text.lastIndexOf(top.word, hit.offset) : -1;
    if (top?.entries[0] && start >= 0 && start + top.word.length > hit.offset) {
      this.ctx.words()?.cardOpened(card.root(), { block: hit.block, start, end: start + top.word.length, reading: top.entries[0].pinyin, meanings: [...top.entries[0].definitions], entries: top.entries, source: 'dict', opened });
    }
  }

  /** A range over the character under a pointer position, or null off text. */
  private rangeAt(at: GesturePoint): Range | null {
    const caret = caretAt(this.ctx.doc, at.clientX, at.clientY);
    if (!caret || caret.node.nodeType !== 3) return null;
    const t = caret.node as Text;
    const range = this.ctx.doc.createRange();
    range.setStart(t, Math.min(caret.offset, Math.max(0, t.data.length - 1)));
    range.setEnd(t, Math.min(t.data.length, caret.offset + 1));
    return range;
  }
}
