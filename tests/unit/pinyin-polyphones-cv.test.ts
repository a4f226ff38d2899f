// Held-out accuracy on the CPP development data: the model is trained (as the training script
// does, same seed) on four fifths of the sentences and scored on the fifth it never saw. The full
// 5-fold figures come from `npm run train:polyphones`; this one fold keeps the test affordable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predict } from '../../lib/pinyin/polyphone-model';
import { buildWordTable, parseWordTable } from '../../lib/pinyin/word-table';
import { WORDS_TEXT } from '../../lib/pinyin/polyphone-words.generated';
import { dictionaryExamples, newsExamples, type NewsItem } from '../../scripts/lib/polyphone-examples';
import { loadCpp, prepare, quantise, train } from '../../scripts/lib/polyphone-training';

const root = join(__dirname, '../..');

describe('polyphone model, cross-validated on CPP (one held-out fold)', () => {
  it('beats pinyin-pro alone by a wide margin on sentences it did not train on', () => {
    const cpp = loadCpp(join(root, 'tests/fixtures/cpp'));
    const table = parseWordTable(WORDS_TEXT);
    const examples = prepare(cpp, table);
    const chars = new Set(examples.map((e) => e.ch));
    const news = JSON.parse(readFileSync(join(root, 'tests/fixtures/polyphones.json'), 'utf8')) as NewsItem[];
    const extra = [
      ...dictionaryExamples(buildWordTable(readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'), (ch) => chars.has(ch)), chars),
      ...newsExamples(news, table, (ch) => chars.has(ch) || table.has(ch)),
    ];
    const test = examples.filter((_, i) => i % 5 === 0);
    const model = quantise(train([...examples.filter((_, i) => i % 5 !== 0), ...extra]));
    const acc = (f: (e: (typeof test)[number]) => string): number => test.filter((e) => f(e) === e.label).length / test.length;
    const ours = acc((e) => predict(model, e.ch, e.ctx, e.engine, e.ev));
    const engine = acc((e) => e.engine);
    console.log(`CPP held-out fold (${test.length} sentences): pinyin-pro ${engine.toFixed(4)}, reader ${ours.toFixed(4)}`);
    expect(engine).toBeLessThan(0.93);
    expect(ours).toBeGreaterThan(0.955);
    expect(ours - engine).toBeGreaterThan(0.04);
  }, 300_000);
});
