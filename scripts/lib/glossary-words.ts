// The matcher's segmentation lexicon (public/glossary/edge-words.txt) read from disk, for the
// CLI, the benchmarks and the tests; the extension's background fetches the same file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordList } from '../../lib/glossary/lexicon';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../public/glossary/edge-words.txt');
let cached: readonly string[] | null = null;

/** Every word of public/glossary/edge-words.txt, in file order (read once). */
export function glossaryWords(): readonly string[] {
  cached ??= Object.freeze(parseWordList(readFileSync(file, 'utf8')));
  return cached;
}
