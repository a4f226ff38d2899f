// A repository that outlives its connection: when the browser closes the database (or a newer
// version asks for it), the next request opens it again, and a request that failed because
// the connection was gone is retried once on the new one.
import type { IDBPDatabase } from 'idb';
import { isConnectionGone, type ConnectionEvents } from './connection';
import { createRepository, type Repository } from './index';
import type { DubaoDB } from './schema';

/** Every operation of a Repository but close(). */
const OPERATIONS = [
  'visitArticle', 'getArticle', 'recentArticles', 'getHighlight', 'putHighlight', 'updateHighlight', 'deleteHighlight', 'restoreHighlight',
  'highlightsForUrl', 'allHighlights', 'recentHighlights', 'importHighlights', 'countForUrl', 'putTerm', 'addTerm', 'termByText', 'deleteTerm',
  'allTerms', 'importTerms',
] as const satisfies readonly Exclude<keyof Repository, 'close'>[];

/**
 * A Repository over connections from `open` (lib/db/connection.ts openDatabase with the given
 * events). The connection is opened on first use; an operation that fails because the
 * connection was closed (InvalidStateError: nothing reached the data) is run once more on a
 * fresh connection. Other errors (a full disk, a refused record, a database from a newer
 * Dubao) are thrown as they are, and the next operation tries to open again.
 */
export function resilientRepository(open: (events: ConnectionEvents) => Promise<IDBPDatabase<DubaoDB>>): Repository {
  let current: Promise<Repository> | null = null;
  const connect = (): Promise<Repository> => {
    const attempt: Promise<Repository> = open({
      onGone: () => {
        if (current === attempt) current = null;
      },
    }).then(createRepository);
    current = attempt;
    attempt.catch(() => {
      if (current === attempt) current = null;
    });
    return attempt;
  };
  const run = async (op: (typeof OPERATIONS)[number], args: unknown[]): Promise<unknown> => {
    const used = current ?? connect();
    const repo = await used;
    try {
      return await (repo[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (e) {
      if (!isConnectionGone(e)) throw e;
      if (current === used) current = null;
      const fresh = await (current ?? connect());
      return (fresh[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    }
  };
  const out = {} as Record<string, unknown>;
  for (const op of OPERATIONS) out[op] = (...args: unknown[]) => run(op, args);
  out.close = () => {
    const was = current;
    current = null;
    void was?.then((r) => r.close(), () => undefined);
  };
  return out as unknown as Repository;
}
