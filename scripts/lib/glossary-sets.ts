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

/** Whether a mark covers at least 60% of the gold span at `a` of length `len`. */
export const covers = (a: number, len: number) => (m: { start: number; end: number }): boolean =>
  Math.min(a + len, m.end) - Math.max(a, m.start) >= 0.6 * len;
