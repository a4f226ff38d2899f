// The database: schema v2 migration, highlight and term repository, one transaction per change.
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createRepository, DB_VERSION, openDatabase, type Repository } from '../../lib/db';
import { MIGRATIONS, type DubaoDB } from '../../lib/db/schema';
import type { HighlightRecord } from '../../lib/highlights/types';
import { describeError } from '../../lib/service';

let n = 0;
const URL_A = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';
const URL_B = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_2.htm';

function hl(i: number, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `hl-test-${String(i).padStart(4, '0')}`,
    url: URL_A,
    paper: '萧山日报',
    site: 'xsrb',
    date: '2025-03-09',
    title: '医保服务提质扩面',
    quote: { exact: `医银合作${i}`, prefix: '推进', suffix: '模式' },
    position: { startBlock: 1, start: i, endBlock: 1, end: i + 5 },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1000 + i,
    updatedAt: 1000 + i,
    schema: 1,
    ...over,
  };
}

async function fresh(): Promise<Repository> {
  return createRepository(await openDatabase(`dbh-${++n}`));
}

describe('schema migration', () => {
  it(`opens a version 1 database at version ${DB_VERSION} with every record intact`, async () => {
    expect(DB_VERSION).toBe(3);
    const name = `migrate-${++n}`;
    const v1 = await openDB<DubaoDB>(name, 1, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[1]?.(db, tx);
      },
    });
    expect([...v1.objectStoreNames].sort()).toEqual(['articles', 'highlights']);
    const article = { url: URL_A, site: 'xsrb', siteName: '萧山日报', title: '标题', date: '2025-03-09', firstVisitedAt: 1, visitedAt: 2 };
    await v1.put('articles', article);
    const records = [hl(1), hl(2, { url: URL_B, note: '笔记' }), hl(3, { color: 'pink', tags: ['医保'] })];
    for (const r of records) await v1.put('highlights', r);
    v1.close();

    const db = await openDatabase(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'highlights', 'terms', 'words']);
    const repo = createRepository(db);
    expect(await repo.getArticle(URL_A)).toEqual(article);
    expect((await repo.allHighlights()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(records);
    expect(await repo.countForUrl(URL_A)).toBe(2);
    expect(await repo.highlightsForUrl(URL_B)).toEqual([records[1]]);
    // The indexes of version 1 still work and the new store is usable.
    expect(db.transaction('highlights').store.indexNames.contains('byUpdated')).toBe(true);
    expect((await repo.putTerm({ term: '医银合作', explanation: '' })).term).toBe('医银合作');
    repo.close();
  });

  it('creates a new database with every store and index', async () => {
    const db = await openDatabase(`new-${++n}`);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'highlights', 'terms', 'words']);
    const terms = db.transaction('terms').store;
    expect(terms.keyPath).toBe('id');
    expect(terms.index('byTerm').unique).toBe(true);
    db.close();
  });
});

describe('highlights repository', () => {
  it('stores a validated copy with only the known fields', async () => {
    const repo = await fresh();
    const dirty = { ...hl(1), extra: 'x', quote: { ...hl(1).quote, html: '<b>' } } as unknown as HighlightRecord;
    const saved = await repo.putHighlight(dirty);
    expect(saved).toEqual(hl(1));
    expect(await repo.allHighlights()).toEqual([hl(1)]);
    await expect(repo.putHighlight({ ...hl(2), color: 'red' } as unknown as HighlightRecord)).rejects.toThrow(/color/u);
    await expect(repo.putHighlight({ ...hl(3), url: 'javascript:alert(1)' })).rejects.toThrow(/url/u);
    expect(await repo.allHighlights()).toHaveLength(1);
  });

  it('updates note, colour and tags and bumps updatedAt', async () => {
    const repo = await fresh();
    await repo.putHighlight(hl(1));
    const u = await repo.updateHighlight(hl(1).id, { note: '新笔记', color: 'green', tags: [' 医保 ', '医保'] }, 5000);
    expect(u).toMatchObject({ note: '新笔记', color: 'green', tags: ['医保'], updatedAt: 5000, createdAt: 1001 });
    // Never goes back in time, even with a clock behind the stored time.
    const again = await repo.updateHighlight(hl(1).id, { note: '再改' }, 10);
    expect(again.updatedAt).toBe(5001);
    expect(again.color).toBe('green');
    await expect(repo.updateHighlight('no-such-id', { note: 'x' })).rejects.toThrow(/no longer exists/u);
    await expect(repo.updateHighlight(hl(1).id, { note: 'x'.repeat(10_001) })).rejects.toThrow(/note/u);
    expect((await repo.allHighlights())[0]?.note).toBe('再改');
  });

  it('deletes, returning the record, and restores it exactly', async () => {
    const repo = await fresh();
    await repo.putHighlight(hl(1, { note: '要留着' }));
    const deleted = await repo.deleteHighlight(hl(1).id);
    expect(deleted).toEqual(hl(1, { note: '要留着' }));
    expect(await repo.countForUrl(URL_A)).toBe(0);
    expect(await repo.deleteHighlight(hl(1).id)).toBeNull();
    await repo.restoreHighlight(deleted as HighlightRecord);
    expect(await repo.allHighlights()).toEqual([hl(1, { note: '要留着' })]);
  });

  it('imports in one transaction, merging known ids instead of duplicating them', async () => {
    const repo = await fresh();
    await repo.putHighlight(hl(1, { note: 'old', updatedAt: 2000 }));
    await repo.putHighlight(hl(2));
    const counts = await repo.importHighlights([hl(1, { note: 'newer', updatedAt: 3000, tags: ['a'] }), hl(2), hl(3), hl(3, { note: 'dup' })]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const all = await repo.allHighlights();
    expect(all).toHaveLength(3);
    expect(all.find((r) => r.id === hl(1).id)).toMatchObject({ note: 'newer', tags: ['a'] });
  });

  it('counts per URL and lists per URL', async () => {
    const repo = await fresh();
    await Promise.all([hl(1), hl(2), hl(3, { url: URL_B })].map((r) => repo.putHighlight(r)));
    expect(await repo.countForUrl(URL_A)).toBe(2);
    expect(await repo.countForUrl(URL_B)).toBe(1);
    expect(await repo.countForUrl('https://other.example/')).toBe(0);
    expect((await repo.highlightsForUrl(URL_A)).map((r) => r.id).sort()).toEqual([hl(1).id, hl(2).id]);
    expect(await repo.highlightsForUrl(URL_B)).toHaveLength(1);
    expect(await repo.getHighlight(hl(3).id)).toEqual(hl(3, { url: URL_B }));
    expect(await repo.getHighlight('no-such-highlight')).toBeNull();
  });
});

describe('terms repository', () => {
  it('adds, changes by id or by text, keeps terms unique, lists by term and deletes', async () => {
    const repo = await fresh();
    const a = await repo.putTerm({ term: '医银合作', explanation: '医保和银行合作' }, 100);
    expect(a).toMatchObject({ term: '医银合作', createdAt: 100, updatedAt: 100 });
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/u);
    const same = await repo.putTerm({ term: '医银合作', explanation: '改了' }, 200);
    expect(same).toMatchObject({ id: a.id, explanation: '改了', createdAt: 100, updatedAt: 200 });
    const b = await repo.putTerm({ term: '共同富裕', explanation: '' }, 300);
    await expect(repo.putTerm({ id: b.id, term: '医银合作', explanation: '' })).rejects.toThrow(/already in your glossary/u);
    const renamed = await repo.putTerm({ id: b.id, term: '共富', explanation: 'x' }, 400);
    expect(renamed).toMatchObject({ id: b.id, term: '共富', createdAt: 300 });
    expect((await repo.allTerms()).map((t) => t.term)).toEqual(['共富', '医银合作'].sort());
    expect(await repo.deleteTerm(a.id)).toMatchObject({ term: '医银合作' });
    expect(await repo.deleteTerm(a.id)).toBeNull();
    expect(await repo.allTerms()).toHaveLength(1);
  });
});

describe('a full disk', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('fails the write with a QuotaExceededError, aborts the whole transaction and keeps what was saved', async () => {
    const repo = await fresh();
    await repo.putHighlight(hl(1, { note: 'saved before' }));
    await repo.putTerm({ term: '医银合作', explanation: 'kept' });
    // IndexedDB's put (fake-indexeddb): the Nth call fails as a full disk would.
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    let failAt = 2;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === failAt) throw quota();
      return realPut.apply(this, args);
    });
    try {
      const err = await repo.importHighlights([hl(2), hl(3), hl(4)]).catch((e: unknown) => e);
      expect((err as Error).name).toBe('QuotaExceededError');
      expect(describeError(err)).toMatch(/storage is full/u);
      calls = 0;
      failAt = 1;
      await expect(repo.updateHighlight(hl(1).id, { note: 'changed' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
      calls = 0;
      await expect(repo.putTerm({ term: '医银合作', explanation: 'changed' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
      calls = 0;
      await expect(repo.putHighlight(hl(5))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      spy.mockRestore();
    }
    // Nothing of the failed writes was stored; nothing saved before was lost or changed.
    expect(await repo.allHighlights()).toEqual([hl(1, { note: 'saved before' })]);
    expect((await repo.allTerms()).map((t) => t.explanation)).toEqual(['kept']);
    // And the database is still usable afterwards.
    await repo.putHighlight(hl(6));
    expect(await repo.allHighlights()).toHaveLength(2);
  });

  it('keeps what was saved when a transaction is aborted after its writes', async () => {
    const repo = await fresh();
    await repo.putHighlight(hl(1));
    const realPut = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = realPut.apply(this, args);
      this.transaction.abort();
      return req;
    });
    try {
      await expect(repo.importHighlights([hl(1, { note: 'x', updatedAt: 9999 }), hl(2), hl(3)])).rejects.toBeTruthy();
    } finally {
      spy.mockRestore();
    }
    expect(await repo.allHighlights()).toEqual([hl(1)]);
  });
});
