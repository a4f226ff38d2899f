// CLI figures for npm run bench: `reflow --json` on 1 MB and 10 MB article pages (<br> and <p>
// markup) under 115 KB of ordinary CSS, and on a 10 MB page under 43 KB of pathological CSS
// (scripts/lib/sample-page.ts), each run in its own process as a reader runs it (`npm run cli`:
// scripts/cli-run.mjs, the CLI's bundle, built before the first timed run). Wall time includes
// Node's start-up and loading the bundle; CPU is the child's user + system time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBundle } from './lib/cli-bundle.mjs';
import { ordinaryCss, pathologicalCss, samplePage, samplePPage } from './lib/sample-page';

/** Wall and CPU seconds of one CLI run, and whether it succeeded. */
function runCli(root: string, args: string[]): { wall: number; cpu: number; ok: boolean } {
  const cmd = `"${process.execPath}" scripts/cli-run.mjs ${args.map((a) => `"${a}"`).join(' ')} >/dev/null; s=$?; times; exit $s`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', cmd], { cwd: root, encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.123s".
  const child = (r.stdout.trim().split('\n').pop() ?? '').match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/u);
  const cpu = child ? Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4]) : NaN;
  return { wall, cpu, ok: r.status === 0 };
}

/** The pages measured: [label, page maker, size in MB, CSS, its label]. */
const CASES = [
  ['<br> page', samplePage, 1, ordinaryCss, '115 KB CSS'],
  ['<br> page', samplePage, 10, ordinaryCss, '115 KB CSS'],
  ['<p> page', samplePPage, 10, ordinaryCss, '115 KB CSS'],
  ['<br> page', samplePage, 10, pathologicalCss, '43 KB pathological CSS'],
] as const;

/** Rows of [label, figure]: the CLI on large pages (the median of `runs` runs each). */
export function benchCli(root: string, runs = 3): [string, string][] {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-bench-cli-'));
  const rows: [string, string][] = [];
  ensureCliBundle();
  const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  try {
    for (const [kind, make, mb, css, cssLabel] of CASES) {
      const { html, paragraphs } = make(root, mb * 1_000_000, css());
      const file = join(dir, `page-${rows.length}.html`);
      writeFileSync(file, html);
      const results = Array.from({ length: runs }, () => runCli(root, ['reflow', '--json', file]));
      const figure = `${med(results.map((r) => r.wall)).toFixed(2)} s wall, ${med(results.map((r) => r.cpu)).toFixed(2)} s CPU${results.every((r) => r.ok) ? '' : '  (FAILED)'}`;
      rows.push([`cli reflow --json, ${mb} MB ${kind} (${paragraphs.toLocaleString('en')} paragraphs, ${cssLabel}), median of ${runs}`, `${figure}${mb === 10 ? '  (target ≤ 5 s)' : ''}`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

// Run alone (`node --import tsx scripts/bench-cli.ts`): the CLI rows only.
if (process.argv[1]?.endsWith('bench-cli.ts')) for (const [k, v] of benchCli(process.cwd())) console.log(`${k}  ${v}`);
