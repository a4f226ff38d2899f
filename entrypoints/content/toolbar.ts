// The selection toolbar: colours, a note, copy with citation, look up. In a shadow root;
// every button has an accessible name in the UI language.
import type { HighlightColor } from '../../lib/highlights/types';
import { onTrustedClick } from './card';
import { visibleViewport } from './geometry';
import { shadowHost } from './shadow-host';

/** UI strings of the toolbar. */
export interface ToolbarLabels {
  toolbar: string;
  color: Record<HighlightColor, string>;
  note: string;
  notePlaceholder: string;
  saveNote: string;
  copyCitation: string;
  copied: string;
  lookUp: string;
  addTerm: string;
  termPlaceholder: string;
  saveTerm: string;
  /** 收藏生词 / "Save word" (the button shows only when the saved-words feature runs). */
  saveWord?: string;
  /** Shown when the selection lies on a saved highlight: removes it. */
  removeHighlight?: string;
  /** The saved highlight's note, shown above its buttons. */
  savedNote?: (note: string) => string;
  error: (why: string) => string;
}

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  highlight(color: HighlightColor): Promise<string | null>;
  saveNote(id: string, note: string): Promise<void>;
  copyCitation(): Promise<void>;
  lookUp(): void;
  addTerm(explanation: string): Promise<void>;
  /** Saves the selected word as a saved word (./words.ts). */
  saveWord?(): Promise<void>;
  /** Changes the colour of a saved highlight. */
  recolor?(id: string, color: HighlightColor): Promise<void>;
  /** Removes a saved highlight. */
  removeHighlight?(id: string): Promise<void>;
}

/** The saved highlight a selection lies on: its buttons act on it instead of saving another. */
export interface SavedHighlight {
  id: string;
  color: HighlightColor;
  note: string;
}

// The focus is a ring, not a lighter background: a swatch keeps its colour while it has the
// focus. Forced colours (Windows high contrast) paint every background the same: there the bar
// gets an edge against the page, the swatches (colour samples) keep their colours and the focus
// ring takes the system's highlight colour.
const STYLE = `
:host { all: initial; position: absolute; z-index: 2147483646; }
.bar { display: flex; gap: 4px; align-items: center; padding: 5px; border-radius: 10px; background: #1f2328; color: #fff;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 13px system-ui, "PingFang SC", "WenQuanYi Micro Hei", sans-serif; flex-wrap: wrap; max-width: min(360px, calc(100vw - 32px)); }
button { font: inherit; color: inherit; background: transparent; border: 0; border-radius: 7px; padding: 4px 7px; cursor: pointer; }
button:hover { background: rgba(255,255,255,.15); }
button:focus-visible { outline: 2px solid #8ab4ff; outline-offset: 1px; }
.sw { width: 20px; height: 20px; padding: 0; border-radius: 50%; border: 2px solid rgba(255,255,255,.7); }
.sw.yellow { background: #ffd600; } .sw.green { background: #48c774; } .sw.blue { background: #569cff; } .sw.pink { background: #ff69b4; }
@media (forced-colors: active) { .bar { border: 1px solid CanvasText; } .sw { forced-color-adjust: none; border-color: CanvasText; } button:focus-visible { outline-color: Highlight; } }
textarea { font: inherit; width: 100%; min-height: 54px; box-sizing: border-box; border-radius: 6px; border: 0; padding: 5px; margin-top: 4px; color: #1f2328; }
.form { width: 100%; }
.msg { width: 100%; font-size: 12px; opacity: .85; }
.note { width: 100%; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 7.5em; overflow: auto; opacity: .9; }
.sw[aria-pressed="true"] { border-color: #fff; box-shadow: 0 0 0 2px #fff; }
`;

/** A selection's text box, as far as placing the toolbar needs it. */
type Box = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'height'>;

/** The toolbar next to a selection. */
export class SelectionToolbar {
  private host: HTMLElement | null = null;
  /** Where the toolbar was placed from: the selection's boxes, in page coordinates, and its line height. */
  private anchor: { rects: Box[]; lineHeight: number } | null = null;
  /** Where the keyboard came from when focusFirst() took it (given back on close). */
  private returnFocus: HTMLElement | null = null;
  /** Ends the page's Escape listener of the open toolbar. */
  private keys: AbortController | null = null;

  constructor(private readonly doc: Document, private readonly labels: ToolbarLabels, private readonly actions: ToolbarActions) {}

  isOpen(): boolean {
    return this.host !== null;
  }

  /** True when an event happened inside the toolbar. */
  contains(e: Event): boolean {
    return this.host !== null && e.composedPath().includes(this.host);
  }

  /**
   * Shows the toolbar next to a selection (`rects`: its text boxes, viewport coordinates;
   * `lineHeight`: the distance between its lines, px): above it with the line above the
   * selection left clear, else below it; always on screen. On a saved highlight (`existing`), its
   * note is shown, the colours recolour it, the note button edits its note and a button removes it.
   */
  show(rects: readonly DOMRect[], lineHeight = 0, existing: SavedHighlight | null = null): void {
    this.close();
    const { doc, labels } = this;
    const { host, shadow } = shadowHost(doc, 'toolbar', STYLE);
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', labels.toolbar);
    const msg = doc.createElement('div');
    msg.className = 'msg';
    msg.setAttribute('role', 'status');
    const button = (text: string, name: string, cls: string, onClick: () => void): HTMLButtonElement => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.textContent = text;
      b.setAttribute('aria-label', name);
      b.title = name;
      b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
      onTrustedClick(b, onClick);
      return b;
    };
    let saved: string | null = existing?.id ?? null;
    const failed = (e: unknown): void => {
      msg.textContent = labels.error((e as Error).message);
    };
    // The highlight a note is for: saved once, however many times ✎ is pressed while it is saving.
    let forNote: Promise<string | null> | null = null;
    const noteTarget = (): Promise<string | null> => (forNote ??= saved ? Promise.resolve(saved) : this.actions.highlight('yellow').then((id) => {
      if (!id) forNote = null; // nothing was selected to save: a second try saves again
      return (saved = id);
    }, (e: unknown) => {
      forNote = null;
      throw e;
    }));
    const save = async (color: HighlightColor): Promise<string | null> => {
      try {
        if (existing && this.actions.recolor) await this.actions.recolor(existing.id, color);
        else saved = await this.actions.highlight(color);
      } catch (e) {
        failed(e);
        return null;
      }
      return saved;
    };
    if (existing?.note) {
      const note = doc.createElement('div');
      note.className = 'note';
      note.textContent = labels.savedNote ? labels.savedNote(existing.note) : existing.note;
      // Said with the toolbar's name when the keyboard enters it: a screen reader learns the note.
      note.id = 'note';
      bar.setAttribute('aria-describedby', note.id);
      bar.append(note);
    }
    for (const c of ['yellow', 'green', 'blue', 'pink'] as const) {
      const b = button('', labels.color[c], `sw ${c}`, () => void save(c).then((id) => id && this.close()));
      if (existing) b.setAttribute('aria-pressed', String(existing.color === c));
      bar.append(b);
    }
    bar.append(
      // The note field opens at once, with the focus, while the highlight is saved: a reader who
      // clicks and types straight away keeps every key (opened after the save's round trip, the
      // first keys went to the page: three characters in Firefox).
      button('✎', labels.note, '', () => {
        const target = noteTarget();
        if (!bar.querySelector('.note-form')) {
          this.form(bar, labels.notePlaceholder, labels.saveNote, async (text) => {
            const id = await target;
            if (id) await this.actions.saveNote(id, text);
          }, existing?.note ?? '', 'note-form');
        }
        // Nothing to write a note for: the field goes again; a failed save says why.
        target.then((id) => id || bar.querySelector('.note-form')?.remove(), failed);
      }),
      button('❝', labels.copyCitation, '', () => void this.actions.copyCitation().then(() => (msg.textContent = labels.copied), (e: Error) => (msg.textContent = labels.error(e.message)))),
      button('查', labels.lookUp, '', () => {
        this.close();
        this.actions.lookUp();
      }),
      button('＋', labels.addTerm, '', () => this.form(bar, labels.termPlaceholder, labels.saveTerm, (text) => this.actions.addTerm(text))),
    );
    const remove = this.actions.removeHighlight?.bind(this.actions);
    if (existing && remove && labels.removeHighlight) bar.append(button('⌫', labels.removeHighlight, '', () => void remove(existing.id).then(() => this.close(), failed)));
    const saveWord = this.actions.saveWord?.bind(this.actions);
    if (saveWord && labels.saveWord) bar.append(button('生', labels.saveWord, '', () => void saveWord().then(() => this.close(), (e: Error) => (msg.textContent = labels.error(e.message)))));
    bar.append(msg);
    // Escape on a button closes the toolbar (the note form handles its own keys).
    bar.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && (e.target as Element | null)?.tagName === 'BUTTON') this.close();
    });
    // Escape on the page closes it too (after a drag the focus is on the page, not in the toolbar),
    // unless a card is open (its Escape is for the card) or the key is typed into a field.
    this.keys = new AbortController();
    doc.addEventListener('keydown', (e) => {
      const field = (e.composedPath()[0] as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
      if (e.isTrusted && e.key === 'Escape' && !this.contains(e) && !field && !doc.querySelector('[data-dubao-ui="card"]')) this.close();
    }, { signal: this.keys.signal });
    shadow.append(bar);
    doc.body.append(host);
    this.host = host;
    const view = doc.defaultView;
    const [sx, sy] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
    this.anchor = { rects: rects.map((r) => ({ top: r.top + sy, bottom: r.bottom + sy, left: r.left + sx, height: r.height })), lineHeight };
    this.place(rects, lineHeight);
  }

  /** Places the toolbar again for its present size (a form opened in it makes it taller). */
  private replace(): void {
    const view = this.doc.defaultView;
    const [sx, sy] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
    if (this.anchor) this.place(this.anchor.rects.map((r) => ({ top: r.top - sy, bottom: r.bottom - sy, left: r.left - sx, height: r.height })), this.anchor.lineHeight);
  }

  private place(rects: readonly Box[], lineHeight: number): void {
    const host = this.host;
    const first = rects[0];
    if (!host || !first) return;
    const view = this.doc.defaultView;
    // Inside the part of the window not under the page's scrollbars.
    const { width: vw, height: vh } = visibleViewport(this.doc);
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const line = Math.max(lineHeight, ...rects.map((r) => r.height), 16);
    host.style.setProperty('position', 'absolute', 'important');
    // Its own width, not what is left of the page's width right of it: on a page scrolled
    // sideways (a fixed-width paper in a narrow window), left + width passes the page's edge and
    // the bar would shrink to a column of buttons.
    host.style.setProperty('width', 'max-content', 'important');
    host.style.setProperty('left', '0px', 'important');
    host.style.setProperty('top', '0px', 'important');
    const box = host.shadowRoot?.querySelector('.bar')?.getBoundingClientRect();
    const w = box?.width || 360;
    const h = box?.height || 40;
    const gap = 6;
    // Above: clear of the selection and of the line above it. Else below; never off screen.
    const above = top - line - gap - h;
    let y = above >= 0 ? above : bottom + gap;
    y = Math.max(0, Math.min(y, vh - h));
    const x = Math.max(8, Math.min(first.left, vw - w - 8));
    host.style.setProperty('left', `${x + (view?.scrollX ?? 0)}px`, 'important');
    host.style.setProperty('top', `${y + (view?.scrollY ?? 0)}px`, 'important');
  }

  /** A small text form inside the toolbar (a note, or the reader's explanation of a term). */
  private form(bar: HTMLElement, placeholder: string, submit: string, onSave: (text: string) => Promise<void>, initial = '', kind = ''): void {
    bar.querySelector('.form')?.remove();
    const doc = this.doc;
    const wrap = doc.createElement('div');
    wrap.className = kind ? `form ${kind}` : 'form';
    const ta = doc.createElement('textarea');
    ta.placeholder = placeholder;
    ta.value = initial;
    ta.setAttribute('aria-label', placeholder);
    const ok = doc.createElement('button');
    ok.type = 'button';
    ok.textContent = submit;
    ok.setAttribute('aria-label', submit);
    const done = (): void => {
      void onSave(ta.value).then(() => this.close(), (e: Error) => (ok.textContent = this.labels.error(e.message)));
    };
    onTrustedClick(ok, done);
    ta.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) done();
      if (e.key === 'Escape') this.close();
    });
    wrap.append(ta, ok);
    bar.append(wrap);
    // The taller toolbar would otherwise grow down over the words the note is about.
    this.replace();
    ta.focus();
  }

  /** Gives the keyboard to the toolbar: its first button takes the focus (false when it is closed). */
  focusFirst(): boolean {
    const first = this.host?.shadowRoot?.querySelector('button');
    if (first) this.returnFocus = this.doc.activeElement instanceof HTMLElement && this.doc.activeElement !== this.doc.body ? this.doc.activeElement : null;
    first?.focus();
    return !!first;
  }

  /**
   * Closes the toolbar. When it had the keyboard, the focus goes back to where it came from (the
   * term a keyboard selection started at): removed with the toolbar, it fell to the page's start
   * and the next Tab began again at the site's first link.
   */
  close(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    // Before the toolbar goes, so the focus event says it came from the toolbar (no card opens).
    if (this.host?.shadowRoot?.activeElement && back?.isConnected) back.focus({ preventScroll: true });
    this.keys?.abort();
    this.keys = null;
    this.host?.remove();
    this.host = null;
    this.anchor = null;
  }
}
