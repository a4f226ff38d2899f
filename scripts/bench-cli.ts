// CLI figures for npm run bench: `reflow --json` on 1 MB and 10 MB article pages under 115 KB of
// CSS (scripts/lib/sample-page.ts), each run in its own process as a reader runs it. Wall time
// includes Node's start-up and compiling the CLI with tsx; CPU is the child's user + system time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ordinaryCss, samplePage } from './lib/sample-page';

/** Wall and CPU seconds of one CLI run, and whether it succeeded. */
function runCli(root: string, args: string[]): { wall: number; cpu: number; ok: boolean } {
  const cmd = `"${process.execPath}" --import tsx scripts/cli.ts ${args.map((a) => `"${a}"`).join(' ')} >/dev/null; s=$?; times; exit $s`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', cmd], { cwd: root, encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.123s".
  const child = (r.stdout.trim().split('\n').pop() ?? '').match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/u);
  const cpu = child ? Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4]) : NaN;
  return { wall, cpu, ok: r.status === 0 };
}

/** Rows of [label, figure]: the CLI on large pages (the median of `runs` runs each). */
export function benchCli(root: string, runs = 3): [string, string][] {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-bench-cli-'));
  const rows: [string, string][] = [];
  try {
    for (const mb of [1, 10]) {
      const { html, paragraphs } = samplePage(root, mb * 1_000_000, ordinaryCss());
      const file = join(dir, `page-${mb}mb.html`);
      writeFileSync(file, html);
      const results = Array.from({ length: runs }, () => runCli(root, ['reflow', '--json', file]));
      const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      const figure = `${med(results.map((r) => r.wall)).toFixed(2)} s wall, ${med(results.map((r) => r.cpu)).toFixed(2)} s CPU${results.every((r) => r.ok) ? '' : '  (FAILED)'}`;
      rows.push([`cli reflow --json, ${mb} MB page (${paragraphs.toLocaleString('en')} paragraphs, 115 KB CSS), median of ${runs}`, `${figure}${mb === 10 ? '  (target ≤ 5 s)' : ''}`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
