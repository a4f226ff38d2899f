// The reading and meanings a saved word keeps: the reading it has in the sentence it was met in
// (the pinyin annotator's, read in context), and the dictionary's senses with the entry of that
// reading first.
import { WORD_LIMITS } from './limits';

/** A dictionary entry as the look-up returns it (tone-marked pinyin "yín háng"). */
export interface ReadingEntry {
  pinyin: string;
  definitions: readonly string[];
}

/** What a word is saved with. */
export interface ChosenReading {
  reading: string;
  meanings: string[];
}

/** Pinyin compared without case, spaces or apostrophes; `toneless` also without tone marks (ü → u). */
export function samePinyin(a: string, b: string, toneless = false): boolean {
  const norm = (s: string): string => {
    let out = s.normalize('NFC').toLowerCase().replace(/[\s'’]/gu, '');
    if (toneless) out = out.normalize('NFD').replace(/\p{M}/gu, '');
    return out;
  };
  return a !== '' && norm(a) === norm(b);
}

/**
 * The reading of code points [start, end) of a text, from one reading per code point of the
 * whole text (lib/annotate displayReadings: '' for non-Han characters): the syllables joined by
 * spaces, or '' when none was read.
 */
export function spanReading(readings: readonly string[], text: string, start: number, end: number): string {
  const out: string[] = [];
  let offset = 0;
  let k = 0;
  for (const ch of text) {
    if (offset >= end) break;
    if (offset >= start && readings[k]) out.push(readings[k] as string);
    offset += ch.length;
    k++;
  }
  return out.join(' ');
}

/**
 * The reading and meanings of a dictionary word met in a sentence. `inContext` is the
 * annotator's reading of the word in that sentence ('' or null when the annotator is not
 * loaded). The entry chosen is the one whose pinyin is `inContext` (exactly, else without
 * tones: tone sandhi of 一 and 不), else the first. The reading is `inContext` when given, else
 * the chosen entry's. The meanings are the chosen entry's senses, then the other entries'
 * (each marked with its own reading when it differs), at most WORD_LIMITS.meanings.
 */
export function chooseReading(entries: readonly ReadingEntry[], inContext: string | null): ChosenReading {
  const wanted = inContext ?? '';
  const chosen = entries.find((e) => samePinyin(e.pinyin, wanted)) ?? entries.find((e) => samePinyin(e.pinyin, wanted, true)) ?? entries[0];
  if (!chosen) return { reading: wanted, meanings: [] };
  const meanings: string[] = [];
  const add = (m: string): void => {
    const cut = m.slice(0, WORD_LIMITS.meaning);
    if (meanings.length < WORD_LIMITS.meanings && cut.trim() !== '' && !meanings.includes(cut)) meanings.push(cut);
  };
  for (const d of chosen.definitions) add(d);
  for (const e of entries) {
    if (e === chosen) continue;
    const label = samePinyin(e.pinyin, chosen.pinyin) ? '' : `(${e.pinyin}) `;
    for (const d of e.definitions) add(label + d);
  }
  return { reading: wanted || chosen.pinyin, meanings };
}
