// The saved words' store ("words", keyPath word; byDue, byLastSeen). Each change is one
// transaction, written whole or not at all (see ./index.ts).
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { review, type ReviewRating } from '../words/fsrs';
import { addSighting, mergeWord, wordKey } from '../words/merge';
import { validateWordRecord, type WordInput, type WordRecord } from '../words/types';
import type { DubaoDB } from './schema';
import { write } from './tx';

/** What a words import changed. */
export interface WordImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** The operations on saved words. */
export interface WordRepository {
  /** Saves a word met in a sentence: a new record, or the stored one with this sentence added. */
  saveWord(input: WordInput, now?: number): Promise<WordRecord>;
  getWord(word: string): Promise<WordRecord | null>;
  /** Every saved word (store order: by simplified form). */
  allWords(): Promise<WordRecord[]>;
  /** The stored simplified forms and the forms as written, for marking words on a page. */
  wordForms(): Promise<string[]>;
  /** A saved word was looked up again (its card opened): one more look-up, last seen now. Null when the word is not saved. */
  lookedUp(word: string, now?: number): Promise<WordRecord | null>;
  /** Deletes a word; returns the deleted record (to undo with restoreWord) or null. */
  deleteWord(word: string): Promise<WordRecord | null>;
  /** Puts a deleted word back as it was (validated). */
  restoreWord(record: WordRecord): Promise<WordRecord>;
  /** Answers a review: the word's schedule moves on. Throws for an unknown word. */
  reviewWord(word: string, rating: ReviewRating, now?: number): Promise<WordRecord>;
  /** The `limit` words met most recently (newest first) and how many words there are: a quick first view. */
  recentWords(limit: number): Promise<{ words: WordRecord[]; total: number }>;
  /** Words due before `until`, earliest first, at most `limit`. */
  dueWords(until: number, limit: number): Promise<WordRecord[]>;
  /** How many words are due before `until`. */
  countDue(until: number): Promise<number>;
  /** Merges validated records in one transaction: all or nothing. */
  importWords(records: readonly WordRecord[]): Promise<WordImportCounts>;
}

/** Runs `body` in one readwrite transaction on the words store (./tx.ts write: aborted when anything fails). */
function writeWords<T>(db: IDBPDatabase<DubaoDB>, body: (store: IDBPObjectStore<DubaoDB, ['words'], 'words', 'readwrite'>) => Promise<T>): Promise<T> {
  return write(db, 'words', (tx) => body(tx.store));
}

function clean(record: unknown): WordRecord {
  const checked = validateWordRecord(record);
  if (!checked.ok) throw new Error(`invalid word: ${checked.error}`);
  return checked.value;
}

/** The words repository on an open database (schema version 3 or later). */
export function createWordRepository(db: IDBPDatabase<DubaoDB>): WordRepository {
  return {
    saveWord: (input, now = Date.now()) =>
      writeWords(db, async (store) => {
        const prev = await store.get(wordKey(input.written));
        const next = addSighting(prev, input, now);
        await store.put(next);
        return next;
      }),
    async getWord(word) {
      return (await db.get('words', word)) ?? null;
    },
    allWords: () => db.getAll('words'),
    async wordForms() {
      const forms = new Set<string>();
      for (const r of await db.getAll('words')) {
        forms.add(r.word);
        forms.add(r.written);
      }
      return [...forms];
    },
    lookedUp: (word, now = Date.now()) =>
      writeWords(db, async (store) => {
        const prev = await store.get(word);
        if (!prev) return null;
        const next = { ...prev, lookups: prev.lookups + 1, lastSeen: Math.max(prev.lastSeen, now) };
        await store.put(next);
        return next;
      }),
    deleteWord: (word) =>
      writeWords(db, async (store) => {
        const prev = await store.get(word);
        if (!prev) return null;
        await store.delete(word);
        return prev;
      }),
    restoreWord: async (record) => {
      const value = clean(record);
      return writeWords(db, async (store) => {
        await store.put(value);
        return value;
      });
    },
    reviewWord: (word, rating, now = Date.now()) =>
      writeWords(db, async (store) => {
        const prev = await store.get(word);
        if (!prev) throw new Error('this word is no longer saved');
        const card = review(prev.card, rating, now);
        const next = { ...prev, card, due: card.due };
        await store.put(next);
        return next;
      }),
    async recentWords(limit) {
      const tx = db.transaction('words');
      const words: WordRecord[] = [];
      let cursor = await tx.store.index('byLastSeen').openCursor(null, 'prev');
      while (cursor && words.length < limit) {
        words.push(cursor.value);
        cursor = await cursor.continue();
      }
      return { words, total: await tx.store.count() };
    },
    async dueWords(until, limit) {
      const out: WordRecord[] = [];
      let cursor = await db.transaction('words').store.index('byDue').openCursor(IDBKeyRange.upperBound(until));
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },
    countDue: (until) => db.countFromIndex('words', 'byDue', IDBKeyRange.upperBound(until)),
    importWords: async (records) => {
      const incoming = records.map(clean);
      return writeWords(db, async (store) => {
        const counts = { added: 0, updated: 0, unchanged: 0 };
        const merged = new Map<string, WordRecord>();
        for (const r of incoming) {
          const prev = merged.get(r.word) ?? (await store.get(r.word));
          const next = prev ? mergeWord(prev, r) : r;
          if (!prev) counts.added++;
          else if (JSON.stringify(prev) === JSON.stringify(next)) counts.unchanged++;
          else counts.updated++;
          merged.set(r.word, next);
        }
        await Promise.all([...merged.values()].map((r) => store.put(r)));
        return counts;
      });
    },
  };
}
