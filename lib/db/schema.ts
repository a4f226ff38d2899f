// The IndexedDB schema: a version number and one migration per version, from day one.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleRecord } from '../messages';

/** Database name. */
export const DB_NAME = 'dubao';
/** Current schema version. */
export const DB_VERSION = 1;

/** The stores and their indexes. */
export interface DubaoDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byVisited: number };
  };
  highlights: {
    key: string;
    value: { id: string; url: string; updatedAt: number } & Record<string, unknown>;
    indexes: { byUrl: string; byUpdated: number };
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
];

/** Runs every migration between `oldVersion` and `newVersion`. */
export function migrate(db: IDBPDatabase<DubaoDB>, oldVersion: number, newVersion: number, tx: Tx): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) MIGRATIONS[v]?.(db, tx);
}
