// The saved words' messages to the background: their request and reply types and validators
// (lib/messages.ts merges them into its maps).
import type { WordPage } from './catalog';
import { RATINGS, type ReviewRating } from './fsrs';
import type { WordQuery } from './search';
import { validateWordInput, validateWordRecord, WORD_LIMITS, WORD_SOURCES, type WordInput, type WordRecord, type WordSource } from './types';

/**
 * Where and when a word was first met, for the card on a page. A web page learns the paper and
 * the date of that first sighting; the article's title and URL only when it is the page's own
 * article (reading history answers Dubao's own pages only): otherwise both are null.
 */
export interface WordMet {
  word: string;
  firstSeen: number;
  lookups: number;
  paper: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** What a words import changed, and what was ignored. */
export interface WordImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

/** The words' requests: a page may save and recognise words; everything else answers extension pages only. */
export interface WordRequests {
  'word:save': { request: { word: WordInput }; reply: WordRecord };
  'words:forms': { request: Record<string, never>; reply: string[] };
  'word:met': { request: { word: string }; reply: WordMet | null };
  /**
   * A saved word's card was opened deliberately on the article at `url` (the sender's own): one
   * more look-up, last seen now. Null when the word is not saved (nothing is stored then).
   */
  'word:looked-up': { request: { word: string; url: string }; reply: WordMet | null };
  'words:all': { request: Record<string, never>; reply: WordRecord[] };
  /** The most recently met words and the total: the library's first view before all arrive. */
  'words:recent': { request: { limit: number }; reply: { words: WordRecord[]; total: number } };
  /** A page of the library's list: `limit` words from `offset` of those matching `query`, latest met first. */
  'words:page': { request: { query: WordQuery; offset: number; limit: number }; reply: WordPage };
  /** Every word matching `query`, latest met first: what the library exports. */
  'words:matching': { request: { query: WordQuery }; reply: WordRecord[] };
  /** The papers the saved words were met in (the library's paper filter). */
  'words:papers': { request: Record<string, never>; reply: string[] };
  'word:delete': { request: { word: string }; reply: WordRecord | null };
  'word:restore': { request: { record: WordRecord }; reply: WordRecord };
  'word:review': { request: { word: string; rating: ReviewRating }; reply: WordRecord };
  /** Words due by the end of today, earliest first, and how many there are in all. */
  'words:due': { request: { limit: number }; reply: { words: WordRecord[]; total: number } };
  'words:import': { request: { text: string }; reply: WordImportSummary };
}

/** The word message types a content script may send (about the page in its own tab). */
export const PAGE_WORD_TYPES: readonly (keyof WordRequests)[] = ['word:save', 'words:forms', 'word:met', 'word:looked-up'];

const isWord = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= WORD_LIMITS.word;
const isDay = (v: unknown): boolean => v === undefined || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v));

/** The problem with a words query from the library, or null. */
export function checkWordQuery(q: unknown): string | null {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) return 'query must be an object';
  const { text, paper, from, to, source } = q as Record<string, unknown>;
  if (text !== undefined && (typeof text !== 'string' || text.length > 200)) return 'query.text must be at most 200 characters';
  if (paper !== undefined && (typeof paper !== 'string' || paper.length > WORD_LIMITS.paper)) return 'query.paper must be a paper name';
  if (!isDay(from) || !isDay(to)) return 'query.from/to must be YYYY-MM-DD';
  if (source !== undefined && !WORD_SOURCES.includes(source as WordSource)) return `query.source must be one of ${WORD_SOURCES.join(', ')}`;
  return null;
}
const isCount = (v: unknown, max: number): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** A validator per word message type: null when the message is well formed, else the problem. */
export const WORD_VALIDATORS: { [T in keyof WordRequests]: (m: Record<string, unknown>) => string | null } = {
  'word:save': (m) => {
    const checked = validateWordInput(m.word);
    return checked.ok ? null : checked.error;
  },
  'words:forms': () => null,
  'word:met': (m) => (isWord(m.word) ? null : 'word must be a short string'),
  'word:looked-up': (m) => (!isWord(m.word) ? 'word must be a short string' : typeof m.url === 'string' && m.url.length <= 2048 ? null : 'url must be the article’s URL'),
  'words:all': () => null,
  'words:recent': (m) => (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 1000 ? null : 'limit must be 1–1000'),
  'words:page': (m) => checkWordQuery(m.query) ?? (isCount(m.offset, 1_000_000) && isCount(m.limit, 1000) && (m.limit as number) > 0 ? null : 'offset must be a count, limit 1–1000'),
  'words:matching': (m) => checkWordQuery(m.query),
  'words:papers': () => null,
  'word:delete': (m) => (isWord(m.word) ? null : 'word must be a short string'),
  'word:restore': (m) => {
    const checked = validateWordRecord(m.record);
    return checked.ok ? null : checked.error;
  },
  'word:review': (m) => (!isWord(m.word) ? 'word must be a short string' : RATINGS.includes(m.rating as ReviewRating) ? null : 'rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)'),
  'words:due': (m) => (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 1000 ? null : 'limit must be 1–1000'),
  'words:import': (m) => (typeof m.text === 'string' ? null : 'text must be the text of a words file'),
};

/** True when `m` is a message object whose type is one of the words'. */
export function isWordType(type: unknown): type is keyof WordRequests {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(WORD_VALIDATORS, type);
}
