// Reach of a development set by kind of span: the set's `# kind: NAME — …` comment lines open a
// group, and every gold span below one counts for it. Prints, per kind, the spans recognised
// (glossary or detected, 60% coverage as in tests/unit/glossary-dev.test.ts), those the glossary
// alone covers, and the missed spans.
//
//   node --import tsx scripts/glossary-kinds.ts glossary-dev12

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossaryMatcher } from '../lib/glossary/data';
import { parseDictionary } from '../lib/dict';
import { detectJargon } from '../lib/glossary/detect';
import { glossaryWords } from './lib/glossary-words';
import { toSimplified } from '../lib/convert/simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const set = process.argv[2] ?? 'glossary-dev12';
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);

type Tally = { total: number; glossary: number; recognised: number; missed: string[] };
const kinds = new Map<string, Tally>();
let kind = '(none)';
for (const line of readFileSync(join(root, `tests/fixtures/${set}/jargon.tsv`), 'utf8').split('\n')) {
  const head = /^# kind: (\S+)/.exec(line);
  if (head) kind = head[1]!;
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [text = '', gold = ''] = line.split('\t');
  const shown = toSimplified(text); // a traditional sentence, as a page matches it
  const gs = matcher.match(shown);
  const ms = [...gs, ...detectJargon(shown, gs, isWord)];
  const t = kinds.get(kind) ?? { total: 0, glossary: 0, recognised: 0, missed: [] };
  kinds.set(kind, t);
  for (const span of gold.split('|')) {
    const a = text.indexOf(span);
    const covers = (m: { start: number; end: number }): boolean => Math.min(a + span.length, m.end) - Math.max(a, m.start) >= 0.6 * span.length;
    t.total++;
    if (gs.some(covers)) t.glossary++;
    if (ms.some(covers)) t.recognised++;
    else t.missed.push(span);
  }
}
let all = { total: 0, glossary: 0, recognised: 0 };
for (const [name, t] of kinds) {
  console.log(`${name}: ${t.recognised}/${t.total} recognised, glossary alone ${t.glossary}; missed: ${t.missed.join(' ')}`);
  all = { total: all.total + t.total, glossary: all.glossary + t.glossary, recognised: all.recognised + t.recognised };
}
console.log(`all: ${all.recognised}/${all.total} recognised, glossary alone ${all.glossary}`);
