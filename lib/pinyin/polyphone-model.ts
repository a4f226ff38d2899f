// The polyphone model: a per-character linear scorer over context features plus a few
// weights shared by all characters (./polyphone-features.ts), trained by
// scripts/train-polyphones.ts (averaged perceptron) and stored quantised in polyphone-model.json.

import { agreementFeatures, type WordEvidence } from './polyphone-features';

/** Weights of one character: its readings and, per feature, one integer weight per reading. */
export interface CharWeights {
  /** Readings (numbered pinyin) this character was seen with in training. */
  readonly c: readonly string[];
  /** Feature → weights, aligned with `c`. */
  readonly w: Readonly<Record<string, readonly number[]>>;
}

/** The stored model (see scripts/train-polyphones.ts for how it is made). */
export interface PolyphoneModel {
  readonly format: 'dubao-polyphones/1';
  /** Shared candidate features (agreementFeatures) → weight. */
  readonly g: Readonly<Record<string, number>>;
  /** Character → its weights. */
  readonly chars: Readonly<Record<string, CharWeights>>;
}

/**
 * Serialises a model as text: a first line `*<TAB>feature=weight…` for the shared weights, then one
 * line per character, `ch<TAB>reading reading…<TAB>feature=w,w…<TAB>…` (weights aligned with the
 * readings). Sorted, so the same model gives the same text. {@link parseModel} reads it back.
 */
export function serializeModel(model: PolyphoneModel): string {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [['*', ...Object.keys(model.g).sort(cmp).map((k) => `${k}=${model.g[k] ?? 0}`)].join('\t')];
  for (const ch of Object.keys(model.chars).sort(cmp)) {
    const cw = model.chars[ch];
    if (!cw) continue;
    const feats = Object.keys(cw.w).sort(cmp).map((f) => `${f}=${(cw.w[f] ?? []).join(',')}`);
    lines.push([ch, cw.c.join(' '), ...feats].join('\t'));
  }
  return lines.join('\n');
}

/**
 * Parses {@link serializeModel}'s text. Throws on a line without readings or a weight list whose
 * length is not the number of readings.
 */
export function parseModel(text: string): PolyphoneModel {
  const g: Record<string, number> = {};
  const chars: Record<string, CharWeights> = {};
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [head = '', ...rest] = line.split('\t');
    if (head === '*') {
      for (const kv of rest) g[kv.slice(0, kv.lastIndexOf('='))] = Number(kv.slice(kv.lastIndexOf('=') + 1));
      continue;
    }
    const c = (rest.shift() ?? '').split(' ').filter(Boolean);
    if (c.length === 0) throw new Error(`polyphone model: no readings for ${head}`);
    const w: Record<string, number[]> = {};
    for (const kv of rest) {
      const at = kv.lastIndexOf('=');
      const ws = kv.slice(at + 1).split(',').map(Number);
      if (ws.length !== c.length) throw new Error(`polyphone model: ${head} ${kv.slice(0, at)} has ${ws.length} weights for ${c.length} readings`);
      w[kv.slice(0, at)] = ws;
    }
    chars[head] = { c, w };
  }
  return { format: 'dubao-polyphones/1', g, chars };
}

/** The readings the model chooses among at one position: trained classes, engine, dictionary. */
export function candidates(model: PolyphoneModel, ch: string, engine: string, ev: WordEvidence): string[] {
  const out = [...(model.chars[ch]?.c ?? [])];
  if (engine && !out.includes(engine)) out.push(engine);
  for (const r of ev.all) if (!out.includes(r)) out.push(r);
  for (const r of ev.prior.slice(0, 2)) if (!out.includes(r)) out.push(r);
  return out;
}

/** Score of reading `cand` (index `k` in the character's classes, or -1) for features `ctx`. */
export function score(model: PolyphoneModel, ch: string, cand: string, ctx: readonly string[], engine: string, ev: WordEvidence): number {
  let s = 0;
  for (const g of agreementFeatures(cand, engine, ev)) s += model.g[g] ?? 0;
  const cw = model.chars[ch];
  if (!cw) return s;
  const k = cw.c.indexOf(cand);
  if (k < 0) return s;
  for (const f of ctx) s += cw.w[f]?.[k] ?? 0;
  return s;
}

/**
 * The best reading for character `ch` with context features `ctx` (contextFeatures), the
 * engine's reading `engine` and dictionary evidence `ev`. The engine's reading wins ties; among
 * other candidates, the earlier one does.
 */
export function predict(model: PolyphoneModel, ch: string, ctx: readonly string[], engine: string, ev: WordEvidence): string {
  const cands = candidates(model, ch, engine, ev);
  let best = engine;
  let bestScore = engine ? score(model, ch, engine, ctx, engine, ev) : -Infinity;
  for (const c of cands) {
    const s = score(model, ch, c, ctx, engine, ev);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
