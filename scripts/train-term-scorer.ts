// Trains the scorer of unquoted policy compounds (scripts/lib/term-scorer.ts; tried as a kind of
// the jargon detector and not kept, see the README) and writes its weights to
// scripts/lib/term-scorer.generated.ts.
//
//   npm run train:term-scorer            train, choose the threshold, write the weights
//   npm run train:term-scorer -- --eval  print the figures only
//
// Positives: glossary forms (headwords and variants) of four to eight Han characters that are no
// CC-CEDICT word and that the detector would take as a candidate (scripts/lib/term-features.ts).
// Negatives: every candidate of the even-numbered CPP encyclopedia sentences (tests/fixtures/cpp,
// Apache-2.0; the odd ones are left to measure false marks on), of the news prose of the blind test
// pages (tests/fixtures/pages/blind*.gold.json) outside glossary and detected marks, and the
// CC-CEDICT words of four to eight characters split into their own words (public/dict/cedict.txt,
// CC BY-SA 4.0). Never the glossary development sets, the corpus articles or the named pages,
// which measure the scorer, nor anything held out.
// Reproducible: a fixed seed and a fixed number of epochs; the same inputs give the same file.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOSSARY, buildGlossaryMatcher } from '../lib/glossary/data';
import { detectJargon } from '../lib/glossary/detect';
import { glossaryWords } from './lib/glossary-words';
import { parseDictionary } from '../lib/dict';
import { candidatePieces, candidates, features, segmentRun } from './lib/term-features';
import { trainScorer, type Example } from './lib/term-scorer-training';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dictText = readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8');
const dict = parseDictionary(dictText);
const isWord = (w: string): boolean => dict.has(w);
const HAN_FORM = /^\p{Script=Han}{4,8}$/u;

/** Glossary forms the detector could see as a candidate, with their pieces. */
export function positives(): Example[] {
  const out = new Map<string, Example>();
  for (const e of GLOSSARY) {
    for (const raw of [e.term, ...e.variants]) {
      const form = raw.replace(/[“”"‘’「」]/gu, '');
      if (!HAN_FORM.test(form) || isWord(form)) continue;
      const pieces = segmentRun(form, isWord);
      if (candidatePieces(pieces)) out.set(form, { text: form, pieces, label: 1 });
    }
  }
  return [...out.values()];
}

/**
 * The body text of the blind test pages (tests/fixtures/pages/blind*.gold.json): news prose, the
 * domain the scorer runs on. Not the pages it is measured on (scripts/term-scorer-marks.ts).
 */
function blindPageText(): string[] {
  const dir = join(root, 'tests/fixtures/pages');
  return readdirSync(dir)
    .filter((f) => /^blind\d+-.*\.gold\.json$/u.test(f))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { blocks?: { kind?: string; text?: string }[] };
      return (gold.blocks ?? []).filter((b) => b.kind === 'body' && typeof b.text === 'string').map((b) => b.text as string);
    });
}

/**
 * Candidates of the even CPP sentences and of the blind pages' news prose (those that overlap no
 * glossary match or detected term: these are known jargon), and CC-CEDICT words of four to eight
 * characters split into words.
 */
export function negatives(skip: ReadonlySet<string>): Example[] {
  const out = new Map<string, Example>();
  const cpp = readFileSync(join(root, 'tests/fixtures/cpp/cpp-dev.sent'), 'utf8').replace(/▁/gu, '').split('\n');
  const texts = [...cpp.filter((_, i) => i % 2 === 0), ...blindPageText()];
  const matcher = buildGlossaryMatcher(undefined, glossaryWords());
  for (const line of texts) {
    const known = matcher.match(line);
    const taken = [...known, ...detectJargon(line, known, isWord)];
    for (const c of candidates(line, isWord)) {
      const text = line.slice(c.start, c.end);
      if (skip.has(text) || taken.some((t) => t.start < c.end && c.start < t.end)) continue;
      out.set(text, { text, pieces: c.pieces, label: 0 });
    }
  }
  for (const line of dictText.split('\n')) {
    const word = line.slice(0, line.indexOf('\t'));
    if (!HAN_FORM.test(word) || skip.has(word) || out.has(word)) continue;
    const pieces = segmentRun(word, (w) => w !== word && isWord(w));
    if (candidatePieces(pieces)) out.set(word, { text: word, pieces, label: 0 });
  }
  return [...out.values()];
}

function main(): void {
  const pos = positives();
  const neg = negatives(new Set(pos.map((p) => p.text)));
  const { weights, threshold, report } = trainScorer(pos, neg, features);
  console.log(report);
  if (process.argv.includes('--eval')) return;
  const packed = [...weights].map(([f, w]) => `${f} ${w}`).join('\n');
  const file = join(root, 'scripts/lib/term-scorer.generated.ts');
  writeFileSync(
    file,
    `// Generated by scripts/train-term-scorer.ts (npm run train:term-scorer); do not edit.\n` +
      `// Weights of the scorer of unquoted policy compounds: "feature weight×100" a line, and the threshold.\n` +
      `export const TERM_SCORER_THRESHOLD = ${threshold};\n` +
      `export const TERM_SCORER_WEIGHTS = ${JSON.stringify(packed)};\n`,
  );
  console.log(`wrote ${weights.size} weights to ${file}`);
}

main();
