// The IndexedDB schema: a version number and one migration per version, from day one.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HighlightRecord } from '../highlights/types';
import type { ArticleRecord, TermRecord } from '../records';
import type { WordRecord } from '../words/types';

/** Database name. */
export const DB_NAME = 'dubao';
/**
 * Current schema version.
 * 1: articles (keyPath url; byVisited), highlights (keyPath id; byUrl, byUpdated).
 * 2: terms (keyPath id; byTerm unique) — the reader's own glossary terms.
 * 3: words (keyPath word; byDue, byLastSeen) — saved words with their sentences and review schedule.
 */
export const DB_VERSION = 3;

/** The stores and their indexes. */
export interface DubaoDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byVisited: number };
  };
  highlights: {
    key: string;
    value: HighlightRecord;
    indexes: { byUrl: string; byUpdated: number };
  };
  terms: {
    key: string;
    value: TermRecord;
    indexes: { byTerm: string };
  };
  words: {
    key: string;
    value: WordRecord;
    indexes: { byDue: number; byLastSeen: number };
  };
}

type Tx = IDBPTransaction<DubaoDB, StoreNames<DubaoDB>[], 'versionchange'>;

/** Migrations: entry N upgrades a database from version N-1 to N. */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<DubaoDB>, tx: Tx) => void> = [
  () => undefined,
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('byVisited', 'visitedAt');
    const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
    highlights.createIndex('byUrl', 'url');
    highlights.createIndex('byUpdated', 'updatedAt');
  },
  (db) => {
    const terms = db.createObjectStore('terms', { keyPath: 'id' });
    terms.createIndex('byTerm', 'term', { unique: true });
  },
  (db) => {
    const words = db.createObjectStore('words', { keyPath: 'word' });
    words.createIndex('byDue', 'due');
    words.createIndex('byLastSeen', 'lastSeen');
  },
];

/** Runs every migration between `oldVersion` and `newVersion`. */
export function migrate(db: IDBPDatabase<DubaoDB>, oldVersion: number, newVersion: number, tx: Tx): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) MIGRATIONS[v]?.(db, tx);
}
