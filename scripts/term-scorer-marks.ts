// What the learned scorer of policy compounds (scripts/lib/term-scorer.ts) would add on top of
// the glossary and the rule detector, set by set: gold spans of the glossary development sets newly
// recognised, marks on their trap and plain sentences, marks on the odd CPP sentences (the even ones
// train it) and marks per 1,000 characters of news prose it was not trained on (the corpus
// articles of tests/fixtures/corpus/dev4–dev6, the corpus pages and the named article pages; never
// held-out files). Every mark is listed so that it can be read.
//
//   node --import tsx scripts/term-scorer-marks.ts [--quiet]

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossaryMatcher } from '../lib/glossary/data';
import { detectJargon } from '../lib/glossary/detect';
import { learnedMatches, termScore } from './lib/term-scorer';
import { candidates } from './lib/term-features';
import { TERM_SCORER_THRESHOLD } from './lib/term-scorer.generated';
import { toSimplified } from '../lib/convert/simplify';
import { glossaryWords } from './lib/glossary-words';
import { cedictWordTest, glossaryDevSets, recognises as recognisesSpan, tsvRows } from './lib/glossary-sets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures');
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const isWord = cedictWordTest(root);
const quiet = process.argv.includes('--quiet');

/** Glossary matches and detected terms without the learned ones, and the learned ones on top. */
function marksOf(raw: string): { before: { start: number; end: number }[]; learned: { start: number; end: number; term: string }[] } {
  const text = toSimplified(raw);
  const known = matcher.match(text);
  const before = [...known, ...detectJargon(text, known, isWord)];
  return { before, learned: learnedMatches(text, isWord, before) };
}

const rows = tsvRows;

let gold = 0;
let foundBefore = 0;
let foundAfter = 0;
let trapMarks = 0;
let plainMarks = 0;
// Gold spans missed before: covered by a candidate, by one free of other marks, by one that scores.
const misses = { all: 0, candidate: 0, free: 0, scored: 0 };
const list: string[] = [];
for (const dir of glossaryDevSets(fixtures)) {
  let g = 0;
  let b = 0;
  let a = 0;
  for (const [text, spans] of rows(join(fixtures, dir, 'jargon.tsv'))) {
    const { before, learned } = marksOf(text as string);
    for (const span of (spans ?? '').split('|')) {
      const recognises = recognisesSpan(text as string, span);
      g++;
      if (before.some(recognises)) b++;
      else {
        const cs = candidates(toSimplified(text as string), isWord).filter(recognises);
        const free = cs.filter((c) => !before.some((m) => m.start < c.end && c.start < m.end));
        misses.all++;
        if (cs.length > 0) misses.candidate++;
        if (free.length > 0) misses.free++;
        if (free.some((c) => termScore(c.pieces) >= TERM_SCORER_THRESHOLD)) misses.scored++;
      }
      if (before.some(recognises) || learned.some(recognises)) a++;
    }
    for (const m of learned) list.push(`${dir}/jargon\t${m.term}\t${text}`);
  }
  let traps = 0;
  for (const [text, form, want] of rows(join(fixtures, dir, 'boundary.tsv'))) {
    const { learned } = marksOf(text as string);
    const i = (text as string).indexOf(form as string);
    const hit = learned.filter((m) => m.start < i + (form as string).length && i < m.end);
    if (want === 'no' && hit.length > 0) traps++;
    for (const m of learned) list.push(`${dir}/boundary(${want})\t${m.term}\t${text}`);
  }
  let plain = 0;
  for (const [text] of rows(join(fixtures, dir, 'plain.tsv'))) {
    const { learned } = marksOf(text as string);
    if (learned.length > 0) plain++;
    for (const m of learned) list.push(`${dir}/plain\t${m.term}\t${text}`);
  }
  gold += g;
  foundBefore += b;
  foundAfter += a;
  trapMarks += traps;
  plainMarks += plain;
  console.log(`${dir}: jargon ${b} → ${a} of ${g}; traps marked ${traps}; plain sentences marked ${plain}`);
}
console.log(`all development sets: jargon ${foundBefore} → ${foundAfter} of ${gold}; trap sentences marked ${trapMarks}; plain sentences marked ${plainMarks}`);
console.log(`spans missed before: ${misses.all}; covered by a candidate ${misses.candidate}, by one overlapping no other mark ${misses.free}, by one scoring at the threshold or more ${misses.scored}`);

const cpp = readFileSync(join(fixtures, 'cpp/cpp-dev.sent'), 'utf8').replace(/▁/gu, '').split('\n');
let cppMarks = 0;
cpp.forEach((line, i) => {
  if (i % 2 === 0 || line === '') return;
  for (const m of marksOf(line).learned) {
    cppMarks++;
    list.push(`cpp-odd\t${m.term}\t${line}`);
  }
});
console.log(`odd cpp-dev sentences (${Math.floor(cpp.length / 2)}): ${cppMarks} marks`);

const news: string[] = [];
for (const d of ['dev4', 'dev5', 'dev6']) {
  const data = JSON.parse(readFileSync(join(fixtures, 'corpus', d, 'articles.json'), 'utf8')) as { articles: { kind: string; text: string }[][] };
  for (const art of data.articles) for (const b of art) if (b.kind === 'body') news.push(b.text);
}
const golds = [
  ...readdirSync(join(fixtures, 'corpus')).filter((f) => f.endsWith('.gold.json')).map((f) => join(fixtures, 'corpus', f)),
  ...readdirSync(join(fixtures, 'pages')).filter((f) => f.endsWith('.gold.json') && !/^(blind|heldout)/u.test(f)).map((f) => join(fixtures, 'pages', f)),
];
for (const f of golds) {
  const g = JSON.parse(readFileSync(f, 'utf8')) as { blocks?: { kind?: string; text?: string }[] };
  for (const b of g.blocks ?? []) if (b.kind === 'body' && typeof b.text === 'string') news.push(b.text);
}
let chars = 0;
let newsMarks = 0;
for (const text of news) {
  chars += text.length;
  for (const m of marksOf(text).learned) {
    newsMarks++;
    list.push(`news\t${m.term}\t${text.slice(Math.max(0, m.start - 12), m.end + 12)}`);
  }
}
console.log(`news prose (${chars} characters): ${newsMarks} marks, ${((1000 * newsMarks) / chars).toFixed(2)} per 1,000 characters`);
if (!quiet) console.log(list.join('\n'));
