// What the glossary scripts (detector-leave-out.ts, glossary-figures.ts, term-scorer-marks.ts) share
// about the development sets: their list, their TSV rows, CC-CEDICT's word test and the 60% rule by
// which a mark recognises a gold span (the same rule as tests/unit/glossary-dev.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDictionary } from '../../lib/dict';

/**
 * The rows of a development set's TSV file (jargon.tsv, boundary.tsv and plain.tsv of the glossary
 * development sets), each split at tabs; empty lines and `#` comments left out; no rows for a file the set lacks.
 */
export function tsvRows(file: string): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** The glossary development sets' directories under `fixtures` (glossary-dev, glossary-dev2 …), in number order. */
export function glossaryDevSets(fixtures: string): string[] {
  const setNumber = (dir: string): number => Number(dir.replace('glossary-dev', '') || '1');
  return readdirSync(fixtures)
    .filter((d) => /^glossary-dev\d*$/u.test(d))
    .sort((a, b) => setNumber(a) - setNumber(b));
}

/** Whether CC-CEDICT (public/dict/cedict.txt under `root`) lists a word: the detector's word test. */
export function cedictWordTest(root: string): (w: string) => boolean {
  const dict = parseDictionary(readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'));
  return (w) => dict.has(w);
}

/** Quotation marks that may open and close a gold span (“晚托”, ‘四新’, 「田長」, "亮码"). */
const QUOTED = /^[“‘「『"'][^“”‘’「」『』"']+[”’」』"']$/u;

/**
 * Where a gold span's term lies in its sentence: the span's offset and length, without the quotation
 * marks when the span is one quoted phrase. The marks are punctuation, not part of the term, and
 * no mark covers them (a mark on 晚托 in “晚托” recognises it; with the marks counted, a quoted
 * two-character term needed 60% of four characters and was never recognised).
 */
export function termOf(text: string, span: string): { a: number; len: number } {
  const a = text.indexOf(span);
  return QUOTED.test(span) ? { a: a + 1, len: span.length - 2 } : { a, len: span.length };
}

/** Whether a mark recognises the gold `span` of `text` (covers 60% of its term, {@link termOf}). */
export const recognises = (text: string, span: string): ((m: { start: number; end: number }) => boolean) => {
  const { a, len } = termOf(text, span);
  return covers(a, len);
};

/** Whether a mark covers at least 60% of the gold span at `a` of length `len`. */
export const covers = (a: number, len: number) => (m: { start: number; end: number }): boolean =>
  Math.min(a + len, m.end) - Math.max(a, m.start) >= 0.6 * len;
