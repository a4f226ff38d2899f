// Look-ups in the dictionary-word table by searching a character's line of the stored text
// (./word-table.ts serializeWordTable's format), with no index built: one or two native string
// searches in the line. ./word-table.ts answers a character's first look-ups so and indexes its
// words only once it is asked about often: building the index of a character's words and word
// parts (大 has ~2,000 words) on its first look-up ran in code the engine had not optimised yet,
// which made the first read of an article's screen slow.

import { SELF } from './polyphone-features';

/** Characters that never occur inside a word or a word part (separators of the stored text). */
const SEPARATOR = /[\s:]/u;
/** A word with no `~` in a group's word list (a malformed word). */
const WORD_WITHOUT_SELF = new RegExp(`(?:^| )[^ ${SELF}]*(?= |$)`, 'u');

export interface LineEntry {
  /** The character's line (after its tab). */
  readonly line: string;
  /** Readings of the groups, in line order, and where each group starts in the line. */
  readonly readings: readonly string[];
  readonly starts: readonly number[];
  /** Readings by how many words each group lists, most first (ties by reading). */
  readonly prior: readonly string[];
}

/** A character's line read into its groups; throws on a malformed group or word. */
export function lineEntry(ch: string, line: string): LineEntry {
  const readings: string[] = [];
  const starts: number[] = [];
  const counts: [string, number][] = [];
  for (let g = 0; g < line.length; ) {
    let end = line.indexOf('\t', g);
    if (end < 0) end = line.length;
    const colon = line.indexOf(':', g);
    if (colon < g + 1 || colon >= end) throw new Error(`bad word-table group for ${ch}: ${line.slice(g, g + 40)}`);
    const reading = line.slice(g, colon);
    const words = line.slice(colon + 1, end);
    const bad = WORD_WITHOUT_SELF.exec(words);
    if (bad) throw new Error(`bad word-table word for ${ch}: ${bad[0].trim()}`);
    readings.push(reading);
    starts.push(g);
    counts.push([reading, words.split(' ').length]);
    g = end + 1;
  }
  const prior = counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
  return { line, readings, starts, prior };
}

/** The reading of the group that holds line offset `at`. */
export function groupAt(e: LineEntry, at: number): string {
  let g = 0;
  while (g + 1 < e.starts.length && (e.starts[g + 1] ?? Infinity) <= at) g++;
  return e.readings[g] ?? '';
}

/** Whether offset `at` of `line` begins a word (after a group's `:` or a space). */
const wordStartsAt = (line: string, at: number): boolean => at > 0 && (line[at - 1] === ':' || line[at - 1] === ' ');
/** Whether offset `at` of `line` ends a word (at a space, a tab or the line's end). */
const wordEndsAt = (line: string, at: number): boolean => at === line.length || line[at] === ' ' || line[at] === '\t';

/** A part of a word: not empty, no separator and no `~`. */
const isPart = (s: string): boolean => s !== '' && !s.includes(SELF) && !SEPARATOR.test(s);

/** The reading of `pattern` (a word with `~` in the character's place) in `e`'s line, else ''; a word listed twice reads as the later group. */
export function searchReading(e: LineEntry, pattern: string): string {
  if (pattern === '' || SEPARATOR.test(pattern)) return '';
  const { line } = e;
  // The last place the pattern stands as a whole word (forward searches: lastIndexOf is slow on long lines).
  let found = -1;
  for (let at = line.indexOf(pattern); at >= 0; at = line.indexOf(pattern, at + 1)) {
    if (wordStartsAt(line, at) && wordEndsAt(line, at + pattern.length)) found = at;
  }
  return found >= 0 ? groupAt(e, found) : '';
}

/** Whether `part` is a tail of the part before `~` of a word in `e`'s line (it stands right before a `~`). */
export const searchBefore = (e: LineEntry, part: string): boolean => isPart(part) && e.line.includes(part + SELF);

/** Whether `part` is a head of the part after `~` of a word in `e`'s line (it stands right after a `~`). */
export const searchAfter = (e: LineEntry, part: string): boolean => isPart(part) && e.line.includes(SELF + part);
