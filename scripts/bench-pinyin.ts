// Times readings() on 10,000 characters of news text (the corpus pages repeated).
// Prints figures only; nothing is asserted.
//
//   node --import tsx scripts/bench-pinyin.ts [runs=25]

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { readings } from '../lib/pinyin';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'tests/fixtures/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n');

const SIZE = 10_000;
let source = '';
while (Array.from(source).length < SIZE) source += corpus;
const text = Array.from(source).slice(0, SIZE).join('');
const runs = Math.max(20, Number(process.argv[2] ?? 25));
const WARMUP = 5;

function time(label: string, fn: () => unknown): void {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms.length % 2 ? (ms[(ms.length - 1) / 2] ?? 0) : ((ms[ms.length / 2 - 1] ?? 0) + (ms[ms.length / 2] ?? 0)) / 2;
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(2)} ms  (min ${(ms[0] ?? 0).toFixed(2)}, max ${(ms[ms.length - 1] ?? 0).toFixed(2)}, ${runs} runs after ${WARMUP} warm-up)`,
  );
}

const han = Array.from(text).filter((c) => /\p{Script=Han}/u.test(c)).length;
console.log(`text: ${SIZE} characters (${han} Han) from ${corpusDir}`);
time("readings(text)", () => readings(text));
time("readings(text, { tone: 'number' })", () => readings(text, { tone: 'number' }));
time('pinyin-pro alone (type: array)', () => pinyin(text, { type: 'array', toneType: 'symbol' }));
