// The content script's controller: recognise, repair, render, answer the popup, stay in sync
// with pages that change after load. Everything it changes can be switched back.
import { browser } from 'wxt/browser';
import { detect, type Recognition } from '../../lib/detect';
import { repairBody, type RepairedArticle } from '../../lib/extract/repair';
import type { RepairedBlock } from '../../lib/reflow';
import { isContentMessage, type ArticleView, type ContentMessage, type PageInfo, type Reply } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { canonicalUrl } from '../../lib/url';
import type { TermMatcherLike } from '../../lib/annotate';
import { codePointIndex } from '../../lib/codepoints';
import { DisplayModel, wordAround, type AnnotatorLike, type Cn2t, type ReadingCache } from './display';
import { Card, type CardEntry, type CardLabels, type DictCardEntry } from './card';
import { describe as describeSelection, anchorAll, type BlockRange } from '../../lib/anchor';
import { citation } from '../../lib/highlights/export';
import type { HighlightColor, HighlightRecord } from '../../lib/highlights/types';
import { drawHighlights, offsetInRepaired, originalRange, repairedRange } from './marks';
import { CLS, renderBlock, renderBlocks, restyleBlock, type RenderOptions, type TermRange } from './render';
import { SelectionToolbar, type ToolbarLabels } from './toolbar';
import { classifyGestures, termOf, trusted, type GestureHandlers, type GesturePoint } from './gesture';

/** Heavy parts loaded only when the reader turns their feature on. */
export interface PageDeps {
  loadAnnotator?: () => Promise<AnnotatorLike>;
  /** The dictionary word around an offset of a stretch of text (asked of the background). */
  wordAt?: (text: string, offset: number) => Promise<{ start: number; end: number } | null>;
  loadTraditional?: () => Promise<Cn2t>;
  loadGlossary?: () => Promise<TermMatcherLike>;
  glossaryEntry?: (id: string) => Promise<CardEntry | null>;
  dictLookup?: (text: string, offset: number) => Promise<DictCardEntry[]>;
  cardLabels?: CardLabels;
  toolbarLabels?: ToolbarLabels;
  loadHighlights?: (url: string) => Promise<HighlightRecord[]>;
  saveHighlight?: (h: HighlightRecord) => Promise<HighlightRecord>;
  updateHighlight?: (id: string, patch: { note?: string; color?: HighlightColor }) => Promise<HighlightRecord>;
  putTerm?: (term: string, explanation: string) => Promise<void>;
  copyText?: (text: string) => Promise<void>;
}

/** How long the pointer rests before a card opens (ms). */
const HOVER_TERM_MS = 300;
const HOVER_WORD_MS = 600;
/** Common characters that exist only in traditional script: enough of them means a traditional page. */
const TRADITIONAL_ONLY = /[這們個為說國會來時對過還後與從關業經當將發動學現點區縣鄉鎮醫銀]/gu;
/**
 * Pinyin is drawn at once only for the blocks on screen (and half a screen beyond), at most this
 * many characters; the rest of the article gets its pinyin in idle time, a few blocks at a go.
 */
const RUBY_NOW_CHARS = 4000;
/**
 * Characters of pinyin drawn at a go, and the time budget of a slice when there is no idle time
 * (ms). Slices are few and large: when the article sits in a table cell (most e-paper templates),
 * any change inside it makes Chromium lay out again every ruby on screen.
 */
const RUBY_SLICE_CHARS = 1500;
const RUBY_SLICE_MS = 16;
/** At most this long a slice even when the browser offers more idle time (ms). */
const RUBY_IDLE_MS = 25;

/** A new record id. */
function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `h${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** A UI string, or '' where the runtime has none (tests, odd embedders). */
function message(key: 'joinLabel'): string {
  try {
    return browser.i18n.getMessage(key);
  } catch {
    return '';
  }
}

/** Attribute on the article root: `repaired` or `original`. */
export const MARK = 'data-dubao';

/** One recognised page and everything Dubao did to it. */
export class DubaoPage {
  private original: Node[] = [];
  private repaired: RepairedArticle | null = null;
  private view: ArticleView = 'original';
  private showRepairs = false;
  private observer: MutationObserver | null = null;
  private cn2t: Cn2t | null = null;
  private annotator: AnnotatorLike | null = null;
  private matcher: TermMatcherLike | null = null;
  private model: DisplayModel | undefined;
  /** Readings per script of the current repaired article (kept across setting changes). */
  private readonly readings: ReadingCache = new Map();
  /** Blocks drawn without the pinyin they should show yet (filled in idle time). */
  private pending = new Set<number>();
  private fillTask: { cancel(): void } | null = null;
  private fillStarted = 0;
  /** The first block that was on screen when the view was drawn (idle filling starts there). */
  private fillFrom = 0;
  private pointerHeld = false;
  private readonly loads = new Map<string, Promise<unknown>>();
  /** Counts calls of applySettings (only the latest one draws). */
  private applying = 0;
  /** The settings and helpers the repaired view on the page was drawn with. */
  private drawn_: { settings: Settings; helpers: unknown[] } | null = null;
  /** Whether the repaired article is in traditional characters (see isTraditionalPage). */
  private traditional: boolean | undefined;
  /** The reader has a non-empty selection somewhere (tracked by selectionchange). */
  private selecting = false;
  private drawnWaiters: (() => void)[] = [];
  /** Glossary terms of every block, for the displayed texts (`key`) and matcher they were found with. */
  private allTerms: { key: string; matcher: TermMatcherLike; terms: (TermRange[] | undefined)[] } | undefined;
  /** Block elements of the repaired view, by block index. */
  private blockEls: HTMLElement[] = [];
  private highlights: HighlightRecord[] = [];
  private placed = new Map<string, BlockRange>();
  private orphans: string[] = [];
  private toolbar: SelectionToolbar | null = null;
  private card: Card | null = null;
  private listening: AbortController | null = null;
  /** Code points whose pinyin the reader flipped by clicking, per block. */
  private readonly toggled = new Map<number, Set<number>>();

  constructor(
    private readonly doc: Document,
    readonly recognition: Recognition,
    private settings: Settings,
    private readonly deps: PageDeps = {},
  ) {}

  /** Repairs and shows the article (or leaves a layout page alone). */
  start(): void {
    const root = this.recognition.body;
    if (!root) return;
    this.original = Array.from(root.childNodes);
    root.setAttribute(MARK, 'original');
    if (this.settings.defaultView === 'repaired') this.setView('repaired');
    this.observe();
    this.listening = new AbortController();
    classifyGestures(this.doc, root, this.gestureHandlers(), {
      restDelay: (target) => (termOf(target) ? HOVER_TERM_MS : this.settings.hoverDictionary && !target?.closest?.('a') ? HOVER_WORD_MS : null),
      active: () => this.view === 'repaired' && !!this.repaired,
      isOwnUi: (e) => !!this.toolbar?.contains(e) || !!this.card?.contains(e),
    }, this.listening.signal);
    const opts = { signal: this.listening.signal };
    root.addEventListener('copy', ((e: ClipboardEvent) => trusted(e) && this.onCopy(e)) as EventListener, opts);
    this.doc.addEventListener('pointerdown', (e) => trusted(e) && this.onPointerDown(e), { ...opts, capture: true });
    this.doc.addEventListener('pointerup', (e) => trusted(e) && this.onPointerUp(), { ...opts, capture: true });
    this.doc.addEventListener('pointercancel', (e) => trusted(e) && this.onPointerUp(), { ...opts, capture: true });
    this.doc.addEventListener('selectionchange', this.onSelectionChange, opts);
    this.doc.defaultView?.addEventListener('hashchange', this.onHash, opts);
    void this.restoreHighlights();
    if (this.needsLoading(this.settings)) void this.applySettings(this.settings);
  }

  /** The settings in force. */
  currentSettings(): Settings {
    return this.settings;
  }

  /** Applies changed settings (script, pinyin): loads what they need, then redraws. */
  async applySettings(next: Settings): Promise<void> {
    const gen = ++this.applying;
    this.settings = next;
    try {
      const traditionalPage = this.isTraditionalPage();
      const wantTerms = next.pinyin === 'glossary' || next.glossaryMarks !== 'off';
      const { loadAnnotator, loadTraditional, loadGlossary } = this.deps;
      if ((next.script !== 'original' || next.pinyin !== 'off' || (wantTerms && traditionalPage)) && !this.annotator && loadAnnotator) this.annotator = await this.once('annotator', loadAnnotator);
      if ((next.script === 'tw' || next.script === 'hk') && !this.cn2t && loadTraditional) this.cn2t = await this.once('traditional', loadTraditional);
      if (wantTerms && !this.matcher && loadGlossary) this.matcher = await this.once('glossary', loadGlossary);
    } catch {
      // the feature stays off; the article stays readable
    }
    // A later change arrived while this one was loading: that one draws.
    if (gen !== this.applying) return;
    const drawn = this.drawn_;
    const sameHelpers = !!drawn && drawn.helpers.every((h, k) => h === this.helpers()[k]);
    if (sameHelpers && sameSettings(drawn.settings, next)) {
      // The page already shows these settings.
      this.model = undefined;
      return;
    }
    if (sameHelpers && onlyToneChanged(drawn.settings, next)) this.restyle();
    else this.redraw();
  }

  /** Whether the article is written in traditional characters (decided once per repaired article). */
  private isTraditionalPage(): boolean {
    if (!this.repaired) return false;
    this.traditional ??= this.repaired.blocks.reduce((n, b) => n + (b.text.match(TRADITIONAL_ONLY)?.length ?? 0), 0) >= 5;
    return this.traditional;
  }

  /** The element of block `i` in the repaired view. */
  private readonly blockAt = (i: number): Element | undefined => this.blockEls[i];

  /** The helpers a drawing depends on. */
  private helpers(): unknown[] {
    return [this.annotator, this.cn2t, this.matcher];
  }

  /** A tone style or colour switch: readings and classes change in place, nothing is rebuilt. */
  private restyle(): void {
    this.model = undefined;
    const model = this.modelFor();
    const root = this.recognition.body;
    if (this.view !== 'repaired' || !model || !root) return;
    performance.mark('dubao:restyle:start');
    const redo: number[] = [];
    this.mutate(() => {
      for (const [i, el] of this.blockEls.entries()) {
        if (!el || this.pending.has(i) || !model.blockHasRuby(i)) continue;
        if (!restyleBlock(el, model.get(i))) redo.push(i);
      }
      this.fillBlocks(root, redo);
    });
    performance.measure('dubao:restyle', 'dubao:restyle:start');
    this.drawn_ = { settings: this.settings, helpers: this.helpers() };
    if (redo.length) this.drawMarks();
  }

  /** Loads a helper once, however many setting changes ask for it meanwhile (a failed load may be tried again). */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.loads.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.loads.set(key, p);
      p.catch(() => this.loads.delete(key));
    }
    return p;
  }

  private needsLoading(s: Settings): boolean {
    return s.script !== 'original' || s.pinyin !== 'off' || s.glossaryMarks !== 'off';
  }

  /** Rebuilds the repaired view (if shown) with the current settings. */
  redraw(): void {
    this.model = undefined;
    this.redrawInPlace();
  }

  /** Draws the repaired view again from the current model, keeping selection and the blocks on screen first. */
  private redrawInPlace(): void {
    const root = this.recognition.body;
    if (this.view !== 'repaired' || !root) return;
    // Whatever the reader had selected stays selected across the redraw.
    const selected = this.selectionRange();
    const onScreen = this.blocksOnScreen(root);
    this.mutate(() => this.renderRepaired(root, onScreen));
    this.drawMarks();
    if (selected) this.select(selected);
  }

  /** Selects a block range of the repaired view. */
  private select(r: BlockRange): void {
    const root = this.recognition.body;
    const range = root ? repairedRange(this.blockAt, r) : null;
    const sel = this.doc.getSelection?.();
    if (!range || !sel) return;
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /** What each block displays with the current settings (null before the article is repaired). */
  private modelFor(): DisplayModel | null {
    if (!this.repaired) return null;
    // In "glossary terms" mode the model asks for the terms matched for drawing (not matched again).
    const termsIn = this.matcher ? (i: number, model: DisplayModel) => this.termsAt(model, i) : null;
    this.model ??= new DisplayModel(this.repaired.blocks, this.settings, this.annotator, termsIn, this.toggled, this.cn2t, this.readings);
    return this.model;
  }

  /** Each gesture the classifier recognises, handed to the one feature it belongs to. */
  private gestureHandlers(): GestureHandlers {
    const onWord = (at: GesturePoint): void => {
      const term = termOf(at.target);
      if (term) void this.openTerm(term);
      else this.togglePinyin(at);
    };
    return {
      select: () => this.showToolbar(),
      rest: (at) => {
        const term = termOf(at.target);
        if (term) void this.openTerm(term);
        else if (this.settings.hoverDictionary) void this.openWord(at);
      },
      click: onWord,
      tap: onWord,
      keyOpen: (term) => {
        if (this.card?.refocusing !== term) void this.openTerm(term);
      },
    };
  }

  /** Clicking or tapping a word in the repaired view toggles its pinyin. */
  private togglePinyin(at: GesturePoint): void {
    const hit = this.charAt(at);
    if (!hit) return;
    if (!this.annotator) {
      // The first word clicked loads pinyin, then is toggled.
      const load = this.deps.loadAnnotator;
      if (!load) return;
      void this.once('annotator', load).then((an) => {
        this.annotator = an;
        this.toggleAt(hit);
      }, () => undefined);
      return;
    }
    this.toggleAt(hit);
  }

  private toggleAt(hit: { block: number; offset: number }): void {
    if (!this.repaired) return;
    const text = this.modelFor()?.text(hit.block) ?? '';
    const cpOf = codePointIndex(text);
    const cp = cpOf[hit.offset] ?? 0;
    if (!/\p{Script=Han}/u.test(Array.from(text)[cp] ?? '')) return;
    const apply = (word: number[]): void => {
      const set = this.toggled.get(hit.block) ?? new Set<number>();
      for (const k of word) if (!set.delete(k)) set.add(k);
      if (set.size) this.toggled.set(hit.block, set);
      else this.toggled.delete(hit.block);
      this.model = undefined;
      this.redrawBlock(hit.block);
    };
    // The dictionary's word (asked of the background, on a window of the text), else the platform's.
    const from = Math.max(0, hit.offset - 60);
    const window = text.slice(from, hit.offset + 60);
    const fallback = (): void => apply(wordAround(text, cp));
    if (!this.deps.wordAt) return fallback();
    this.deps.wordAt(window, hit.offset - from).then((w) => {
      if (!w) return fallback();
      const a = cpOf[from + w.start] ?? cp;
      const e = cpOf[from + w.end] ?? cp + 1;
      apply(Array.from({ length: Math.max(1, e - a) }, (_, j) => a + j));
    }, fallback);
  }

  /** Block index and UTF-16 offset in the displayed text under a pointer event. */
  private charAt(e: GesturePoint): { block: number; offset: number } | null {
    const ruby = e.target?.closest?.('ruby');
    const caret = ruby?.firstChild ? { node: ruby.firstChild, offset: 0 } : caretAt(this.doc, e.clientX, e.clientY);
    const node = caret?.node ?? null;
    let offset = caret?.offset ?? 0;
    if (!node || node.nodeType !== 3) return null;
    const blockEl = node.parentElement?.closest('[data-dubao-block]');
    if (!blockEl) return null;
    // Offset of this text node within the block's displayed text (ruby readings excluded).
    let before = 0;
    const walker = this.doc.createTreeWalker(blockEl, 4);
    for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) {
      if (!n.parentElement?.closest('rt')) before += (n as Text).data.length;
    }
    if (offset >= (node as Text).data.length) offset = Math.max(0, (node as Text).data.length - 1);
    return { block: Number((blockEl as HTMLElement).dataset.dubaoBlock), offset: before + offset };
  }

  private redrawBlock(i: number): void {
    const root = this.recognition.body;
    if (!root || this.view !== 'repaired') return;
    this.mutate(() => this.fillBlocks(root, [i]));
    this.drawMarks();
  }

  /** Draws the given blocks again, with their pinyin (the selection, if in them, is kept). */
  private fillBlocks(root: Element, indices: readonly number[]): void {
    const repaired = this.repaired;
    if (!repaired || indices.length === 0) return;
    // (Asking Chromium for the selection makes it lay out the page: only when there is one.)
    const selected = this.selecting ? this.selectionRange() : null;
    this.modelFor()?.prepare(indices);
    const options = this.renderOptions(() => true);
    let touched = false;
    for (const i of indices) {
      this.pending.delete(i);
      const old = this.blockEls[i];
      const b = repaired.blocks[i];
      if (!old?.isConnected || !b) continue;
      const el = renderBlock(this.doc, b, i, repaired.extraction, root, options);
      keepSizeHint(old, el);
      old.replaceWith(el);
      this.blockEls[i] = el;
      if (selected && i >= selected.startBlock && i <= selected.endBlock) touched = true;
    }
    if (touched && selected) this.select(selected);
  }

  /**
   * How blocks are drawn: with pinyin where `withRuby(i)` says so, else in the script only;
   * blocks in `later` (drawn again with their pinyin soon) get their term marks then.
   */
  private renderOptions(withRuby: (i: number) => boolean, later?: ReadonlySet<number>): RenderOptions {
    const model = this.modelFor();
    const terms = this.termsFor(model);
    return {
      showRepairs: this.showRepairs,
      joinLabel: message('joinLabel') || 'A print line break was removed here',
      displayOf: !model || model.plainOnly ? undefined : (i) => (withRuby(i) ? model.get(i) : model.plain(i)),
      termsOf: terms && ((i) => (later?.has(i) ? [] : terms(i))),
    };
  }

  /** The glossary terms in block `i`'s displayed text (matched once per text and matcher). */
  private termsAt(model: DisplayModel | null, i: number): TermRange[] {
    const b = this.repaired?.blocks[i];
    if (!this.matcher || !b) return [];
    const matcher = this.matcher;
    const plain = !model || model.plainOnly;
    const key = `${plain ? 'plain' : model.key}:${this.annotator ? 1 : 0}`;
    if (this.allTerms?.key !== key || this.allTerms.matcher !== matcher) this.allTerms = { key, matcher, terms: [] };
    let found = this.allTerms.terms[i];
    if (!found) {
      const text = plain ? b.text : model.text(i);
      found = (this.annotator ? this.annotator.displayTerms(text, matcher) : matcher.match(text)) as TermRange[];
      this.allTerms.terms[i] = found;
    }
    return found;
  }

  /** Every glossary term of every block. */
  private allTermsFor(model: DisplayModel | null): TermRange[][] {
    return (this.repaired?.blocks ?? []).map((_, i) => this.termsAt(model, i));
  }

  /** The terms to underline in a block ("first" keeps one per term and article). */
  private termsFor(model: DisplayModel | null): ((i: number) => readonly TermRange[]) | undefined {
    if (!this.matcher || !this.repaired || this.settings.glossaryMarks === 'off') return undefined;
    if (this.settings.glossaryMarks !== 'first') return (i) => this.termsAt(model, i);
    const seen = new Set<string>();
    const firsts = this.allTermsFor(model).map((found) => found.filter((t) => !seen.has(t.id) && seen.add(t.id) !== undefined));
    return (i) => firsts[i] ?? [];
  }

  /** How often a term occurs in this article (from the matches already made for drawing). */
  private occurrences(id: string): number {
    return this.allTermsFor(this.modelFor()).flat().filter((t) => t.id === id).length;
  }

  private cardUi(): Card | null {
    if (!this.deps.cardLabels) return null;
    this.card ??= new Card(this.doc, this.deps.cardLabels);
    return this.card;
  }

  /** Opens the glossary card for a term element. */
  private async openTerm(el: HTMLElement, id = el.dataset.termId ?? ''): Promise<void> {
    const card = this.cardUi();
    if (!card || !this.deps.glossaryEntry || !id) return;
    if (card.isOpen() && card.anchorElement() === el && card.root()?.querySelector('.card')?.getAttribute('data-entry') === id) return;
    const entry = await this.deps.glossaryEntry(id);
    if (!entry) return;
    card.showEntry(el, entry, this.occurrences(id), {
      onRelated: (rid) => void this.openTerm(el, rid),
      onHighlight: this.deps.saveHighlight
        ? () => {
            // Highlight this occurrence of the term: select it and save as a highlight.
            const sel = this.doc.getSelection();
            const r = this.doc.createRange();
            r.selectNodeContents(el);
            sel?.removeAllRanges();
            sel?.addRange(r);
            void this.highlightSelection('yellow').then(() => card.close(true));
          }
        : undefined,
    });
    card.root()?.querySelector('.card')?.setAttribute('data-entry', id);
  }

  /** Opens the dictionary card for the word under a pointer position. */
  private async openWord(e: GesturePoint): Promise<void> {
    const card = this.cardUi();
    if (!card || !this.deps.dictLookup || !this.repaired) return;
    const hit = this.charAt(e);
    if (!hit) return;
    const blockEl = this.blockEls[hit.block];
    const text = this.modelFor()?.text(hit.block) ?? '';
    if (!/\p{Script=Han}/u.test(text[hit.offset] ?? '')) return;
    const from = Math.max(0, hit.offset - 100);
    const matches = await this.deps.dictLookup(text.slice(from, hit.offset + 100), hit.offset - from);
    const range = this.rangeAt(e);
    if (!range || !blockEl) return;
    card.showDictionary(range, matches);
  }

  /** A range over the character under a pointer position, or null off text. */
  private rangeAt(e: GesturePoint): Range | null {
    const caret = caretAt(this.doc, e.clientX, e.clientY);
    if (!caret || caret.node.nodeType !== 3) return null;
    const t = caret.node as Text;
    const range = this.doc.createRange();
    range.setStart(t, Math.min(caret.offset, Math.max(0, t.data.length - 1)));
    range.setEnd(t, Math.min(t.data.length, caret.offset + 1));
    return range;
  }

  /** Copying from the article gives the characters only, never the pinyin or repair marks. */
  private readonly onCopy = (e: ClipboardEvent): void => {
    if (this.view !== 'repaired') return;
    const sel = this.doc.getSelection?.();
    if (!sel || sel.isCollapsed || !e.clipboardData) return;
    const frag = sel.getRangeAt(0).cloneContents();
    frag.querySelectorAll('rt, rp, .dubao-join').forEach((n) => n.remove());
    const blocks = Array.from(frag.querySelectorAll('[data-dubao-block]'));
    const text = blocks.length > 1 ? blocks.map((b) => b.textContent ?? '').join('\n') : frag.textContent ?? '';
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };

  /** What the popup shows about this page. */
  info(): PageInfo {
    const r = this.recognition;
    return {
      recognized: true,
      kind: r.kind,
      site: r.site,
      siteName: r.siteName,
      title: r.title,
      date: r.date,
      url: canonicalUrl(this.doc.location?.href ?? '') ?? '',
      view: this.view,
      showRepairs: this.showRepairs,
      blocks: this.repaired?.blocks.length ?? 0,
      joins: this.repaired?.blocks.reduce((n, b) => n + b.joins.length, 0) ?? 0,
      orphans: [...this.orphans],
    };
  }

  /** Switches between the repaired paragraphs and the exact original DOM. */
  setView(view: ArticleView): void {
    const root = this.recognition.body;
    if (!root || view === this.view) return;
    this.mutate(() => {
      if (view === 'original') {
        this.cancelFill();
        root.replaceChildren(...this.original);
      } else {
        this.renderRepaired(root, null);
      }
      root.setAttribute(MARK, view);
      this.view = view;
    });
    this.drawMarks();
  }

  /**
   * Builds the repaired article and puts it in place of the original. When blocks show pinyin,
   * only those on screen (`onScreen`, from the drawing being replaced; else estimated from where
   * the article sits and how long its blocks are) get their ruby now; the others are drawn in their script only and get their ruby in idle time, so a
   * long article never holds the page up and off-screen ruby costs nothing until it is needed.
   */
  private renderRepaired(root: Element, onScreen: ReadonlySet<number> | null): void {
    this.cancelFill();
    this.drawn_ = { settings: this.settings, helpers: this.helpers() };
    performance.mark('dubao:render:start');
    this.repaired ??= this.repair();
    const blocks = this.repaired.blocks;
    performance.mark('dubao:display:start');
    const model = this.modelFor();
    const ruby = !!model && model.hasRuby;
    const now = new Set<number>();
    // Where the article sits, read before it changes (the layout is usually clean by then).
    const geometry = ruby ? articleGeometry(root, this.doc) : null;
    if (ruby) {
      let chars = 0;
      for (const i of onScreen ?? estimateOnScreen(geometry, blocks)) {
        if (chars >= RUBY_NOW_CHARS) break;
        now.add(i);
        chars += blocks[i]?.text.length ?? 0;
      }
      model.prepare([...now]);
    }
    this.fillFrom = now.size ? Math.min(...now) : 0;
    const pending = new Set<number>();
    if (ruby) {
      blocks.forEach((_, i) => {
        if (!now.has(i) && model.blockHasRuby(i)) pending.add(i);
      });
    }
    const options = this.renderOptions((i) => now.has(i), pending);
    performance.measure('dubao:display', 'dubao:display:start');
    const article = renderBlocks(this.doc, blocks, this.repaired.extraction, root, options);
    this.pending = pending;
    if (ruby) {
      article.classList.add('dubao-with-ruby');
      if (geometry) sizeHints(article, geometry, (i) => blocks[i]?.text.length ?? 0);
    }
    root.replaceChildren(article);
    this.blockEls = [];
    for (const el of Array.from(article.children)) {
      if (el instanceof HTMLElement && el.dataset.dubaoBlock !== undefined) this.blockEls[Number(el.dataset.dubaoBlock)] = el;
    }
    this.fillStarted = performance.now();
    performance.mark('dubao:render:end');
    const started = performance.measure('dubao:render', 'dubao:render:start', 'dubao:render:end').startTime;
    // When the drawing reached the screen: after the next frame (layout and paint included).
    const win = this.doc.defaultView;
    win?.requestAnimationFrame?.(() => win.setTimeout(() => performance.measure('dubao:render-painted', { start: started, end: performance.now() }), 0));
    if (this.pending.size) this.scheduleFill();
    else this.drawn();
  }

  /** Indices of the blocks of the drawing in place that are on screen, top first (the same bounds as estimateOnScreen). */
  private blocksOnScreen(root: Element): Set<number> {
    const out = new Set<number>();
    const height = this.doc.defaultView?.innerHeight || 800;
    for (const [i, el] of this.blockEls.entries()) {
      if (!el?.isConnected || !root.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.top >= height) break;
      if (r.bottom >= -height * 0.1) out.add(i);
    }
    return out;
  }

  /** Gives pending blocks their pinyin in idle time, nearest the screen first, a slice at a time. */
  private scheduleFill(): void {
    if (this.fillTask || this.pending.size === 0) return;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    const run = (deadline?: IdleDeadline): void => {
      this.fillTask = null;
      const root = this.recognition.body;
      if (this.view !== 'repaired' || !root || this.pending.size === 0) return;
      if (this.pointerHeld) {
        // Replacing text under a selection being dragged would end the drag: wait.
        this.fillTask = later(win, () => run(), 150);
        return;
      }
      const t0 = performance.now();
      const blocks = this.repaired?.blocks ?? [];
      const order = this.fillOrder();
      let k = 0;
      while (k < order.length) {
        const slice: number[] = [];
        let chars = 0;
        while (k < order.length && chars < RUBY_SLICE_CHARS) {
          const i = order[k++] as number;
          slice.push(i);
          chars += blocks[i]?.text.length ?? 0;
        }
        this.mutate(() => this.fillBlocks(root, slice));
        // Idle time is used while it lasts, but never for a long task; without it, a short slice.
        const spent = performance.now() - t0;
        if (spent > RUBY_IDLE_MS || (deadline && !deadline.didTimeout ? deadline.timeRemaining() < 4 : spent > RUBY_SLICE_MS)) break;
      }
      performance.measure('dubao:ruby-slice', { start: t0, end: performance.now() });
      this.drawMarks();
      if (this.pending.size) this.scheduleFill();
      else this.drawn();
    };
    if (win?.requestIdleCallback) {
      const id = win.requestIdleCallback(run, { timeout: 200 });
      this.fillTask = { cancel: () => win.cancelIdleCallback(id) };
    } else {
      this.fillTask = later(win, () => run(), 0);
    }
  }

  /** Pending blocks, those just below the screen first, then those above it (nearest first). */
  private fillOrder(): number[] {
    const pending = [...this.pending].sort((a, b) => a - b);
    const from = this.fillFrom;
    return [...pending.filter((i) => i >= from), ...pending.filter((i) => i < from).reverse()];
  }

  private cancelFill(): void {
    this.fillTask?.cancel();
    this.fillTask = null;
    this.pending.clear();
    // Nothing is left to draw for whoever waited on the drawing just dropped.
    for (const w of this.drawnWaiters.splice(0)) w();
  }

  /** Every block shows what it should: record the time and tell whoever waits. */
  private drawn(): void {
    if (this.fillStarted) performance.measure('dubao:ruby-complete', { start: this.fillStarted, end: performance.now() });
    for (const w of this.drawnWaiters.splice(0)) w();
  }

  /** Resolves once every block of the repaired view shows its pinyin (at once if nothing is pending). */
  whenDrawn(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.drawnWaiters.push(resolve));
  }

  /** Turns the "show repairs" marks on or off. */
  setShowRepairs(on: boolean): void {
    this.showRepairs = on;
    this.redrawInPlace();
  }

  /** Loads this article's saved highlights and anchors them (orphans are kept and listed). */
  async restoreHighlights(): Promise<void> {
    if (!this.deps.loadHighlights) return;
    try {
      this.highlights = await this.deps.loadHighlights(this.info().url);
    } catch {
      return;
    }
    this.anchorHighlights();
    this.drawMarks();
    this.scrollToHash();
  }

  private blockTexts(): string[] {
    this.repaired ??= this.repair();
    return this.repaired.blocks.map((b) => b.text);
  }

  private anchorHighlights(): void {
    performance.mark('dubao:anchor:start');
    const { placed, orphans } = anchorAll(this.blockTexts(), this.highlights);
    this.placed = new Map(placed.map((p) => [p.highlight.id, p.range]));
    this.orphans = orphans.map((o) => o.id);
    performance.measure('dubao:anchor', 'dubao:anchor:start');
  }

  /** Draws every placed highlight in the current view. */
  drawMarks(): void {
    const root = this.recognition.body;
    if (!root || !this.repaired || this.placed.size === 0) {
      drawHighlights(this.doc, new Map());
      return;
    }
    const byColor = new Map<HighlightColor, Range[]>();
    for (const h of this.highlights) {
      const r = this.placed.get(h.id);
      if (!r) continue;
      const range = this.view === 'repaired' ? repairedRange(this.blockAt, r) : originalRange(this.doc, this.repaired.blocks, this.repaired.extraction, r);
      if (!range) continue;
      const list = byColor.get(h.color) ?? [];
      list.push(range);
      byColor.set(h.color, list);
    }
    drawHighlights(this.doc, byColor);
  }

  /** `#dubao-hl=<id>` (opened from the panel): scroll that highlight into view. */
  private scrollToHash(): void {
    const id = /dubao-hl=([A-Za-z0-9_-]+)/u.exec(this.doc.location?.hash ?? '')?.[1];
    const r = id ? this.placed.get(id) : undefined;
    const root = this.recognition.body;
    if (!r || !root) return;
    const range = this.view === 'repaired' ? repairedRange(this.blockAt, r) : null;
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
  }

  /** The article range of the current selection (repaired view), or null. */
  private selectionRange(): BlockRange | null {
    const sel = this.doc.getSelection?.();
    const root = this.recognition.body;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !root || this.view !== 'repaired') return null;
    const r = sel.getRangeAt(0);
    if (!root.contains(r.commonAncestorContainer)) return null;
    const a = offsetInRepaired(r.startContainer, r.startOffset);
    const b = offsetInRepaired(r.endContainer, r.endOffset);
    if (!a || !b) return null;
    if (a.block === b.block && a.offset === b.offset) return null;
    return { startBlock: a.block, start: a.offset, endBlock: b.block, end: b.offset };
  }

  /** Saves the current selection as a highlight; returns its id. */
  async highlightSelection(color: HighlightColor = 'yellow'): Promise<string | null> {
    const range = this.selectionRange();
    if (!range || !this.deps.saveHighlight) return null;
    const { quote, position } = describeSelection(this.blockTexts(), range);
    if (!quote.exact.trim()) return null;
    const r = this.recognition;
    const now = Date.now();
    const record: HighlightRecord = {
      id: newId(),
      url: this.info().url,
      paper: r.siteName,
      site: r.site,
      date: r.date,
      title: r.title,
      quote,
      position,
      color,
      note: '',
      tags: [],
      createdAt: now,
      updatedAt: now,
      schema: 1,
    };
    const saved = await this.deps.saveHighlight(record);
    this.highlights.push(saved);
    this.placed.set(saved.id, { startBlock: position.startBlock, start: position.start, endBlock: position.endBlock, end: position.end });
    this.doc.getSelection?.()?.removeAllRanges();
    this.drawMarks();
    return saved.id;
  }

  private readonly onHash = (): void => this.scrollToHash();

  private readonly onPointerDown = (e: Event): void => {
    this.pointerHeld = true;
    if (this.toolbar?.isOpen() && !this.toolbar.contains(e)) this.toolbar.close();
  };

  private readonly onPointerUp = (): void => {
    this.pointerHeld = false;
  };

  private readonly onSelectionChange = (): void => {
    const sel = this.doc.getSelection?.();
    this.selecting = !!sel && sel.rangeCount > 0 && !sel.isCollapsed;
  };

  /** A selection in the article brings up the toolbar. */
  private showToolbar(): void {
    if (!this.deps.toolbarLabels) return;
    {
      const range = this.selectionRange();
      if (!range) return;
      const sel = this.doc.getSelection();
      const rect = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
      if (!rect) return;
      this.toolbar ??= new SelectionToolbar(this.doc, this.deps.toolbarLabels as ToolbarLabels, {
        highlight: (color) => this.highlightSelection(color),
        saveNote: async (id, note) => {
          const updated = await this.deps.updateHighlight?.(id, { note });
          const i = this.highlights.findIndex((h) => h.id === id);
          if (updated && i >= 0) this.highlights[i] = updated;
        },
        copyCitation: async () => {
          const sel2 = this.selectionRange() ?? range;
          const { quote } = describeSelection(this.blockTexts(), sel2);
          const r = this.recognition;
          await this.deps.copyText?.(citation({ quote, paper: r.siteName, date: r.date, title: r.title, url: this.info().url }));
        },
        lookUp: () => {
          const s2 = this.doc.getSelection();
          const rr = s2 && s2.rangeCount ? s2.getRangeAt(0).getBoundingClientRect() : rect;
          void this.openWord({ clientX: rr.left + 2, clientY: rr.top + rr.height / 2, target: null });
        },
        addTerm: async (explanation) => {
          const { quote } = describeSelection(this.blockTexts(), range);
          await this.deps.putTerm?.(quote.exact.trim(), explanation);
          await this.reloadGlossary();
        },
      });
      this.toolbar.show(rect);
    }
  }

  /** Rebuilds the term matcher (after the reader added a term) and redraws. */
  async reloadGlossary(): Promise<void> {
    if (!this.deps.loadGlossary) return;
    this.matcher = await this.deps.loadGlossary();
    this.redraw();
  }

  /** Answers a message from the popup or the background. */
  handle(m: ContentMessage): PageInfo {
    switch (m.type) {
      case 'page:set-view':
        this.setView(m.view);
        break;
      case 'page:toggle-view':
        this.setView(this.view === 'repaired' ? 'original' : 'repaired');
        break;
      case 'page:show-repairs':
        this.setShowRepairs(m.on);
        break;
      case 'page:info':
        break;
      case 'page:refresh-highlights':
        void this.restoreHighlights();
        break;
      case 'page:refresh-terms':
        // Only a page that shows terms has a matcher to rebuild.
        if (this.matcher) void this.reloadGlossary().catch(() => undefined);
        break;
      case 'page:highlight-selection':
        void this.highlightSelection('yellow');
        break;
      case 'page:add-term': {
        const text = m.text.trim();
        if (text) {
          const explanation = this.doc.defaultView?.prompt?.(`${text}`, '') ?? null;
          if (explanation !== null) void this.deps.putTerm?.(text, explanation).then(() => this.reloadGlossary());
        }
        break;
      }
    }
    return this.info();
  }

  /** Puts the page back exactly as it was and stops watching it. */
  stop(): void {
    this.observer?.disconnect();
    this.listening?.abort();
    this.card?.close(false);
    this.toolbar?.close();
    drawHighlights(this.doc, new Map());
    this.setView('original');
    this.recognition.body?.removeAttribute(MARK);
  }

  /** Repairs the article from the original nodes, which are in the page at this point. */
  private repair(): RepairedArticle {
    return repairBody(this.recognition.body as Element, { punctuation: this.settings.punctuation });
  }

  /** The article changed: everything computed from its repaired text goes. */
  private forgetRepair(): void {
    this.cancelFill();
    this.repaired = null;
    this.traditional = undefined;
    this.model = undefined;
    this.allTerms = undefined;
    this.readings.clear();
  }

  /** Runs a change of ours without our observer seeing it. */
  private mutate(change: () => void): void {
    this.observer?.disconnect();
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      this.reconnect();
    }
  }

  private reconnect(): void {
    const root = this.recognition.body;
    if (root && this.observer) this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Content the page's own scripts add to the article root after load joins the original and
   * the repaired view is rebuilt. Our own changes are invisible to the observer, so it never loops.
   */
  private observe(): void {
    const root = this.recognition.body;
    if (!root || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (this.view !== 'repaired') {
        this.original = Array.from(root.childNodes);
        this.forgetRepair();
        return;
      }
      const added: Node[] = [];
      for (const r of records) {
        if (r.target === root) for (const n of Array.from(r.addedNodes)) if (!(n instanceof Element && n.classList.contains(CLS.article))) added.push(n);
      }
      if (added.length === 0) return;
      this.original.push(...added);
      this.mutate(() => root.replaceChildren(...this.original));
      this.forgetRepair();
      this.view = 'original';
      this.setView('repaired');
    });
    this.reconnect();
  }
}

/** Recognises the page and starts Dubao on it; returns null when the page is not for us. */
export function startOnPage(doc: Document, settings: Settings, force: boolean, deps: PageDeps = {}): DubaoPage | null {
  const recognition = detect(doc.location?.href ?? '', doc, { force });
  if (!recognition) return null;
  const page = new DubaoPage(doc, recognition, settings, deps);
  page.start();
  return page;
}

/** What the content script says about a page it does not work on. */
export function unrecognisedInfo(href: string): PageInfo {
  return {
    recognized: false, kind: null, site: null, siteName: null, title: null, date: null,
    url: canonicalUrl(href) ?? href, view: 'original', showRepairs: false, blocks: 0, joins: 0,
  };
}

/** The message listener the content script registers. */
export function listen(getPage: () => DubaoPage | null): (raw: unknown) => Promise<Reply<PageInfo>> | undefined {
  return (raw) => {
    if (!isContentMessage(raw)) return undefined;
    const page = getPage();
    if (!page) {
      if (raw.type === 'page:info') return Promise.resolve({ ok: true, value: unrecognisedInfo(location.href) });
      return Promise.resolve({ ok: false, error: 'not an e-paper article' });
    }
    try {
      return Promise.resolve({ ok: true, value: page.handle(raw) });
    } catch (e) {
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}

/**
 * The text position under a viewport point: the standard `caretPositionFromPoint` (Firefox,
 * Chromium 128+) first, `caretRangeFromPoint` where that is missing.
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
  // A caret is between characters: over the right half of a character it comes after it.
  if (caret && caret.node.nodeType === 3 && caret.offset > 0) {
    const r = doc.createRange();
    r.setStart(caret.node, caret.offset - 1);
    r.setEnd(caret.node, caret.offset);
    const box = r.getBoundingClientRect?.();
    if (box && box.width > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) caret.offset -= 1;
  }
  return caret;
}

/** Runs `f` after `ms` milliseconds; cancellable. */
function later(win: Window | null, f: () => void, ms: number): { cancel(): void } {
  const set = win?.setTimeout.bind(win) ?? setTimeout;
  const clear = win?.clearTimeout.bind(win) ?? clearTimeout;
  const id = set(f, ms);
  return { cancel: () => clear(id) };
}

/** Where the article root is and how big its text is, for estimating block heights. */
interface Geometry {
  top: number;
  viewport: number;
  perLine: number;
  /** Estimated height of one line with pinyin above it (px). */
  line: number;
  /** Space between blocks (px). */
  gap: number;
}

function articleGeometry(root: Element, doc: Document): Geometry | null {
  const width = root.clientWidth;
  if (!width) return null;
  const win = doc.defaultView;
  const font = Number.parseFloat(win?.getComputedStyle(root).fontSize ?? '') || 16;
  // Lines of the repaired view are 1.9em high, pinyin included (style.css); the indent and
  // punctuation that cannot start a line take about one character a line.
  return { top: root.getBoundingClientRect().top, viewport: win?.innerHeight || 800, perLine: Math.max(1, Math.floor(width / font) - 1), line: font * 1.95, gap: font * 0.9 };
}

function estimatedHeight(g: Geometry, chars: number): number {
  return (Math.ceil(chars / g.perLine) || 1) * g.line;
}

/** Blocks estimated to be on screen (a block cut by the bottom edge included), top first. */
function estimateOnScreen(g: Geometry | null, blocks: readonly RepairedBlock[]): number[] {
  if (!g) return blocks.map((_, i) => i);
  const out: number[] = [];
  let y = g.top;
  for (let i = 0; i < blocks.length && y < g.viewport; i++) {
    const h = estimatedHeight(g, blocks[i]?.text.length ?? 0) + g.gap;
    if (y + h >= -g.viewport * 0.1) out.push(i);
    y += h;
  }
  return out;
}

/**
 * Off-screen blocks of a pinyin view are not laid out (content-visibility: auto, see style.css);
 * each gets an estimated height from its length so that the scroll bar stays about right.
 */
function sizeHints(article: HTMLElement, g: Geometry, length: (i: number) => number): void {
  for (const el of Array.from(article.children)) {
    if (!(el instanceof HTMLElement) || el.dataset.dubaoBlock === undefined) continue;
    el.style.setProperty('contain-intrinsic-block-size', `auto ${Math.round(estimatedHeight(g, length(Number(el.dataset.dubaoBlock))))}px`);
  }
}

/** A block drawn again keeps the size hint of the one it replaces. */
function keepSizeHint(old: Element, el: HTMLElement): void {
  const hint = (old as HTMLElement).style?.getPropertyValue('contain-intrinsic-block-size');
  if (hint) el.style.setProperty('contain-intrinsic-block-size', hint);
}

/** True when two settings are the same in every field. */
function sameSettings(a: Settings, b: Settings): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Settings)[]);
  for (const k of keys) if (a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}

/** True when the only settings that changed are the tone style and tone colours. */
function onlyToneChanged(a: Settings, b: Settings): boolean {
  if (a === b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Settings)[]);
  let tone = false;
  for (const k of keys) {
    if (a[k] === b[k] || JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
    if (k !== 'tone' && k !== 'toneColors') return false;
    tone = true;
  }
  return tone;
}
