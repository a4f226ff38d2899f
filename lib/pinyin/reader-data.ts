// The reader's data: the context model and the dictionary-word table, parsed on first use. A
// module of its own so that the pattern tables (which consult the word table) need not import
// the reader, which ./readings.ts imports.

import type { WordTable } from './polyphone-features';
import { parseModel, type PolyphoneModel } from './polyphone-model';
import { MODEL_TEXT } from './polyphone-model.generated';
import { WORDS_TEXT } from './polyphone-words.generated';
import { parseWordTable } from './word-table';

export interface Loaded {
  readonly model: PolyphoneModel;
  readonly table: WordTable;
}

let loaded: Loaded | undefined;

/** The model and the word table, parsed once. */
export function load(): Loaded {
  if (loaded) return loaded;
  const model = parseModel(MODEL_TEXT);
  const table = parseWordTable(WORDS_TEXT);
  loaded = { model, table };
  return loaded;
}

/** The dictionary-word table the reader consults (parsed on first use). */
export function wordTable(): WordTable {
  return load().table;
}
