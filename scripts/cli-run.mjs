// `npm run cli`: runs scripts/cli.ts from its esbuild bundle (scripts/lib/cli-bundle.mjs), built
// again first whenever a file it is built from has changed. `node --import tsx scripts/cli.ts`
// runs the same program from its sources.
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './lib/cli-bundle.mjs';

let file;
try {
  file = ensureCliBundle().file;
} catch (e) {
  process.stderr.write(`dubao: cannot build the command-line program: ${String(e?.message ?? e).split('\n')[0]}\n`);
  process.exit(2);
}
await import(pathToFileURL(file).href);
