// A repository that outlives its connection: when the browser closes the database (or a newer
// version asks for it), the next request opens it again, and a request that failed because
// the connection was gone is retried once on the new one (the saved words' operations too).
import type { IDBPDatabase } from 'idb';
import { isConnectionGone, type ConnectionEvents } from './connection';
import { createRepository, type Repository } from './index';
import type { DubaoDB } from './schema';
import type { WordRepository } from './words';

/** Every operation of a Repository but close() and the words (below). */
const OPERATIONS = [
  'visitArticle', 'getArticle', 'recentArticles', 'getHighlight', 'putHighlight', 'updateHighlight', 'deleteHighlight', 'restoreHighlight',
  'highlightsForUrl', 'allHighlights', 'recentHighlights', 'importHighlights', 'countForUrl', 'putTerm', 'addTerm', 'termByText', 'deleteTerm',
  'allTerms', 'importTerms',
] as const satisfies readonly Exclude<keyof Repository, 'close' | 'words'>[];

/** Every operation of the saved words (Repository.words). */
const WORD_OPERATIONS = [
  'saveWord', 'getWord', 'allWords', 'wordForms', 'lookedUp', 'deleteWord', 'restoreWord', 'reviewWord', 'recentWords', 'dueWords', 'countDue', 'importWords',
] as const satisfies readonly (keyof WordRepository)[];

// Compile-time: an operation added to Repository or WordRepository must be listed above, or
// the resilient repository would not have it (undefined at run time).
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allListed: [Missing<Exclude<keyof Repository, 'close' | 'words'>, (typeof OPERATIONS)[number]>, Missing<keyof WordRepository, (typeof WORD_OPERATIONS)[number]>] = [true, true];
void allListed;

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
  type Target = (repo: Repository) => Record<string, unknown>;
  const run = async (target: Target, op: string, args: unknown[]): Promise<unknown> => {
    const used = current ?? connect();
    const repo = await used;
    try {
      return await (target(repo)[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    } catch (e) {
      if (!isConnectionGone(e)) throw e;
      if (current === used) current = null;
      const fresh = await (current ?? connect());
      return (target(fresh)[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    }
  };
  const whole: Target = (repo) => repo as unknown as Record<string, unknown>;
  const words: Target = (repo) => repo.words as unknown as Record<string, unknown>;
  const out = {} as Record<string, unknown>;
  for (const op of OPERATIONS) out[op] = (...args: unknown[]) => run(whole, op, args);
  const wordsOut = {} as Record<string, unknown>;
  for (const op of WORD_OPERATIONS) wordsOut[op] = (...args: unknown[]) => run(words, op, args);
  out.words = wordsOut;
  out.close = () => {
    const was = current;
    current = null;
    void was?.then((r) => r.close(), () => undefined);
  };
  return out as unknown as Repository;
}
