// Every glossary match and detected term, one sentence at a time, over the cpp-dev encyclopedia
// sentences and every development set's sentences (jargon, boundary, plain; glossary-dev to the
// latest, never the held-out files): one line per mark, `source<TAB>kind<TAB>text of the mark<TAB>sentence`.
// Run before and after a change and diff the two outputs to see every mark the change moved.
//
//   node --import tsx scripts/glossary-marks-dump.ts > marks.tsv

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossaryMatcher } from '../lib/glossary/data';
import { parseDictionary } from '../lib/dict';
import { detectJargon } from '../lib/glossary/detect';
import { glossaryWords } from './lib/glossary-words';
import { toSimplified } from '../lib/convert/simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures');
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);

const texts: [string, string][] = [];
for (const line of readFileSync(join(fixtures, 'cpp/cpp-dev.sent'), 'utf8').replace(/▁/gu, '').split('\n')) if (line) texts.push(['cpp', line]);
for (const dir of readdirSync(fixtures).filter((d) => /^glossary-dev\d*$/u.test(d)).sort()) {
  for (const file of ['jargon.tsv', 'boundary.tsv', 'plain.tsv']) {
    const path = join(fixtures, dir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      texts.push([`${dir}/${file}`, line.split('\t')[0]!]);
    }
  }
}
const out: string[] = [];
for (const [source, text] of texts) {
  // A traditional sentence is matched on its simplified shadow, as a page is (same offsets).
  const gs = matcher.match(toSimplified(text));
  for (const m of gs) out.push(`${source}\tg\t${text.slice(m.start, m.end)}\t${text}`);
  for (const d of detectJargon(toSimplified(text), gs, isWord)) out.push(`${source}\td\t${text.slice(d.start, d.end)}\t${text}`);
}
process.stdout.write(out.join('\n') + '\n');
