// The reader's highlights on the page: anchored in the repaired text, drawn in whichever view
// is shown, saved from a selection, and `#dubao-hl=<id>` scrolled to and flashed.
import { anchorAll, describe as describeSelection, type BlockRange } from '../../lib/anchor';
import type { HighlightColor, HighlightRecord } from '../../lib/highlights/types';
import { drawHighlights, originalRange, paintedParts, repairedRange } from './marks';
import { clearNoteMarks, listenNoteMarks, penToRefocus, placeNoteMark, refocusPen } from './note-marks';
import { toDisplayed, toRepaired } from './offsets';
import type { Feature, PageContext } from './context';

/** A new record id. */
function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `h${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** How long a highlight opened from the panel flashes (ms). */
const FLASH_MS = 1600;

/** Anchors, draws and saves highlights. */
export class Highlights implements Feature {
  private ctx!: PageContext;
  private records: HighlightRecord[] = [];
  /** Where each anchored highlight is, in offsets of the repaired text. */
  private placed = new Map<string, BlockRange>();
  private orphans: string[] = [];
  private listening: AbortController | null = null;

  /** Loads this article's highlights and follows `#dubao-hl=` links. */
  start(ctx: PageContext): void {
    this.ctx = ctx;
    this.listening = new AbortController();
    ctx.doc.defaultView?.addEventListener('hashchange', (e) => e.isTrusted && this.scrollToHash(), { signal: this.listening.signal });
    ctx.state.onForget.push(() => this.anchor());
    listenNoteMarks(ctx.doc, this.listening.signal, (id, byKey) => this.openNote(id, byKey));
    void this.restore();
  }

  /** Removes every drawn highlight. */
  stop(): void {
    this.listening?.abort();
    clearNoteMarks(this.ctx.doc);
    drawHighlights(this.ctx.doc, new Map());
  }

  /** Ids of highlights whose text is no longer in the article. */
  orphanIds(): string[] {
    return [...this.orphans];
  }

  /** Loads this article's saved highlights and anchors them (orphans are kept and listed). */
  async restore(): Promise<void> {
    const { deps } = this.ctx;
    if (!deps.loadHighlights) return;
    try {
      this.records = await deps.loadHighlights(this.ctx.url());
    } catch {
      return;
    }
    this.anchor();
    this.draw();
    this.scrollToHash();
  }

  private anchor(): void {
    if (this.records.length === 0) {
      // The last one deleted elsewhere: none is placed or missing any more.
      this.placed = new Map();
      this.orphans = [];
      return;
    }
    performance.mark('dubao:anchor:start');
    const { placed, orphans } = anchorAll(this.blockTexts(), this.records);
    this.placed = new Map(placed.map((p) => [p.highlight.id, p.range]));
    this.orphans = orphans.map((o) => o.id);
    performance.measure('dubao:anchor', 'dubao:anchor:start');
  }

  private blockTexts(): string[] {
    return this.ctx.state.article().blocks.map((b) => b.text);
  }

  /** The DOM range of a repaired-text range in the view shown (through the script shown). */
  private rangeOf(r: BlockRange): Range | null {
    const { state, doc } = this.ctx;
    const repaired = state.repaired();
    if (!repaired) return null;
    if (state.view !== 'repaired') return originalRange(doc, repaired.blocks, repaired.extraction, r);
    return repairedRange(state.blockAt, toDisplayed(state, r));
  }

  /** Draws every placed highlight in the current view. */
  draw(): void {
    this.drawNoteMarks();
    this.ctx.words()?.redraw();
    const byColor = new Map<HighlightColor, Range[]>();
    for (const h of this.records) {
      const r = this.placed.get(h.id);
      const range = r ? this.rangeOf(r) : null;
      if (!range) continue;
      const list = byColor.get(h.color) ?? [];
      list.push(range);
      byColor.set(h.color, list);
    }
    drawHighlights(this.ctx.doc, byColor);
  }

  /** A marker at the end of each highlight with a note, in the repaired view (note-marks.ts). */
  private drawNoteMarks(): void {
    const { doc, state, deps } = this.ctx;
    // A pen with the keyboard focus keeps it through its drawing again.
    const focused = penToRefocus(doc);
    clearNoteMarks(doc);
    if (state.view !== 'repaired') return;
    for (const h of this.records) {
      const r = h.note.trim() ? this.placed.get(h.id) : undefined;
      const range = r ? this.rangeOf(r) : null;
      if (range) placeNoteMark(range.endContainer, range.endOffset, h.id, deps.toolbarLabels?.savedNote?.(h.note) ?? h.note);
    }
    if (focused) refocusPen(doc, focused);
  }

  /** A note marker used: the highlight is selected and its toolbar (note, editing) opened; from the keyboard, with the focus. */
  private openNote(id: string, byKey: boolean): void {
    const r = this.placed.get(id);
    const range = r ? this.rangeOf(r) : null;
    if (range) this.ctx.features.toolbar.openOn(range, byKey);
  }

  /** `#dubao-hl=<id>` (opened from the panel): scroll that highlight into view and flash it. */
  private scrollToHash(): void {
    const id = /dubao-hl=([A-Za-z0-9_-]+)/u.exec(this.ctx.doc.location?.hash ?? '')?.[1];
    const r = id ? this.placed.get(id) : undefined;
    const range = r ? this.rangeOf(r) : null;
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    // The flash: the highlight drawn in its own emphasised style for a moment.
    const view = this.ctx.doc.defaultView as (Window & { Highlight?: new (...r: Range[]) => unknown; CSS?: { highlights?: { set(n: string, h: unknown): void; delete(n: string): void } } }) | null;
    const registry = view?.CSS?.highlights;
    if (!registry || !view?.Highlight) return;
    registry.set('dubao-flash', new view.Highlight(...paintedParts(range)));
    view.setTimeout(() => registry.delete('dubao-flash'), FLASH_MS);
  }

  /** Saves the current selection (any view, any script) as a highlight; returns its id, or null when nothing is selected. */
  async saveSelection(color: HighlightColor = 'yellow'): Promise<string | null> {
    const { deps, state, recognition: r, features } = this.ctx;
    const shown = features.view.selectionRange();
    if (!shown || !deps.saveHighlight) return null;
    // The selection is in the displayed text; the highlight is stored in the repaired original.
    const range = toRepaired(state, shown);
    const { quote, position } = describeSelection(this.blockTexts(), range);
    if (!quote.exact.trim()) return null;
    const now = Date.now();
    const record: HighlightRecord = {
      id: newId(), url: this.ctx.url(), paper: r.siteName, site: r.site, date: r.date, title: r.title,
      quote, position, color, note: '', tags: [], createdAt: now, updatedAt: now, schema: 1,
    };
    const saved = await deps.saveHighlight(record);
    this.records.push(saved);
    this.placed.set(saved.id, { startBlock: position.startBlock, start: position.start, endBlock: position.endBlock, end: position.end });
    this.ctx.doc.getSelection?.()?.removeAllRanges();
    this.draw();
    return saved.id;
  }

  /** Saves a highlight's note. */
  async saveNote(id: string, note: string): Promise<void> {
    const updated = await this.ctx.deps.updateHighlight?.(id, { note });
    const i = this.records.findIndex((h) => h.id === id);
    if (updated && i >= 0) this.records[i] = updated;
    this.draw();
  }

  /**
   * The saved highlight that a range of the repaired text lies on: the one sharing the most
   * characters with it (null when it shares none with any).
   */
  overlapping(range: BlockRange): HighlightRecord | null {
    const texts = this.blockTexts();
    // Offsets as one position along the article, so ranges over several blocks compare.
    const base: number[] = [];
    let at = 0;
    for (const t of texts) {
      base.push(at);
      at += t.length + 1;
    }
    const pos = (block: number, off: number): number => (base[block] ?? at) + off;
    const [a, b] = [pos(range.startBlock, range.start), pos(range.endBlock, range.end)];
    let best: HighlightRecord | null = null;
    let most = 0;
    for (const h of this.records) {
      const r = this.placed.get(h.id);
      if (!r) continue;
      const shared = Math.min(b, pos(r.endBlock, r.end)) - Math.max(a, pos(r.startBlock, r.start));
      if (shared > most) [best, most] = [h, shared];
    }
    return best;
  }

  /** Gives a saved highlight another colour and draws it so. */
  async recolor(id: string, color: HighlightColor): Promise<void> {
    const updated = await this.ctx.deps.updateHighlight?.(id, { color });
    const i = this.records.findIndex((h) => h.id === id);
    if (updated && i >= 0) this.records[i] = updated;
    this.ctx.doc.getSelection?.()?.removeAllRanges();
    this.draw();
  }

  /** Removes a saved highlight from the store and the page. */
  async remove(id: string): Promise<void> {
    if (!this.ctx.deps.deleteHighlight) return;
    await this.ctx.deps.deleteHighlight(id);
    this.records = this.records.filter((h) => h.id !== id);
    this.placed.delete(id);
    this.ctx.doc.getSelection?.()?.removeAllRanges();
    this.draw();
  }
}
