// Data loading, training (averaged perceptron) and cross-validation for the polyphone model.
// Used by scripts/train-polyphones.ts and by tests/unit/pinyin-polyphones-cv.test.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aloneReading, engineReadings, numberedReading } from '../../lib/pinyin/readings';
import { findCorrections } from '../../lib/pinyin/corrections';
import { contextFeatures, wordEvidence, agreementFeatures, type WordEvidence, type WordTable } from '../../lib/pinyin/polyphone-features';
import { candidates, predict, score, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';

/** One labelled sentence of the CPP data. */
export interface CppSentence {
  readonly cps: readonly string[];
  readonly index: number;
  /** Numbered pinyin, ü written "ü", tone 5 neutral. */
  readonly label: string;
}

/** A sentence made ready for training: the target character's features and the baselines' answers. */
export interface Example {
  readonly ch: string;
  readonly label: string;
  readonly engine: string;
  readonly dubao: string;
  /** The correction table's reading at the character, when one of its entries covers it (the shipped reader applies it after the model). */
  readonly fix?: string;
  readonly ctx: readonly string[];
  readonly ev: WordEvidence;
  /** A dictionary example (dictionaryExamples): trains the character's weights only, not the shared ones. */
  readonly dict?: boolean;
}

const MARK = '\u2581';

/**
 * A CPP label in the reader's notation: "u:" → "ü", and the erhua 儿 written "r5" → "er5" (the
 * reader shows 儿 as "er", as pinyin-pro does).
 */
export function normaliseLabel(label: string): string {
  const l = label.replace(/u:/g, 'ü');
  return l === 'r5' ? 'er5' : l;
}

/** Reads cpp-dev.sent / cpp-dev.lb from `dir`. Throws when a line lacks exactly one marked character or the counts differ. */
export function loadCpp(dir: string): CppSentence[] {
  const sents = readFileSync(join(dir, 'cpp-dev.sent'), 'utf8').split('\n').filter(Boolean);
  const labels = readFileSync(join(dir, 'cpp-dev.lb'), 'utf8').split('\n').filter(Boolean);
  if (sents.length !== labels.length) throw new Error(`cpp: ${sents.length} sentences but ${labels.length} labels`);
  return sents.map((line, n) => {
    const parts = line.split(MARK);
    if (parts.length !== 3 || Array.from(parts[1] ?? '').length !== 1) throw new Error(`cpp line ${n + 1}: no single marked character`);
    const before = Array.from(parts[0] ?? '');
    return { cps: [...before, ...Array.from((parts[1] ?? '') + (parts[2] ?? ''))], index: before.length, label: normaliseLabel(labels[n] ?? '') };
  });
}

/** The correction table's reading at code point `i`, if one of its entries covers it. */
function correctionAt(cps: readonly string[], i: number): string | undefined {
  const text = cps.join('');
  const start = cps.slice(0, i).join('').length;
  let out: string | undefined;
  for (const hit of findCorrections(text)) {
    const k = Array.from(text.slice(hit.index, start)).length;
    if (hit.index <= start && k < hit.readings.length) out = numberedReading(hit.readings[k] ?? '');
  }
  return out;
}

/** Features and baseline answers for every sentence. */
export function prepare(sentences: readonly CppSentence[], table: WordTable): Example[] {
  return sentences.map((s) => {
    const engine = numberedReading(engineReadings(s.cps.join(''), s.cps)[s.index] ?? '');
    const ch = s.cps[s.index] ?? '';
    const ev = wordEvidence(s.cps, s.index, table, aloneReading(ch), engine);
    const fix = correctionAt(s.cps, s.index);
    return { ch, label: s.label, engine, dubao: fix ?? engine, ...(fix ? { fix } : {}), ctx: contextFeatures(s.cps, s.index, engine, ev), ev };
  });
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], next: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export const EPOCHS = 8;

/** Margin below which a correct answer still updates the weights. */
export const MARGIN = 0;

/** The best-scoring candidate other than the label, or undefined when there is none. */
function rival(model: PolyphoneModel, e: Example): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const c of candidates(model, e.ch, e.engine, e.ev)) {
    if (c === e.label) continue;
    const s = score(model, e.ch, c, e.ctx, e.engine, e.ev);
    if (s > bestScore) { bestScore = s; best = c; }
  }
  return best;
}

interface Mutable { g: Record<string, number>; chars: Record<string, { c: string[]; w: Map<string, number[]> }> }

/** Averaged-perceptron training (fixed seed and epoch count). Returns unquantised weights. */
export function train(examples: readonly Example[], seed = 1): PolyphoneModel {
  const w: Mutable = { g: {}, chars: {} };
  const u: Mutable = { g: {}, chars: {} };
  for (const e of examples) {
    for (const m of [w, u]) {
      const cw = (m.chars[e.ch] ??= { c: [], w: new Map() });
      if (!cw.c.includes(e.label)) cw.c.push(e.label);
    }
  }
  const model = { format: 'dubao-polyphones/1' as const, g: w.g, chars: w.chars };
  const next = rng(seed);
  let t = 1;
  const bump = (ch: string, f: string, cand: string, d: number): void => {
    for (const [m, dd] of [[w, d], [u, d * t]] as const) {
      const cw = m.chars[ch];
      const k = cw?.c.indexOf(cand) ?? -1;
      if (!cw || k < 0) continue;
      const row = cw.w.get(f) ?? cw.w.set(f, new Array<number>(cw.c.length).fill(0)).get(f) ?? [];
      row[k] = (row[k] ?? 0) + dd;
    }
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffled(examples, next)) {
      const p = rival(model, e);
      if (p !== undefined && score(model, e.ch, e.label, e.ctx, e.engine, e.ev) - score(model, e.ch, p, e.ctx, e.engine, e.ev) <= MARGIN) {
        for (const f of e.ctx) { bump(e.ch, f, e.label, 1); bump(e.ch, f, p, -1); }
        if (e.dict) { t++; continue; }
        for (const g of agreementFeatures(e.label, e.engine, e.ev)) { w.g[g] = (w.g[g] ?? 0) + 1; u.g[g] = (u.g[g] ?? 0) + t; }
        for (const g of agreementFeatures(p, e.engine, e.ev)) { w.g[g] = (w.g[g] ?? 0) - 1; u.g[g] = (u.g[g] ?? 0) - t; }
      }
      t++;
    }
  }
  const avg = (a: number, b: number): number => a - b / t;
  const g: Record<string, number> = {};
  for (const k of Object.keys(w.g)) g[k] = avg(w.g[k] ?? 0, u.g[k] ?? 0);
  const chars: Mutable['chars'] = {};
  for (const [ch, cw] of Object.entries(w.chars)) {
    const ucw = u.chars[ch];
    const ws = new Map<string, number[]>();
    for (const [f, row] of cw.w) ws.set(f, row.map((x, k) => avg(x, ucw?.w.get(f)?.[k] ?? 0)));
    chars[ch] = { c: cw.c, w: ws };
  }
  return { format: 'dubao-polyphones/1', g, chars };
}

/** Smallest largest-weight (after quantising) a feature needs to be kept; smaller ones are dropped to keep the file small. */
export const MIN_WEIGHT = 3;

/** Weights × `scale`, rounded to integers; features whose largest weight is below MIN_WEIGHT are dropped. */
export function quantise(model: PolyphoneModel, scale = 10): PolyphoneModel {
  const q = (x: number): number => Math.round(x * scale) + 0; // + 0 turns -0 into 0
  const g: Record<string, number> = {};
  for (const [k, v] of Object.entries(model.g)) if (q(v) !== 0) g[k] = q(v);
  const chars: Mutable['chars'] = {};
  for (const [ch, cw] of Object.entries(model.chars)) {
    const ws = new Map<string, number[]>();
    for (const [f, row] of cw.w) {
      const r = row.map(q);
      if (r.some((x) => Math.abs(x) >= MIN_WEIGHT)) ws.set(f, r);
    }
    chars[ch] = { c: [...cw.c], w: ws };
  }
  return { format: 'dubao-polyphones/1', g, chars };
}

/** One method's accuracy: mean over folds and per fold. */
export interface CvRow { readonly name: string; readonly mean: number; readonly folds: number[] }

/**
 * k-fold cross-validation by sentence (seeded shuffle): each fold is scored only by a model
 * trained on the other folds. Rows: pinyin-pro alone, pinyin-pro + the correction table
 * (Dubao before the model), majority reading per character (from the training folds; pinyin-pro
 * for unseen characters), the reader: the model `fit` makes from the training folds' sentences
 * and `extra` (by default one averaged perceptron, quantised), and the reader as shipped: that
 * model's reading with the correction table's applied over it.
 */
export function crossValidate(
  examples: readonly Example[],
  k: number,
  extra: readonly Example[] = [],
  seed = 1,
  fit: (sentences: readonly Example[], extra: readonly Example[]) => PolyphoneModel = (s, x) => quantise(train([...s, ...x], seed)),
): { rows: CvRow[] } {
  const order = foldOrder(examples.length, seed);
  const names = ['pinyin-pro alone', 'Dubao before the model', 'majority per character', 'reader (context model)', 'reader + correction table'];
  const folds: number[][] = names.map(() => []);
  let totals = names.map(() => 0);
  for (let f = 0; f < k; f++) {
    const test = order.filter((_, n) => n % k === f).map((i) => examples[i] as Example);
    const trainSet = order.filter((_, n) => n % k !== f).map((i) => examples[i] as Example);
    const model = fit(trainSet, extra);
    const maj = majority(trainSet);
    const right = [0, 0, 0, 0, 0];
    for (const e of test) {
      const read = predict(model, e.ch, e.ctx, e.engine, e.ev);
      const answers = [e.engine, e.dubao, maj.get(e.ch) ?? e.engine, read, e.fix ?? read];
      answers.forEach((a, n) => { if (a === e.label) right[n] = (right[n] ?? 0) + 1; });
    }
    right.forEach((r, n) => folds[n]?.push(r / test.length));
    totals = totals.map((x, n) => x + (right[n] ?? 0));
  }
  return { rows: names.map((name, n) => ({ name, mean: (totals[n] ?? 0) / examples.length, folds: folds[n] ?? [] })) };
}

/**
 * The seeded order of sentence indexes `0…n-1` that crossValidate deals into folds: the
 * sentence at position `p` of the order belongs to fold `p % k`.
 */
export function foldOrder(n: number, seed = 1): number[] {
  return shuffled(Array.from({ length: n }, (_, i) => i), rng(seed));
}

function majority(examples: readonly Example[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const m = counts.get(e.ch) ?? counts.set(e.ch, new Map()).get(e.ch) ?? new Map<string, number>();
    m.set(e.label, (m.get(e.label) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [ch, m] of counts) out.set(ch, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '');
  return out;
}
