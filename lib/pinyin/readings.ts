// Per-character readings of a paragraph, in context.
//
// pinyin-pro is called once on the whole text (never per character) so that it segments
// words in context; its per-character output is then aligned to Array.from(text), the
// correction table is applied on top, and the tone style is converted if asked.

import { pinyin } from 'pinyin-pro';
import { findCorrections } from './corrections';
import { toNumbered, toneOf } from './tone';
import { refine } from './reader';

export type ToneStyle = 'mark' | 'number';

export interface ReadingsOptions {
  /** 'mark' (default): "yín", neutral "de". 'number': "yin2", neutral "de5". */
  tone?: ToneStyle;
}

const HAN_RE = /\p{Script=Han}/u;
const HAN_CP_RE = /^\p{Script=Han}$/u;
/** Invisible code points that may sit inside a word (ZWSP, soft hyphen, ZWJ, BOM, variation selectors). */
const TRANSPARENT_RE = /[\p{Cf}\p{Variation_Selector}]/u;
const TRANSPARENT_CP_RE = /^[\p{Cf}\p{Variation_Selector}]$/u;
/** What a reading from pinyin-pro looks like: Latin letters with combining marks. */
const READING_RE = /^[\p{Script=Latin}\u0300-\u036f]+$/u;
const ITERATION_MARK = '\u3005'; // 々 repeats the previous character

export function isHan(ch: string): boolean {
  return HAN_CP_RE.test(ch);
}

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
