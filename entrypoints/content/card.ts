// The popup card for a glossary term or a dictionary word, in a shadow root so the page's
// styles and scripts cannot reach into it. Everything goes in as text.
import type { GlossaryCard } from '../../lib/messages';
import { DARK_RING } from '../../lib/reading-style';
import { placeCard } from './card-place';
import { darkRules, uiTheme } from './shadow-host';

/** A glossary entry as the card shows it (from the background, or one of the reader's own terms). */
export type CardEntry = Readonly<GlossaryCard> & {
  /** True for a term the reader added. */
  own?: boolean;
  /** True for jargon detected in the article (not in the glossary): `zh` is the article's own explanation, `items` its other sentences. */
  detected?: boolean;
};

/** A dictionary result as the card shows it. */
export interface DictCardEntry {
  word: string;
  entries: readonly { simplified: string; traditional: string; pinyin: string; definitions: readonly string[] }[];
}

/** UI strings of the card. */
export interface CardLabels {
  close: string;
  occurrences: (n: number) => string;
  highlight: string;
  copy: string;
  copied: string;
  related: string;
  items: string;
  scope: Record<string, string>;
  category: (c: string) => string;
  dictionary: string;
  notFound: string;
  ownTerm: string;
  /** Meta line of detected jargon ("Not in the glossary"). */
  detected: string;
  /** Heading of a detected term's other sentences in the article. */
  elsewhere: string;
  /** "Add to my terms" (detected jargon, explanation filled in from the article). */
  addTerm: string;
  /** Label of a glossary entry's source line ("Source"). */
  source: string;
}

const STYLE = `
:host { all: initial; position: absolute; z-index: 2147483647; }
.card { box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 460px); overflow: auto;
  font: 14px/1.55 system-ui, "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  color: #1f2328; background: #fffdf8; border: 1px solid #d8d2c4; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; }
h2 { font-size: 18px; margin: 0; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.py { font-size: 14px; color: #b3261e; font-weight: normal; font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif; }
.meta { margin: 2px 0 8px; font-size: 12px; }
.muted { color: #6b6f76; }
.gloss { font-weight: 600; margin: 0 0 6px; }
p { margin: 0 0 6px; }
/* The reader's own explanation keeps the lines it was written in (as the library shows it); a long address breaks inside the card. */
.zh { white-space: pre-wrap; overflow-wrap: anywhere; }
ol { margin: 0 0 6px; padding-left: 1.4em; }
.related { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 8px; }
button { font: inherit; font-size: 13px; border-radius: 7px; border: 1px solid #b3261e; background: transparent; color: #b3261e; padding: 3px 9px; cursor: pointer; }
button.primary { background: #b3261e; color: #fff; }
button:focus-visible { outline: 2px solid #1f5fd1; outline-offset: 2px; }
button[aria-disabled="true"] { cursor: default; }
.row { display: flex; gap: 8px; align-items: center; justify-content: space-between; margin-top: 6px; flex-wrap: wrap; }
.close { position: absolute; top: 6px; right: 8px; border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; color: inherit; }
.word { margin-bottom: 8px; }
.word h3 { margin: 0; font-size: 16px; }
.source { font-size: 12px; margin: 4px 0 0; }
/* On the dark card the reading, the buttons and their edges are a light red (#f28b82, 6.7:1 on #1f2226; the light card's #b3261e is 2.4:1 there). */
${darkRules([['.card', 'color: #e8e6e3; background: #1f2226; border-color: #3a3f45;'], ['.muted', 'color: #9da3ab !important;'], ['.py', 'color: #f28b82;'], ['button', 'border-color: #f28b82; color: #f28b82;'], ['button.primary', 'background: #f28b82; color: #1f2226;'], ['.close', 'color: inherit;'], ['button:focus-visible', `outline-color: ${DARK_RING};`]])}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Runs `f` on a click the reader made (a click a page script dispatches does nothing). */
export function onTrustedClick(el: HTMLElement, f: () => void): void {
  el.addEventListener('click', (e) => {
    if (e.isTrusted) f();
  });
}

/** Tab and Shift+Tab inside `card` go round its buttons instead of out to the page (the card sits at the end of the body). */
function roundTab(card: HTMLElement, e: KeyboardEvent): void {
  const all = Array.from(card.querySelectorAll<HTMLElement>('button, [href]'));
  const at = all.indexOf((card.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  const step = e.shiftKey ? -1 : 1;
  e.preventDefault();
  all[at < 0 ? (step > 0 ? 0 : all.length - 1) : (at + step + all.length) % all.length]?.focus();
}

/** What a card is placed next to: a term element, or the range of a word. */
export type CardAnchor = Element | Range;

/** The card: one host element, opened next to an anchor element, never covering it. */
export class Card {
  private host: HTMLElement | null = null;
  private anchor: CardAnchor | null = null;
  /** Places the card again when what it holds grows after opening (a saved word's button and line). */
  private resized: ResizeObserver | null = null;
  /** The term focus is being returned to after Esc (its focus event must not reopen the card). */
  refocusing: Element | null = null;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.isTrusted && e.key === 'Escape') this.close(true);
  };
  private readonly onDown = (e: Event): void => {
    if (e.isTrusted && this.host && !e.composedPath().includes(this.host) && !(this.anchor instanceof Element && e.composedPath().includes(this.anchor))) this.close(false);
  };

  constructor(private readonly doc: Document, private readonly labels: CardLabels) {}

  /** True while a card is open. */
  isOpen(): boolean {
    return this.host !== null;
  }

  /** True when an event happened inside the open card. */
  contains(e: Event): boolean {
    return this.host !== null && e.composedPath().includes(this.host);
  }

  /** The element the open card belongs to. */
  anchorElement(): CardAnchor | null {
    return this.anchor;
  }

  /** Opens the card for a glossary entry. */
  showEntry(anchor: CardAnchor, entry: CardEntry, count: number, actions: { onRelated(id: string): void; onHighlight?(): void; onAddTerm?(): void }): void {
    const { doc, labels } = this;
    const card = el(doc, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', entry.term);
    const h = el(doc, 'h2');
    h.append(el(doc, 'span', 'term', entry.term), el(doc, 'span', 'py', entry.pinyin));
    card.append(h);
    card.append(el(doc, 'p', 'meta muted', entry.own ? `${labels.ownTerm} · ${labels.occurrences(count)}` : entry.detected ? `${labels.detected} · ${labels.occurrences(count)}` : `${labels.category(entry.category)} · ${labels.scope[entry.scope] ?? entry.scope} · ${labels.occurrences(count)}`));
    if (entry.gloss) card.append(el(doc, 'p', 'gloss', entry.gloss));
    if (entry.zh) card.append(el(doc, 'p', 'zh', entry.zh));
    if (entry.en) card.append(el(doc, 'p', 'en', entry.en));
    if (entry.items?.length) {
      card.append(el(doc, 'p', 'muted', entry.detected ? labels.elsewhere : labels.items));
      const ol = el(doc, 'ol');
      for (const it of entry.items) ol.append(el(doc, 'li', undefined, it));
      card.append(ol);
    }
    if (entry.related.length) {
      card.append(el(doc, 'p', 'muted', labels.related));
      const rel = el(doc, 'div', 'related');
      for (const r of entry.related) {
        const b = el(doc, 'button', undefined, r.term);
        b.type = 'button';
        onTrustedClick(b, () => actions.onRelated(r.id));
        rel.append(b);
      }
      card.append(rel);
    }
    if (entry.source) card.append(el(doc, 'p', 'source muted', labelled(labels.source, entry.source)));
    const row = el(doc, 'div', 'row');
    if (actions.onHighlight) {
      const hl = el(doc, 'button', 'primary', labels.highlight);
      hl.type = 'button';
      onTrustedClick(hl, () => actions.onHighlight?.());
      row.append(hl);
    }
    const copy = el(doc, 'button', undefined, labels.copy);
    copy.type = 'button';
    onTrustedClick(copy, () => {
      const text = [`${entry.term} ${entry.pinyin}`, entry.gloss, entry.zh, entry.en, ...(entry.items ?? []).map((x, i) => `${i + 1}. ${x}`)].filter(Boolean).join('\n');
      void navigator.clipboard?.writeText(text).then(() => (copy.textContent = labels.copied), () => undefined);
    });
    row.append(copy);
    if (actions.onAddTerm) {
      const add = el(doc, 'button', undefined, labels.addTerm);
      add.type = 'button';
      onTrustedClick(add, () => actions.onAddTerm?.());
      row.append(add);
    }
    card.append(row);
    this.open(anchor, card);
  }

  /** Opens the card for dictionary results (longest word first). */
  showDictionary(anchor: CardAnchor, matches: readonly DictCardEntry[]): void {
    const { doc, labels } = this;
    const card = el(doc, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', matches.reduce<string | null>((w, m) => (w === null || Array.from(m.word).length > Array.from(w).length ? m.word : w), null) ?? labels.dictionary);
    card.append(el(doc, 'p', 'meta muted', labels.dictionary));
    if (matches.length === 0) card.append(el(doc, 'p', 'muted', labels.notFound));
    // Longest word first: the word the reader most likely means, then the characters in it.
    const longestFirst = [...matches].sort((a, b) => Array.from(b.word).length - Array.from(a.word).length);
    for (const m of longestFirst.slice(0, 4)) {
      for (const e of m.entries.slice(0, 3)) {
        const w = el(doc, 'div', 'word');
        const h = el(doc, 'h3');
        const forms = e.traditional && e.traditional !== e.simplified ? `${e.simplified}（${e.traditional}）` : e.simplified;
        h.append(el(doc, 'span', 'term', forms), doc.createTextNode(' '), el(doc, 'span', 'py', e.pinyin));
        w.append(h, el(doc, 'p', undefined, e.definitions.slice(0, 6).join('; ')));
        card.append(w);
      }
    }
    this.open(anchor, card);
  }

  private open(anchor: CardAnchor, card: HTMLElement): void {
    // A card opened from inside the card (a related term) keeps the keyboard in the new card.
    const hadFocus = !!this.host && this.doc.activeElement === this.host;
    this.close(false);
    const host = this.doc.createElement('div');
    host.dataset.dubaoUi = 'card';
    host.dataset.theme = uiTheme(this.doc);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    const close = el(this.doc, 'button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', this.labels.close);
    onTrustedClick(close, () => this.close(true));
    card.prepend(close);
    shadow.append(style, card);
    this.doc.body.append(host);
    this.host = host;
    this.anchor = anchor;
    this.place();
    const View = this.doc.defaultView?.ResizeObserver;
    this.resized = View ? new View(() => this.doc.defaultView?.requestAnimationFrame(() => this.place())) : null;
    this.resized?.observe(card);
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.addEventListener('pointerdown', this.onDown, true);
    card.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Tab' && roundTab(card, e));
    if (hadFocus) this.focusIn();
  }

  /** Gives the keyboard to the open card (Enter or Space on its term): Tab goes round its buttons, Escape gives focus back. */
  focusIn(): void {
    const card = this.host?.shadowRoot?.querySelector<HTMLElement>('.card');
    card?.setAttribute('tabindex', '-1');
    card?.focus({ preventScroll: true });
  }

  /** Places the open card next to its anchor (card-place.ts). */
  private place(): void {
    if (this.host && this.anchor) placeCard(this.doc, this.host, this.anchor);
  }

  /** Closes the card; `refocus` puts keyboard focus back on the term (or on the element given: the term as drawn again). */
  close(refocus: boolean | HTMLElement): void {
    if (!this.host) return;
    this.resized?.disconnect();
    this.resized = null;
    this.host.remove();
    this.host = null;
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('pointerdown', this.onDown, true);
    const a = refocus instanceof HTMLElement ? refocus : this.anchor;
    this.anchor = null;
    if (refocus && a instanceof HTMLElement) {
      this.refocusing = a;
      try {
        a.focus();
      } finally {
        this.refocusing = null;
      }
    }
  }

  /** The card's shadow root (tests and keyboard focus). */
  root(): ShadowRoot | null {
    return this.host?.shadowRoot ?? null;
  }
}

/** A label and its text, with the colon of the label's own script ("来源：…", "Source: …"). */
export function labelled(label: string, text: string): string {
  return /[\u3400-\u9fff]$/u.test(label) ? `${label}：${text}` : `${label}: ${text}`;
}
