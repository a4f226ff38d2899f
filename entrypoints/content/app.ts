// The content script's coordinator: recognises the page, owns the article model, starts the
// features (repaired view, pinyin, terms, look-up, highlights, selection toolbar) around it,
// hands each gesture to one of them, applies settings and answers the popup.
import { detect, type Recognition } from '../../lib/detect';
import type { ArticleView, ContentMessage, PageInfo } from '../../lib/messages';
import { normalizeSettings, type Settings } from '../../lib/settings';
import { canonicalUrl } from '../../lib/url';
import type { HighlightColor } from '../../lib/highlights/types';
import { Card } from './card';
import { scriptText } from './display';
import { ArticleState, onlyMatcherArrived, onlyPinyinTurnedOn, onlyToneChanged, sameSettings, type Features, type PageContext, type PageDeps } from './context';
import { classifyGestures, termOf } from './gesture';
import { Highlights } from './highlights';
import { PartLoads } from './loads';
import { WordLookup } from './lookup';
import { PinyinDrawing } from './pinyin';
import { RepairedView } from './repaired-view';
import { SelectionFeature } from './selection';
import { SettingsArrivals } from './settings-arrivals';
import { TermMarks } from './terms';
import { wordsHost, type CardOpening, type WordsFeature } from './words';

export type { PageDeps } from './context';
export { MARK } from './repaired-view';
export { caretAt } from './lookup';
export { listen, unrecognisedInfo } from './listen';

/** How long the pointer rests before a card opens (ms): on a glossary term, on any other word. */
const HOVER_TERM_MS = 300;
const HOVER_WORD_MS = 600;

/** One recognised page and everything Dubao did to it. */
export class DubaoPage {
  private readonly state: ArticleState;
  private readonly features: Features;
  private readonly ctx: PageContext;
  private readonly parts: PartLoads;
  private listening: AbortController | null = null;
  private card: Card | null = null;
  /** Counts calls of applySettings (only the latest one draws). */
  private applying = 0;
  /** The saved-words feature (./words.ts), started with the article. */
  private words: WordsFeature | null = null;
  private readonly viewListeners: ((view: ArticleView) => void)[] = [];
  private readonly settingsListeners: (() => void)[] = [];
  /** New settings, from the popup's message or from storage, each applied once. */
  readonly settingsArrive: SettingsArrivals;

  constructor(
    private readonly doc: Document,
    readonly recognition: Recognition,
    settings: Settings,
    private readonly deps: PageDeps = {},
  ) {
    this.state = new ArticleState(recognition.body as Element, settings);
    this.settingsArrive = new SettingsArrivals(settings, (next) => void this.applySettings(next));
    this.parts = new PartLoads(deps.reportFailure);
    this.features = { view: new RepairedView(), pinyin: new PinyinDrawing(), terms: new TermMarks(), lookup: new WordLookup(), highlights: new Highlights(), toolbar: new SelectionFeature() };
    this.ctx = {
      doc, recognition, deps, state: this.state, features: this.features,
      url: () => canonicalUrl(this.doc.location?.href ?? '') ?? '',
      card: () => (deps.cardLabels ? (this.card ??= new Card(doc, deps.cardLabels)) : null),
      words: () => this.words,
      once: (key, load) => this.parts.once(key, load),
    };
  }

  /** Repairs and shows the article (or leaves a layout page alone), and starts every feature. */
  start(): void {
    if (!this.recognition.body) return;
    const f = this.features;
    // The view draws last: it uses the others while drawing.
    for (const feature of [f.pinyin, f.terms, f.lookup, f.highlights, f.toolbar, f.view]) feature.start(this.ctx);
    this.words = this.deps.startWords?.(wordsHost(this.ctx)) ?? null;
    this.words?.redraw();
    this.listening = new AbortController();
    // A page the browser brings back from its back/forward cache missed every change sent to it
    // while it was away (a highlight deleted or noted in the library, saved words): it asks for
    // them again. Not the reader's terms: that redraws the article, its pinyin included.
    this.doc.defaultView?.addEventListener('pageshow', (e) => e.isTrusted && e.persisted && this.refreshSaved(), { signal: this.listening.signal });
    classifyGestures(this.doc, this.state.root, {
      // A card the focus arrived on its term with (Tab) would cover the words a keyboard
      // selection from that term goes on over: the toolbar takes its place.
      select: () => {
        this.card?.close(false);
        f.toolbar.show();
      },
      rest: (at) => {
        const term = termOf(at.target);
        if (term) void f.terms.openTerm(term, 'hover');
        else if (this.state.settings.hoverDictionary) void f.lookup.openWord(at, 'hover');
      },
      click: (at) => this.onWord(at, 'click'),
      // Nothing rests on a touch screen: a tap on a word opens what a resting pointer would.
      tap: (at) => (!termOf(at.target) && this.state.settings.hoverDictionary ? void f.lookup.openWord(at, 'deliberate') : this.onWord(at, 'deliberate')),
      keyOpen: (term, into) => {
        if (!f.terms.refocusing(term)) void f.terms.openTerm(term, 'deliberate').then(() => into && this.card?.anchorElement() === term && this.card.focusIn());
      },
    }, {
      restDelay: (target) => (termOf(target) ? HOVER_TERM_MS : this.state.settings.hoverDictionary && !target?.closest?.('a') ? HOVER_WORD_MS : null),
      active: () => this.state.view === 'repaired' && !!this.state.repaired(),
      isOwnUi: (e) => f.toolbar.contains(e) || !!this.card?.contains(e),
    }, this.listening.signal);
    const s = this.state.settings;
    // The article is settled once what the settings ask for (script, pinyin, term marks) is drawn.
    if (s.script !== 'original' || s.pinyin !== 'off' || s.glossaryMarks !== 'off') void this.applySettings(s).finally(() => this.features.view.settle());
    else this.features.view.settle();
  }

  /** The repaired blocks' texts in order, in the article's own script (none before the repair). */
  blockTexts(): string[] {
    return this.state.repaired()?.blocks.map((b) => b.text) ?? [];
  }

  /** A click or tap on a word: a term's card, else the word's pinyin. Returns how to undo it (a slow double-click). */
  private onWord(at: { target: Element | null; clientX: number; clientY: number }, how: CardOpening): () => void {
    const term = termOf(at.target);
    if (!term) return this.features.pinyin.toggleWordAt(at);
    const opened = this.features.terms.openTerm(term, how);
    return () => void opened.then(() => this.card?.anchorElement() === term && this.card.close(false));
  }

  /** The settings in force. */
  currentSettings(): Settings {
    return this.state.settings;
  }

  /** Applies changed settings (script, pinyin, terms): loads what they need, then redraws. A part that fails to load is reported and left off. */
  async applySettings(next: Settings): Promise<void> {
    try {
      await this.applyNow(next);
    } finally {
      for (const f of this.settingsListeners) f();
    }
  }

  /** Calls `f` after each settings change was applied (drawn, or left to a later change). */
  onSettingsApplied(f: () => void): void {
    this.settingsListeners.push(f);
  }

  /** `text` in the script the article is shown in now (as it is while the converters it needs are loading). */
  shownText(text: string): string {
    const { settings, cn2t, annotator } = this.state;
    return scriptText(text, settings.script, cn2t, annotator);
  }

  private async applyNow(next: Settings): Promise<void> {
    const gen = ++this.applying;
    const state = this.state;
    // From here to the drawing on screen is what the reader waits for (dubao:switch-painted).
    const switched = performance.now();
    state.settings = next;
    const traditionalPage = state.isTraditionalPage();
    const wantTerms = next.pinyin === 'glossary' || next.glossaryMarks !== 'off';
    const { loadAnnotator, loadTraditional, loadGlossary } = this.deps;
    if ((next.script !== 'original' || next.pinyin !== 'off' || (wantTerms && traditionalPage)) && !state.annotator && loadAnnotator) state.annotator = await this.parts.load('pinyin', 'annotator', loadAnnotator);
    if ((next.script === 'tw' || next.script === 'hk') && !state.cn2t && loadTraditional) state.cn2t = await this.parts.load('traditional', 'traditional', loadTraditional);
    if (wantTerms && !state.matcher && loadGlossary) state.matcher = await this.parts.load('glossary', 'glossary', () => loadGlossary(state.glossaryText()));
    // A later change arrived while this one was loading: that one draws.
    if (gen !== this.applying) return;
    const drawn = this.features.view.drawnWith;
    const sameHelpers = !!drawn && drawn.helpers.every((h, k) => h === state.helpers()[k]);
    state.forgetModel();
    if (sameHelpers && sameSettings(drawn.settings, next)) return;
    if (sameHelpers && onlyToneChanged(drawn.settings, next)) return this.features.pinyin.restyle();
    // Only the term list arrived (the glossary loaded after the first drawing): redraw just the blocks that hold terms.
    if (drawn && next.pinyin !== 'glossary' && sameSettings(drawn.settings, next) && onlyMatcherArrived(drawn.helpers, state.helpers()) && this.features.view.fillTerms()) return;
    state.switchedAt = switched;
    // Pinyin turned on (loading pinyin changes no text of an unconverted script): ruby in place.
    if (drawn && onlyPinyinTurnedOn(drawn.settings, next) && drawn.helpers.every((h, k) => h === state.helpers()[k] || (k === 0 && next.script === 'original')) && this.features.pinyin.switchOn()) return;
    this.features.view.redraw();
    // Nothing drawn in the original view: no wait to time.
    if (state.view !== 'repaired') state.switchedAt = null;
  }

  /** Rebuilds the repaired view (if shown) with the current settings. */
  redraw(): void {
    this.state.forgetModel();
    this.features.view.redraw();
  }

  /** What the popup shows about this page. */
  info(): PageInfo {
    const r = this.recognition;
    const repaired = this.state.repaired();
    const info: PageInfo = {
      recognized: true, kind: r.kind, site: r.site, siteName: r.siteName, title: r.title, date: r.date,
      url: this.ctx.url(), view: this.state.view, showRepairs: this.state.showRepairs,
      blocks: repaired?.blocks.length ?? 0,
      joins: repaired?.blocks.reduce((n, b) => n + b.joins.length, 0) ?? 0,
      orphans: this.features.highlights.orphanIds(),
    };
    const failed = this.parts.failedParts();
    if (failed.length) info.failed = failed;
    return info;
  }

  /** Switches between the repaired paragraphs and the exact original DOM. */
  setView(view: ArticleView): void {
    this.features.view.setView(view);
    for (const f of this.viewListeners) f(view);
  }

  /** Calls `f` after each switch of view (by the popup, a command or the keyboard). */
  onViewChange(f: (view: ArticleView) => void): void {
    this.viewListeners.push(f);
  }

  /** Resolves once every block of the repaired view shows its pinyin. */
  whenDrawn(): Promise<void> {
    return this.features.pinyin.whenDrawn();
  }

  /** Turns the "show repairs" marks on or off. */
  setShowRepairs(on: boolean): void {
    this.features.view.setShowRepairs(on);
  }

  /** Saves the current selection as a highlight; returns its id. */
  highlightSelection(color: HighlightColor = 'yellow'): Promise<string | null> {
    return this.features.highlights.saveSelection(color);
  }

  /** Reads the reader's own terms again; only a page that shows terms has a matcher to rebuild. */
  private refreshTerms(): void {
    if (this.state.matcher) void this.features.terms.reload().catch(() => undefined);
  }

  /** Reads this article's highlights and the saved words again, and draws them. */
  private refreshSaved(): void {
    void this.features.highlights.restore();
    void this.words?.refresh();
  }

  /** Answers a message from the popup or the background. */
  handle(m: ContentMessage): PageInfo {
    const f = this.features;
    switch (m.type) {
      case 'page:set-view':
        this.setView(m.view);
        break;
      case 'page:toggle-view':
        this.setView(this.state.view === 'repaired' ? 'original' : 'repaired');
        break;
      case 'page:show-repairs':
        this.setShowRepairs(m.on);
        break;
      case 'page:info':
        f.pinyin.popupOpening();
        break;
      case 'page:start-forced':
        break;
      case 'page:refresh-highlights':
        void f.highlights.restore();
        break;
      case 'page:refresh-terms':
        this.refreshTerms();
        break;
      case 'page:refresh-words':
        void this.words?.refresh();
        break;
      case 'page:prepare-pinyin':
        f.pinyin.prepare();
        break;
      case 'page:settings':
        this.settingsArrive.fromMessage(normalizeSettings(m.settings));
        break;
      case 'page:highlight-selection':
        void this.highlightSelection('yellow');
        break;
      case 'page:add-term': {
        const text = m.text.trim();
        const explanation = text ? this.doc.defaultView?.prompt?.(text, '') ?? null : null;
        if (explanation !== null) void f.terms.addOwnTerm(text, explanation).catch(() => undefined);
        break;
      }
    }
    return this.info();
  }

  /** Puts the page back exactly as it was and stops every feature. */
  stop(): void {
    // A page left alone (an e-paper layout page) started nothing.
    if (!this.listening) return;
    this.listening.abort();
    const f = this.features;
    for (const feature of [f.toolbar, f.terms, f.lookup, f.pinyin, f.view, f.highlights]) feature.stop();
    this.words?.stop();
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
