// Learners and data tried for the polyphone reader and not shipped, re-measured on the same folds
// as the shipped model by `npm run train:polyphones -- --eval --trials` (slow: several minutes):
//   (c) silver examples from the CPP sentences' unlabelled polyphones (./polyphone-silver.ts);
//   (b) a small neural model with shared character embeddings (./polyphone-neural.ts), alone and
//       as evidence added to the perceptron's scores with a weight chosen on an inner split.
// Figures and conclusions are in README.md (Polyphones).

import type { WordTable } from '../../lib/pinyin/polyphone-features';
import { candidates, ENGINE_TRUSTED, score, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';
import { NEURAL, trainNeural, windowOf, type NeuralItem, type NeuralModel, type NeuralOptions } from './polyphone-neural';
import { silverExamples } from './polyphone-silver';
import { crossValidate, foldOrder, quantise, rng, train, type CppSentence, type CvRow, type Example } from './polyphone-training';

/** What every trial needs: the sentences, their prepared examples (same order), the extra examples, the word table. */
export interface TrialInputs {
  readonly cpp: readonly CppSentence[];
  readonly examples: readonly Example[];
  readonly extra: readonly Example[];
  readonly table: WordTable;
}

/**
 * (c) The perceptron trained with each training sentence's silver examples as well (a test
 * sentence's are never used): all of them, only those where context moved pinyin-pro from its
 * reading alone, and all of them training the characters' own weights only (not the shared ones).
 */
export function silverTrials(inp: TrialInputs, folds = 5): CvRow[] {
  const chars = new Set(inp.examples.map((e) => e.ch));
  const silver = silverExamples(inp.cpp, inp.table, (ch) => chars.has(ch));
  const of = new Map<Example, readonly Example[]>(inp.examples.map((e, n) => [e, silver[n] ?? []]));
  const variants: [string, (e: Example) => Example | undefined][] = [
    ['silver examples, all', (e) => e],
    ['silver, where context moved pinyin-pro', (e) => (e.engine !== e.ev.alone ? e : undefined)],
    ['silver, character weights only', (e) => ({ ...e, dict: true })],
  ];
  return variants.map(([name, pick]) => {
    const fit = (s: readonly Example[], x: readonly Example[]): PolyphoneModel =>
      quantise(train([...s, ...s.flatMap((e) => (of.get(e) ?? []).map(pick).filter((v): v is Example => v !== undefined)), ...x]));
    const row = crossValidate(inp.examples, folds, inp.extra, 1, fit).rows.at(-1);
    return { name, mean: row?.mean ?? 0, folds: row?.folds ?? [] };
  });
}

/** Weights of the network's log-probabilities tried on the inner split (0: the perceptron alone). */
export const BETAS: readonly number[] = [0, 2, 5, 10, 20, 40];

/** Share of each training part held out to choose the weight. */
const INNER_SHARE = 0.25;

/**
 * The perceptron's choice with `beta` × the network's log-probability added to each candidate's
 * score (a reading the network has no output for counts as probability 0.01). Same tie rules as
 * predict(): ENGINE_TRUSTED characters keep the engine's reading, which wins ties.
 */
export function stackedPredict(m: PolyphoneModel, nn: NeuralModel, e: Example, win: readonly string[], beta: number): string {
  if (e.engine && ENGINE_TRUSTED.has(e.ch)) return e.engine;
  const lp = beta ? nn.logProbs(e.ch, win) : undefined;
  const total = (c: string): number => score(m, e.ch, c, e.ctx, e.engine, e.ev) + (lp ? beta * (lp.get(c) ?? Math.log(0.01)) : 0);
  let best = e.engine;
  let top = e.engine ? total(e.engine) : -Infinity;
  for (const c of candidates(m, e.ch, e.engine, e.ev)) {
    const v = total(c);
    if (v > top) { top = v; best = c; }
  }
  return best;
}

/**
 * (b) Per fold: the network alone (its most probable reading; pinyin-pro's for characters it has
 * no output for) and the perceptron plus the network, the network's weight chosen among BETAS on
 * an inner split of the training part. Returns both rows and the weights chosen.
 */
export function neuralTrial(inp: TrialInputs, o: NeuralOptions = NEURAL, k = 5): { rows: CvRow[]; betas: number[] } {
  const win = new Map<Example, string[]>(inp.examples.map((e, n) => [e, windowOf(inp.cpp[n]?.cps ?? [], inp.cpp[n]?.index ?? 0, o.window)]));
  const items = (xs: readonly Example[]): NeuralItem[] => xs.map((e) => ({ ch: e.ch, win: win.get(e) ?? [], label: e.label }));
  const alone = (nn: NeuralModel, e: Example): string => {
    const lp = nn.logProbs(e.ch, win.get(e) ?? []);
    return lp ? ([...lp].sort((a, b) => b[1] - a[1])[0]?.[0] ?? e.engine) : e.engine;
  };
  const order = foldOrder(inp.examples.length);
  const right = [0, 0];
  const folds: number[][] = [[], []];
  const betas: number[] = [];
  for (let f = 0; f < k; f++) {
    const test = order.filter((_, n) => n % k === f).map((i) => inp.examples[i] as Example);
    const trainPart = order.filter((_, n) => n % k !== f).map((i) => inp.examples[i] as Example);
    const beta = chooseBeta(trainPart, inp.extra, items, win, o);
    betas.push(beta);
    const nn = trainNeural(items(trainPart), o);
    const m = quantise(train([...trainPart, ...inp.extra]));
    const scores = [(e: Example) => alone(nn, e), (e: Example) => stackedPredict(m, nn, e, win.get(e) ?? [], beta)].map(
      (fn) => test.filter((e) => fn(e) === e.label).length,
    );
    scores.forEach((s, n) => { right[n] = (right[n] ?? 0) + s; folds[n]?.push(s / test.length); });
  }
  const names = [`network alone (±${o.window}, dim ${o.dim}, hidden ${o.hidden})`, 'perceptron + network (inner split)'];
  return { rows: names.map((name, n) => ({ name, mean: (right[n] ?? 0) / inp.examples.length, folds: folds[n] ?? [] })), betas };
}

function chooseBeta(
  trainPart: readonly Example[],
  extra: readonly Example[],
  items: (xs: readonly Example[]) => NeuralItem[],
  win: ReadonlyMap<Example, readonly string[]>,
  o: NeuralOptions,
): number {
  const next = rng(1001);
  const held = trainPart.map(() => next() < INNER_SHARE);
  const inner = trainPart.filter((_, i) => !held[i]);
  const valid = trainPart.filter((_, i) => held[i]);
  const nn = trainNeural(items(inner), o);
  const m = quantise(train([...inner, ...extra]));
  const acc = BETAS.map((b) => valid.filter((e) => stackedPredict(m, nn, e, win.get(e) ?? [], b) === e.label).length);
  return BETAS[acc.indexOf(Math.max(...acc))] ?? 0;
}
