// What the features of the content script share: the article model the coordinator owns
// (repaired blocks, the drawn block elements, the settings and helpers in force) and the
// context each feature is started with.
import type { Recognition } from '../../lib/detect';
import { repairBody, type RepairedArticle } from '../../lib/extract/repair';
import type { ArticleView } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import type { TermMatcherLike } from '../../lib/annotate';
import type { HighlightColor, HighlightRecord } from '../../lib/highlights/types';
import { DisplayModel, type AnnotatorLike, type Cn2t, type ReadingCache } from './display';
import type { Card, CardEntry, CardLabels, DictCardEntry } from './card';
import type { ToolbarLabels } from './toolbar';
import type { TermRange } from './render';
import type { WordsFeature, WordsHost } from './words';
import type { PinyinUse } from './pinyin-prepare';

/** Heavy parts loaded only when the reader turns their feature on, and the background's services. */
export interface PageDeps {
  loadAnnotator?: () => Promise<AnnotatorLike>;
  /** Whether the reader used pinyin before: with it, an article gets pinyin ready in idle time (./pinyin-prepare.ts). */
  pinyinUse?: PinyinUse;
  /** The dictionary word around an offset of a stretch of text (asked of the background). */
  wordAt?: (text: string, offset: number) => Promise<{ start: number; end: number } | null>;
  loadTraditional?: () => Promise<Cn2t>;
  /** The glossary matcher for an article whose text (as the matcher will see it) is `text`. */
  loadGlossary?: (text: string) => Promise<TermMatcherLike>;
  glossaryEntry?: (id: string) => Promise<CardEntry | null>;
  dictLookup?: (text: string, offset: number) => Promise<DictCardEntry[]>;
  cardLabels?: CardLabels;
  toolbarLabels?: ToolbarLabels;
  loadHighlights?: (url: string) => Promise<HighlightRecord[]>;
  saveHighlight?: (h: HighlightRecord) => Promise<HighlightRecord>;
  updateHighlight?: (id: string, patch: { note?: string; color?: HighlightColor }) => Promise<HighlightRecord>;
  deleteHighlight?: (id: string) => Promise<HighlightRecord | null>;
  /** Saves a new own term of the reader's (the background never lets a page replace one). */
  putTerm?: (term: string, explanation: string) => Promise<void>;
  /** Whether the reader already has an own term with this text. */
  hasOwnTerm?: (term: string) => Promise<boolean>;
  /** Asks the reader whether to replace their own term `term` (true: yes). */
  confirmReplaceTerm?: (term: string) => boolean;
  /** Opens the library's terms editor on `term` with `explanation` filled in, for the reader to save there. */
  openTermEditor?: (term: string, explanation: string) => Promise<void>;
  copyText?: (text: string) => Promise<void>;
  /** Starts the saved-words feature (./words.ts) once the article is shown. */
  startWords?: (host: WordsHost) => WordsFeature;
  /** Tells the reader in one line that an optional part failed to load. */
  reportFailure?: (part: 'pinyin' | 'traditional' | 'glossary', why: string) => void;
}

/** Common characters that exist only in traditional script: enough of them means a traditional page. */
const TRADITIONAL_ONLY = /[這們個為說國會來時對過還後與從關業經當將發動學現點區縣鄉鎮醫銀]/gu;

/** The article model every feature reads: one per recognised page, owned by the coordinator. */
export class ArticleState {
  view: ArticleView = 'original';
  showRepairs = false;
  annotator: AnnotatorLike | null = null;
  cn2t: Cn2t | null = null;
  matcher: TermMatcherLike | null = null;
  /** Readings per script of the current repaired article (kept across setting changes). */
  readonly readings: ReadingCache = new Map();
  /** Code points whose pinyin the reader flipped by clicking, per block. */
  readonly toggled = new Map<number, Set<number>>();
  /** The words the reader clicked, per block: start code point → end (the dictionary's bounds, which the browser's segmenter may split). */
  readonly clickedWords = new Map<number, Map<number, number>>();
  /** When the latest settings change reached the page (performance.now()), until a drawing for it is on screen. */
  switchedAt: number | null = null;
  /** Block elements of the repaired view, by block index. */
  blockEls: HTMLElement[] = [];
  /** The glossary terms in a block's displayed text (set by the term feature). */
  termsIn: ((model: DisplayModel, i: number) => TermRange[]) | null = null;
  /** Called when the repaired article is dropped (the page changed it). */
  readonly onForget: (() => void)[] = [];
  private repaired_: RepairedArticle | null = null;
  private model_: DisplayModel | undefined;
  private traditional: boolean | undefined;

  constructor(readonly root: Element, public settings: Settings) {}

  /** The repaired article, repaired from the original nodes on first use (they must be in the page then). */
  article(): RepairedArticle {
    if (!this.repaired_) {
      // Timed apart from the drawing (performance measure `dubao:repair`): the repair runs once per article.
      performance.mark('dubao:repair:start');
      this.repaired_ = repairBody(this.root);
      performance.measure('dubao:repair', 'dubao:repair:start');
    }
    return this.repaired_;
  }

  /** The repaired article if it was made already. */
  repaired(): RepairedArticle | null {
    return this.repaired_;
  }

  /** The element of block `i` in the repaired view. */
  readonly blockAt = (i: number): HTMLElement | undefined => this.blockEls[i];

  /** What each block displays with the current settings (null before the article is repaired). */
  model(): DisplayModel | null {
    if (!this.repaired_) return null;
    const termsIn = this.matcher && this.termsIn;
    this.model_ ??= new DisplayModel(this.repaired_.blocks, this.settings, this.annotator, termsIn ? (i, m) => termsIn(m, i) : null, this.toggled, this.cn2t, this.readings, this.clickedWords);
    return this.model_;
  }

  /** The display model must be built again (settings, helpers or toggles changed). */
  forgetModel(): void {
    this.model_ = undefined;
  }

  /** The article changed: everything computed from its repaired text goes. */
  forgetRepair(): void {
    this.repaired_ = null;
    this.traditional = undefined;
    this.model_ = undefined;
    this.readings.clear();
    this.toggled.clear();
    this.clickedWords.clear();
    for (const f of this.onForget) f();
  }

  /** Whether the article is written in traditional characters (decided once per repaired article). */
  isTraditionalPage(): boolean {
    if (!this.repaired_) return false;
    this.traditional ??= this.repaired_.blocks.reduce((n, b) => n + (b.text.match(TRADITIONAL_ONLY)?.length ?? 0), 0) >= 5;
    return this.traditional;
  }

  /**
   * The article's text as the glossary matcher sees it (simplified when the page is traditional
   * and the annotator is loaded): the repaired blocks, else the body's own text.
   */
  glossaryText(): string {
    const text = this.repaired_ ? this.repaired_.blocks.map((b) => b.text).join('\n') : (this.root.textContent ?? '');
    return this.annotator && this.isTraditionalPage() ? this.annotator.toSimplified(text) : text;
  }

  /** The helpers a drawing depends on. */
  helpers(): unknown[] {
    return [this.annotator, this.cn2t, this.matcher];
  }
}

/** What a feature is started with. */
export interface PageContext {
  readonly doc: Document;
  readonly recognition: Recognition;
  readonly deps: PageDeps;
  readonly state: ArticleState;
  /** The article's canonical URL. */
  url(): string;
  /** The card shared by term cards and dictionary look-ups (null without labels). */
  card(): Card | null;
  /** The saved-words feature, once started (null without it). */
  words(): WordsFeature | null;
  /** Loads a helper once, however many callers ask meanwhile (a failed load may be tried again). */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** The other features, for the calls that cross between them. */
  readonly features: Features;
}

/** The features of a page (see the modules of the same names). */
export interface Features {
  view: import('./repaired-view').RepairedView;
  pinyin: import('./pinyin').PinyinDrawing;
  terms: import('./terms').TermMarks;
  lookup: import('./lookup').WordLookup;
  highlights: import('./highlights').Highlights;
  toolbar: import('./selection').SelectionFeature;
}

/** A feature: started with the page's context, stopped with every listener it added. */
export interface Feature {
  start(ctx: PageContext): void;
  stop(): void;
}

/** True when two settings are the same in every field. */
export function sameSettings(a: Settings, b: Settings): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Settings)[]);
  for (const k of keys) if (a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}

/** True when the only settings that changed are the tone style and tone colours. */
export function onlyToneChanged(a: Settings, b: Settings): boolean {
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

/** True when the only setting that changed is pinyin, from off to on (the text drawn stays the same). */
export function onlyPinyinTurnedOn(a: Settings, b: Settings): boolean {
  return a.pinyin === 'off' && b.pinyin !== 'off' && sameSettings({ ...a, pinyin: b.pinyin }, b);
}

/** True when the helpers differ only by the term matcher, missing when drawn and here now (helpers: annotator, converter, matcher). */
export function onlyMatcherArrived(drawn: readonly unknown[], now: readonly unknown[]): boolean {
  return drawn[2] == null && now[2] != null && drawn[0] === now[0] && drawn[1] === now[1];
}
