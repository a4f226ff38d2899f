// The reader's reading style on the page: one <style> element whose rules are all scoped to the
// repaired article (so the original view and the page around it are never restyled), kept in
// step with storage, and stepped from the keyboard while the repaired article is shown.
import { readingStyleItem } from '../../lib/storage';
import { DEFAULT_READING_STYLE, normalizeReadingStyle, readingCss, sameLook, styleForKey, type ReadingStyle } from '../../lib/reading-style';
import { setUiTheme } from './shadow-host';
import { describeStyle, sayStyle, type Label } from './style-status';

/** Where the reading style is stored (the content script wires it to browser storage). */
export interface ReadingStyleStore {
  load(): Promise<unknown>;
  save(style: ReadingStyle): Promise<void>;
  /** Calls back with every stored change; returns the way to stop. */
  watch(onChange: (raw: unknown) => void): () => void;
}

/** Keeps the page's reading-style sheet in step with the reader's choice. */
export class ReadingStyler {
  private style: ReadingStyle = DEFAULT_READING_STYLE;
  /** A constructed sheet adopted by the document (no element added to the page), else a <style>. */
  private sheet: { set(css: string): void; remove(): void } | null = null;
  private unwatch: (() => void) | null = null;
  /** Ends the key listener. */
  private listening: AbortController | null = null;
  /**
   * Styles the keys stored whose storage change has not come back yet, oldest first. Storage
   * reports each write later: an older one coming back must not undo the keys pressed since.
   */
  private pending: string[] = [];
  /** Counts the styles applied, so a stored style read late never replaces a newer one. */
  private applied = 0;
  /** When the newest style applied was chosen (its `at`; 0 while none carried one). */
  private newest = 0;

  constructor(
    private readonly doc: Document,
    private readonly store: ReadingStyleStore,
    /** Says what a reading key set, for screen readers (style-status.ts). */
    private readonly say: (style: ReadingStyle, key: string) => void = () => undefined,
  ) {}

  /** Loads the stored style, applies it and starts listening to storage and keys. */
  async start(): Promise<void> {
    this.sheet = adoptSheet(this.doc);
    this.listening?.abort();
    this.listening = new AbortController();
    this.doc.addEventListener('keydown', this.onKey, { signal: this.listening.signal });
    this.unwatch = this.store.watch((raw) => this.onStored(normalizeReadingStyle(raw)));
    const seen = this.applied;
    const loaded = normalizeReadingStyle(await this.store.load().catch(() => null));
    if (this.applied === seen) this.apply(loaded);
  }

  /** The style in force. */
  current(): ReadingStyle {
    return this.style;
  }

  /** Applies a style to the repaired article (the original view has no article to match). */
  apply(style: ReadingStyle): void {
    this.applied++;
    this.style = style;
    this.newest = Math.max(this.newest, style.at ?? 0);
    this.sheet?.set(readingCss(style, pageIsDark(this.doc)));
    // Cards, the toolbar's forms and the "continue" prompt take the reading theme too.
    setUiTheme(this.doc, style.theme);
  }

  /** Removes the sheet and the listeners. */
  stop(): void {
    this.listening?.abort();
    this.listening = null;
    this.unwatch?.();
    this.sheet?.remove();
    this.sheet = null;
    this.pending = [];
    setUiTheme(this.doc, 'page');
  }

  /**
   * A stored change: one made elsewhere (the popup, another tab) is applied; one of the keys'
   * own writes is applied only once it is the last of them to come back (the style in force
   * is already that one or newer).
   */
  private onStored(style: ReadingStyle): void {
    const i = this.pending.indexOf(JSON.stringify(style));
    if (i >= 0) {
      this.pending.splice(0, i + 1);
      if (this.pending.length > 0) return;
    } else if (style.at !== undefined && style.at < this.newest) {
      // Chosen before the style in force (a write of the page this tab showed before, reaching
      // storage late): not applied, and the newer choice is stored again so storage ends on it.
      this.save(this.style);
      return;
    }
    this.apply(style);
  }

  /** Stores a style the page applied; its change, coming back, is known as this page's own. */
  private save(style: ReadingStyle): void {
    const json = JSON.stringify(style);
    this.pending.push(json);
    void this.store.save(style).catch(() => {
      this.pending = this.pending.filter((p) => p !== json);
    });
  }

  /** A key the reader pressed (a page script's synthetic key changes nothing). */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (!e.isTrusted || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const article = this.doc.querySelector('.dubao-article');
    if (isEditable(e.composedPath?.()[0] ?? e.target) || !article) return;
    const stepped = styleForKey(this.style, e.key, room(article));
    if (!stepped) return;
    e.preventDefault();
    this.say(stepped, e.key);
    // At either end of a scale the style stays as it is: nothing to store (and nothing would come back).
    if (sameLook(stepped, this.style)) return;
    const next = { ...stepped, at: Math.max(Date.now(), this.newest + 1) };
    this.apply(next);
    this.save(next);
  };
}

/** A style sheet for the document: adopted (the page's DOM stays exactly as it was) where the browser lets a content script do that, else a <style> element. */
function adoptSheet(doc: Document): { set(css: string): void; remove(): void } {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) throw new Error('no constructable sheets');
    const sheet = new win.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      set: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const el = doc.createElement('style');
    el.dataset.dubaoReading = '';
    (doc.head ?? doc.documentElement).appendChild(el);
    return { set: (css) => void (el.textContent = css), remove: () => el.remove() };
  }
}

/** The widest the article can be, in its own em: the width of the column it sits in (its frame). */
function room(article: Element): number {
  const frame = article.parentElement;
  const em = parseFloat(article.ownerDocument.defaultView?.getComputedStyle(article).fontSize ?? '');
  if (!frame || !(em > 0) || frame.clientWidth === 0) return Infinity;
  return frame.clientWidth / em;
}

/** True for targets where keys type text (inputs, text areas, selects, editable content). */
function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null || el.closest('[data-dubao-ui]') !== null;
}

/** True when the page's own background is dark (its tone colours must then be the light ones). */
function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const c = (win.getComputedStyle(el).backgroundColor.match(/[\d.]+/gu) ?? []).map(Number);
    if (c.length < 3 || (c.length > 3 && c[3] === 0)) continue;
    const [r, g, b] = c as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}

/** Starts the reading style on a page with Dubao, stored in browser storage (synced). */
export function startReadingStyle(doc: Document, t: Label): ReadingStyler {
  const styler = new ReadingStyler(doc, {
    load: () => readingStyleItem.getValue(),
    save: (style) => readingStyleItem.setValue(style),
    watch: (onChange) => readingStyleItem.watch(onChange),
  }, (style, key) => sayStyle(doc, describeStyle(t, style, key)));
  void styler.start();
  return styler;
}
