// The repository over IndexedDB. Only the background (and extension pages) open it.
//
// Every change is one transaction: it is written whole or not at all. A write that fails (a
// full disk: QuotaExceededError, a constraint, an exception while the transaction is open)
// aborts its transaction, so what was stored before stays exactly as it was; the error is
// thrown on to the caller (lib/service.ts describeError turns it into a message).
import type { IDBPDatabase } from 'idb';
import { FUTURE_SLACK_MS, futureTimes, mergeImport } from '../highlights/import';
import { validateHighlight } from '../highlights/types';
import type { ArticleInfo, ArticleRecord, HighlightPatch, HighlightRecord, TermInput, TermRecord } from '../records';
import type { DubaoDB } from './schema';
import { termOperations, type TermImportCounts } from './terms';
import { InvalidRecordError, putAll, removeOne, write } from './tx';
import { createWordRepository, type WordRepository } from './words';

export { DB_NAME, DB_VERSION } from './schema';
export { DatabaseOpenError, openDatabase } from './connection';
export { InvalidRecordError } from './tx';
export type { TermImportCounts } from './terms';
export type { TermInput, TermRecord } from '../records';

/** What an import changed. */
export interface ImportCounts {
  /** Ids not stored before. */
  added: number;
  /** Stored ids whose record changed (merged). */
  updated: number;
  /** Stored ids whose record stayed the same. */
  unchanged: number;
}

/** The operations the rest of Dubao may do on stored data. */
export interface Repository {
  /** Records a visit: the record is rebuilt from ArticleInfo's known fields only (anything else given is dropped). */
  visitArticle(article: ArticleInfo, now?: number): Promise<ArticleRecord>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  recentArticles(limit: number): Promise<ArticleRecord[]>;
  /** One highlight by id, or null. */
  getHighlight(id: string): Promise<HighlightRecord | null>;
  /**
   * Stores a highlight (validated with validateHighlight; only its known fields are kept).
   * Throws InvalidRecordError, writing nothing, for a creation or change time more than a day
   * after `now` (default: the clock).
   */
  putHighlight(record: HighlightRecord, now?: number): Promise<HighlightRecord>;
  /**
   * Changes note, colour or tags of a stored highlight and sets updatedAt to now (past the stored
   * time when that is not later than a day from now: a time further ahead is clamped to now).
   * Throws for an unknown id.
   */
  updateHighlight(id: string, patch: HighlightPatch, now?: number): Promise<HighlightRecord>;
  /** Deletes a highlight; returns the deleted record (to undo with restoreHighlight) or null when there was none. */
  deleteHighlight(id: string): Promise<HighlightRecord | null>;
  /** Puts a deleted highlight back as it was (checked as putHighlight checks it). */
  restoreHighlight(record: HighlightRecord, now?: number): Promise<HighlightRecord>;
  highlightsForUrl(url: string): Promise<HighlightRecord[]>;
  allHighlights(): Promise<HighlightRecord[]>;
  /** The `limit` most recently changed highlights (newest first). */
  recentHighlights(limit: number): Promise<HighlightRecord[]>;
  /** Merges imported records (lib/highlights mergeImport: known ids merged, not duplicated) in one transaction. */
  importHighlights(records: readonly HighlightRecord[]): Promise<ImportCounts>;
  countForUrl(url: string): Promise<number>;
  /** Adds a term, or changes the one with the same id or, without an id, the same text. */
  putTerm(input: TermInput, now?: number): Promise<TermRecord>;
  /** Deletes a term; returns it, or null when there was none. */
  deleteTerm(id: string): Promise<TermRecord | null>;
  /** Every term, by term text. */
  allTerms(): Promise<TermRecord[]>;
  /** The term with exactly this text, or null. */
  termByText(term: string): Promise<TermRecord | null>;
  /** Adds a new term; throws (writing nothing) when one with the same text is stored. */
  addTerm(input: TermInput, now?: number): Promise<TermRecord>;
  /**
   * Stores many terms in one transaction, in order, as putTerm would one by one: a known id or
   * the same term text is updated, not duplicated; a term whose text and explanation are already
   * stored is not written. When one term cannot be stored, nothing is.
   */
  importTerms(inputs: readonly TermInput[], now?: number): Promise<TermImportCounts>;
  /** The saved words (./words.ts). */
  words: WordRepository;
  close(): void;
}

/** The clean copy of a highlight, or an InvalidRecordError listing every problem. */
function clean(record: unknown): HighlightRecord {
  const checked = validateHighlight(record);
  if (!checked.ok) throw new InvalidRecordError(`invalid highlight: ${checked.errors.join('; ')}`);
  return checked.value;
}

/** As clean(), also refusing a time more than a day after `now`. */
function cleanNew(record: unknown, now: number): HighlightRecord {
  const value = clean(record);
  const future = futureTimes(value, now);
  if (future.length > 0) throw new InvalidRecordError(`invalid highlight: ${future.join('; ')}`);
  return value;
}

/** A repository on an open database. Each change is one transaction. */
export function createRepository(db: IDBPDatabase<DubaoDB>): Repository {
  const putOne = async (record: HighlightRecord, now = Date.now()): Promise<HighlightRecord> => {
    const value = cleanNew(record, now);
    return write(db, 'highlights', async (tx) => {
      await tx.store.put(value);
      return value;
    });
  };
  return {
    async visitArticle(article, now = Date.now()) {
      return write(db, 'articles', async (tx) => {
        const prev = await tx.store.get(article.url);
        const { url, site, siteName, title, date } = article;
        const record: ArticleRecord = { url, site, siteName, title, date, firstVisitedAt: prev?.firstVisitedAt ?? now, visitedAt: now };
        await tx.store.put(record);
        return record;
      });
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
    async getHighlight(id) {
      return (await db.get('highlights', id)) ?? null;
    },
    putHighlight: putOne,
    async updateHighlight(id, patch, now = Date.now()) {
      return write(db, 'highlights', async (tx) => {
        const prev = await tx.store.get(id);
        if (!prev) throw new InvalidRecordError('this highlight no longer exists');
        const next = clean({
          ...prev,
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          ...(patch.color !== undefined ? { color: patch.color } : {}),
          ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
          // A stored time far ahead (an older import) is not carried on: the edit is dated now.
          updatedAt: prev.updatedAt <= now + FUTURE_SLACK_MS ? Math.max(now, prev.updatedAt + 1) : now,
        });
        await tx.store.put(next);
        return next;
      });
    },
    deleteHighlight: (id) => removeOne(db, 'highlights', id),
    restoreHighlight: putOne,
    async highlightsForUrl(url) {
      return db.getAllFromIndex('highlights', 'byUrl', url);
    },
    async allHighlights() {
      return db.getAll('highlights');
    },
    async recentHighlights(limit) {
      const out: HighlightRecord[] = [];
      let cursor = await db.transaction('highlights').store.index('byUpdated').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value as HighlightRecord);
        cursor = await cursor.continue();
      }
      return out;
    },
    async importHighlights(records) {
      const incoming = records.map(clean);
      return write(db, 'highlights', async (tx) => {
        const ids = [...new Set(incoming.map((r) => r.id))];
        const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
        const existing = new Map<string, HighlightRecord>();
        stored.forEach((r) => r && existing.set(r.id, r));
        const merged = mergeImport(existing, incoming);
        await putAll(tx.store, merged.toWrite);
        return { added: merged.added, updated: merged.updated, unchanged: merged.unchanged };
      });
    },
    async countForUrl(url) {
      return db.countFromIndex('highlights', 'byUrl', url);
    },
    ...termOperations(db),
    words: createWordRepository(db),
    close() {
      db.close();
    },
  };
}
