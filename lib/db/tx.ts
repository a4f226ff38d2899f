// Transactions of the repository: each change is written whole or not at all.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DubaoDB } from './schema';

/** A record that failed validation on its way into the database. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

/** A readwrite transaction on one store. */
export type WriteTx<S extends StoreNames<DubaoDB>> = IDBPTransaction<DubaoDB, [S], 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction on `store` and waits until it is committed. When
 * anything fails, the transaction is aborted (nothing of it is written) and the error thrown.
 */
export async function write<S extends StoreNames<DubaoDB>, T>(db: IDBPDatabase<DubaoDB>, store: S, body: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
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

/** Deletes one record in its own transaction; returns what was deleted, or null when there was none. */
export async function removeOne<S extends 'highlights' | 'terms'>(db: IDBPDatabase<DubaoDB>, store: S, id: string): Promise<DubaoDB[S]['value'] | null> {
  return write(db, store, async (tx) => {
    const prev = await tx.store.get(id);
    if (!prev) return null;
    await tx.store.delete(id);
    return prev;
  });
}

/**
 * Puts many records without waiting for each. When a put throws (the transaction has been
 * aborted), the requests already made are still awaited, so none of them rejects unheard.
 */
export async function putAll<V>(store: { put(value: V): Promise<unknown> }, values: readonly V[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const v of values) pending.push(store.put(v));
  } catch (e) {
    await Promise.allSettled(pending);
    throw e;
  }
  await Promise.all(pending);
}

