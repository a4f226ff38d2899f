// The repository over IndexedDB. Only the background (and extension pages) open it.
//
// Every change is one transaction: it is written whole or not at all. A write that fails (a
// full disk: QuotaExceededError, a constraint, an exception while the transaction is open)
// aborts its transaction, so what was stored before stays exactly as it was; the error is
// thrown on to the caller (lib/service.ts describeError turns it into a message).
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { mergeImport } from '../highlights/import';
import { validateHighlight, type HighlightRecord } from '../highlights/types';
import type { ArticleInfo, ArticleRecord, HighlightPatch } from '../messages';
import { DB_NAME, DB_VERSION, migrate, type DubaoDB } from './schema';
import { newId, validateTermInput, type TermInput, type TermRecord } from './terms';
import { createWordRepository, type WordRepository } from './words';

export { DB_NAME, DB_VERSION } from './schema';
export type { TermInput, TermRecord } from './terms';

/** What an import changed. */
export interface ImportCounts {
  /** Ids not stored before. */
  added: number;
  /** Stored ids whose record changed (merged). */
  updated: number;
  /** Stored ids whose record stayed the same. */
  unchanged: number;
}

/** What a terms import changed: terms not stored before, stored terms changed, stored terms already the same. */
export interface TermImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** The operations the rest of Dubao may do on stored data. */
export interface Repository {
  visitArticle(article: ArticleInfo, now?: number): Promise<ArticleRecord>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  recentArticles(limit: number): Promise<ArticleRecord[]>;
  /** Highlights of one canonical URL, or all of them (kept for older callers: see highlightsForUrl, allHighlights). */
  listHighlights(url?: string): Promise<HighlightRecord[]>;
  /** Stores a highlight (validated with validateHighlight; only its known fields are kept). */
  putHighlight(record: HighlightRecord): Promise<HighlightRecord>;
  /** Changes note, colour or tags of a stored highlight and bumps updatedAt. Throws for an unknown id. */
  updateHighlight(id: string, patch: HighlightPatch, now?: number): Promise<HighlightRecord>;
  /** Deletes a highlight; returns the deleted record (to undo with restoreHighlight) or null when there was none. */
  deleteHighlight(id: string): Promise<HighlightRecord | null>;
  /** Puts a deleted highlight back as it was. */
  restoreHighlight(record: HighlightRecord): Promise<HighlightRecord>;
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

/** A record that failed validation on its way into the database. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

/** Opens (creating or migrating) the database. */
export async function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<DubaoDB>> {
  return openDB<DubaoDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, oldVersion, newVersion ?? version, tx);
    },
  });
}

/** The clean copy of a highlight, or an InvalidRecordError listing every problem. */
function clean(record: unknown): HighlightRecord {
  const checked = validateHighlight(record);
  if (!checked.ok) throw new InvalidRecordError(`invalid highlight: ${checked.errors.join('; ')}`);
  return checked.value;
}

type WriteTx<S extends StoreNames<DubaoDB>> = IDBPTransaction<DubaoDB, [S], 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction on `store` and waits until it is committed. When
 * anything fails, the transaction is aborted (nothing of it is written) and the error thrown.
 */
async function write<S extends StoreNames<DubaoDB>, T>(db: IDBPDatabase<DubaoDB>, store: S, body: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(store, 'readwrite');
  try {
    const value = await body(tx);
    await tx.done;
    return value;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished (committed or aborted by the failed request).
    }
    await tx.done.catch(() => undefined);
    throw e;
  }
}

/**
 * Puts many records without waiting for each. When a put throws (the transaction has been
 * aborted), the requests already made are still awaited, so none of them rejects unheard.
 */
/** Deletes one record in its own transaction; returns what was deleted, or null when there was none. */
async function removeOne<S extends 'highlights' | 'terms'>(db: IDBPDatabase<DubaoDB>, store: S, id: string): Promise<DubaoDB[S]['value'] | null> {
  return write(db, store, async (tx) => {
    const prev = await tx.store.get(id);
    if (!prev) return null;
    await tx.store.delete(id);
    return prev;
  });
}

async function putAll<V>(store: { put(value: V): Promise<unknown> }, values: readonly V[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const v of values) pending.push(store.put(v));
  } catch (e) {
    await Promise.allSettled(pending);
    throw e;
  }
  await Promise.all(pending);
}

/** A repository on an open database. Each change is one transaction. */
export function createRepository(db: IDBPDatabase<DubaoDB>): Repository {
  const putOne = async (record: HighlightRecord): Promise<HighlightRecord> => {
    const value = clean(record);
    return write(db, 'highlights', async (tx) => {
      await tx.store.put(value);
      return value;
    });
  };
  return {
    async visitArticle(article, now = Date.now()) {
      return write(db, 'articles', async (tx) => {
        const prev = await tx.store.get(article.url);
        const record: ArticleRecord = { ...article, firstVisitedAt: prev?.firstVisitedAt ?? now, visitedAt: now };
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
    async listHighlights(url) {
      return url ? db.getAllFromIndex('highlights', 'byUrl', url) : db.getAll('highlights');
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
          updatedAt: Math.max(now, prev.updatedAt + 1),
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
    async putTerm(input, now = Date.now()) {
      return write(db, 'terms', async (tx) => {
        const byId = input.id ? await tx.store.get(input.id) : undefined;
        const byTerm = await tx.store.index('byTerm').get(input.term);
        if (byId && byTerm && byId.id !== byTerm.id) throw new InvalidRecordError(`“${input.term}” is already in your glossary`);
        const prev = byId ?? byTerm;
        const record: TermRecord = {
          id: prev?.id ?? input.id ?? newId(),
          term: input.term,
          explanation: input.explanation,
          createdAt: prev?.createdAt ?? now,
          updatedAt: prev ? Math.max(now, prev.updatedAt + 1) : now,
        };
        await tx.store.put(record);
        return record;
      });
    },
    deleteTerm: (id) => removeOne(db, 'terms', id),
    async allTerms() {
      return db.getAllFromIndex('terms', 'byTerm');
    },
    async importTerms(inputs, now = Date.now()) {
      const incoming = inputs.map((input) => {
        const checked = validateTermInput(input);
        if (!checked.ok) throw new InvalidRecordError(`invalid term: ${checked.error}`);
        return checked.value;
      });
      return write(db, 'terms', async (tx) => {
        // The whole store is small (a reader's own terms): the merge is worked out in memory.
        const stored = await tx.store.getAll();
        const byId = new Map(stored.map((r) => [r.id, r]));
        const idOfTerm = new Map(stored.map((r) => [r.term, r.id]));
        /** The text each stored term had before this import. */
        const before = new Map(stored.map((r) => [r.id, r.term]));
        const changed = new Map<string, TermRecord>();
        /** Ids of stored terms the file names (by id or by text). */
        const matched = new Set<string>();
        for (const input of incoming) {
          const sameId = input.id ? byId.get(input.id) : undefined;
          const sameTermId = idOfTerm.get(input.term);
          const sameTerm = sameTermId === undefined ? undefined : byId.get(sameTermId);
          if (sameId && sameTerm && sameId.id !== sameTerm.id) {
            throw new InvalidRecordError(`cannot rename “${sameId.term}” to “${input.term}”: “${input.term}” is already in your glossary`);
          }
          const prev = sameId ?? sameTerm;
          if (prev && before.has(prev.id)) matched.add(prev.id);
          if (prev && prev.term === input.term && prev.explanation === input.explanation) continue;
          const record: TermRecord = {
            id: prev?.id ?? input.id ?? newId(),
            term: input.term,
            explanation: input.explanation,
            createdAt: prev?.createdAt ?? now,
            updatedAt: prev ? Math.max(now, prev.updatedAt + 1) : now,
          };
          if (prev && prev.term !== record.term) idOfTerm.delete(prev.term);
          idOfTerm.set(record.term, record.id);
          byId.set(record.id, record);
          changed.set(record.id, record);
        }
        // Stored terms that change their text are removed first, so that texts passed from term to
        // term within the file (甲 → 丙, 乙 → 甲, 丙 → 乙) never meet in the unique index halfway.
        const renamed = [...changed.values()].filter((r) => before.has(r.id) && before.get(r.id) !== r.term);
        await Promise.all(renamed.map((r) => tx.store.delete(r.id)));
        await putAll(tx.store, [...changed.values()]);
        let added = 0;
        for (const id of changed.keys()) if (!before.has(id)) added++;
        let unchanged = 0;
        for (const id of matched) if (!changed.has(id)) unchanged++;
        return { added, updated: changed.size - added, unchanged };
      });
    },
    words: createWordRepository(db),
    close() {
      db.close();
    },
  };
}
