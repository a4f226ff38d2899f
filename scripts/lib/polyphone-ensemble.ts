// The shipped polyphone model is one linear scorer made of two learners: the average of
// averaged perceptrons trained with different example orders (seeds), plus `alpha` times a
// multinomial logistic regression (./polyphone-logistic.ts). Both score the same features, so
// their weighted sum is again one model of the same format and the reader's inference does not
// change. `alpha` is chosen on an inner validation split of the training data only.
// Used by scripts/train-polyphones.ts and tests/unit/pinyin-polyphones-cv.test.ts.

import { predict, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';
import { LOGISTIC, trainLogistic } from './polyphone-logistic';
import { quantise, rng, train, type Example } from './polyphone-training';

/** How many perceptrons (seeds 1…n) are averaged. */
export const PERCEPTRONS = 4;

/** The weights of the logistic model tried on the inner split (0: perceptrons alone). */
export const ALPHAS: readonly number[] = [0, 2, 5, 10, 20];

/** Share of the training data held out (by sentence, seeded) to choose alpha. */
export const INNER_SHARE = 0.25;

/**
 * The weighted sum of `models` (coefficients `ks`): a character's readings are the union of the
 * models' readings in first-seen order, and a feature's weight is the weighted sum of its
 * weights in each model (0 where a model lacks it).
 */
export function mergeModels(models: readonly PolyphoneModel[], ks: readonly number[]): PolyphoneModel {
  const g: Record<string, number> = {};
  const chars: Record<string, { c: string[]; w: Map<string, number[]> }> = {};
  models.forEach((m, j) => {
    const k = ks[j] ?? 0;
    for (const [f, v] of Object.entries(m.g)) g[f] = (g[f] ?? 0) + k * v;
    for (const ch of Object.keys(m.chars)) {
      const cw = m.chars[ch];
      if (!cw) continue;
      const out = (chars[ch] ??= { c: [], w: new Map() });
      for (const r of cw.c) if (!out.c.includes(r)) { out.c.push(r); for (const row of out.w.values()) row.push(0); }
      for (const [f, row] of cw.w) {
        const o = out.w.get(f) ?? out.w.set(f, new Array<number>(out.c.length).fill(0)).get(f) ?? [];
        row.forEach((x, n) => { const at = out.c.indexOf(cw.c[n] ?? ''); o[at] = (o[at] ?? 0) + k * x; });
      }
    }
  });
  return { format: 'dubao-polyphones/1', g, chars };
}

/** The two learners trained on `examples`: the perceptrons' average and the logistic model (unquantised). */
export interface Learners { readonly perceptrons: PolyphoneModel; readonly logistic: PolyphoneModel }

/** Trains both learners on `examples` (deterministic). */
export function trainLearners(examples: readonly Example[]): Learners {
  const ps = Array.from({ length: PERCEPTRONS }, (_, s) => train(examples, s + 1));
  return { perceptrons: mergeModels(ps, ps.map(() => 1 / PERCEPTRONS)), logistic: trainLogistic(examples, LOGISTIC) };
}

/** The shipped combination of `learners` for `alpha`, quantised. */
export function combine(learners: Learners, alpha: number): PolyphoneModel {
  return quantise(mergeModels([learners.perceptrons, learners.logistic], [1, alpha]));
}

/**
 * Chooses alpha among ALPHAS: trains on all but an INNER_SHARE of `sentences` (seeded), scores
 * the held-out part with each alpha (the quantised model, as shipped), and returns the best
 * (the smaller alpha on a tie) with each alpha's accuracy. `extra` examples only ever train.
 */
export function chooseAlpha(sentences: readonly Example[], extra: readonly Example[], seed = 1): { alpha: number; accuracy: number[] } {
  const next = rng(seed + 1000);
  const held = sentences.map(() => next() < INNER_SHARE);
  const inner = sentences.filter((_, i) => !held[i]);
  const valid = sentences.filter((_, i) => held[i]);
  const learners = trainLearners([...inner, ...extra]);
  const accuracy = ALPHAS.map((a) => {
    const m = combine(learners, a);
    return valid.filter((e) => predict(m, e.ch, e.ctx, e.engine, e.ev) === e.label).length / Math.max(1, valid.length);
  });
  const best = accuracy.indexOf(Math.max(...accuracy));
  return { alpha: ALPHAS[best] ?? 0, accuracy };
}

/**
 * The shipped training procedure on `sentences` (+ `extra` examples): alpha chosen on an inner
 * split of `sentences`, then both learners trained on everything and combined, quantised.
 */
export function fitReader(sentences: readonly Example[], extra: readonly Example[], seed = 1): { model: PolyphoneModel; alpha: number } {
  const { alpha } = chooseAlpha(sentences, extra, seed);
  return { model: combine(trainLearners([...sentences, ...extra]), alpha), alpha };
}
