// The meanings of a saved word as the library and the review page show them.
import { shortSenses } from '../dict/index';
import type { WordRecord } from './types';

/**
 * A dictionary word's real senses, without CC-CEDICT's classifier lists, variant notes and
 * cross-references ("CL:家[jia1],個|个[ge4]", "variant of 遊|游[you2]": the dictionary's
 * notation, read as code) when it has a real sense; all of them when it has none. A glossary
 * term's or the reader's own meanings are shown as they are. The record keeps every meaning
 * (exports give them all).
 */
export function shownMeanings(r: Pick<WordRecord, 'meanings' | 'source'>): string[] {
  return r.source === 'dict' ? shortSenses(r.meanings, r.meanings.length) : [...r.meanings];
}
