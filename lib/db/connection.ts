// The database connection over its whole life: opened on demand, closed for a newer version,
// reopened after the browser closed it, and clear words when it cannot be opened.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, migrate, type DubaoDB } from './schema';

/** Opening waits for other open Dubao pages to let go of an older version for this long. */
export const BLOCKED_WAIT_MS = 3000;

/** The database cannot be opened; `message` says why and what the reader can do. Nothing stored was changed. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

/** Hooks for connection events (the resilient repository drops a connection that closed). */
export interface ConnectionEvents {
  /** The connection is gone: the browser closed it (terminated) or a newer version asked for it (blocking). */
  onGone?: () => void;
}

/**
 * Opens (creating or migrating) the database. A database from a newer Dubao is refused with a
 * DatabaseOpenError (not changed); an upgrade that other open Dubao pages block for longer than
 * `blockedWaitMs` is refused with one (the upgrade finishes later, when they close). When a
 * newer version needs the database, this connection closes itself so that the upgrade can run.
 */
export async function openDatabase(name = DB_NAME, version = DB_VERSION, events: ConnectionEvents & { blockedWaitMs?: number } = {}): Promise<IDBPDatabase<DubaoDB>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let blockedReject: (e: Error) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => {
    blockedReject = reject;
  });
  let db: IDBPDatabase<DubaoDB> | undefined;
  const opening = openDB<DubaoDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, oldVersion, newVersion ?? version, tx);
    },
    blocked(current) {
      timer ??= setTimeout(() => {
        gaveUp = true;
        blockedReject(new DatabaseOpenError(`Dubao was updated, and another open Dubao page still uses the older data (version ${current}): close the Dubao library and other Dubao pages, then try again — nothing was lost`));
      }, events.blockedWaitMs ?? BLOCKED_WAIT_MS);
    },
    blocking() {
      db?.close();
      events.onGone?.();
    },
    terminated() {
      events.onGone?.();
    },
  });
  try {
    db = await Promise.race([opening, blocked]);
    return db;
  } catch (e) {
    // Opened after all, once the reader closed the other page: nobody waits for this connection.
    if (gaveUp) void opening.then((late) => late.close(), () => undefined);
    throw describeOpenError(e, version);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** A clear error for a database that would not open. */
function describeOpenError(e: unknown, version: number): unknown {
  if ((e as { name?: string })?.name === 'VersionError') {
    return new DatabaseOpenError(`your data was saved by a newer version of Dubao (this one reads version ${version}): update Dubao to see it — nothing was changed`);
  }
  return e;
}

/** True for errors a closed or closing connection gives: the request never reached the data, so retrying on a new connection is safe. */
export function isConnectionGone(e: unknown): boolean {
  const name = (e as { name?: string })?.name;
  return name === 'InvalidStateError' || (name === 'AbortError' && /clos/iu.test(String((e as Error).message)));
}
