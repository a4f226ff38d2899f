// The trials of scripts/lib/polyphone-trials.ts that were not shipped are still re-measured by
// `npm run train:polyphones -- --eval --trials`; these tests check their parts on small inputs.
import { describe, expect, it } from 'vitest';
import { parseWordTable } from '../../lib/pinyin/word-table';
import { WORDS_TEXT } from '../../lib/pinyin/polyphone-words.generated';
import { silverExamples } from '../../scripts/lib/polyphone-silver';
import { trainNeural, windowOf, type NeuralItem } from '../../scripts/lib/polyphone-neural';
import type { CppSentence } from '../../scripts/lib/polyphone-training';

const table = parseWordTable(WORDS_TEXT);
const sentence = (text: string, index: number, label: string): CppSentence => ({ cps: Array.from(text), index, label });

describe('silver examples', () => {
  it('reads the unlabelled polyphones where the CC-CEDICT word and pinyin-pro agree, never the labelled one', () => {
    const [silver = []] = silverExamples([sentence('银行行长说他长大后要去重庆', 6, 'zhang3')], table, () => true);
    expect(silver.map((e) => [e.at, e.ch, e.label])).toEqual([
      [1, '行', 'hang2'],
      [2, '行', 'hang2'],
      [3, '长', 'zhang3'],
      [7, '大', 'da4'],
      [11, '重', 'chong2'],
    ]);
  });

  it('leaves out a word pinyin-pro misreads (心脏: CC-CEDICT zàng, pinyin-pro zāng) and characters not asked for', () => {
    const [silver = []] = silverExamples([sentence('他的心脏很健康，银行就在前面', 0, 'ta1')], table, (ch) => ch !== '行');
    expect(silver.map((e) => e.ch)).not.toContain('脏');
    expect(silver.map((e) => e.ch)).not.toContain('行');
  });
});

describe('neural model', () => {
  it('learns a reading that depends on the next character and scores windows it did not train on', () => {
    // 长 reads zhang3 before 大 and chang2 before 期, whatever stands on its left.
    const lefts = Array.from('他我你她们这那城村县市省');
    const items: NeuralItem[] = lefts.flatMap((l) => [
      { ch: '长', win: windowOf(Array.from(`${l}长大了`), 1, 2), label: 'zhang3' },
      { ch: '长', win: windowOf(Array.from(`${l}长期的`), 1, 2), label: 'chang2' },
    ]);
    const nn = trainNeural(items, { window: 2, dim: 8, hidden: 16, epochs: 30, rate: 0.1, l2: 0, dropout: 0, seed: 3 });
    const best = (text: string): string => {
      const lp = nn.logProbs('长', windowOf(Array.from(text), 1, 2));
      return [...(lp ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    };
    expect(best('乡长大了')).toBe('zhang3');
    expect(best('乡长期的')).toBe('chang2');
    expect(nn.logProbs('行', windowOf(Array.from('银行'), 1, 2))).toBeUndefined();
  });
});

describe('neural model input', () => {
  it('rejects a window of the wrong size with a clear error', () => {
    const item: NeuralItem = { ch: '长', win: windowOf(Array.from('他长大了'), 1, 4), label: 'zhang3' };
    expect(() => trainNeural([item], { window: 2, dim: 4, hidden: 4, epochs: 1, rate: 0.1, l2: 0, dropout: 0, seed: 1 })).toThrow(/8 neighbours.*expected 4/);
  });
});
