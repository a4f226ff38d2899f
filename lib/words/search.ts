// Searching saved words as highlights are searched (lib/highlights/search.ts): simplified or
// traditional text (one normal form), pinyin syllables or initials over the word's characters,
// and filters by paper, issue date and source.
import { normalizeForSearch } from '../highlights/search';
import { encodePinyinTexts, normalizePinyinQuery, pinyinMatcher } from '../highlights/pinyin-match';
import type { WordRecord, WordSource } from './types';

/** What the library's words list asks for. */
export interface WordQuery {
  /** Words to find in the word, its reading or meanings (or pinyin / initials of the word). */
  text?: string;
  /** Only words met in this paper (name or site id). */
  paper?: string;
  /** Only words met in an issue on or after / before this date (YYYY-MM-DD). */
  from?: string;
  to?: string;
  source?: WordSource;
}

/** A built index; search() keeps the order of the records given. */
export interface WordIndex {
  readonly size: number;
  search(query: WordQuery): WordRecord[];
}

const SEP = '\u0000';
/** Tone marks off, so that "fazhan" finds "fā zhǎn" literally too. */
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[1-5]/gu, '');

/** The text a word is searched in: simplified and written forms, toneless reading, meanings. */
const hayOf = (r: WordRecord): string => [normalizeForSearch(r.word), normalizeForSearch(r.written), plain(r.reading).toLowerCase().replace(/\s+/gu, ''), normalizeForSearch(r.meanings.join(' '))].join(SEP);

/** Builds the index once (normalisation and pinyin encoding). */
export function buildWordIndex(records: readonly WordRecord[]): WordIndex {
  const list = [...records];
  return indexOver(list, list.map(hayOf));
}

/**
 * Builds the same index as buildWordIndex, `slice` records at a time with a pause between
 * (setTimeout 0), so that a process answering other requests (the background) stays responsive.
 */
export async function buildWordIndexInSlices(records: readonly WordRecord[], slice = 2000): Promise<WordIndex> {
  const list = [...records];
  const hays: string[] = [];
  for (let i = 0; i < list.length; i += slice) {
    if (i > 0) await new Promise((r) => setTimeout(r, 0));
    for (const r of list.slice(i, i + slice)) hays.push(hayOf(r));
  }
  return indexOver(list, hays);
}

function indexOver(list: WordRecord[], hays: string[]): WordIndex {
  const encoded = encodePinyinTexts(list.map((r) => normalizeForSearch(r.word)));
  return {
    size: list.length,
    search(query) {
      const paper = query.paper?.trim() || null;
      const { from, to, source } = query;
      const words = normalizeForSearch(query.text ?? '').split(/\s+/u).filter((w) => w !== '');
      const pinyinQuery = words.length > 0 && words.every((w) => normalizePinyinQuery(w) !== null) ? normalizePinyinQuery(words.join('')) : null;
      const matchPinyin = pinyinQuery ? pinyinMatcher(encoded, pinyinQuery) : null;
      const out: WordRecord[] = [];
      for (let i = 0; i < list.length; i++) {
        const r = list[i] as WordRecord;
        if (source && r.source !== source) continue;
        if (paper || from || to) {
          const met = r.sentences.some((s) => (!paper || s.paper === paper || s.site === paper) && (!from || (s.date !== null && s.date >= from)) && (!to || (s.date !== null && s.date <= to)));
          if (!met) continue;
        }
        if (words.length > 0) {
          const hay = hays[i] as string;
          if (!words.every((w) => hay.includes(w)) && !(matchPinyin && matchPinyin(i))) continue;
        }
        out.push(r);
      }
      return out;
    },
  };
}

/** The papers the words were met in, by name. */
export function wordPapers(records: readonly WordRecord[]): string[] {
  const names = new Set<string>();
  for (const r of records) for (const s of r.sentences) names.add(s.paper);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
}
