// Saved-word figures for npm run bench: marking 20,000 saved words in a 10,000-character article,
// searching them (as the library does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWordMatcher } from '../lib/words/matcher';
import { buildWordIndex } from '../lib/words/search';
import { sampleWords } from './lib/sample-words';

/** Rows of [label, figure]; `median` times a function, `article` is 10,000 characters of article text. */
export function benchWords(root: string, article: string, median: (fn: () => unknown, runs?: number, warmup?: number) => number): [string, string][] {
  const fmt = (n: number): string => `${n.toFixed(2)} ms`;
  const words = sampleWords(20_000, readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'));
  const forms = words.flatMap((w) => [w.word, w.written]);
  const rows: [string, string][] = [];
  rows.push(['words: matcher build, 20,000 saved words, median', fmt(median(() => createWordMatcher(forms), 9, 2))]);
  const matcher = createWordMatcher(forms);
  const hits = matcher.find(article).length;
  rows.push([`words: mark 20,000 saved words in a 10,000-character article (${hits} hits), median`, `${fmt(median(() => matcher.find(article), 25, 5))}  (target ≤ 5 ms)`]);
  rows.push(['words: search index build, 20,000 words, median', fmt(median(() => buildWordIndex(words), 5, 1))]);
  const index = buildWordIndex(words);
  for (const text of ['发展', '發展', 'fazhan', 'fz']) rows.push([`words: search "${text}", 20,000 words, median`, `${fmt(median(() => index.search({ text })))}  (target ≤ 50 ms)`]);
  return rows;
}
