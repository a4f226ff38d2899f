// Glossary terms on the page: which stretches are marked (every occurrence or the first), the
// card a term opens, and the reader's own terms (added from a selection, asked before replacing).
import { offsetInRepaired } from './marks';
import type { TermMatcherLike } from '../../lib/annotate';
import { scriptText, type DisplayModel } from './display';
import type { CardEntry } from './card';
import { termIdOf, type TermRange } from './render';
import type { Feature, PageContext } from './context';
import type { CardOpening } from './words';

/** Marks glossary terms and opens their cards. */
export class TermMarks implements Feature {
  private ctx!: PageContext;
  /**
   * Terms found per displayed text, with the matcher they were found with: `plain` by the matcher
   * alone, `annotated` through the annotator (matched on the text's simplified shadow). Keyed by
   * text, so a drawing whose text did not change (pinyin turned on over simplified text) reuses
   * what the plain view found, and pinyin made ready in idle time fills what the switch will ask.
   */
  private found: { matcher: TermMatcherLike; plain: Map<string, TermRange[]>; annotated: Map<string, TermRange[]> } | undefined;
  /** The term element and entry id whose card is open. */
  private open: { el: HTMLElement; id: string } | null = null;
  private listening: AbortController | null = null;

  /** Gives the display model the terms matched for drawing (not matched again). */
  start(ctx: PageContext): void {
    this.ctx = ctx;
    ctx.state.termsIn = (model, i) => this.termsAt(model, i);
    ctx.state.onForget.push(() => (this.found = undefined));
    this.listening = new AbortController();
    // The keyboard leaving the term whose card is open, for anything but that card or another term
    // (which opens its own): the card goes. It stayed over the text the reader had tabbed on to.
    // Also when the keyboard leaves a term whose own card had not come yet (Tab, Tab, Tab on a slow
    // look-up): the card still open is the term before's, over text the reader has left.
    ctx.doc.addEventListener('focusin', (e) => {
      const card = ctx.card();
      const anchor = card?.anchorElement();
      const from = (e as FocusEvent).relatedTarget as Element | null;
      if (!e.isTrusted || !card?.isOpen() || !(anchor instanceof HTMLElement) || (from !== anchor && !from?.closest?.('.dubao-term'))) return;
      if (card.contains(e) || (e.target as Element | null)?.closest?.('.dubao-term')) return;
      card.close(false);
    }, { capture: true, signal: this.listening.signal });
  }

  /** Closes the card. */
  stop(): void {
    this.listening?.abort();
    this.ctx.card()?.close(false);
    this.open = null;
  }

  /**
   * The glossary terms in block `i`'s displayed text (matched once per text and matcher), found
   * with the annotator `an` (the page's, by default; pinyin made ready passes the one it loaded).
   */
  termsAt(model: DisplayModel | null, i: number, an = this.ctx.state.annotator): TermRange[] {
    const { state } = this.ctx;
    const b = state.repaired()?.blocks[i];
    const matcher = state.matcher;
    if (!matcher || !b) return [];
    const text = !model || model.plainOnly ? b.text : model.text(i);
    if (this.found?.matcher !== matcher) this.found = { matcher, plain: new Map(), annotated: new Map() };
    const { plain, annotated } = this.found;
    const byMatcher = (): TermRange[] => remember(plain, text, () => matcher.match(text) as TermRange[]);
    if (!an) return byMatcher();
    // Text that is simplified already reads the same through the annotator: the plain terms hold.
    return remember(annotated, text, () => (plain.has(text) && an.toSimplified(text) === text ? byMatcher() : (an.displayTerms(text, matcher) as TermRange[])));
  }

  /** The terms to underline in each block ("first" keeps one per term and article), or undefined for none. */
  marksFor(model: DisplayModel | null): ((i: number) => readonly TermRange[]) | undefined {
    const { state } = this.ctx;
    if (!state.matcher || !state.repaired() || state.settings.glossaryMarks === 'off') return undefined;
    if (state.settings.glossaryMarks !== 'first') return (i) => this.termsAt(model, i);
    const seen = new Set<string>();
    const firsts = this.all(model).map((found) => found.filter((t) => !seen.has(t.id) && seen.add(t.id) !== undefined));
    return (i) => firsts[i] ?? [];
  }

  /** Every glossary term of every block. */
  private all(model: DisplayModel | null): TermRange[][] {
    return (this.ctx.state.repaired()?.blocks ?? []).map((_, i) => this.termsAt(model, i));
  }

  /** Opens the card for a term element (or, from its card, a related entry); `opened` tells auto-save how. */
  async openTerm(el: HTMLElement, opened: CardOpening, id = termIdOf(el)): Promise<void> {
    const { deps, features } = this.ctx;
    const card = this.ctx.card();
    if (!card || !deps.glossaryEntry || !id) return;
    if (card.isOpen() && this.open?.el === el && this.open.id === id && card.anchorElement() === el) return;
    const selecting = (): boolean => !!this.ctx.doc.getSelection()?.toString();
    const wasSelecting = selecting();
    const focused = this.ctx.doc.activeElement === el;
    // No entry came (the extension was reloaded under the page, which the page's notice says): no card.
    const entry = await deps.glossaryEntry(id).catch(() => null);
    // The reader began a selection while the entry was on its way (Tab to a term, then Shift +
    // arrow at once): the toolbar serves that selection, and the card would sit beside it.
    if (!entry || (!wasSelecting && selecting())) return;
    // The keyboard had the term and has moved on while the entry was on its way (Tab, Tab): the
    // card would stay open over text the reader has left (nothing closes a card that opens late).
    if (focused && this.ctx.doc.activeElement !== el) return;
    const count = this.all(this.ctx.state.model()).flat().filter((t) => t.id === id).length;
    card.showEntry(el, this.inReadersScript(entry), count, {
      onRelated: (rid) => void this.openTerm(el, 'deliberate', rid),
      // Jargon the glossary lacks: "Add to my terms" with the article's own explanation filled in.
      onAddTerm: entry.detected && deps.putTerm ? () => void this.addFromCard(el, entry) : undefined,
      onHighlight: deps.saveHighlight
        ? () => {
            // Highlight this occurrence of the term: select it and save as a highlight.
            const sel = this.ctx.doc.getSelection();
            const r = this.ctx.doc.createRange();
            r.selectNodeContents(el);
            sel?.removeAllRanges();
            sel?.addRange(r);
            void features.highlights.saveSelection('yellow').then(() => card.close(true));
          }
        : undefined,
    });
    this.open = { el, id };
    const at = offsetInRepaired(el, 0);
    const to = offsetInRepaired(el, el.childNodes.length);
    if (at && to) this.ctx.words()?.cardOpened(card.root(), { block: at.block, start: at.offset, end: to.offset, reading: entry.pinyin, term: entry.term, meanings: [entry.gloss || entry.zh, entry.en].filter(Boolean), source: entry.own ? 'selection' : 'glossary', opened });
  }

  /**
   * The entry as the article is shown: its headword, explanations, items and related terms in the
   * script the reader chose (Taiwan or Hong Kong with their phrases, or simplified), converted as
   * the article is. The source stays as published (a citation), and the word saved from the card
   * keeps the glossary's own text.
   */
  private inReadersScript(entry: CardEntry): CardEntry {
    const { settings, cn2t, annotator } = this.ctx.state;
    const shown = (text: string): string => (text ? scriptText(text, settings.script, cn2t, annotator) : text);
    if (settings.script === 'original') return entry;
    return {
      ...entry,
      term: shown(entry.term),
      gloss: shown(entry.gloss),
      zh: shown(entry.zh),
      en: shown(entry.en),
      ...(entry.items ? { items: entry.items.map(shown) } : {}),
      related: entry.related.map((r) => ({ ...r, term: shown(r.term) })),
    };
  }

  /** True when keyboard focus is being given back to `el` by its closing card (not a new gesture). */
  refocusing(el: Element): boolean {
    return this.ctx.card()?.refocusing === el;
  }

  /**
   * Saves one of the reader's own terms. When they already have one with this text, they are
   * asked whether to replace it: yes opens the library's editor on it with this explanation
   * filled in, for them to save there (a page never replaces a term itself); no changes
   * nothing. Returns whether it was saved here.
   */
  async addOwnTerm(term: string, explanation: string): Promise<boolean> {
    const { deps } = this.ctx;
    const text = term.trim();
    if (!text || !deps.putTerm) return false;
    if (await deps.hasOwnTerm?.(text)) {
      if (deps.confirmReplaceTerm?.(text)) await deps.openTermEditor?.(text, explanation);
      return false;
    }
    await deps.putTerm(text, explanation);
    await this.reload();
    return true;
  }

  /**
   * "Add to my terms" on a detected term's card: adds it with the article's explanation and
   * closes the card. The redraw replaces the term's element, so a keyboard reader's focus goes to
   * the term as drawn now (it fell to the page's start, and the next Tab began at its first link).
   */
  private async addFromCard(el: HTMLElement, entry: CardEntry): Promise<void> {
    const card = this.ctx.card();
    const at = offsetInRepaired(el, 0);
    await this.addOwnTerm(entry.term, entry.zh);
    const block = at ? this.ctx.state.blockEls[at.block] : undefined;
    const now = el.isConnected || !at ? null : Array.from(block?.querySelectorAll<HTMLElement>('.dubao-term') ?? []).find((t) => {
      const [from, to] = [offsetInRepaired(t, 0), offsetInRepaired(t, t.childNodes.length)];
      return !!from && !!to && from.offset <= at.offset && at.offset < to.offset;
    });
    card?.close(now ?? true);
  }

  /** Rebuilds the term matcher (after the reader's terms changed) and redraws. */
  async reload(): Promise<void> {
    const { deps, state, features } = this.ctx;
    if (!deps.loadGlossary) return;
    state.matcher = await deps.loadGlossary(state.glossaryText());
    state.forgetModel();
    features.view.redraw();
  }
}

/** `cache`'s value for `key`, computed by `make` and kept the first time. */
function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}
