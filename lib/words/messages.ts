// The saved words' messages to the background: their request and reply types and validators
// (lib/messages.ts merges them into its maps).
import { RATINGS, type ReviewRating } from './fsrs';
import { validateWordInput, validateWordRecord, WORD_LIMITS, type WordInput, type WordRecord } from './types';

/** Where and when a word was first met, for the card on a page. */
export interface WordMet {
  word: string;
  firstSeen: number;
  lookups: number;
  paper: string;
  title: string | null;
  date: string | null;
  url: string;
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
  'words:all': { request: Record<string, never>; reply: WordRecord[] };
  /** The most recently met words and the total: the library's first view before all arrive. */
  'words:recent': { request: { limit: number }; reply: { words: WordRecord[]; total: number } };
  'word:delete': { request: { word: string }; reply: WordRecord | null };
  'word:restore': { request: { record: WordRecord }; reply: WordRecord };
  'word:review': { request: { word: string; rating: ReviewRating }; reply: WordRecord };
  /** Words due by the end of today, earliest first, and how many there are in all. */
  'words:due': { request: { limit: number }; reply: { words: WordRecord[]; total: number } };
  'words:import': { request: { text: string }; reply: WordImportSummary };
}

/** The word message types a content script may send (about the page in its own tab). */
export const PAGE_WORD_TYPES: readonly (keyof WordRequests)[] = ['word:save', 'words:forms', 'word:met'];

const isWord = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= WORD_LIMITS.word;

/** A validator per word message type: null when the message is well formed, else the problem. */
export const WORD_VALIDATORS: { [T in keyof WordRequests]: (m: Record<string, unknown>) => string | null } = {
  'word:save': (m) => {
    const checked = validateWordInput(m.word);
    return checked.ok ? null : checked.error;
  },
  'words:forms': () => null,
  'word:met': (m) => (isWord(m.word) ? null : 'word must be a short string'),
  'words:all': () => null,
  'words:recent': (m) => (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 1000 ? null : 'limit must be 1–1000'),
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
