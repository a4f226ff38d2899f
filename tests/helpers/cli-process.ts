// The CLI (scripts/cli.ts) as the CLI tests run it: bundled by esbuild (the compiler tsx itself
// uses) as `npm run cli` runs it, so each test's Node process
// starts in well under a second instead of tsx compiling every module again (~2 s a process, and
// the CLI tests start about thirty). cli.test.ts checks that the bundle prints exactly what
// the sources print through tsx and what `npm run cli` (scripts/cli-run.mjs) prints.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { ensureCliBundle } from '../../scripts/lib/cli-bundle.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

let bundle: string | null = null;

/** The bundled CLI's path, built on first use (the same bundle `npm run cli` runs: scripts/lib/cli-bundle.mjs). */
export function cliBundle(): string {
  // Two folders below the root (.output/, which git ignores), as scripts/lib/ is: the CLI finds its
  // data files (public/dict, public/glossary) relative to its own module. One folder per test
  // worker: two test files building at once never share one.
  bundle ??= ensureCliBundle(join(ROOT, '.output', `cli-test-${process.env.VITEST_POOL_ID ?? process.pid}`)).file;
  return bundle;
}

/** Runs the bundled CLI with `args` (standard input `input`), from the repository's root. */
export function runCli(args: string[], input?: string | Buffer, options: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [cliBundle(), ...args], { cwd: ROOT, input, encoding: 'utf8', ...options }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

/** Runs the CLI compiled by tsx from its sources (`node --import tsx scripts/cli.ts`). */
export function runCliFromSources(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

/** Runs the CLI as `npm run cli` does: scripts/cli-run.mjs (its bundle, built again when out of date). */
export function runCliAsNpm(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, ['scripts/cli-run.mjs', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}
