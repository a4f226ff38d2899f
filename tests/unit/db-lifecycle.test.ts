// The data outlives every fault: a connection the browser closes, a newer Dubao's database, an
// upgrade blocked by an open page, a future time in a file, unknown fields in a visit, and
// an export of 100,000 highlights that must import back whole.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createRepository, DatabaseOpenError, DB_VERSION, openDatabase, type Repository } from '../../lib/db';
import { resilientRepository } from '../../lib/db/resilient';
import { toJson } from '../../lib/highlights/export';
import { DEFAULT_MAX_IMPORT_BYTES, parseImport } from '../../lib/highlights/import';
import type { HighlightRecord } from '../../lib/highlights/types';
import { createService } from '../../lib/service';
import { createSend } from '../../lib/send';
import { PART_CHARS, sendImport, splitText } from '../../lib/upload';

const OWN = 'own-extension-id';
const popup = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const DAY = 24 * 60 * 60 * 1000;
let n = 0;

function hl(i: number, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `hl-life-${String(i).padStart(6, '0')}`, url: PAGE, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面',
    quote: { exact: `医银合作模式${i}`, prefix: '推进', suffix: '，让' }, position: { startBlock: 2, start: 0, endBlock: 2, end: 7 },
    color: 'yellow', note: '', tags: [], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, schema: 1, ...over,
  };
}

describe('the connection', () => {
  it('is opened again after the browser closed it, and the failed request is retried once', async () => {
    const name = `life-${++n}`;
    let opened = 0;
    const repo = resilientRepository(async (events) => {
      opened++;
      return openDatabase(name, DB_VERSION, events);
    });
    await repo.putHighlight(hl(1));
    // What the browser does when it closes the database under the worker (the first connection).
    const first = await openDatabase(name);
    first.close();
    repo.close();
    expect(await repo.allHighlights()).toEqual([hl(1)]);
    expect(await repo.putHighlight(hl(2))).toEqual(hl(2));
    expect((await repo.allHighlights()).map((r) => r.id)).toEqual([hl(1).id, hl(2).id]);
    expect(opened).toBe(2);
  });

  it('retries a request that met a closed connection, on a fresh one', async () => {
    const name = `life-${++n}`;
    const connections: Awaited<ReturnType<typeof openDatabase>>[] = [];
    const repo = resilientRepository(async (events) => {
      const db = await openDatabase(name, DB_VERSION, events);
      connections.push(db);
      return db;
    });
    await repo.putHighlight(hl(1));
    connections[0]?.close(); // closed behind the repository's back: the next transaction throws InvalidStateError
    expect(await repo.updateHighlight(hl(1).id, { note: '关了又开' }, 1_800_000_000_000)).toMatchObject({ note: '关了又开' });
    expect(connections).toHaveLength(2);
    expect((await repo.allHighlights()).map((r) => r.note)).toEqual(['关了又开']);
  });

  it('refuses a database written by a newer Dubao with a clear message, changing nothing', async () => {
    const name = `life-${++n}`;
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    newer.close();
    const e = await openDatabase(name).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DatabaseOpenError);
    expect((e as Error).message).toBe(`your data was saved by a newer version of Dubao (this one reads version ${DB_VERSION}): update Dubao to see it — nothing was changed`);
    const again = await openDB(name);
    expect(again.version).toBe(DB_VERSION + 1);
    again.close();
  });

  it('an upgrade blocked by an open older page says what to do; the data is upgraded once that page closes', async () => {
    const name = `life-${++n}`;
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('highlights', { keyPath: 'id' }).createIndex('byUrl', 'url') });
    await old.put('highlights', hl(1));
    // The old connection does not close when asked (no versionchange handler): the upgrade is blocked.
    const e = await openDatabase(name, DB_VERSION, { blockedWaitMs: 50 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DatabaseOpenError);
    expect((e as Error).message).toMatch(/another open Dubao page still uses the older data \(version 1\): close the Dubao library and other Dubao pages, then try again — nothing was lost/u);
    old.close();
    await new Promise((r) => setTimeout(r, 50));
    const repo = createRepository(await openDatabase(name));
    expect(await repo.getHighlight(hl(1).id)).toEqual(hl(1));
    expect(await repo.allTerms()).toEqual([]);
  });

  it('closes itself when a newer version needs the database', async () => {
    const name = `life-${++n}`;
    let gone = 0;
    await openDatabase(name, DB_VERSION, { onGone: () => gone++ });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(gone).toBe(1);
    newer.close();
  });
});

describe('times and fields from outside', () => {
  it('an import with a creation or change time more than a day ahead is refused whole', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseImport(toJson([hl(1, { updatedAt: now + DAY - 1 })]), { now }).ok).toBe(true);
    const r = parseImport(toJson([hl(1), hl(2, { updatedAt: now + 400 * DAY }), hl(3, { createdAt: now + 2 * DAY, updatedAt: now + 2 * DAY })]), { now });
    expect(r).toEqual({
      ok: false,
      errors: [
        'highlights[1].updatedAt: 2027-02-05T00:00:00.000Z is in the future (later than 2026-01-02T00:00:00.000Z)',
        'highlights[2].createdAt: 2026-01-03T00:00:00.000Z is in the future (later than 2026-01-02T00:00:00.000Z)',
        'highlights[2].updatedAt: 2026-01-03T00:00:00.000Z is in the future (later than 2026-01-02T00:00:00.000Z)',
      ],
    });
  });

  it('an edit of a highlight stored with a far future time is dated now, so later edits win', async () => {
    const repo = createRepository(await openDatabase(`life-${++n}`));
    const now = 1_800_000_000_000;
    // Stored so by an older Dubao (which did not refuse such times), as if its clock said so.
    await repo.putHighlight(hl(1, { updatedAt: now + 365 * DAY }), now + 365 * DAY);
    expect((await repo.updateHighlight(hl(1).id, { note: '一' }, now)).updatedAt).toBe(now);
    expect((await repo.updateHighlight(hl(1).id, { note: '二' }, now + 5)).updatedAt).toBe(now + 5);
    // Within a day ahead (another device's clock) the stored time still moves forward.
    await repo.putHighlight(hl(2, { updatedAt: now + 1000 }), now);
    expect((await repo.updateHighlight(hl(2).id, { note: '三' }, now)).updatedAt).toBe(now + 1001);
  });

  it('a saved or restored highlight with a time more than a day ahead is refused, and nothing is written', async () => {
    const repo = createRepository(await openDatabase(`life-${++n}`));
    const handle = createService({ repo: async () => repo, ownId: OWN });
    const page = { id: OWN, tabId: 3, frameId: 0, url: PAGE };
    const now = Date.now();
    for (const [type, sender] of [['highlight:save', page], ['highlight:restore', page], ['highlight:restore', popup]] as const) {
      const r = await handle({ type, highlight: hl(1, { createdAt: now, updatedAt: now + 30 * DAY }) }, sender);
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^highlight: updatedAt: \S+ is in the future \(later than \S+\)$/u) });
      const created = await handle({ type, highlight: hl(2, { createdAt: now + 2 * DAY, updatedAt: now + 2 * DAY }) }, sender);
      expect(created).toMatchObject({ ok: false, error: expect.stringMatching(/createdAt: .* in the future.*; updatedAt: .* in the future/u) });
    }
    expect(await repo.allHighlights()).toEqual([]);
    // Another device's clock a few hours ahead is still accepted.
    expect(await handle({ type: 'highlight:save', highlight: hl(3, { createdAt: now, updatedAt: now + DAY / 2 }) }, page)).toMatchObject({ ok: true });
    // The repository refuses it too, whoever calls it.
    const at = 1_800_000_000_000;
    await expect(repo.putHighlight(hl(4, { updatedAt: at + DAY + 1 }), at)).rejects.toThrow('invalid highlight: updatedAt: 2027-01-16T08:00:00.001Z is in the future (later than 2027-01-16T08:00:00.000Z)');
    await expect(repo.restoreHighlight(hl(4, { createdAt: at + 2 * DAY }), at)).rejects.toThrow(/createdAt: .* is in the future/u);
    expect((await repo.allHighlights()).map((h) => h.id)).toEqual([hl(3).id]);
  });

  it('a visit is stored with its known fields only, and a date that is no calendar date is refused', async () => {
    const repo = createRepository(await openDatabase(`life-${++n}`));
    const handle = createService({ repo: async () => repo, ownId: OWN });
    const article = { url: PAGE, site: 'xsrb', siteName: '萧山日报', title: '医保', date: '2025-03-09' };
    expect(await handle({ type: 'article:visit', article: { ...article, extra: 'x'.repeat(200_000), html: '<b>' } }, popup)).toMatchObject({ ok: true });
    expect(Object.keys((await repo.getArticle(PAGE)) ?? {}).sort()).toEqual(['date', 'firstVisitedAt', 'site', 'siteName', 'title', 'url', 'visitedAt']);
    for (const date of ['2025-13-45', '2025-02-29', '2025-00-10', '2025-3-9']) {
      const r = await handle({ type: 'article:visit', article: { ...article, date } }, popup);
      expect(r).toEqual({ ok: false, error: 'article.date must be a calendar date YYYY-MM-DD or null' });
    }
    expect((await handle({ type: 'article:visit', article: { ...article, date: '2024-02-29' } }, popup)).ok).toBe(true);
  });
});

describe('every export imports back', () => {
  it('splits text into parts without cutting a character in two', () => {
    const text = `ab${'𠮷'.repeat(3)}c`;
    const parts = splitText(text, 3);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(p)).toBe(false);
  });

  it('100,000 highlights with long notes: exported, sent in parts, imported whole and exported again the same', async () => {
    const records = Array.from({ length: 100_000 }, (_, i) =>
      hl(i, { url: `${PAGE.replace('79494', String(i % 500))}`, note: `第${i}条笔记：${'医保服务进银行，群众办事少跑腿。'.repeat(12)}`, tags: ['医保', `第${i % 7}组`] }),
    );
    const file = toJson(records, { now: 1_800_000_000_000 });
    const bytes = Buffer.byteLength(file);
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024); // larger than one browser message may be
    expect(bytes).toBeLessThanOrEqual(DEFAULT_MAX_IMPORT_BYTES);
    // The store in memory: at this size fake-indexeddb takes minutes; transactions are tested above and in db-highlights.
    const stored = new Map<string, HighlightRecord>();
    const repo = {
      importHighlights: async (rs: HighlightRecord[]) => {
        for (const r of rs) stored.set(r.id, r);
        return { added: rs.length, updated: 0, unchanged: 0 };
      },
      allHighlights: async () => [...stored.values()],
    } as unknown as Repository;
    const handle = createService({ repo: async () => repo, ownId: OWN });
    const sizes: number[] = [];
    const send = createSend(async (m) => {
      sizes.push(JSON.stringify(m).length);
      return handle(m, popup);
    });
    const summary = await sendImport<{ added: number; updated: number }>((m) => send(m as never), file);
    expect(summary).toMatchObject({ added: 100_000, updated: 0 });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PART_CHARS * 1.2);
    const back = await repo.allHighlights();
    expect(back).toHaveLength(100_000);
    expect(toJson(back, { now: 1_800_000_000_000 })).toBe(file);
  }, 120_000);
});
