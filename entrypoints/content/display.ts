// What each block shows: its text in the chosen script, and which characters carry pinyin.
import type { TermMatcherLike } from '../../lib/annotate';
import { codePointIndex } from '../../lib/codepoints';
import type { RepairedBlock } from '../../lib/reflow';
import type { ScriptChoice, Settings } from '../../lib/settings';

/** Simplified → traditional converter (loaded on demand, see entrypoints/cn2t.ts). */
export type Cn2t = (text: string, variant: 'tw' | 'hk') => string;

/** Pinyin and script helpers (loaded on demand, see entrypoints/annotator.ts). */
export interface AnnotatorLike {
  displayReadings(display: string, tone?: 'mark' | 'number'): string[];
  displayTerms(display: string, matcher: TermMatcherLike): { start: number; end: number }[];
  isUncommon(ch: string, n?: number): boolean;
  toSimplified(text: string): string;
  /** A tone-marked reading with a tone number instead ("yín" → "yin2"). */
  numbered(mark: string): string;
}

/** One block as displayed. */
export interface BlockDisplay {
  /** The displayed text. */
  text: string;
  /** True when `text` has the same UTF-16 length as the repaired text (offsets carry over). */
  aligned: boolean;
  /** Per code point: the reading to show above it, or null for none. */
  ruby: (string | null)[] | null;
  /** Per code point: its tone (1–5), for tone colours. */
  tones: number[] | null;
  /** Per code point: 1 where a word begins (readings of one word are drawn together), or null. */
  words?: Uint8Array | null;
}

/** Text of a block in the chosen script. */
export function scriptText(text: string, script: ScriptChoice, cn2t: Cn2t | null, an: AnnotatorLike | null): string {
  if (script === 'original' || !an) return text;
  if (script === 'simplified') return an.toSimplified(text);
  return cn2t ? cn2t(an.toSimplified(text), script) : text;
}

const TONE_OF: Record<string, number> = {};
for (const [tone, vowels] of [[1, 'āēīōūǖ'], [2, 'áéíóúǘ'], [3, 'ǎěǐǒǔǚ'], [4, 'àèìòùǜ']] as const) for (const v of vowels) TONE_OF[v] = tone;

function toneOfReading(r: string): number {
  const n = /([1-5])$/u.exec(r);
  if (n) return Number(n[1]);
  for (const ch of r) if (TONE_OF[ch]) return TONE_OF[ch] as number;
  return 5;
}

/**
 * What each block displays for one set of settings, computed block by block and only when
 * asked: the text in the chosen script for every block (cheap), the pinyin of a block only when
 * that block is drawn with ruby. Readings are kept per script across models (see ReadingCache),
 * so switching tone style, tone colours or pinyin mode does not read the article again.
 */
export class DisplayModel {
  private readonly texts: string[];
  private readonly cache: ScriptReadings | null;
  /** Identifies the displayed texts: models with the same key display the same text. */
  readonly key: string;
  private readonly done = new Map<number, BlockDisplay>();

  constructor(
    private readonly blocks: readonly RepairedBlock[],
    private readonly settings: Settings,
    private readonly an: AnnotatorLike | null,
    /** The glossary terms in block `i`'s displayed text, or null without a glossary. */
    private readonly termsIn: ((i: number, model: DisplayModel) => readonly { start: number; end: number }[]) | null,
    private readonly toggled: ReadonlyMap<number, ReadonlySet<number>>,
    cn2t: Cn2t | null,
    cache: ReadingCache,
    /** The words the reader clicked in block `i` (start code point → end), drawn as one word each. */
    private readonly clickedWords: ReadonlyMap<number, ReadonlyMap<number, number>> = new Map(),
  ) {
    const key = `${settings.script}:${an ? 1 : 0}:${cn2t ? 1 : 0}`;
    this.key = key;
    let known = cache.get(key) ?? null;
    const texts = known?.texts ?? blocks.map((b) => scriptText(b.text, settings.script, cn2t, an));
    if (!known && an) {
      known = { texts, marks: new Array<string[] | undefined>(blocks.length) };
      cache.set(key, known);
    }
    this.texts = texts;
    this.cache = known;
  }

  /** True when nothing differs from the repaired text (no display needed at all). */
  get plainOnly(): boolean {
    return this.settings.script === 'original' && this.settings.pinyin === 'off' && this.toggled.size === 0;
  }

  /** True when some block may show pinyin. */
  get hasRuby(): boolean {
    return this.an !== null && (this.settings.pinyin !== 'off' || this.toggled.size > 0);
  }

  /** Block `i`'s text as displayed. */
  text(i: number): string {
    return this.texts[i] ?? '';
  }

  /** Whether block `i` may show pinyin. */
  blockHasRuby(i: number): boolean {
    return this.an !== null && (this.settings.pinyin !== 'off' || (this.toggled.get(i)?.size ?? 0) > 0);
  }

  /** Block `i` without pinyin (its text in the chosen script). */
  plain(i: number): BlockDisplay {
    const text = this.text(i);
    return { text, aligned: text.length === (this.blocks[i]?.text.length ?? 0), ruby: null, tones: null };
  }

  /** Reads the given blocks in one pinyin pass (far cheaper than one pass per block). */
  prepare(indices: readonly number[]): void {
    const cache = this.cache;
    const an = this.an;
    if (!cache || !an) return;
    const todo = indices.filter((i) => i >= 0 && i < this.blocks.length && !cache.marks[i] && this.blockHasRuby(i));
    if (todo.length === 0) return;
    const all = an.displayReadings(todo.map((i) => cache.texts[i] ?? '').join('\n'), 'mark');
    let at = 0;
    for (const i of todo) {
      const n = codePointIndex(cache.texts[i] ?? '').at(-1) ?? 0;
      cache.marks[i] = all.slice(at, at + n);
      at += n + 1;
    }
  }

  /** Block `i` with pinyin where the settings (and the reader's clicks) want it. */
  get(i: number): BlockDisplay {
    const done = this.done.get(i);
    if (done) return done;
    if (!this.blockHasRuby(i) || !this.cache || !this.an) return this.plain(i);
    this.prepare([i]);
    const an = this.an;
    const s = this.settings;
    const text = this.text(i);
    const chars = Array.from(text);
    const marks = this.cache.marks[i] ?? [];
    const flips = this.toggled.get(i);
    let inTerm: Uint8Array | null = null;
    if (s.pinyin === 'glossary' && this.termsIn) {
      inTerm = new Uint8Array(chars.length);
      const cpOf = codePointIndex(text);
      for (const m of this.termsIn(i, this)) for (let k = cpOf[m.start] ?? 0; k < (cpOf[m.end] ?? 0); k++) inTerm[k] = 1;
    }
    const numbered = s.tone === 'number';
    const ruby = chars.map((ch, k) => {
      const r = marks[k] ?? '';
      if (!r) return null;
      let on = s.pinyin === 'all' || (s.pinyin === 'glossary' && inTerm?.[k] === 1) || (s.pinyin === 'uncommon' && an.isUncommon(ch, s.uncommonRank));
      if (flips?.has(k)) on = !on;
      if (!on) return null;
      return numbered ? an.numbered(r) : r;
    });
    const tones = s.toneColors ? marks.map(toneOfReading) : null;
    const display = { text, aligned: text.length === (this.blocks[i]?.text.length ?? 0), ruby, tones, words: withWords(wordStarts(text), this.clickedWords.get(i)) };
    this.done.set(i, display);
    return display;
  }
}

/** Texts and tone-marked readings of every block, for one script. */
interface ScriptReadings {
  texts: string[];
  marks: (string[] | undefined)[];
}

/** Readings per script (and per loaded helper), kept for as long as the repaired article lives. */
export type ReadingCache = Map<string, ScriptReadings>;

let segmenter: Intl.Segmenter | null | undefined;
/** Word starts of recent texts: segmenting Chinese costs about as much as reading it, so a redraw (mode switch, click-to-toggle) reuses them. */
const WORDS = new Map<string, Uint8Array>();
const WORDS_KEPT = 4000;

/**
 * Makes the word segmenter ready now: its first use loads the dictionary it segments Chinese
 * with (20–100 ms the first time in a tab's process in Chromium, a few ms after that). Called
 * when the popup opens and while the annotator is being injected.
 */
export function warmSegmenter(): void {
  wordStarts('读报');
}

/** Whether the word segmenter has been made (for tests). */
export function segmenterMade(): boolean {
  return segmenter !== undefined;
}

/**
 * Per code point of `text`: 1 where a word begins (Intl.Segmenter's Chinese words, the same
 * boundaries as click-to-toggle), else 0. Without a segmenter every code point is a word.
 * The result is shared between calls: do not change it.
 */
export function wordStarts(text: string): Uint8Array {
  const known = WORDS.get(text);
  if (known) return known;
  const cpOf = codePointIndex(text);
  const n = cpOf[text.length] ?? 0;
  const out = new Uint8Array(n);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  if (!segmenter) out.fill(1);
  else {
    for (const s of segmenter.segment(text)) {
      const at = cpOf[s.index];
      if (at !== undefined && at < n) out[at] = 1;
    }
  }
  if (WORDS.size >= WORDS_KEPT) WORDS.clear();
  WORDS.set(text, out);
  return out;
}

/**
 * Word starts `starts` with the given words (start code point → end) made whole: each begins a
 * word, has no start inside and ends where the next word begins. A copy when there are any.
 */
export function withWords(starts: Uint8Array, words: ReadonlyMap<number, number> | undefined): Uint8Array {
  if (!words || words.size === 0) return starts;
  const out = starts.slice();
  for (const [a, e] of words) {
    if (a < 0 || a >= out.length) continue;
    out[a] = 1;
    for (let k = a + 1; k < Math.min(e, out.length); k++) out[k] = 0;
    if (e < out.length) out[e] = 1;
  }
  return out;
}

/** The code points of the word around code point `k` (Intl.Segmenter, else the character). */
export function wordAround(text: string, k: number): number[] {
  const starts = wordStarts(text);
  if (k < 0 || k >= starts.length) return [k];
  let a = k;
  while (a > 0 && starts[a] !== 1) a--;
  let e = k + 1;
  while (e < starts.length && starts[e] !== 1) e++;
  return Array.from({ length: e - a }, (_, j) => a + j);
}

