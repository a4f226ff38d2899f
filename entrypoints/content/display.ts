// What each block shows: its text in the chosen script, and which characters carry pinyin.
import type { TermMatcherLike } from '../../lib/annotate';
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

/** Computes every block's display for the given settings and words toggled by the reader. */
export function computeDisplay(
  blocks: readonly RepairedBlock[],
  settings: Settings,
  cn2t: Cn2t | null,
  matcher: TermMatcherLike | null,
  toggled: ReadonlyMap<number, ReadonlySet<number>>,
  an: AnnotatorLike | null,
): BlockDisplay[] {
  const texts = blocks.map((b) => scriptText(b.text, settings.script, cn2t, an));
  const wantReadings = an !== null && (settings.pinyin !== 'off' || toggled.size > 0);
  // One pinyin pass over the whole article (blocks joined by line breaks) costs far less than
  // one per block; the readings are then cut back into blocks by code point counts.
  const all = wantReadings ? (an as AnnotatorLike).displayReadings(texts.join('\n'), settings.tone) : [];
  let at = 0;
  return blocks.map((b, i) => {
    const text = texts[i] as string;
    const chars = Array.from(text);
    const readings = all.slice(at, at + chars.length);
    at += chars.length + 1;
    const flips = toggled.get(i);
    if (!an || (settings.pinyin === 'off' && !flips?.size)) return { text, aligned: text.length === b.text.length, ruby: null, tones: null };
    const inTerm = new Uint8Array(chars.length);
    if (settings.pinyin === 'glossary' && matcher) {
      const cpOf = codePointIndex(text);
      for (const m of an.displayTerms(text, matcher)) for (let k = cpOf[m.start] ?? 0; k < (cpOf[m.end] ?? 0); k++) inTerm[k] = 1;
    }
    const ruby = chars.map((ch, k) => {
      const r = readings[k] ?? '';
      if (!r) return null;
      let on = settings.pinyin === 'all' || (settings.pinyin === 'glossary' && inTerm[k] === 1) || (settings.pinyin === 'uncommon' && an.isUncommon(ch, settings.uncommonRank));
      if (flips?.has(k)) on = !on;
      return on ? r : null;
    });
    return { text, aligned: text.length === b.text.length, ruby, tones: settings.toneColors ? readings.map(toneOfReading) : null };
  });
}

/** Code point index for every UTF-16 offset of `text` (length + 1 entries). */
export function codePointIndex(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
  }
  out[text.length] = cp;
  return out;
}

/** The code points of the word around code point `k` (Intl.Segmenter, else the character). */
export function wordAround(text: string, k: number): number[] {
  const cpOf = codePointIndex(text);
  try {
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of seg.segment(text)) {
      const a = cpOf[s.index] ?? 0;
      const e = cpOf[s.index + s.segment.length] ?? 0;
      if (k >= a && k < e) return Array.from({ length: e - a }, (_, j) => a + j);
    }
  } catch {
    // no segmenter here: the character alone
  }
  return [k];
}
