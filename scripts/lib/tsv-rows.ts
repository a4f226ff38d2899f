import { existsSync, readFileSync } from 'node:fs';

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
