// The selection toolbar feature: shown when the reader has selected text in the article
// (the gesture classifier says when), its buttons wired to highlights, notes, a citation, the
// dictionary and the reader's own glossary.
import { describe as describeSelection } from '../../lib/anchor';
import { citation } from '../../lib/highlights/export';
import type { HighlightRecord } from '../../lib/highlights/types';
import { toRepaired } from './offsets';
import { SelectionToolbar } from './toolbar';
import type { Feature, PageContext } from './context';

/** Brings up the toolbar for a selection and closes it on a press elsewhere. */
export class SelectionFeature implements Feature {
  private ctx!: PageContext;
  private toolbar: SelectionToolbar | null = null;
  /** The quote of the selection the toolbar was opened for (a form in it takes the focus). */
  private opened: HighlightRecord['quote'] | null = null;
  private listening: AbortController | null = null;

  /** Closes the toolbar when the reader presses outside it. */
  start(ctx: PageContext): void {
    this.ctx = ctx;
    this.listening = new AbortController();
    ctx.doc.addEventListener('pointerdown', (e) => {
      if (e.isTrusted && this.toolbar?.isOpen() && !this.toolbar.contains(e)) this.toolbar.close();
    }, { capture: true, signal: this.listening.signal });
    // The toolbar sits at the end of the page: Tab after a selection goes to it, not on through
    // the article's terms, so a reader on the keyboard can highlight too.
    ctx.doc.addEventListener('keydown', (e) => {
      if (!e.isTrusted || e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (!this.toolbar?.isOpen() || this.toolbar.contains(e)) return;
      if (this.toolbar.focusFirst()) {
        e.preventDefault();
        e.stopPropagation();
      }
    }, { capture: true, signal: this.listening.signal });
  }

  /** Closes the toolbar and stops listening. */
  stop(): void {
    this.listening?.abort();
    this.toolbar?.close();
  }

  /** True when an event happened in the toolbar. */
  contains(e: Event): boolean {
    return !!this.toolbar?.contains(e);
  }

  /** Shows the toolbar next to the current selection in the article (nothing when there is none). */
  show(): void {
    const { doc, deps } = this.ctx;
    if (!deps.toolbarLabels) return;
    const shown = this.ctx.features.view.selectionRange();
    const sel = doc.getSelection();
    if (!shown || !sel?.rangeCount) return;
    const rects = Array.from(sel.getRangeAt(0).getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return;
    this.opened = this.quote();
    this.toolbar ??= this.create();
    // On a saved highlight, the toolbar acts on it (its note, colour, removal).
    const on = this.ctx.features.highlights.overlapping(toRepaired(this.ctx.state, shown));
    this.toolbar.show(rects, lineHeightAt(sel.getRangeAt(0).startContainer), on ? { id: on.id, color: on.color, note: on.note } : null);
  }

  /** Selects `range` (a saved highlight) and shows the toolbar on it; `focus`: the keyboard goes to the toolbar. */
  openOn(range: Range, focus: boolean): void {
    const sel = this.ctx.doc.getSelection();
    if (!sel) return;
    sel.removeAllRanges();
    sel.addRange(range);
    this.show();
    if (focus) this.toolbar?.focusFirst();
  }

  /** The quote of the current selection (in the repaired original text). */
  private quote(): HighlightRecord['quote'] | null {
    const { state, features } = this.ctx;
    const shown = features.view.selectionRange();
    if (!shown) return null;
    return describeSelection(state.article().blocks.map((b) => b.text), toRepaired(state, shown)).quote;
  }

  private create(): SelectionToolbar {
    const { doc, deps, features, recognition: r } = this.ctx;
    return new SelectionToolbar(doc, deps.toolbarLabels!, {
      highlight: (color) => features.highlights.saveSelection(color),
      saveNote: (id, note) => features.highlights.saveNote(id, note),
      recolor: (id, color) => features.highlights.recolor(id, color),
      removeHighlight: (id) => features.highlights.remove(id),
      copyCitation: async () => {
        const quote = this.quote() ?? this.opened;
        if (!quote) return;
        await deps.copyText?.(citation({ quote, paper: r.siteName, date: r.date, title: r.title, url: this.ctx.url() }));
      },
      lookUp: () => {
        const s = doc.getSelection();
        const box = s && s.rangeCount ? s.getRangeAt(0).getClientRects()[0] : null;
        if (box) void features.lookup.openWord({ clientX: box.left + 2, clientY: box.top + box.height / 2, target: null }, 'deliberate');
      },
      addTerm: async (explanation) => {
        if (this.opened) await features.terms.addOwnTerm(this.opened.exact, explanation);
      },
      saveWord: async () => {
        const words = this.ctx.words();
        const range = features.view.selectionRange();
        if (words && range) await words.saveRange(range);
      },
    });
  }
}

/** The line height (px) of the text around a node, or 0 when it cannot be read. */
function lineHeightAt(node: Node): number {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const block = el?.closest('[data-dubao-block]') ?? el;
  if (!block) return 0;
  const style = block.ownerDocument.defaultView?.getComputedStyle(block);
  const px = Number.parseFloat(style?.lineHeight ?? '');
  // "normal": about 1.2 times the font size.
  return Number.isFinite(px) ? px : (Number.parseFloat(style?.fontSize ?? '') || 0) * 1.2;
}
