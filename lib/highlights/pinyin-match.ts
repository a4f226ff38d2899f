// Pinyin search over many texts at once.
//
// The matching rules are those of pinyin-pro's match(text, pinyin, {continuous: true}) with its
// defaults (precision 'first', lastPrecision 'start', spaces ignored, case-insensitive): the
// query is consumed by consecutive characters of the text, each character taking either one of
// its readings in full or the first letter of one; the last character may take any beginning of
// a reading; a Latin letter in the text matches itself; spaces in the text are skipped. So
// `yiyinhezuo`, `yi yin he zuo`, `yyhz` and `yiyhz` all find 医银合作.
//
// Calling match() on every text costs 70–250 µs per 100-character text (10,000 highlights:
// 1–2.5 s), so the readings of every distinct character are looked up once with pinyin-pro
// (all heteronyms, no tones, as match() does) and the texts are kept as arrays of character ids;
// a query then runs a small automaton over them. tests/unit/highlights-search.test.ts checks
// that the result agrees with match(). One addition: ü may be typed as v or u (lv, lu → 绿).
//
// pinyin-pro is not imported here: it arrives with loadSearchAids() (./search-aids.ts), so the
// popup's first script stays small. Texts encoded before that match Latin letters only; their
// Han characters already have ids and get their readings as soon as pinyin-pro is there.

import { hanReadings, searchAidsReady } from './search-aids';

/** Id of characters that take part in no match. */
const NONE = 0;
/** Id of a space: skipped inside a match. */
const SPACE = 1;
/** The longest reading: the last character may match a beginning of at most this length. */
const MAX_PINYIN_LENGTH = 6;

const HAN_RE = /^\p{Script=Han}$/u;
const LETTER_RE = /^[a-z]$/u;

/** Character → id, shared by all indexes (readings never change). */
const ids = new Map<string, number>();
/** Readings of each id (toneless; ü also as v and u). */
const readingsOf: string[][] = [[], []];
/** Bit i set when some reading of the id starts with letter 'a' + i. */
let firstMask = new Int32Array(1024);
/**
 * Han characters given an id before pinyin-pro was loaded (./search-aids.ts): their readings
 * are filled in by fillPending() once it is, so texts encoded earlier match from then on.
 */
const pending: [string, number][] = [];

function readingsOfHan(ch: string): string[] {
  const found = new Set<string>();
  for (const r of hanReadings(ch) ?? []) {
    const lower = r.toLowerCase();
    if (!/^[a-zü]+$/u.test(lower)) continue;
    found.add(lower);
    if (lower.includes('ü')) {
      found.add(lower.replace(/ü/gu, 'v'));
      found.add(lower.replace(/ü/gu, 'u'));
    }
  }
  return [...found];
}

function setReadings(id: number, readings: string[]): void {
  readingsOf[id] = readings;
  let mask = 0;
  for (const r of readings) {
    const c = r.charCodeAt(0) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  firstMask[id] = mask;
}

function newId(): number {
  const id = readingsOf.length;
  readingsOf.push([]);
  if (id >= firstMask.length) {
    const grown = new Int32Array(firstMask.length * 2);
    grown.set(firstMask);
    firstMask = grown;
  }
  return id;
}

/** Gives the characters registered before pinyin-pro was loaded their readings (once it is). */
function fillPending(): void {
  if (pending.length === 0 || !searchAidsReady()) return;
  for (const [ch, id] of pending.splice(0)) setReadings(id, readingsOfHan(ch));
}

function register(ch: string): number {
  let id = ids.get(ch);
  if (id !== undefined) return id;
  if (ch === ' ') id = SPACE;
  else if (LETTER_RE.test(ch)) setReadings((id = newId()), [ch]);
  else if (HAN_RE.test(ch)) {
    id = newId();
    if (!searchAidsReady()) pending.push([ch, id]);
    else setReadings(id, readingsOfHan(ch));
  } else id = NONE;
  ids.set(ch, id);
  return id;
}

/** True when pinyin-pro is loaded, i.e. pinyin queries can match Han characters. */
export function pinyinReady(): boolean {
  return searchAidsReady();
}

/** Texts as character ids, one after the other. */
export interface PinyinTexts {
  /** Character ids of all texts. */
  readonly chars: Uint32Array;
  /** Text i is chars[offsets[i]] … chars[offsets[i + 1] - 1]. */
  readonly offsets: Uint32Array;
}

/**
 * Encodes lower-case texts for pinyinMatches(). A text may hold several fields separated by
 * '\u0000' (or any character without a reading): no match runs across them.
 */
export function encodePinyinTexts(texts: readonly string[]): PinyinTexts {
  fillPending();
  let total = 0;
  for (const t of texts) total += t.length;
  const chars = new Uint32Array(total);
  const offsets = new Uint32Array(texts.length + 1);
  let at = 0;
  texts.forEach((t, i) => {
    offsets[i] = at;
    for (const ch of t) chars[at++] = register(ch);
  });
  offsets[texts.length] = at;
  return { chars: chars.subarray(0, at), offsets };
}

/**
 * A pinyin query in the form the matcher takes: lower case, without spaces and apostrophes,
 * ü as v left as typed, tones dropped — marks (yī bǎo, as the word cards and the library show
 * readings) and numbers after a syllable (yi1 bao3, lü4). Null when it is not a pinyin query (it
 * must be Latin letters, spaces and apostrophes only, with at least one letter).
 */
export function normalizePinyinQuery(query: string): string | null {
  const q = query
    .toLowerCase()
    // Tone marks are combining marks after NFD; the diaeresis of ü is kept (ǖ → ü).
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036f]/gu, '')
    .normalize('NFC')
    .replace(/([a-zü])[1-5]/gu, '$1')
    .replace(/[\s']+/gu, '');
  return /^[a-zü]+$/u.test(q) ? q : null;
}

/** A compiled query: call it with a text index, true when that text matches. */
export type PinyinMatcher = (text: number) => boolean;

/** Compiles `query` (already normalised) against the encoded texts. */
export function pinyinMatcher(texts: PinyinTexts, query: string): PinyinMatcher {
  fillPending();
  const m = query.length;
  const code = Array.from(query, (c) => c.charCodeAt(0));
  const bits = code.map((c) => (c >= 97 && c < 123 ? 1 << (c - 97) : 0));
  const rest = Array.from({ length: m }, (_, j) => query.slice(j));
  const bit0 = bits[0] ?? 0;
  // States: query offsets reached by a match ending at the previous character.
  let cur = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  const stamp = new Int32Array(m + 1);
  let step = 0;
  const { chars, offsets } = texts;

  return (text) => {
    const from = offsets[text] ?? 0;
    const to = offsets[text + 1] ?? from;
    let n = 0;
    for (let k = from; k < to; k++) {
      const id = chars[k] ?? NONE;
      if (id === SPACE) continue;
      const mask = firstMask[id] ?? 0;
      if (mask === 0) {
        n = 0;
        continue;
      }
      step++;
      let nn = 0;
      // j = -1 stands for a match starting at this character.
      for (let s = -1; s < n; s++) {
        const j = s < 0 ? 0 : (cur[s] ?? 0);
        if ((mask & (s < 0 ? bit0 : (bits[j] ?? 0))) === 0) continue;
        const readings = readingsOf[id] ?? [];
        const tail = m - j <= MAX_PINYIN_LENGTH ? (rest[j] ?? '') : null;
        for (const r of readings) {
          if (r.charCodeAt(0) === code[j]) {
            if (j + 1 === m) return true;
            if (stamp[j + 1] !== step) {
              stamp[j + 1] = step;
              next[nn++] = j + 1;
            }
          }
          if (tail !== null && r.startsWith(tail)) return true;
          if (r.length > 1 && query.startsWith(r, j)) {
            const e = j + r.length;
            if (e === m) return true;
            if (stamp[e] !== step) {
              stamp[e] = step;
              next[nn++] = e;
            }
          }
        }
      }
      [cur, next] = [next, cur];
      n = nn;
    }
    return false;
  };
}
