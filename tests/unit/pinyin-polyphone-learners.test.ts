// The polyphone model's learners (scripts/lib/polyphone-logistic.ts, polyphone-ensemble.ts) on
// small hand-made examples: the logistic regression learns what the context says, and models
// combine into one weighted sum.
import { describe, expect, it } from 'vitest';
import { predict, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';
import type { WordEvidence } from '../../lib/pinyin/polyphone-features';
import { mergeModels } from '../../scripts/lib/polyphone-ensemble';
import { softmax, trainLogistic } from '../../scripts/lib/polyphone-logistic';
import type { Example } from '../../scripts/lib/polyphone-training';

const noWords: WordEvidence = { longest: '', word: '', all: [], prior: [], alone: 'zhang3' };

/** 长 read cháng before 度/江 and zhǎng after 校/局, whatever pinyin-pro said (it always says cháng). */
function examples(): Example[] {
  const out: Example[] = [];
  for (let n = 0; n < 20; n++) {
    for (const [ctx, label] of [[['r:度'], 'chang2'], [['r:江'], 'chang2'], [['l:校'], 'zhang3'], [['l:局'], 'zhang3']] as const) {
      out.push({ ch: '长', label, engine: 'chang2', dubao: 'chang2', ctx: ['b', ...ctx], ev: noWords });
    }
  }
  return out;
}

describe('logistic regression learner', () => {
  it('softmax gives probabilities that sum to one, largest score largest', () => {
    const p = softmax([2, 0, -1]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1 + Math.exp(-1)), 12);
    expect(softmax([1000, 0])[0]).toBeCloseTo(1, 12);
  });

  it('learns which neighbours mean which reading, and overrides pinyin-pro where they say so', () => {
    const model = trainLogistic(examples(), { epochs: 5, rate: 0.5, l2: 0.001, seed: 1 });
    const read = (ctx: string[]): string => predict(model, '长', ['b', ...ctx], 'chang2', noWords);
    expect(read(['l:校'])).toBe('zhang3');
    expect(read(['l:局'])).toBe('zhang3');
    expect(read(['r:度'])).toBe('chang2');
    expect(model.chars['长']?.w.get('l:校')?.[1]).toBeGreaterThan(0);
  });

  it('is deterministic for the same seed', () => {
    const a = trainLogistic(examples(), { epochs: 3, rate: 0.5, l2: 0.001, seed: 7 });
    const b = trainLogistic(examples(), { epochs: 3, rate: 0.5, l2: 0.001, seed: 7 });
    expect([...(a.chars['长']?.w ?? [])]).toEqual([...(b.chars['长']?.w ?? [])]);
  });
});

describe('mergeModels', () => {
  it('adds weights feature by feature with the given coefficients, aligning readings', () => {
    const m1: PolyphoneModel = { format: 'dubao-polyphones/1', g: { E: 2 }, chars: { 长: { c: ['chang2', 'zhang3'], w: new Map([['b', [1, -1]]]) } } };
    const m2: PolyphoneModel = { format: 'dubao-polyphones/1', g: { E: 1, D: 4 }, chars: { 长: { c: ['zhang3', 'chang2'], w: new Map([['b', [3, 0]], ['l:校', [2, -2]]]) } } };
    const m = mergeModels([m1, m2], [1, 0.5]);
    expect(m.g).toEqual({ E: 2.5, D: 2 });
    expect(m.chars['长']?.c).toEqual(['chang2', 'zhang3']);
    expect(m.chars['长']?.w.get('b')).toEqual([1, 0.5]);
    expect(m.chars['长']?.w.get('l:校')).toEqual([-1, 1]);
  });
});
