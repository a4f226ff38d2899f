// The polyphone reader: where pinyin-pro's reading of a character may be wrong, the context
// model (trained on the CPP benchmark's development data, scripts/train-polyphones.ts) picks
// the reading from the character's context, pinyin-pro's reading and CC-CEDICT's words.

import { contextFeatures, wordEvidence, type WordTable } from './polyphone-features';
import { parseModel, predict, type PolyphoneModel } from './polyphone-model';
import { MODEL_TEXT } from './polyphone-model.generated';
import { WORDS_TEXT } from './polyphone-words.generated';
import { parseWordTable } from './word-table';
import { toMarked } from './tone';
import { aloneReading, numberedReading } from './readings';

interface Loaded {
  readonly model: PolyphoneModel;
  readonly table: WordTable;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const model = parseModel(MODEL_TEXT);
  const table = parseWordTable(WORDS_TEXT);
  loaded = { model, table };
  return loaded;
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
 * Replaces, in place, the readings (tone marks, one per code point of `cps`) of the characters
 * the model or the dictionary knows as polyphonic with the reader's choice. Other entries are
 * left as they are; '' entries (no reading) are never filled.
 */
export function refine(cps: readonly string[], readingsMarked: string[]): void {
  const src = load();
  for (let i = 0; i < cps.length; i++) {
    const cur = readingsMarked[i];
    if (!cur || !(src.table.has(cps[i] ?? '') || (cps[i] ?? '') in src.model.chars)) continue;
    const engine = numberedReading(cur);
    const r = readAt(cps, i, engine, src);
    if (r !== engine) readingsMarked[i] = marked(r);
  }
}
