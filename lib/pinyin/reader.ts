// The polyphone reader: where pinyin-pro's reading of a character may be wrong, the context
// model (trained on the CPP benchmark's development data, scripts/train-polyphones.ts) picks
// the reading from the character's context, pinyin-pro's reading and CC-CEDICT's words.

import { contextFeatures, wordEvidence } from './polyphone-features';
import { ENGINE_TRUSTED, predict } from './polyphone-model';
import { compileChar, compileLine, fastPredict, textClasses, type CompiledChar } from './reader-scorer';
import type { CharWeights } from './polyphone-model';
import { load, type Loaded } from './reader-data';
import { toMarked } from './tone';
import { aloneReading, numberedReading } from './engine-readings';

/** What the reader knows of a character: its compiled weights (if the model has any). */
interface Known {
  readonly cc: CompiledChar | undefined;
}

const markedCache = new Map<string, string>();
function marked(numbered: string): string {
  let m = markedCache.get(numbered);
  if (m === undefined) {
    m = toMarked(numbered);
    markedCache.set(numbered, m);
  }
  return m;
}

/**
 * The reader's numbered reading for position `i` of `cps`, given pinyin-pro's numbered reading
 * `engine` there. Exported for the training script's evaluation and for tests.
 */
export function readAt(cps: readonly string[], i: number, engine: string, source: Pick<Loaded, 'model' | 'table'> = load()): string {
  const ch = cps[i] ?? '';
  const ev = wordEvidence(cps, i, source.table, aloneReading(ch), engine);
  const cw = source.model.chars[ch];
  // Nothing to choose from: the engine's reading stands (same answer as predict, without the work).
  if (ev.all.every((r) => r === engine) && (!cw || (cw.c.length === 1 && cw.c[0] === engine))) return engine;
  return predict(source.model, ch, contextFeatures(cps, i, engine, ev), engine, ev);
}

/**
 * What the reader knows of each character, or null when neither the model nor the table knows
 * it: indexed by UTF-16 code for the CJK blocks U+3400–U+9FFF (no string hashing on the hot
 * path), by the character for the rest.
 */
const CJK_FIRST = 0x3400;
const CJK_END = 0xa000;
const knownCjk = new Array<Known | null | undefined>(CJK_END - CJK_FIRST).fill(undefined);
const knownOther = new Map<string, Known | null>();

function compileOf(cw: CharWeights | undefined): CompiledChar | undefined {
  return cw ? compileChar(cw) : undefined;
}

function knownOf(ch: string, src: Loaded): Known | null {
  const slot = ch.length === 1 ? ch.charCodeAt(0) - CJK_FIRST : -1;
  const inCjk = slot >= 0 && slot < knownCjk.length;
  let k = inCjk ? knownCjk[slot] : knownOther.get(ch);
  if (k === undefined) {
    const line = src.model.line?.(ch);
    const cc = line !== undefined ? compileLine(ch, line) : ch in src.model.chars ? compileOf(src.model.chars[ch]) : undefined;
    k = cc || src.table.has(ch) ? { cc } : null;
    if (inCjk) knownCjk[slot] = k;
    else knownOther.set(ch, k);
  }
  return k;
}

/**
 * Replaces, in place, the readings (tone marks, one per code point of `cps`) of the characters
 * the model or the dictionary knows as polyphonic with the reader's choice. Other entries are
 * left as they are; '' entries (no reading) are never filled. Gives the same readings as
 * {@link readAt} at each position, by the fast path (./reader-scorer.ts).
 */
export function refine(cps: readonly string[], readingsMarked: string[]): void {
  const src = load();
  let cls: string[] | undefined;
  for (let i = 0; i < cps.length; i++) {
    const cur = readingsMarked[i];
    if (!cur) continue;
    const ch = cps[i] ?? '';
    const k = knownOf(ch, src);
    if (!k) continue;
    const engine = numberedReading(cur);
    if (ENGINE_TRUSTED.has(ch)) continue;
    const ev = wordEvidence(cps, i, src.table, aloneReading(ch), engine);
    const c = k.cc?.c;
    if (ev.all.every((r) => r === engine) && (!c || (c.length === 1 && c[0] === engine))) continue;
    cls ??= textClasses(cps);
    const r = fastPredict(src.model, k.cc, cps, cls, i, engine, ev);
    if (r !== engine) readingsMarked[i] = marked(r);
  }
}
