// Prints the reader's pinyin for every text line of the untuned corpora, so that a change to the
// reading rules can be checked line by line on text no rule was written from (issue 15):
//
//   node --import tsx scripts/pinyin-untuned.ts > before.txt   (… after.txt; then diff them)
//
// Lines: every line with a Han character of tests/fixtures/corpus/** and /work/shared/corpus/**
// (.txt lines; in .json files every string value, split at line breaks) and, with --cpp, the CPP
// sentences of tests/fixtures/cpp. Each output line is `file<TAB>text<TAB>pinyin`.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readings } from '../lib/pinyin';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HAN = /[\u3400-\u9fff]/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function linesOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) return strings(JSON.parse(text)).flatMap((s) => s.split('\n'));
  if (path.endsWith('.txt') || path.endsWith('.md')) return text.split('\n');
  return [];
}

const sources = [join(root, 'tests/fixtures/corpus'), '/work/shared/corpus'];
const out: string[] = [];
for (const dir of sources) {
  for (const path of files(dir).sort()) {
    const name = path.startsWith(root) ? relative(root, path) : path;
    for (const line of linesOf(path)) {
      const text = line.trim();
      if (HAN.test(text)) out.push(`${name}\t${text}\t${readings(text).join(' ')}`);
    }
  }
}
if (process.argv.includes('--cpp')) {
  const name = 'tests/fixtures/cpp/cpp-dev.sent';
  for (const line of readFileSync(join(root, name), 'utf8').split('\n')) {
    const text = line.replace(/\u2581/g, '').trim();
    if (HAN.test(text)) out.push(`${name}\t${text}\t${readings(text).join(' ')}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
console.error(`${out.length} lines`);
