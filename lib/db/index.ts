// The repository over IndexedDB. Only the background (and extension pages) open it.
import { openDB, type IDBPDatabase } from 'idb';
import type { ArticleInfo, ArticleRecord } from '../messages';
import { DB_NAME, DB_VERSION, migrate, type DubaoDB } from './schema';

export { DB_NAME, DB_VERSION } from './schema';

/** The operations the rest of Dubao may do on stored data. */
export interface Repository {
  visitArticle(article: ArticleInfo, now?: number): Promise<ArticleRecord>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  recentArticles(limit: number): Promise<ArticleRecord[]>;
  listHighlights(url?: string): Promise<unknown[]>;
  close(): void;
}

/** Opens (creating or migrating) the database. */
export async function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<DubaoDB>> {
  return openDB<DubaoDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, oldVersion, newVersion ?? version, tx);
    },
  });
}

/** A repository on an open database. Each change is one transaction. */
export function createRepository(db: IDBPDatabase<DubaoDB>): Repository {
  return {
    async visitArticle(article, now = Date.now()) {
      const tx = db.transaction('articles', 'readwrite');
      const prev = await tx.store.get(article.url);
      const record: ArticleRecord = { ...article, firstVisitedAt: prev?.firstVisitedAt ?? now, visitedAt: now };
      await tx.store.put(record);
      await tx.done;
      return record;
    },
    async getArticle(url) {
      return (await db.get('articles', url)) ?? null;
    },
    async recentArticles(limit) {
      const out: ArticleRecord[] = [];
      let cursor = await db.transaction('articles').store.index('byVisited').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },
    async listHighlights(url) {
      return url ? db.getAllFromIndex('highlights', 'byUrl', url) : db.getAll('highlights');
    },
    close() {
      db.close();
    },
  };
}
