// The reader's fast path: the same choice as predict(model, ch, contextFeatures(…), engine, ev)
// (./polyphone-model.ts, ./polyphone-features.ts), without building a feature string per
// neighbour. A character's weights are regrouped once by feature kind ("l", "rr", "c" …) into
// maps keyed by the neighbour itself, so scoring a position looks up the neighbour strings the
// text already holds; only the three two-character features concatenate.
// tests/unit/pinyin-reader-scorer.test.ts checks that both paths agree on every CPP sentence.

import { charClass, eachAgreement, WINDOW, type WordEvidence } from './polyphone-features';
import { ENGINE_TRUSTED, NO_WORD_MARGIN, OVERRIDE_MARGIN, weightList, type CharWeights, type PolyphoneModel } from './polyphone-model';

/** Feature kinds, in the order of contextFeatures' prefixes. */
const KINDS = ['b', 'l', 'r', 'll', 'rr', 'L', 'R', 'm', 'e', 'x', 'c', 'w', 'd'] as const;
const K = Object.fromEntries(KINDS.map((k, n) => [k, n])) as Record<(typeof KINDS)[number], number>;

/** One character's weights regrouped by feature kind: kind index → feature value → weight row. */
export interface CompiledChar {
  /** The character's trained readings (the rows' columns). */
  readonly c: readonly string[];
  readonly rows: readonly (ReadonlyMap<string, readonly number[]> | undefined)[];
}

/** Regroups a character's weights (feature "kind:value", or "b") by kind. Unknown kinds are ignored. */
export function compileChar(cw: CharWeights): CompiledChar {
  const rows: Map<string, readonly number[]>[] = KINDS.map(() => new Map());
  for (const [f, row] of cw.w) {
    const colon = f.indexOf(':');
    const kind = colon < 0 ? f : f.slice(0, colon);
    const n = (K as Record<string, number | undefined>)[kind];
    if (n !== undefined) rows[n]?.set(colon < 0 ? '' : f.slice(colon + 1), row);
  }
  return { c: cw.c, rows: rows.map((m) => (m.size > 0 ? m : undefined)) };
}

/**
 * compileChar of a character's line of the stored model (`readings<TAB>kind:value=w,w…<TAB>…`,
 * see serializeModel; a zero-sum list without its last weight), read in place: no feature-name strings and no intermediate map, so that
 * the first look-ups of common characters (a few hundred weights each) make little garbage. A
 * line without readings, or a weight list whose length is not the number of readings, throws.
 */
export function compileLine(ch: string, line: string): CompiledChar {
  const first = line.indexOf('\t');
  const c = (first < 0 ? line : line.slice(0, first)).split(' ').filter(Boolean);
  if (c.length === 0) throw new Error(`polyphone model: no readings for ${ch}`);
  const rows: (Map<string, readonly number[]> | undefined)[] = KINDS.map(() => undefined);
  for (let at = first < 0 ? line.length : first + 1; at < line.length; ) {
    let end = line.indexOf('\t', at);
    if (end < 0) end = line.length;
    const eq = line.lastIndexOf('=', end - 1);
    if (eq < at) throw new Error(`polyphone model: ${ch} has a weight without a feature`);
    const colon = line.indexOf(':', at);
    const named = colon >= 0 && colon < eq;
    const kindEnd = named ? colon : eq;
    // The kind's index, by its name in place.
    let n = -1;
    for (let k = 0; k < KINDS.length; k++) {
      const name = KINDS[k] ?? '';
      if (name.length === kindEnd - at && line.startsWith(name, at)) { n = k; break; }
    }
    const ws: number[] = [];
    let v = 0;
    let neg = false;
    for (let k = eq + 1; k <= end; k++) {
      const code = k < end ? line.charCodeAt(k) : 44;
      if (code === 45) neg = true;
      else if (code === 44) {
        ws.push(neg ? -v : v);
        v = 0;
        neg = false;
      } else v = v * 10 + (code - 48);
    }
    weightList(ws, c.length);
    if (ws.length !== c.length) throw new Error(`polyphone model: ${ch} ${line.slice(at, eq)} has ${ws.length} weights for ${c.length} readings`);
    if (n >= 0) (rows[n] ??= new Map()).set(named ? line.slice(colon + 1, eq) : '', ws);
    at = end + 1;
  }
  return { c, rows };
}

/**
 * Neighbour classes of a whole text, one per code point (charClass of each): computed once per
 * text so that scoring a position reads an array instead of classifying its neighbours again.
 */
export function textClasses(cps: readonly string[]): string[] {
  const out = new Array<string>(cps.length);
  for (let i = 0; i < cps.length; i++) out[i] = charClass(cps[i]);
  return out;
}

/**
 * The reading predict() would choose at position `i` of `cps` (classes `cls` from textClasses),
 * with the character's compiled weights `cc` (undefined when the model has none), the engine's
 * reading `engine` and dictionary evidence `ev`: the engine's reading stands for ENGINE_TRUSTED
 * characters and wins ties (or margins up to OVERRIDE_MARGIN); among the other candidates the earlier one wins a tie.
 */
export function fastPredict(model: PolyphoneModel, cc: CompiledChar | undefined, cps: readonly string[], cls: readonly string[], i: number, engine: string, ev: WordEvidence): string {
  if (engine && ENGINE_TRUSTED.has(cps[i] ?? '')) return engine;
  const scored = candidateScores(model, cc, cps, cls, i, engine, ev);
  let best = engine;
  let bestScore = engine ? (scored.find(([c]) => c === engine)?.[1] ?? 0) + OVERRIDE_MARGIN : -Infinity;
  for (const [c, total] of scored) {
    const s = total - (c === engine || ev.all.includes(c) ? 0 : NO_WORD_MARGIN);
    if (s > bestScore) { bestScore = s; best = c; }
  }
  return best;
}

/**
 * Each candidate of candidates() (trained readings, then the engine's, then the dictionary's, in
 * that order) with the score score() gives it at position `i`.
 */
export function candidateScores(model: PolyphoneModel, cc: CompiledChar | undefined, cps: readonly string[], cls: readonly string[], i: number, engine: string, ev: WordEvidence): [string, number][] {
  const sums = cc ? contextSums(cc, cps, cls, i, engine, ev) : undefined;
  const g = model.g;
  const out: [string, number][] = [];
  const consider = (cand: string): void => {
    if (out.some(([c]) => c === cand)) return;
    const k = cc ? cc.c.indexOf(cand) : -1;
    let s = sums && k >= 0 ? (sums[k] ?? 0) : 0;
    eachAgreement(cand, engine, ev, (f) => { s += g[f] ?? 0; });
    out.push([cand, s]);
  };
  for (const c of cc?.c ?? []) consider(c);
  if (engine) consider(engine);
  for (const r of ev.all) consider(r);
  return out;
}

/** Per-reading sums of the context weights at position `i` (contextFeatures' features). */
function contextSums(cc: CompiledChar, cps: readonly string[], cls: readonly string[], i: number, engine: string, ev: WordEvidence): Float64Array {
  const n = cc.c.length;
  const sums = new Float64Array(n);
  const add = (kind: number, value: string): void => {
    const row = cc.rows[kind]?.get(value);
    if (row) for (let k = 0; k < n; k++) sums[k] = (sums[k] ?? 0) + (row[k] ?? 0);
  };
  const at = (k: number): string => (k >= 0 && k < cps.length ? (cls[k] ?? '#') : '#');
  const l1 = at(i - 1);
  const l2 = at(i - 2);
  const r1 = at(i + 1);
  const r2 = at(i + 2);
  add(K.b, '');
  add(K.l, l1);
  add(K.r, r1);
  add(K.ll, l2);
  add(K.rr, r2);
  if (cc.rows[K.L]) add(K.L, l2 + l1);
  if (cc.rows[K.R]) add(K.R, r1 + r2);
  if (cc.rows[K.m]) add(K.m, l1 + r1);
  add(K.e, engine);
  add(K.x, engine === ev.alone ? '' : engine);
  if (cc.rows[K.c]) {
    for (let k = Math.max(0, i - WINDOW); k <= i + WINDOW && k < cps.length; k++) {
      if (k >= i - 1 && k <= i + 1) continue;
      const c = cps[k] ?? '';
      if (cls[k] === c) add(K.c, c);
    }
  }
  if (ev.word) add(K.w, ev.word);
  if (ev.longest) add(K.d, ev.longest);
  return sums;
}
