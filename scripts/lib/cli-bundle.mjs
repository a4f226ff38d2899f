// The CLI (scripts/cli.ts) bundled by esbuild into ES modules that Node runs directly, so that
// `npm run cli` does not pay for tsx compiling some 200 modules at every start (~1.2 s a run;
// the bundle starts in ~0.2 s). The bundle is built again whenever it could be out of date: the
// files it was built from are recorded (esbuild's metafile) with their sizes and modification
// times, and any change among them, or a missing record, builds it again. Plain JavaScript, so
// that it runs without a compiler.
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What a source file looked like when the bundle was built from it. */
const stamp = (file) => {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
};

/** Whether the bundle in `dir` was built from the sources exactly as they are now. */
function fresh(dir) {
  const record = join(dir, 'inputs.json');
  if (!existsSync(join(dir, 'cli.js')) || !existsSync(record)) return false;
  try {
    const inputs = JSON.parse(readFileSync(record, 'utf8'));
    return Object.entries(inputs).every(([file, was]) => stamp(resolve(ROOT, file)) === was);
  } catch {
    return false;
  }
}

/**
 * The path of the bundled CLI in `dir` (two folders below the repository's root, as scripts/lib/
 * is: the CLI finds its data files relative to its own module), built first if it is missing or
 * any file it was built from changed. Returns whether it was built.
 */
export function ensureCliBundle(dir = join(ROOT, 'node_modules', '.dubao-cli')) {
  if (fresh(dir)) return { file: join(dir, 'cli.js'), built: false };
  // Built beside and moved into place, so that two runs starting at once never read half a bundle.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const result = buildSync({
    entryPoints: [join(ROOT, 'scripts/cli.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir: tmp,
    entryNames: '[name]',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
    // Packages written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __dubaoRequire } from 'node:module'; const require = __dubaoRequire(import.meta.url);" },
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = stamp(resolve(ROOT, file));
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify(inputs));
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another run moved its own bundle into place first: use that one.
    rmSync(tmp, { recursive: true, force: true });
  }
  return { file: join(dir, 'cli.js'), built: true };
}
