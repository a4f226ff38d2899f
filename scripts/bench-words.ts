// Saved-word figures for npm run bench: marking 20,000 saved words in a 10,000-character article
// (simplified, shown in Taiwan script, printed in traditional), searching them (as the library does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2tPreset from 'opencc-js/preset/cn2t';
import { toSimplified } from '../lib/convert/simplify';
import { createWordMatcher } from '../lib/words/matcher';
import { markMatcher } from '../entrypoints/content/word-marks';
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
  // An article shown in Taiwan script: the forms are converted once (when the script is chosen), each search also folds the text.
  const tw = ConverterBuilder(cn2tPreset)({ from: 'cn', to: 'twp' });
  const shown = tw(article);
  rows.push(['words: matcher build for a Taiwan-script display (20,000 forms converted), median', fmt(median(() => markMatcher(forms, { key: 'tw', convert: tw, fold: toSimplified }), 5, 1))]);
  const twMarks = markMatcher(forms, { key: 'tw', convert: tw, fold: toSimplified });
  rows.push([`words: mark 20,000 saved words in the same article in Taiwan script (${twMarks.find(shown).length} hits), median`, `${fmt(median(() => twMarks.find(shown), 25, 5))}  (target ≤ 5 ms)`]);
  // A page printed in traditional: no converter; each block is folded to simplified once (kept for redraws).
  const printed = markMatcher(forms, { key: 'original', convert: null, fold: toSimplified });
  rows.push(['words: fold the same 10,000 characters to simplified (a traditional page, once per article), median', fmt(median(() => toSimplified(shown), 9, 2))]);
  rows.push([`words: mark 20,000 saved words in a traditional page, fold kept (${printed.find(shown).length} hits), median`, `${fmt(median(() => printed.find(shown), 25, 5))}  (target ≤ 5 ms)`]);
  rows.push(['words: search index build, 20,000 words, median', fmt(median(() => buildWordIndex(words), 5, 1))]);
  const index = buildWordIndex(words);
  for (const text of ['发展', '發展', 'fazhan', 'fz']) rows.push([`words: search "${text}", 20,000 words, median`, `${fmt(median(() => index.search({ text })))}  (target ≤ 50 ms)`]);
  return rows;
}
