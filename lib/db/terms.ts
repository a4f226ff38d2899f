// The reader's own glossary terms in the database. The record type and its validation live in
// lib/records.ts (shared with the message protocol).
import type { IDBPDatabase } from 'idb';
import { validateTermInput, type TermInput, type TermRecord } from '../records';
import type { DubaoDB } from './schema';
import { InvalidRecordError, putAll, removeOne, write } from './tx';

export { TERM_LIMITS, isRecordId, validateTermInput, type TermInput, type TermRecord } from '../records';

/** What a terms import changed: terms not stored before, stored terms changed, stored terms already the same. */
export interface TermImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** A fresh random id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * The record an input makes: a stored term (`prev`, found by id or by its text) keeps its id and
 * creation time, and its update time moves forward even within one millisecond.
 */
function termRecord(input: TermInput, prev: TermRecord | undefined, now: number): TermRecord {
  return {
    id: prev?.id ?? input.id ?? newId(),
    term: input.term,
    explanation: input.explanation,
    createdAt: prev?.createdAt ?? now,
    updatedAt: prev ? Math.max(now, prev.updatedAt + 1) : now,
  };
}

/** The term operations of the repository (see Repository in lib/db/index.ts for each contract). */
export function termOperations(db: IDBPDatabase<DubaoDB>) {
  return {
  async putTerm(input: TermInput, now = Date.now()): Promise<TermRecord> {
    return write(db, 'terms', async (tx) => {
      const byId = input.id ? await tx.store.get(input.id) : undefined;
      const byTerm = await tx.store.index('byTerm').get(input.term);
      if (byId && byTerm && byId.id !== byTerm.id) throw new InvalidRecordError(`“${input.term}” is already in your glossary`);
      const prev = byId ?? byTerm;
      const record = termRecord(input, prev, now);
      await tx.store.put(record);
      return record;
    });
  },
  deleteTerm: (id: string) => removeOne(db, 'terms', id),
  async allTerms(): Promise<TermRecord[]> {
    return db.getAllFromIndex('terms', 'byTerm');
  },
  async importTerms(inputs: readonly TermInput[], now = Date.now()): Promise<TermImportCounts> {
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
        const record = termRecord(input, prev, now);
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
  async addTerm(input: TermInput, now = Date.now()): Promise<TermRecord> {
    return write(db, 'terms', async (tx) => {
      if (await tx.store.index('byTerm').get(input.term)) throw new InvalidRecordError(`“${input.term}” is already in your glossary: change it in the popup or the library`);
      const record: TermRecord = { id: newId(), term: input.term, explanation: input.explanation, createdAt: now, updatedAt: now };
      await tx.store.put(record);
      return record;
    });
  },
  async termByText(term: string): Promise<TermRecord | null> {
    return (await db.getFromIndex('terms', 'byTerm', term)) ?? null;
  },
  };
}
