// Times the word dictionary: parseDictionary() on the full public/dict/cedict.txt, and
// Dictionary.lookup() at random offsets of the corpus pages (tests/fixtures/corpus/*.txt).
// Prints figures only; nothing is asserted. Figures from a busy machine are noisy: compare
// the minimum and the median of several runs.
//
//   node --import tsx scripts/bench-dict.ts [lookups=10000]
//   node --expose-gc --import tsx scripts/bench-dict.ts   (collects garbage between parses)

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDictionary, type Dictionary } from '../lib/dict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataFile = join(root, 'public/dict/cedict.txt');
const corpusDir = join(root, 'tests/fixtures/corpus');
const LOOKUPS = Math.max(1, Number(process.argv[2] ?? 10_000));
const PARSE_RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

// --- parse ---------------------------------------------------------------------------------
let t0 = performance.now();
const text = readFileSync(dataFile, 'utf8');
const readMs = performance.now() - t0;
console.log(`data: ${dataFile}`);
console.log(`  ${Buffer.byteLength(text)} bytes, ${text.length} UTF-16 units, read + decode ${readMs.toFixed(1)} ms`);

const parseMs: number[] = [];
let dict: Dictionary | undefined;
const gc = (globalThis as { gc?: () => void }).gc; // present under node --expose-gc
for (let i = 0; i < PARSE_RUNS; i++) {
  dict = undefined;
  gc?.();
  t0 = performance.now();
  dict = parseDictionary(text);
  parseMs.push(performance.now() - t0);
}
if (!dict) throw new Error('no dictionary');
console.log(
  `parseDictionary: median ${median(parseMs).toFixed(1)} ms over ${PARSE_RUNS} runs ` +
    `(first ${(parseMs[0] ?? 0).toFixed(1)} ms, all ${parseMs.map((m) => m.toFixed(1)).join(' / ')}), ${dict.size} entries`,
);

// --- lookup --------------------------------------------------------------------------------
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n');

// Deterministic pseudo-random offsets (mulberry32), so runs are comparable.
let seed = 0x5eed;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const offsets = Array.from({ length: LOOKUPS }, () => Math.floor(random() * corpus.length));
const han = /\p{Script=Han}/u;
const hanOffsets = offsets.filter((o) => han.test(corpus[o] ?? ''));

function timeLookups(label: string, at: number[]): void {
  if (!dict) return;
  const us: number[] = [];
  let matches = 0;
  let entries = 0;
  const tAll = performance.now();
  for (const o of at) {
    const t = performance.now();
    const found = dict.lookup(corpus, o);
    us.push((performance.now() - t) * 1000);
    matches += found.length;
    for (const m of found) entries += m.entries.length;
  }
  const total = performance.now() - tAll;
  console.log(
    `lookup, ${label}: median ${median(us).toFixed(1)} µs, p99 ${pct(us, 99).toFixed(1)} µs, ` +
      `max ${Math.max(...us).toFixed(1)} µs; ${at.length} look-ups in ${total.toFixed(1)} ms; ` +
      `${(matches / at.length).toFixed(2)} words and ${(entries / at.length).toFixed(2)} entries per look-up`,
  );
}

console.log(`corpus: ${corpus.length} UTF-16 units from ${corpusDir}`);
// Cold: the per-character headword Maps are built as the look-ups reach new characters.
timeLookups(`${offsets.length} random offsets, cold`, offsets);
// Warm: the same offsets again, every Map already built.
timeLookups(`${offsets.length} random offsets, warm`, offsets);
timeLookups(`the ${hanOffsets.length} of them on a Han character, warm`, hanOffsets);

const sample = hanOffsets[0] ?? 0;
console.log(`example at offset ${sample} ("${corpus.slice(sample, sample + 6)}…"):`);
for (const m of dict.lookup(corpus, sample)) {
  for (const e of m.entries) console.log(`  ${m.word}  ${e.pinyin}  ${e.definitions.slice(0, 3).join('; ')}`);
}
