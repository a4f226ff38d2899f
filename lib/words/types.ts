// A saved word ("生词"): the word, its reading and meanings, every sentence it was met in, and
// its review schedule. Validated wherever it comes in (a page's save, an import file).
import { isObj } from '../export-file';
import { isCalendarDate } from '../records';
import { newCard, validCard, type WordCard } from './fsrs';
import { WORD_LIMITS } from './limits';

/** Where the word's meanings came from: the CC-CEDICT card, a glossary card, or a bare selection. */
export type WordSource = 'dict' | 'glossary' | 'selection';
export const WORD_SOURCES: readonly WordSource[] = ['dict', 'glossary', 'selection'];

export { WORD_LIMITS } from './limits';

/** One sentence a word was met in, with the article it came from. */
export interface WordSentence {
  /** The repaired sentence (as displayed, before any script conversion). */
  text: string;
  /** The word's offsets in `text` (UTF-16 units, end exclusive). */
  start: number;
  end: number;
  /** The canonical article URL (http or https). */
  url: string;
  title: string | null;
  /** The paper's name (萧山日报) and site id (xsrb). */
  paper: string;
  site: string;
  /** The issue date, YYYY-MM-DD, or null. */
  date: string | null;
  /** ms since epoch when the word was met there. */
  seenAt: number;
}

/** A stored word. The key is `word`, its simplified form. */
export interface WordRecord {
  word: string;
  /** The form as last met on a page (traditional on a traditional page). */
  written: string;
  /** Pinyin with tone marks, as read in the sentence it was saved from. */
  reading: string;
  meanings: string[];
  source: WordSource;
  /** Newest first; at most WORD_LIMITS.sentences, never the same sentence of the same article twice. */
  sentences: WordSentence[];
  firstSeen: number;
  lastSeen: number;
  /** How many times the word was looked up or saved. */
  lookups: number;
  card: WordCard;
  /** card.due, copied to the top level for the byDue index. */
  due: number;
}

/** What a page sends to save a word met in one sentence. */
export interface WordInput {
  written: string;
  reading: string;
  meanings: string[];
  source: WordSource;
  sentence: Omit<WordSentence, 'seenAt'>;
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const nullableStr = (v: unknown, max: number): v is string | null => v === null || str(v, max);
const isDate = (v: unknown): v is string | null => v === null || isCalendarDate(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const HAN_RE = /\p{Script=Han}/u;

function httpUrl(v: unknown): v is string {
  if (!str(v, 2048)) return false;
  try {
    return /^https?:$/u.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** Checks one sentence (without or with `seenAt`); returns a clean copy or the first problem. */
export function validateSentence(raw: unknown, withTime: boolean): Checked<WordSentence> {
  if (!isObj(raw)) return { ok: false, error: 'sentence must be an object' };
  const { text, start, end, url, title, paper, site, date, seenAt } = raw;
  if (!str(text, WORD_LIMITS.sentence) || text.trim() === '') return { ok: false, error: `sentence.text must be 1–${WORD_LIMITS.sentence} characters` };
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) {
    return { ok: false, error: 'sentence.start/end must be the word’s offsets in sentence.text' };
  }
  if (!httpUrl(url)) return { ok: false, error: 'sentence.url must be an http(s) URL' };
  if (!nullableStr(title, WORD_LIMITS.title)) return { ok: false, error: 'sentence.title must be a string or null' };
  if (!str(paper, WORD_LIMITS.paper) || !str(site, 64) || !/^[a-z0-9-]*$/u.test(site)) return { ok: false, error: 'sentence.paper/site must be short strings' };
  if (!isDate(date)) return { ok: false, error: 'sentence.date must be a calendar date YYYY-MM-DD or null' };
  if (withTime && !isTime(seenAt)) return { ok: false, error: 'sentence.seenAt must be a time' };
  const value: WordSentence = { text, start: start as number, end: end as number, url, title, paper, site, date, seenAt: withTime ? (seenAt as number) : 0 };
  return { ok: true, value };
}

function checkCommon(raw: Record<string, unknown>): string | null {
  const { written, reading, meanings, source } = raw;
  if (!str(written, WORD_LIMITS.word) || !HAN_RE.test(written) || written.trim() !== written) return `word must be 1–${WORD_LIMITS.word} characters with at least one Chinese character`;
  if (!str(reading, WORD_LIMITS.reading)) return 'reading must be a string';
  if (!Array.isArray(meanings) || meanings.length > WORD_LIMITS.meanings || !meanings.every((m) => str(m, WORD_LIMITS.meaning))) {
    return `meanings must be at most ${WORD_LIMITS.meanings} strings of at most ${WORD_LIMITS.meaning} characters`;
  }
  if (!WORD_SOURCES.includes(source as WordSource)) return `source must be one of ${WORD_SOURCES.join(', ')}`;
  return null;
}

/** Checks a WordInput from a page: the word must be what the sentence holds at its offsets. */
export function validateWordInput(raw: unknown): Checked<WordInput> {
  if (!isObj(raw)) return { ok: false, error: 'word must be an object' };
  const problem = checkCommon(raw);
  if (problem) return { ok: false, error: problem };
  const s = validateSentence(raw.sentence, false);
  if (!s.ok) return s;
  const { seenAt: _drop, ...sentence } = s.value;
  if (sentence.text.slice(sentence.start, sentence.end) !== raw.written) return { ok: false, error: 'the sentence does not hold the word at the given offsets' };
  return { ok: true, value: { written: raw.written as string, reading: raw.reading as string, meanings: [...(raw.meanings as string[])], source: raw.source as WordSource, sentence } };
}

/** Checks a whole stored record (an import file's entry); returns a clean copy with known fields only. */
export function validateWordRecord(raw: unknown): Checked<WordRecord> {
  if (!isObj(raw)) return { ok: false, error: 'entry must be an object' };
  const problem = checkCommon(raw);
  if (problem) return { ok: false, error: problem };
  if (!str(raw.word, WORD_LIMITS.word) || !HAN_RE.test(raw.word)) return { ok: false, error: 'word must hold a Chinese character' };
  if (!Array.isArray(raw.sentences) || raw.sentences.length > WORD_LIMITS.sentences) return { ok: false, error: `sentences must be a list of at most ${WORD_LIMITS.sentences}` };
  const sentences: WordSentence[] = [];
  for (const s of raw.sentences) {
    const checked = validateSentence(s, true);
    if (!checked.ok) return checked;
    sentences.push(checked.value);
  }
  const { firstSeen, lastSeen, lookups } = raw;
  if (!isTime(firstSeen) || !isTime(lastSeen) || firstSeen > lastSeen) return { ok: false, error: 'firstSeen/lastSeen must be times, first before last' };
  if (!Number.isInteger(lookups) || (lookups as number) < 0) return { ok: false, error: 'lookups must be a count' };
  const card = raw.card === undefined ? newCard(firstSeen) : validCard(raw.card);
  if (!card) return { ok: false, error: 'card is not a review schedule' };
  return {
    ok: true,
    value: {
      word: raw.word,
      written: raw.written as string,
      reading: raw.reading as string,
      meanings: [...(raw.meanings as string[])],
      source: raw.source as WordSource,
      sentences,
      firstSeen,
      lastSeen,
      lookups: lookups as number,
      card,
      due: card.due,
    },
  };
}
