/**
 * Word dictionary (CC-CEDICT) for hover look-ups.
 *
 * Pure: no DOM, no browser APIs. The caller loads the data text (public/dict/cedict.txt, format
 * in ./format.ts) however it likes, calls {@link parseDictionary} once and keeps the result.
 *
 * - {@link Dictionary.lookup} returns every word of the dictionary that starts at an offset of a
 *   text, longest first (like Zhongwen or Yomichan), each with all its entries. Simplified and
 *   traditional headwords are both indexed, so traditional text works too.
 * - Parsing is one pass over the text that files each line under the first character of its
 *   headwords; the headword Map of a character is built when a word starting with it is first
 *   looked up, and entries are decoded (readings converted to tone marks, senses ordered) only
 *   when they are returned.
 *
 * Order within a word: entries with a real sense first; then entries whose senses are all
 * cross-references ("used in …", "see …"); entries that are only variant forms last. Within each
 * group, common-word readings come before proper nouns (capitalised pinyin: surnames, places), and
 * otherwise the data's order is kept. Within an entry, classifier lists ("CL:…") and variant or
 * alternative-form notes ("variant of …", "also written …", "also pr. …", "see also …") are
 * moved after the main senses, unchanged.
 */
import { codePointLength } from '../codepoints';
import { parseHeader, type DictHeader } from './format';
import { numberedToMarked } from './pinyin';

export { DICT_FORMAT, type DictHeader } from './format';
export { numberedToMarked, syllableToMarked } from './pinyin';

/** One dictionary entry (one headword pair with one reading). */
export interface DictEntry {
  readonly simplified: string;
  readonly traditional: string;
  /** Tone-marked pinyin, syllables separated by spaces: "yín háng". */
  readonly pinyin: string;
  /** CC-CEDICT's numbered pinyin as published: "yin2 hang2", "lu:4". */
  readonly pinyinNumbered: string;
  /** Senses, main senses first (see the module comment). */
  readonly definitions: readonly string[];
}

/** A word found at an offset: the text as written there and its entries. */
export interface DictMatch {
  readonly word: string;
  readonly entries: readonly DictEntry[];
}

export interface Dictionary {
  /** The data file's header, or null when the text had none. */
  readonly header: DictHeader | null;
  /** Number of entries. */
  readonly size: number;
  /**
   * Every word that starts at `offset` (a UTF-16 index into `text`), longest first, at most
   * `maxLen` characters long (a character outside the BMP counts as one). Returns [] when the
   * character at `offset` is not a Han character, when `offset` is outside the text or in the
   * middle of a surrogate pair, and when nothing matches.
   */
  lookup(text: string, offset: number, maxLen?: number): DictMatch[];
  /** Entries whose simplified or traditional headword is exactly `word`. */
  get(word: string): DictEntry[];
  /** Whether `word` is a simplified or traditional headword. */
  has(word: string): boolean;
}

const HASH = 35; // '#'
const NEWLINE = 10;
const TAB = '\t';
/** Han character at lastIndex (sticky), a surrogate pair counted as one. */
const HAN_AT = /\p{Script=Han}/uy;

/**
 * Builds the index of a data text (format in ./format.ts). Throws on a malformed entry line.
 *
 * The index has two levels, so that parsing stays cheap: a Map from the first character (code
 * point) of every simplified and traditional headword to the lines whose headwords start with
 * it, filled here in one pass; and for each such character a Map from the full headword to its
 * lines, built the first time a word starting with that character is looked up (at most about
 * a thousand lines, well under a millisecond). Lines are kept as offsets into `text`.
 */
export function parseDictionary(text: string): Dictionary {
  let p = 0;
  let header: DictHeader | null = null;
  if (text.charCodeAt(0) === HASH) {
    const e = text.indexOf('\n');
    header = parseHeader(text.slice(0, e < 0 ? text.length : e).replace(/\r$/, ''));
  }
  const buckets = new Map<number, number[]>();
  const add = (key: number, start: number): void => {
    const had = buckets.get(key);
    if (had === undefined) buckets.set(key, [start]);
    else if (had[had.length - 1] !== start) had.push(start);
  };
  let size = 0;
  let lineNo = 0;
  while (p < text.length) {
    lineNo++;
    let end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(p);
    if (c !== HASH && c !== NEWLINE && !(c === 13 && end === p + 1)) {
      const t1 = text.indexOf(TAB, p);
      const t2 = t1 < 0 ? -1 : text.indexOf(TAB, t1 + 1);
      const t3 = t2 < 0 ? -1 : text.indexOf(TAB, t2 + 1);
      if (t1 <= p || t3 < 0 || t3 >= end) {
        throw new Error(`dictionary line ${lineNo} is not "simplified\\ttraditional\\tpinyin\\tdefinitions": ${text.slice(p, end)}`);
      }
      size++;
      add(text.codePointAt(p) as number, p);
      if (t2 > t1 + 1) add(text.codePointAt(t1 + 1) as number, p);
    }
    p = end + 1;
  }
  return new CedictDictionary(text, header, size, buckets);
}

/** Headword → line starts, for the headwords that start with one character. */
interface Bucket {
  readonly words: Map<string, number[]>;
  /** Longest headword in the bucket, in UTF-16 units. */
  readonly longest: number;
}

class CedictDictionary implements Dictionary {
  private readonly built = new Map<number, Bucket>();

  constructor(
    private readonly text: string,
    readonly header: DictHeader | null,
    readonly size: number,
    /** First code point of a headword → starts of the lines with such a headword. */
    private readonly lines: ReadonlyMap<number, readonly number[]>,
  ) {}

  lookup(text: string, offset: number, maxLen = 12): DictMatch[] {
    if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) return [];
    const unit = text.charCodeAt(offset);
    if (unit >= 0xdc00 && unit <= 0xdfff) return []; // second half of a surrogate pair
    HAN_AT.lastIndex = offset;
    if (!HAN_AT.test(text)) return [];
    const bucket = this.bucket(text.codePointAt(offset) as number);
    if (!bucket) return [];

    // End of each candidate word, one character longer each time.
    const ends: number[] = [];
    const stop = Math.min(text.length, offset + bucket.longest);
    let pos = offset;
    while (ends.length < maxLen && pos < stop) {
      pos += codePointLength(text, pos);
      if (pos <= stop) ends.push(pos);
    }

    const out: DictMatch[] = [];
    for (let k = ends.length - 1; k >= 0; k--) {
      const word = text.slice(offset, ends[k]);
      const starts = bucket.words.get(word);
      if (starts !== undefined) out.push({ word, entries: this.decodeAll(starts) });
    }
    return out;
  }

  get(word: string): DictEntry[] {
    const starts = this.find(word);
    return starts === undefined ? [] : this.decodeAll(starts);
  }

  has(word: string): boolean {
    return this.find(word) !== undefined;
  }

  private find(word: string): number[] | undefined {
    const first = word.codePointAt(0);
    return first === undefined ? undefined : this.bucket(first)?.words.get(word);
  }

  /** The word Map of the headwords starting with code point `first`, built on first use. */
  private bucket(first: number): Bucket | undefined {
    const done = this.built.get(first);
    if (done) return done;
    const starts = this.lines.get(first);
    if (!starts) return undefined;
    const text = this.text;
    const words = new Map<string, number[]>();
    let longest = 0;
    const add = (word: string, start: number): void => {
      if (word.codePointAt(0) !== first) return;
      const had = words.get(word);
      if (had === undefined) words.set(word, [start]);
      else if (had[had.length - 1] !== start) had.push(start);
      if (word.length > longest) longest = word.length;
    };
    for (const start of starts) {
      const t1 = text.indexOf(TAB, start);
      const t2 = text.indexOf(TAB, t1 + 1);
      add(text.slice(start, t1), start);
      if (t2 > t1 + 1) add(text.slice(t1 + 1, t2), start);
    }
    const bucket: Bucket = { words, longest };
    this.built.set(first, bucket);
    return bucket;
  }

  private decodeAll(starts: readonly number[]): DictEntry[] {
    if (starts.length === 1) return [this.decode(starts[0] as number)];
    const ranked = starts.map((start, i) => {
      const entry = this.decode(start);
      return { entry, rank: entryRank(entry), i };
    });
    ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
    return ranked.map((r) => r.entry);
  }

  private decode(start: number): DictEntry {
    const text = this.text;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.charCodeAt(end - 1) === 13) end--; // "\r\n" files
    const t1 = text.indexOf(TAB, start);
    const t2 = text.indexOf(TAB, t1 + 1);
    const t3 = text.indexOf(TAB, t2 + 1);
    const simplified = text.slice(start, t1);
    const traditional = t2 > t1 + 1 ? text.slice(t1 + 1, t2) : simplified;
    const pinyinNumbered = text.slice(t2 + 1, t3);
    return {
      simplified,
      traditional,
      pinyin: numberedToMarked(pinyinNumbered),
      pinyinNumbered,
      definitions: orderDefinitions(text.slice(t3 + 1, end).split('/')),
    };
  }
}

/** A classifier list: "CL:個|个[ge4],位[wei4]". */
const CLASSIFIER = /^CL:/;
/**
 * A note about another written or spoken form: "variant of …", "old variant of …",
 * "(literary) variant of …", "erhua variant of …", "also written …", "also pr. …",
 * "see also …", "Taiwan pr. …". A sense that merely mentions a variant in passing
 * ("to dry (old variant of …)", "a variant of …") is not one.
 */
const FORM_NOTE =
  /^(?:\([^()]*\) )*\(?(?:(?!(?:a|an|the) )[A-Za-z-]+ ){0,3}variant of\b|^(?:also written|also pr\.|see also|Taiwan pr\.) /;
/** A pure cross-reference: "used in 蝴蝶[hu2 die2]", "see 某[mou3]". */
const CROSS_REFERENCE = /^(?:\(?used in\b|see )/;

/** True for classifier lists and variant / alternative-form notes (see {@link orderDefinitions}). */
export function isSecondaryDefinition(definition: string): boolean {
  return CLASSIFIER.test(definition) || FORM_NOTE.test(definition);
}

/**
 * Main senses first, then classifier lists and variant / alternative-form notes, each group in
 * its original order; the strings themselves are not changed.
 */
export function orderDefinitions(definitions: readonly string[]): string[] {
  const main: string[] = [];
  const secondary: string[] = [];
  for (const d of definitions) (isSecondaryDefinition(d) ? secondary : main).push(d);
  return secondary.length === 0 ? main : main.concat(secondary);
}

/**
 * Sort key of an entry within a word (lower first): 0–1 it has a real sense, 2–3 only
 * cross-references, 4–5 only variant notes; +1 for a proper noun (capitalised pinyin).
 */
function entryRank(e: DictEntry): number {
  let real = false;
  let reference = false;
  for (const d of e.definitions) {
    if (CROSS_REFERENCE.test(d)) reference = true;
    else if (!isSecondaryDefinition(d)) real = true;
  }
  const group = real ? 0 : reference ? 2 : 4;
  const first = e.pinyinNumbered.charCodeAt(0);
  const proper = first >= 65 && first <= 90 ? 1 : 0; // A–Z
  return group + proper;
}

/**
 * The senses a one-line gloss shows (a term the glossary lacks, explained word by word: "游: to
 * swim"): the first `n` real senses; classifier lists, variant notes and cross-references, whose
 * CC-CEDICT notation ("variant of 遊|游[you2]") reads as code, only when the entry has nothing else.
 */
export function shortSenses(definitions: readonly string[], n = 2): string[] {
  const real = definitions.filter((d) => !isSecondaryDefinition(d) && !CROSS_REFERENCE.test(d));
  return (real.length > 0 ? real : definitions).slice(0, n);
}
