// The polyphone model: a per-character linear scorer over context features plus a few
// weights shared by all characters (./polyphone-features.ts), trained by
// scripts/train-polyphones.ts (averaged perceptron) and stored quantised in polyphone-model.json.

import { agreementFeatures, type WordEvidence } from './polyphone-features';

/** Weights of one character: its readings and, per feature, one integer weight per reading. */
export interface CharWeights {
  /** Readings (numbered pinyin) this character was seen with in training. */
  readonly c: readonly string[];
  /** Feature → weights, aligned with `c`. */
  readonly w: ReadonlyMap<string, readonly number[]>;
}

/** The stored model (see scripts/train-polyphones.ts for how it is made). */
export interface PolyphoneModel {
  readonly format: 'dubao-polyphones/1';
  /** Shared candidate features (agreementFeatures) → weight. */
  readonly g: Readonly<Record<string, number>>;
  /** Character → its weights. */
  readonly chars: Readonly<Record<string, CharWeights>>;
  /** A character's line of the stored text (readings, then `feature=w,w…`, tab-separated), when the model was parsed from text. */
  readonly line?: (ch: string) => string | undefined;
}

/**
 * Serialises a model as text: a first line `*<TAB>feature=weight…` for the shared weights, then one
 * line per character, `ch<TAB>reading reading…<TAB>feature=w,w…<TAB>…` (weights aligned with the
 * readings). A weight list that sums to zero (most do: the perceptron's updates add to one reading
 * what they take from another) leaves its last weight out, which is minus the sum of the others
 * (`l:成=-12` for -12,12): {@link weightList}. Sorted, so the same model gives the same text.
 * {@link parseModel} reads it back.
 */
export function serializeModel(model: PolyphoneModel): string {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [['*', ...Object.keys(model.g).sort(cmp).map((k) => `${k}=${model.g[k] ?? 0}`)].join('\t')];
  for (const ch of Object.keys(model.chars).sort(cmp)) {
    const cw = model.chars[ch];
    if (!cw) continue;
    const feats = [...cw.w.keys()].sort(cmp).map((f) => `${f}=${storedWeights(cw.w.get(f) ?? []).join(',')}`);
    lines.push([ch, cw.c.join(' '), ...feats].join('\t'));
  }
  return lines.join('\n');
}

/** A weight list as stored: without its last weight when there are two or more and they sum to zero. */
function storedWeights(ws: readonly number[]): readonly number[] {
  return ws.length >= 2 && ws.reduce((a, b) => a + b, 0) === 0 ? ws.slice(0, -1) : ws;
}

/**
 * A stored weight list read back for `readings` readings: a list one short (of two or more
 * readings) gets its last weight, minus the sum of the others (`0 - sum`, so never -0); a list of
 * any other wrong length is returned as it is, for the caller to refuse.
 */
export function weightList(ws: number[], readings: number): number[] {
  if (readings >= 2 && ws.length === readings - 1) {
    let sum = 0;
    for (const w of ws) sum += w;
    ws.push(0 - sum);
  }
  return ws;
}

/**
 * Parses {@link serializeModel}'s text. Lines are split up front and a character's weights are
 * parsed the first time it is looked up (the returned `chars` is a lazy view). A line without
 * readings, or a weight list whose length is not the number of readings, throws when its
 * character is first looked up.
 */
export function parseModel(text: string): PolyphoneModel {
  const g: Record<string, number> = {};
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 1) continue;
    const head = line.slice(0, tab);
    if (head !== '*') {
      lines.set(head, line.slice(tab + 1));
      continue;
    }
    for (const kv of line.slice(tab + 1).split('\t')) g[kv.slice(0, kv.lastIndexOf('='))] = Number(kv.slice(kv.lastIndexOf('=') + 1));
  }
  const parsed = new Map<string, CharWeights>();
  const chars = new Proxy({} as Record<string, CharWeights>, {
    get: (_, ch) => (typeof ch === 'string' ? charWeights(ch, lines, parsed) : undefined),
    has: (_, ch) => typeof ch === 'string' && lines.has(ch),
    ownKeys: () => [...lines.keys()],
    getOwnPropertyDescriptor: (_, ch) =>
      typeof ch === 'string' && lines.has(ch) ? { enumerable: true, configurable: true, value: charWeights(ch, lines, parsed) } : undefined,
  });
  return { format: 'dubao-polyphones/1', g, chars, line: (ch) => lines.get(ch) };
}

function charWeights(ch: string, lines: ReadonlyMap<string, string>, parsed: Map<string, CharWeights>): CharWeights | undefined {
  const done = parsed.get(ch);
  if (done) return done;
  const line = lines.get(ch);
  if (line === undefined) return undefined;
  const [readings = '', ...rest] = line.split('\t');
  const c = readings.split(' ').filter(Boolean);
  if (c.length === 0) throw new Error(`polyphone model: no readings for ${ch}`);
  const w = new Map<string, number[]>();
  for (const kv of rest) {
    const at = kv.lastIndexOf('=');
    const ws = weightList(kv.slice(at + 1).split(',').map(Number), c.length);
    if (ws.length !== c.length) throw new Error(`polyphone model: ${ch} ${kv.slice(0, at)} has ${ws.length} weights for ${c.length} readings`);
    w.set(kv.slice(0, at), ws);
  }
  const cw = { c, w };
  parsed.set(ch, cw);
  return cw;
}

/**
 * How much more (in quantised weight units) another reading must score than the engine's for the
 * model to replace it. The CPP sentences are encyclopaedia prose; news differs (为 is wèi far more
 * often), so the model only overrides pinyin-pro when it is clearly surer.
 */
export const OVERRIDE_MARGIN = 0;

/**
 * The extra margin a reading needs when no dictionary word around the character gives it: context
 * alone overrides pinyin-pro only when the model is clearly surer (news differs from the CPP
 * sentences, whose readings are sampled to over-represent the rarer ones).
 */
export const NO_WORD_MARGIN = 0;

/**
 * Function words whose reading pinyin-pro takes from the words around them and whose CPP labels
 * follow encyclopaedia usage (为 wéi "be" 16 of 19; 个/的/地/得/着 in neutral-tone and particle
 * conventions of their own): the model leaves pinyin-pro's reading of these; the correction table
 * still applies.
 */
export const ENGINE_TRUSTED: ReadonlySet<string> = new Set(['为', '个', '的', '地', '得', '着']);

/** The readings the model chooses among at one position: trained classes, engine, dictionary. */
export function candidates(model: PolyphoneModel, ch: string, engine: string, ev: WordEvidence): string[] {
  const out = [...(model.chars[ch]?.c ?? [])];
  if (engine && !out.includes(engine)) out.push(engine);
  for (const r of ev.all) if (!out.includes(r)) out.push(r);
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
  for (const f of ctx) s += cw.w.get(f)?.[k] ?? 0;
  return s;
}

/**
 * The best reading for character `ch` with context features `ctx` (contextFeatures), the
 * engine's reading `engine` and dictionary evidence `ev`. The engine's reading stands for
 * ENGINE_TRUSTED characters and wins ties (or margins up to `margin`); among other candidates,
 * the earlier one wins a tie.
 */
export function predict(model: PolyphoneModel, ch: string, ctx: readonly string[], engine: string, ev: WordEvidence, margin = OVERRIDE_MARGIN): string {
  if (engine && ENGINE_TRUSTED.has(ch)) return engine;
  // Same sums as score(), with each feature's weight row read once for all readings.
  const cw = model.chars[ch];
  const sums = cw ? new Array<number>(cw.c.length).fill(0) : [];
  if (cw) {
    for (const f of ctx) {
      const row = cw.w.get(f);
      if (row) for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) + (row[k] ?? 0);
    }
  }
  const total = (cand: string): number => {
    let s = cw ? (sums[cw.c.indexOf(cand)] ?? 0) : 0;
    for (const g of agreementFeatures(cand, engine, ev)) s += model.g[g] ?? 0;
    return s;
  };
  let best = engine;
  let bestScore = engine ? total(engine) + margin : -Infinity;
  for (const c of candidates(model, ch, engine, ev)) {
    const s = total(c) - (c === engine || ev.all.includes(c) ? 0 : NO_WORD_MARGIN);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
