// Times reflowText on the bench's 1 MB text (scripts/bench.ts), fastest and median of N runs.
// `node --import tsx scripts/bench-reflow.ts [runs]`; `--cpu-prof` before `--import` for a profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reflowText } from '../lib/reflow';

const corpus = ['xsrb-page-narrow-columns', 'zj-page-column-breaks']
  .map((n) => readFileSync(join(process.cwd(), 'tests/fixtures/corpus', `${n}.txt`), 'utf8'))
  .join('\n\n');
let mb1 = '';
while (Buffer.byteLength(mb1) < 1_000_000) mb1 += `${corpus}\n\n`;
const runs = Number(process.argv[2] ?? 25);
for (let i = 0; i < 3; i++) reflowText(mb1);
const ms: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  reflowText(mb1);
  ms.push(performance.now() - t);
}
ms.sort((a, b) => a - b);
console.log(`fastest ${(ms[0] as number).toFixed(1)} median ${(ms[Math.floor(runs / 2)] as number).toFixed(1)}`);
