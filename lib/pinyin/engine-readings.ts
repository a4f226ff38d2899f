// pinyin-pro's own readings, before the polyphone reader and the correction table: the engine
// is called once on a whole text (so that it segments words in context) and its per-character
// output aligned to Array.from(text). A module of its own so that the reader (./reader.ts) can
// use it without importing ./readings.ts, which imports the reader.

import { pinyin } from 'pinyin-pro';
import { toNumbered } from './tone';

const HAN_CP_RE = /^\p{Script=Han}$/u;
/** What a reading from pinyin-pro looks like: Latin letters with combining marks. */
const READING_RE = /^[\p{Script=Latin}\u0300-\u036f]+$/u;
const ITERATION_MARK = '\u3005'; // 々 repeats the previous character

export function isHan(ch: string): boolean {
  return HAN_CP_RE.test(ch);
}

/**
 * pinyin-pro's readings of `text` (code points `cps`), one per code point, before the polyphone
 * model and the correction table: a reading for Han characters, '' for anything else; 々 repeats
 * the reading before it.
 */
export function engineReadings(text: string, cps: readonly string[] = Array.from(text)): string[] {
  const raw = contextReadings(text, cps);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] ?? '';
    const r = raw[i] ?? '';
    let reading = '';
    if (isHan(cp)) {
      if (cp === ITERATION_MARK) reading = i > 0 && isHan(cps[i - 1] ?? '') ? (raw[i - 1] ?? '') : '';
      else if (r !== cp && READING_RE.test(r)) reading = r;
    }
    raw[i] = reading;
  }
  return raw;
}

const aloneCache = new Map<string, string>();
/** pinyin-pro's numbered reading of the single character `ch` without context, memoised. */
export function aloneReading(ch: string): string {
  let r = aloneCache.get(ch);
  if (r === undefined) {
    r = numberedReading(engineReadings(ch)[0] ?? '');
    aloneCache.set(ch, r);
  }
  return r;
}

/** toNumbered, memoised: a text has a few hundred distinct readings. */
const numberedCache = new Map<string, string>();
export function numberedReading(mark: string): string {
  let n = numberedCache.get(mark);
  if (n === undefined) {
    n = toNumbered(mark);
    if (numberedCache.size < 10_000) numberedCache.set(mark, n);
  }
  return n;
}

/**
 * pinyin-pro's readings for `text`, one per code point. pinyin-pro 3.x returns one array item
 * per code point; if an item count ever differs (a version that merges or splits non-Han runs),
 * the items are aligned by their `origin` text instead.
 */
function contextReadings(text: string, cps: readonly string[]): string[] {
  let items: string[];
  try {
    items = pinyin(text, { type: 'array', toneType: 'symbol' });
  } catch {
    return new Array<string>(cps.length).fill('');
  }
  if (items.length === cps.length) return items;
  try {
    const all = pinyin(text, { type: 'all', toneType: 'symbol' });
    return alignByOrigin(text, cps.length, all.map((x) => ({ origin: x.origin, reading: x.isZh ? x.pinyin : '' })));
  } catch {
    return new Array<string>(cps.length).fill('');
  }
}

export interface OriginItem {
  /** The source text this item stands for (one or more code points). */
  readonly origin: string;
  /** Its reading: one syllable, several space-separated syllables, or "" for non-Han. */
  readonly reading: string;
}

/**
 * Aligns engine output items to the code points of `text` by their origin strings. Items that
 * cover several code points spread space-separated syllables over them when the counts agree,
 * otherwise give ""; a one-code-point item with several syllables keeps the first. Items whose origin cannot be found are skipped; code points that no item
 * covers get "".
 */
export function alignByOrigin(text: string, cpCount: number, items: readonly OriginItem[]): string[] {
  const out = new Array<string>(cpCount).fill('');
  // UTF-16 offset → code point index for the starts of code points.
  const cpAt = new Map<number, number>();
  {
    let u = 0;
    let k = 0;
    for (const cp of text) {
      cpAt.set(u, k);
      u += cp.length;
      k++;
    }
    cpAt.set(u, k);
  }
  let pos = 0;
  for (const item of items) {
    const origin = item.origin;
    if (!origin) continue;
    let at = text.startsWith(origin, pos) ? pos : text.indexOf(origin, pos);
    if (at < 0) continue;
    // Only accept a match that starts and ends on code point boundaries.
    if (!cpAt.has(at) || !cpAt.has(at + origin.length)) {
      at = -1;
    }
    if (at < 0) continue;
    const first = cpAt.get(at) ?? 0;
    const originCps = Array.from(origin);
    const syllables = item.reading ? item.reading.trim().split(/\s+/u) : [];
    if (syllables.length === originCps.length) {
      syllables.forEach((s, k) => {
        if (first + k < cpCount) out[first + k] = s;
      });
    } else if (originCps.length === 1 && syllables[0] !== undefined) {
      out[first] = syllables[0];
    }
    pos = at + origin.length;
  }
  return out;
}
