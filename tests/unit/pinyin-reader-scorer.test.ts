// The reader's fast path (lib/pinyin/reader-scorer.ts, used by refine) must choose exactly what
// the reference path (contextFeatures + predict, which training and cross-validation score) does.
// Checked on every CPP sentence (tests/fixtures/cpp, Apache-2.0) and on every position of the
// corpus pages (tests/fixtures/corpus, real e-paper text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aloneReading, engineReadings, modelReadings, numberedReading } from '../../lib/pinyin/readings';
import { contextFeatures, wordEvidence } from '../../lib/pinyin/polyphone-features';
import { candidates, parseModel, predict, score } from '../../lib/pinyin/polyphone-model';
import { candidateScores, compileChar, fastPredict, textClasses } from '../../lib/pinyin/reader-scorer';
import { readAt } from '../../lib/pinyin/reader';
import { MODEL_TEXT } from '../../lib/pinyin/polyphone-model.generated';
import { WORDS_TEXT } from '../../lib/pinyin/polyphone-words.generated';
import { parseWordTable } from '../../lib/pinyin/word-table';
import { toMarked } from '../../lib/pinyin/tone';
import { loadCpp } from '../../scripts/lib/polyphone-training';

const root = join(__dirname, '../..');
const model = parseModel(MODEL_TEXT);
const table = parseWordTable(WORDS_TEXT);

/**
 * Reference and fast answers at position `i` of `cps` for the engine's reading there: the chosen
 * reading, then every candidate with its score.
 */
function both(cps: readonly string[], i: number, engine: string): [string, string][] {
  const ch = cps[i] ?? '';
  const ev = wordEvidence(cps, i, table, aloneReading(ch), engine);
  const cw = model.chars[ch];
  const cc = cw && compileChar(cw);
  const ctx = contextFeatures(cps, i, engine, ev);
  const ref = [predict(model, ch, ctx, engine, ev), ...candidates(model, ch, engine, ev).map((c) => `${c}=${score(model, ch, c, ctx, engine, ev)}`)];
  const fast = [fastPredict(model, cc, cps, textClasses(cps), i, engine, ev), ...candidateScores(model, cc, cps, textClasses(cps), i, engine, ev).map(([c, s]) => `${c}=${s}`)];
  return ref.map((r, n) => [r, fast[n] ?? '(missing)']);
}

describe('reader fast path', () => {
  it('scores every candidate and chooses as the reference path does on all 9,893 CPP sentences', () => {
    const cpp = loadCpp(join(root, 'tests/fixtures/cpp'));
    const differ: string[] = [];
    let changed = 0;
    for (const s of cpp) {
      const engine = numberedReading(engineReadings(s.cps.join(''), s.cps)[s.index] ?? '');
      const pairs = both(s.cps, s.index, engine);
      if (pairs[0]?.[0] !== engine) changed++;
      for (const [ref, fast] of pairs) if (ref !== fast) differ.push(`${s.cps.join('')} ${ref} ${fast}`);
    }
    expect(differ).toEqual([]);
    // The comparison is not vacuous: the model moves hundreds of these readings off pinyin-pro's.
    expect(changed).toBeGreaterThan(400);
  }, 120_000);

  it('gives refine() the same readings as readAt() position by position on the corpus pages', () => {
    const dir = join(root, 'tests/fixtures/corpus');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const cps = Array.from(text);
      const engine = engineReadings(text, cps);
      const expected = engine.map((r, i) => (r ? toMarked(readAt(cps, i, numberedReading(r))) : ''));
      expect(modelReadings(text), f).toEqual(expected);
    }
  }, 60_000);

  it('ignores feature kinds it does not know and keeps the trained readings', () => {
    const cc = compileChar({ c: ['hang2', 'xing2'], w: new Map([['l:银', [5, -5]], ['zz:银', [100, -100]], ['b', [0, 1]]]) });
    expect(cc.c).toEqual(['hang2', 'xing2']);
    expect(cc.rows.filter(Boolean)).toHaveLength(2);
  });
});
