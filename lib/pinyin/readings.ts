// Per-character readings of a paragraph, in context.
//
// pinyin-pro is called once on the whole text (never per character) so that it segments
// words in context; its per-character output is then aligned to Array.from(text), the
// correction table is applied on top, and the tone style is converted if asked.

import { findCorrections } from './corrections';
import { engineReadings, numberedReading } from './engine-readings';
import { toneOf } from './tone';
import { refine } from './reader';

export { aloneReading, alignByOrigin, engineReadings, isHan, numberedReading, type OriginItem } from './engine-readings';

export type ToneStyle = 'mark' | 'number';

export interface ReadingsOptions {
  /** 'mark' (default): "yín", neutral "de". 'number': "yin2", neutral "de5". */
  tone?: ToneStyle;
}

const HAN_RE = /\p{Script=Han}/u;
/** Invisible code points that may sit inside a word (ZWSP, soft hyphen, ZWJ, BOM, variation selectors). */
const TRANSPARENT_RE = /[\p{Cf}\p{Variation_Selector}]/u;
const TRANSPARENT_CP_RE = /^[\p{Cf}\p{Variation_Selector}]$/u;

/**
 * One entry per code point of `text` (Array.from(text)): the reading of a Han character in
 * context, or "" for anything else (punctuation, Latin, digits, spaces, lone surrogates) and
 * for Han characters pinyin-pro has no reading for. Never throws.
 */
export function readings(text: string, opts: ReadingsOptions = {}): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const cps = Array.from(text);
  const out: string[] = new Array<string>(cps.length).fill('');
  if (!HAN_RE.test(text)) return out;

  // Zero-width characters and variation selectors are dropped before segmentation so that a
  // word with an invisible character inside it is still read as one word.
  let work = text;
  let workCps = cps;
  let toOriginal: number[] | undefined; // work code point index → original code point index
  if (TRANSPARENT_RE.test(text)) {
    toOriginal = [];
    const kept: string[] = [];
    cps.forEach((cp, i) => {
      if (!TRANSPARENT_CP_RE.test(cp)) {
        kept.push(cp);
        toOriginal?.push(i);
      }
    });
    workCps = kept;
    work = kept.join('');
  }

  const raw = engineReadings(work, workCps);
  refine(workCps, raw);
  applyCorrections(work, workCps, raw);
  settleSandhi(workCps, raw);

  const numbered = opts.tone === 'number';
  for (let i = 0; i < workCps.length; i++) {
    const r = raw[i] ?? '';
    const j = toOriginal ? (toOriginal[i] ?? -1) : i;
    if (j >= 0) out[j] = numbered ? numberedReading(r) : r;
  }
  return out;
}

/**
 * pinyin-pro's readings of `text` refined by the polyphone model, before the correction table
 * (tone marks, one per code point). For checking which corrections are still needed.
 */
export function modelReadings(text: string): string[] {
  const cps = Array.from(text);
  const raw = engineReadings(text, cps);
  refine(cps, raw);
  return raw;
}

function applyCorrections(text: string, cps: readonly string[], target: string[]): void {
  const hits = findCorrections(text);
  if (hits.length === 0) return;
  const hasSurrogates = cps.length !== text.length;
  let cpIndexOf: ((u16: number) => number) | undefined;
  if (hasSurrogates) {
    const map = new Int32Array(text.length + 1);
    let u = 0;
    cps.forEach((cp, k) => {
      map[u] = k;
      if (cp.length === 2) map[u + 1] = k;
      u += cp.length;
    });
    map[text.length] = cps.length;
    cpIndexOf = (u16) => map[u16] ?? 0;
  }
  for (const hit of hits) {
    const start = cpIndexOf ? cpIndexOf(hit.index) : hit.index;
    hit.readings.forEach((r, k) => {
      if (start + k < target.length) target[start + k] = r;
    });
  }
}

/**
 * 一 and 不 keep pinyin-pro's tone sandhi, which it chose by its own reading of the next
 * character; where the polyphone model or the correction table gave that character another tone,
 * the sandhi follows the reading shown: 一 yí and 不 bú before a fourth tone, 一 yì and 不 bù before
 * any other (两新一重 liǎng xīn yí zhòng, not yì zhòng). A 一 read yī (第一, 统一, 一月) is no sandhi
 * and stays; before a neutral tone or anything but a reading nothing changes.
 */
export function settleSandhi(cps: readonly string[], target: string[]): void {
  for (let i = 0; i + 1 < cps.length; i++) {
    const ch = cps[i];
    if (ch !== '一' && ch !== '不') continue;
    const r = target[i];
    const [fourth, other] = ch === '一' ? ['yí', 'yì'] : ['bú', 'bù'];
    if (r !== fourth && r !== other) continue;
    const t = toneOf(target[i + 1] ?? '');
    if (t >= 1 && t <= 4) target[i] = t === 4 ? fourth : other;
  }
}
