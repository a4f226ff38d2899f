// The plain sentences of tests/fixtures/glossary-dev18/plain.tsv (see its README): everyday local
// news — shop slogans and film titles in quotes, chants, 一X一Y idioms, 三室一厅-like formulas,
// X化 words, brand names and English words — that must get no mark at all, neither a glossary
// underline nor a detected term. The figures are printed; the ceilings guard against regressions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';
import { glossaryWords } from '../../scripts/lib/glossary-words';

/** The most sentences that may be marked (the figures after the dev18 round). */
const MAX_GLOSSARY = 0;
const MAX_DETECTED = 0;

const rows = readFileSync(join(__dirname, '../fixtures/glossary-dev18/plain.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);

describe('dev18 plain sentences', () => {
  it('is well-formed: at least 130 sentences', () => {
    expect(rows.length).toBeGreaterThanOrEqual(130);
  });

  it(`underlines a glossary form in at most ${MAX_GLOSSARY} and detects a term in at most ${MAX_DETECTED}`, () => {
    const glossary: string[] = [];
    const detected: string[] = [];
    for (const text of rows) {
      const found = matcher.match(text);
      const spans = (ms: readonly { start: number; end: number }[]): string => ms.map((m) => text.slice(m.start, m.end)).join(',');
      if (found.length > 0) glossary.push(`${spans(found)}: ${text}`);
      const det = detectJargon(text, found, isWord);
      if (det.length > 0) detected.push(`${spans(det)}: ${text}`);
    }
    console.log(`dev18 plain sentences with a glossary underline: ${glossary.length} of ${rows.length}`, glossary);
    console.log(`dev18 plain sentences with a detected term: ${detected.length} of ${rows.length}`, detected);
    expect(glossary.length).toBeLessThanOrEqual(MAX_GLOSSARY);
    expect(detected.length).toBeLessThanOrEqual(MAX_DETECTED);
  });
});
