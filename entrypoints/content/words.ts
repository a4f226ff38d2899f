// Saved words on the page: a quiet dotted mark on every saved word in the repaired article
// (CSS Custom Highlight API: the page's DOM is not changed), and on the dictionary and glossary
// cards a 收藏生词 / "Save word" button with where the word was first met. The coordinator
// (app.ts) starts it with a WordsHost and tells it when the article was drawn again and when a
// card opened; everything else stays private here.
import type { ArticleInfo } from '../../lib/messages';
import type { Send } from '../../lib/send';
import { chooseReading, spanReading, type ReadingEntry } from '../../lib/words/reading';
import { sentenceAround, trimWord } from '../../lib/words/sentence';
import type { WordRecord, WordSource } from '../../lib/words/types';
import { repairedRange } from './marks';
import { showNotice } from './notice';
import { markMatcher, type DisplayScript, type MarkMatcher } from './word-marks';

/** What the words feature needs from the coordinator. */
export interface WordsHost {
  doc: Document;
  /** The article shown (canonical URL, paper, title, date). */
  article(): ArticleInfo;
  /** The displayed text of block i of the repaired view (what offsets refer to), and how many blocks. */
  blockText(i: number): string;
  blockCount(): number;
  blockAt(i: number): Element | undefined;
  /** True while the repaired view is shown (marks are drawn only there). */
  repaired(): boolean;
  /** The word-related settings now. */
  settings(): { wordMarks: boolean; wordAutoSave: boolean };
  /** How the display is written when it is not simplified (./word-marks.ts), else null. */
  script(): DisplayScript | null;
  /** The pinyin annotator when it is loaded (a word's reading in its sentence), else null. */
  annotator(): WordReader | null;
  /** Loads the annotator (once per page) for a word no card's reading fits; null when it cannot be. */
  loadAnnotator?(): Promise<WordReader | null>;
}

/** What the words feature uses of the annotator: readings in a sentence, and folding to simplified. */
export interface WordReader {
  displayReadings(display: string, tone?: 'mark' | 'number'): string[];
  toSimplified?(text: string): string;
}

export { wordsHost } from './words-host';

/** Messages to the background and UI strings (index.ts wires them to the browser). */
export interface WordsDeps {
  ask: Send;
  t: (key: string, sub?: string | string[]) => string;
}

/**
 * How a card opened: `deliberate` by a tap, the keyboard or the toolbar's look-up; `click` by a
 * plain click (deliberate, unless a second click soon after makes it a slow double-click that
 * selects the word instead); `hover` when the pointer came to rest on the word (perhaps only
 * passing over it).
 */
export type CardOpening = 'deliberate' | 'click' | 'hover';

/**
 * How long after a click opened a card auto-save waits for a second click (ms): the card opens
 * DOUBLE_CLICK_MS (320) after the click, and the reader's system may count clicks up to 900 ms
 * apart as a double-click (Windows allows 500 by default, up to 900), which closes the card again.
 */
export const CLICK_SAVE_WAIT_MS = 600;

/**
 * Auto-save takes a hover card as a deliberate look-up once the pointer has stayed on the word
 * or its card this long, or the reader clicks, types or focuses in the card (ms).
 */
export const AUTO_SAVE_DWELL_MS = 1500;
/** How far the pointer may stray from the box around the word and its card and still be "staying" (px). */
const DWELL_SLACK = 8;

/** A word looked up on a card: where it is and what the card says about it. */
export interface WordLookup {
  block: number;
  start: number;
  end: number;
  /** The card's reading and meanings (a glossary term's own); a dictionary word's come from `entries`. */
  reading: string;
  /** A glossary card's entry term (simplified): its reading is the entry's, right only where the page writes that term. */
  term?: string;
  meanings: string[];
  /** The dictionary entries of a dictionary word, all of them: the one read in the sentence is kept first. */
  entries?: readonly ReadingEntry[];
  source: WordSource;
  /** How the card opened (default deliberate): auto-save waits for a hover card to be dwelt on. */
  opened?: CardOpening;
}

/** The running feature. */
export interface WordsFeature {
  /** The article was drawn again (or settings changed): marks follow. */
  redraw(): void;
  /**
   * A card opened for `hit`: adds the save button and the first-met line to it. With auto-save
   * on, saves the word when the look-up is deliberate: a card opened by a tap or the keyboard at
   * once; by a click once CLICK_SAVE_WAIT_MS have passed without a second click closing it (or
   * the reader clicks, types or focuses in it); a hover card once the pointer stays on the word
   * or the card for AUTO_SAVE_DWELL_MS, or the reader clicks, types or focuses in it. A card the
   * pointer only passed over saves nothing.
   */
  cardOpened(cardRoot: ShadowRoot | null, hit: WordLookup): void;
  /**
   * Saves the word selected in one block (reading in its sentence, meanings from CC-CEDICT when it
   * is a dictionary word); a single character is saved with a notice that it will not be marked.
   */
  saveRange(r: { startBlock: number; start: number; endBlock: number; end: number }): Promise<void>;
  /** The saved words changed elsewhere: fetch them again. */
  refresh(): Promise<void>;
  /** Removes every mark and listener. */
  stop(): void;
}

type HighlightCtor = new (...ranges: Range[]) => object;
type Registry = { set(name: string, h: object): void; delete(name: string): void };
const MARK_NAME = 'dubao-word';

/** Starts the feature: fetches the saved words' forms, then marks them. */
export function start(host: WordsHost, deps: WordsDeps): WordsFeature {
  let forms: string[] = [];
  let matcher: { key: string | null; m: MarkMatcher } | null = null;
  let stopped = false;
  const view = host.doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } }) | null;

  const redraw = (): void => {
    const registry = view?.CSS?.highlights;
    const Ctor = view?.Highlight;
    if (!registry || !Ctor) return;
    const script = host.script();
    if (matcher?.key !== (script?.key ?? null)) matcher = { key: script?.key ?? null, m: markMatcher(forms, script) };
    if (stopped || matcher.m.size === 0 || !host.repaired() || !host.settings().wordMarks) {
      registry.delete(MARK_NAME);
      return;
    }
    const ranges: Range[] = [];
    for (let i = 0; i < host.blockCount(); i++) {
      for (const hit of matcher.m.find(host.blockText(i))) {
        const r = repairedRange(host.blockAt, { startBlock: i, start: hit.start, endBlock: i, end: hit.end });
        if (r) ranges.push(r);
      }
    }
    registry.set(MARK_NAME, new Ctor(...ranges));
  };

  const refresh = async (): Promise<void> => {
    const next = await deps.ask({ type: 'words:forms' }).catch(() => [] as string[]);
    if (stopped) return;
    forms = next;
    matcher = null;
    redraw();
  };

  const save = async (hit: WordLookup): Promise<WordRecord> => {
    const a = host.article();
    const w = trimWord(host.blockText(hit.block), hit.start, hit.end);
    const s = sentenceAround(host.blockText(hit.block), w.start, w.end);
    const written = s.text.slice(s.start, s.end);
    // A glossary card's reading is its entry term's. Where the page has another form of the entry
    // (银医合作, 异地就医备案业务, 15分钟医保便民服务圈) the word is read in its sentence (the
    // annotator loaded for it), never given the term's syllables; so is jargon with no reading.
    const loaded = host.annotator();
    const curated = hit.source === 'glossary' && hit.reading !== '' && (hit.term === undefined || (loaded?.toSimplified?.(written) ?? written) === hit.term);
    // A selection with no reading of its own (no dictionary entry) is read in its sentence too: saved with none, review showed the bare characters.
    const bare = hit.source === 'selection' && !hit.reading && !hit.entries?.length;
    const an = hit.source !== 'glossary' && !bare ? loaded : curated ? null : (loaded ?? (await host.loadAnnotator?.()) ?? null);
    const inContext = an ? spanReading(an.displayReadings(s.text, 'mark'), s.text, s.start, s.end) : null;
    const kept = hit.source === 'glossary' && !curated ? '' : hit.reading;
    const chosen = hit.entries?.length ? chooseReading(hit.entries, inContext) : { reading: inContext || kept, meanings: hit.meanings.slice(0, 12) };
    const saved = await deps.ask({
      type: 'word:save',
      word: { written, ...chosen, source: hit.source, sentence: { ...s, url: a.url, title: a.title, paper: a.siteName, site: a.site, date: a.date } },
    });
    void refresh();
    return saved;
  };

  const saveRange = async (r: { startBlock: number; start: number; endBlock: number; end: number }): Promise<void> => {
    const text = host.blockText(r.startBlock);
    const written = text.slice(r.start, r.endBlock === r.startBlock ? r.end : text.length).trim();
    const start = text.indexOf(written, r.start);
    if (!written || start < 0 || written.length > 32) throw new Error(deps.t('wordsSaveFailed', written.slice(0, 40)));
    const from = Math.max(0, start - 100);
    type Found = { word: string; entries: readonly ReadingEntry[] };
    const lookUp = (t: string, at: number): Promise<Found[]> => deps.ask({ type: 'dict:lookup', text: t, offset: at }).catch(() => [] as Found[]);
    const found = await lookUp(text.slice(from, start + 100), start - from);
    // The look-up answers for the word the first character belongs to in its sentence (老花镜 for
    // a double-click's 镜): the selection is looked up on its own when that is not it.
    const entries = (found.find((f) => f.word === written) ?? (await lookUp(written, 0)).find((f) => f.word === written))?.entries ?? [];
    await save({ block: r.startBlock, start, end: start + written.length, reading: '', meanings: [], entries, source: entries.length ? 'dict' : 'selection' });
    // The toolbar closes on saving: a single character's "saved, not marked" is told in a notice line.
    if (Array.from(written).length === 1) showNotice(host.doc, deps.t('wordSingleUnmarked'));
  };

  /** Runs `go` once the look-up on `card` proves deliberate (see cardOpened); never after the card closed. */
  const whenDeliberate = (card: Element, hit: WordLookup, go: () => void): void => {
    const opened = hit.opened ?? 'deliberate';
    if (opened === 'deliberate') return go();
    const stop = new AbortController();
    const end = (save: boolean): void => {
      if (stop.signal.aborted) return;
      stop.abort();
      clearTimeout(timer);
      if (save && card.isConnected) go();
    };
    const timer = setTimeout(() => end(true), opened === 'click' ? CLICK_SAVE_WAIT_MS : AUTO_SAVE_DWELL_MS);
    const opts = { signal: stop.signal, capture: true };
    for (const type of ['pointerdown', 'keydown', 'focusin'] as const) card.addEventListener(type, (e) => e.isTrusted && end(true), opts);
    // A click is deliberate wherever the pointer goes next; a hover card saves only if it stays.
    if (opened === 'click') return;
    const staying = (x: number, y: number): boolean => {
      const word = repairedRange(host.blockAt, { startBlock: hit.block, start: hit.start, endBlock: hit.block, end: hit.end })?.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      if (!word) return false;
      const [l, t, r, b] = [Math.min(word.left, box.left), Math.min(word.top, box.top), Math.max(word.right, box.right), Math.max(word.bottom, box.bottom)];
      return x >= l - DWELL_SLACK && x <= r + DWELL_SLACK && y >= t - DWELL_SLACK && y <= b + DWELL_SLACK;
    };
    host.doc.addEventListener('pointermove', (e) => e.isTrusted && !staying(e.clientX, e.clientY) && end(false), opts);
  };

  /** The card shows the word as saved; a single character says it is not marked in articles (./word-marks.ts). */
  const saved = (card: Element, button: HTMLButtonElement, written: string): void => {
    button.textContent = deps.t('wordSaved');
    if (Array.from(written).length > 1 || card.querySelector('.single-note')) return;
    const note = host.doc.createElement('p');
    note.className = 'meta muted single-note';
    note.textContent = deps.t('wordSingleUnmarked');
    button.closest('.row')?.before(note);
  };

  void refresh();
  return {
    redraw,
    refresh,
    saveRange,
    cardOpened(root, hit) {
      const card = root?.querySelector('.card');
      if (!card) return;
      const w = trimWord(host.blockText(hit.block), hit.start, hit.end);
      const written = host.blockText(hit.block).slice(w.start, w.end);
      if (!/\p{Script=Han}/u.test(written)) return;
      hit = { ...hit, ...w };
      const doc = host.doc;
      let row = card.querySelector('.row');
      if (!row) {
        row = doc.createElement('div');
        row.className = 'row';
        card.append(row);
      }
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'save-word';
      button.textContent = deps.t('wordSave');
      const saveNow = (): void => {
        // Inactive while saving and once saved: a click on the button that also proves an
        // auto-saved look-up saves once. Marked aria-disabled, not disabled: a disabled button
        // drops the keyboard focus, and a reader who pressed Enter on it was left outside the card.
        if (!button.isConnected || button.getAttribute('aria-disabled') === 'true') return;
        button.setAttribute('aria-disabled', 'true');
        save(hit).then(() => saved(card, button, written), () => button.removeAttribute('aria-disabled'));
      };
      button.addEventListener('click', (e) => e.isTrusted && saveNow());
      row.prepend(button);
      const met = deps.ask({ type: 'word:met', word: written }).catch(() => null);
      void met.then((m) => {
        if (!m || !card.isConnected) return;
        const line = doc.createElement('p');
        line.className = 'meta muted first-met';
        const when = new Date(m.firstSeen).toLocaleDateString();
        const where = m.title ?? m.url; // null when first met in another article: the page learns the paper and date only
        line.textContent = where === null ? deps.t('wordFirstMetPaper', [when, m.paper]) : deps.t('wordFirstMet', [when, m.paper, where]);
        card.querySelector('.meta')?.after(line);
        saved(card, button, written);
      });
      // A deliberate look-up saves the word (auto-save) or, when it is saved already, counts as one more look-up.
      whenDeliberate(card, hit, () => {
        if (host.settings().wordAutoSave) return saveNow();
        void met.then((m) => m && deps.ask({ type: 'word:looked-up', word: written, url: host.article().url }).catch(() => undefined));
      });
    },
    stop() {
      stopped = true;
      view?.CSS?.highlights?.delete(MARK_NAME);
    },
  };
}
