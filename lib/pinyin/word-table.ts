// The dictionary-word table the polyphone model consults: for CC-CEDICT words of 2–5 Han
// characters, the reading of each polyphonic character in the word. Built from the project's
// CC-CEDICT file (public/dict/cedict.txt) by scripts/train-polyphones.ts and stored compactly.

import { MAX_WORD, SELF, type WordTable } from './polyphone-features';
import { groupAt, lineEntry, searchAfter, searchBefore, searchReading, type LineEntry } from './word-table-search';

/** 一 and 不 change tone by what follows (yì/yí, bù/bú); CC-CEDICT writes their base tone, so it is not used for them. */
const SANDHI = new Set(['一', '不']);

/** CC-CEDICT syllable → numbered reading as the reader writes it ("Sai4" → "sai4", "lu:4" → "lü4", erhua "r5" → "er5"). */
export function cedictSyllable(s: string): string {
  const r = s.toLowerCase().replace(/u:/g, 'ü');
  return r === 'r5' ? 'er5' : r;
}

/**
 * Builds the word table from the dictionary's data lines (simplified, traditional, pinyin,
 * definitions, tab-separated; '#' lines skipped). `isPolyphone` says which characters to keep
 * readings for; other positions are ''. Where two entries of a word disagree at a position, the
 * position is '' (the dictionary does not decide). Words without any kept reading are left out.
 */
export function buildWordTable(dictText: string, isPolyphone: (ch: string) => boolean): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of dictText.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [simp = '', , py = ''] = line.split('\t');
    const cps = Array.from(simp);
    if (cps.length < 2 || cps.length > MAX_WORD || !/^\p{Script=Han}+$/u.test(simp)) continue;
    const syl = py.split(' ');
    if (syl.length !== cps.length) continue;
    const row = cps.map((ch, k) => (isPolyphone(ch) && !SANDHI.has(ch) ? cedictSyllable(syl[k] ?? '') : ''));
    const prev = table.get(simp);
    if (prev) row.forEach((r, k) => { if (prev[k] !== r) prev[k] = ''; });
    else table.set(simp, row);
  }
  for (const [w, row] of table) if (row.every((r) => r === '')) table.delete(w);
  return table;
}

/**
 * Serialises a word table compactly, grouped by character and reading: one line per character,
 * `ch<TAB>reading:word word…<TAB>reading:…`, each word written with `~` in the character's place
 * ("长\tzhang3:~大 成~"). Lines and words are sorted, so the output is stable.
 * {@link parseWordTable} reads it back.
 */
export function serializeWordTable(table: ReadonlyMap<string, readonly string[]>): string {
  const byChar = new Map<string, Map<string, string[]>>();
  for (const [w, row] of table) {
    const cps = Array.from(w);
    row.forEach((r, k) => {
      if (!r) return;
      const ch = cps[k] ?? '';
      const groups = byChar.get(ch) ?? byChar.set(ch, new Map()).get(ch) ?? new Map<string, string[]>();
      const list = groups.get(r) ?? groups.set(r, []).get(r) ?? [];
      list.push(cps.map((c, j) => (j === k ? SELF : c)).join(''));
    });
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byChar.keys()]
    .sort(cmp)
    .map((ch) => {
      const groups = byChar.get(ch) ?? new Map<string, string[]>();
      const parts = [...groups.keys()].sort(cmp).map((r) => `${r}:${(groups.get(r) ?? []).sort(cmp).join(' ')}`);
      return `${ch}\t${parts.join('\t')}`;
    })
    .join('\n');
}

/** A hash of `s[from, to)` by UTF-16 code unit (FNV-1a), kept within small-integer range. */
export function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * A set of substrings of one text, kept as places in it (`start << 4 | length`) in an
 * open-addressing table of integers keyed by their hash: building it makes no string and no
 * object per member. The table grows as members come.
 */
class SpanSet {
  /** Places + 1 (0: empty slot). */
  private places: Int32Array;
  private hashes: Int32Array;
  private size = 0;
  constructor(private readonly text: string, expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.places = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
  }

  /** Adds `text[start, start + length)` (length < 16); true when it was not there yet. */
  add(start: number, length: number): boolean {
    const h = hashOf(this.text, start, start + length);
    const mask = this.places.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const place = this.places[slot] ?? 0;
      if (place === 0) {
        this.places[slot] = ((start << 4) | length) + 1;
        this.hashes[slot] = h;
        if (++this.size * 2 > this.places.length) this.grow();
        return true;
      }
      if (this.hashes[slot] === h && this.sameAs(place - 1, start, length)) return false;
    }
  }

  has(s: string): boolean {
    return this.find(s) >= 0;
  }

  /** Where `s` is in the text (`start << 4 | length`), else -1. */
  find(s: string): number {
    const h = hashOf(s, 0, s.length);
    const mask = this.places.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const place = this.places[slot] ?? 0;
      if (place === 0) return -1;
      if (this.hashes[slot] === h && ((place - 1) & 15) === s.length && this.text.startsWith(s, (place - 1) >> 4)) return place - 1;
    }
  }

  private sameAs(known: number, start: number, length: number): boolean {
    if ((known & 15) !== length) return false;
    const from = known >> 4;
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(from + k) !== this.text.charCodeAt(start + k)) return false;
    return true;
  }

  private grow(): void {
    const places = this.places;
    const hashes = this.hashes;
    this.places = new Int32Array(places.length * 2);
    this.hashes = new Int32Array(places.length * 2);
    const mask = this.places.length - 1;
    for (let i = 0; i < places.length; i++) {
      const place = places[i] ?? 0;
      if (place === 0) continue;
      let slot = (hashes[i] ?? 0) & mask;
      while (this.places[slot] !== 0) slot = (slot + 1) & mask;
      this.places[slot] = place;
      this.hashes[slot] = hashes[i] ?? 0;
    }
  }
}

/** Look-ups of one character answered by searching its line before its words are indexed. */
export const INDEX_AFTER = 64;

/**
 * Reads {@link serializeWordTable}'s text. Lines are split up front; a character's groups are read
 * the first time it is looked up, and its first look-ups ({@link INDEX_AFTER}) are answered by
 * searching its line (./word-table-search.ts): most characters of a page are asked about a few
 * times only, and indexing a character's words (大: ~2,000) on its first look-up, in code the
 * engine has not optimised yet, made the first read of a page slow. A character asked about more
 * often has its words indexed, as places in its line rather than strings of their own, so looking
 * it up makes little garbage. Both ways answer the same. A malformed group (no ':') or word (no
 * `~`) throws when its character is first looked up. `indexAfter`: for tests.
 */
export function parseWordTable(text: string, indexAfter = INDEX_AFTER): WordTable {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  type Index = {
    /** Words: where each is in the line. */
    words: SpanSet;
    /** Readings of words found twice (the later group's wins), by word. */
    later: Map<string, string> | undefined;
    left: SpanSet;
    right: SpanSet;
  };
  type Entry = LineEntry & { asked: number; index: Index | undefined };
  const parsed = new Map<string, Entry>();
  // The reader asks about one character several times in a row: the last answer is kept at hand.
  let lastCh = '';
  let lastEntry: Entry | undefined;
  const SELF_CODE = SELF.charCodeAt(0);
  const entry = (ch: string): Entry | undefined => {
    let e = ch === lastCh ? lastEntry : undefined;
    if (!e) {
      e = parsed.get(ch);
      if (!e) {
        const line = lines.get(ch);
        if (line === undefined) return undefined;
        e = { ...lineEntry(ch, line), asked: 0, index: undefined };
        parsed.set(ch, e);
      }
      lastCh = ch;
      lastEntry = e;
    }
    if (!e.index && ++e.asked > indexAfter) e.index = index(e.line);
    return e;
  };
  const index = (line: string): Index => {
    // About one word per 3.5 characters of the line, and as many parts on each side.
    const expected = line.length >> 2;
    const x: Index = { words: new SpanSet(line, expected), later: undefined, left: new SpanSet(line, expected), right: new SpanSet(line, expected) };
    for (let g = 0; g < line.length; ) {
      let end = line.indexOf('\t', g);
      if (end < 0) end = line.length;
      const colon = line.indexOf(':', g);
      const reading = line.slice(g, colon);
      for (let w = colon + 1; w <= end; ) {
        let stop = line.indexOf(' ', w);
        if (stop < 0 || stop > end) stop = end;
        let at = -1;
        for (let k = w; k < stop; k++) if (line.charCodeAt(k) === SELF_CODE) at = k;
        // A word seen before keeps its reading by name: the later group's wins.
        if (!x.words.add(w, stop - w)) (x.later ??= new Map()).set(line.slice(w, stop), reading);
        // Every tail of the part before `~` and every head of the part after it.
        for (let k = at - 1; k >= w; k--) x.left.add(k, at - k);
        for (let k = at + 2; k <= stop; k++) x.right.add(at + 1, k - at - 1);
        w = stop + 1;
      }
      g = end + 1;
    }
    return x;
  };
  return {
    reading: (pattern, ch) => {
      const e = entry(ch);
      if (!e) return '';
      const x = e.index;
      if (!x) return searchReading(e, pattern);
      const twice = x.later?.get(pattern);
      if (twice !== undefined) return twice;
      const at = x.words.find(pattern);
      return at >= 0 ? groupAt(e, at >> 4) : '';
    },
    prior: (ch) => entry(ch)?.prior ?? [],
    has: (ch) => lines.has(ch),
    before: (ch, neighbour) => {
      const e = entry(ch);
      return !!e && (e.index ? e.index.left.has(neighbour) : searchBefore(e, neighbour));
    },
    after: (ch, neighbour) => {
      const e = entry(ch);
      return !!e && (e.index ? e.index.right.has(neighbour) : searchAfter(e, neighbour));
    },
  };
}
