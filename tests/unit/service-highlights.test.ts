// The background's message service for highlights and the reader's terms.
import { describe, expect, it, vi } from 'vitest';
import { createRepository, openDatabase, type Repository } from '../../lib/db';
import { toJson } from '../../lib/highlights/export';
import type { HighlightRecord } from '../../lib/highlights/types';
import { MAX_IMPORT_MESSAGE_CHARS, type Reply } from '../../lib/messages';
import { createService, type SenderInfo } from '../../lib/service';

const OWN = 'own-extension-id';
const me: SenderInfo = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
let n = 0;

function hl(i: number, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `hl-svc-${String(i).padStart(5, '0')}`,
    url: PAGE,
    paper: '萧山日报',
    site: 'xsrb',
    date: '2025-03-09',
    title: '医保服务提质扩面',
    quote: { exact: `医银合作模式${i}`, prefix: '推进', suffix: '，让' },
    position: { startBlock: 2, start: i, endBlock: 2, end: i + 7 },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    schema: 1,
    ...over,
  };
}

async function setup(name = `svc-hl-${++n}`) {
  const repo = createRepository(await openDatabase(name));
  const onHighlights = vi.fn();
  const handle = createService({ repo: async () => repo, ownId: OWN, onHighlights });
  const call = async <V,>(message: unknown, sender: SenderInfo = me): Promise<Reply<V>> => (await handle(message, sender)) as Reply<V>;
  const ok = async <V,>(message: unknown, sender: SenderInfo = me): Promise<V> => {
    const r = await call<V>(message, sender);
    if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
    return r.value;
  };
  return { name, repo, handle, call, ok, onHighlights };
}

const all = (repo: Repository) => repo.allHighlights();

describe('highlight messages', () => {
  it('saves under the canonical URL, lists for the page and tells the badge', async () => {
    const { repo, ok, onHighlights } = await setup();
    const saved = await ok<HighlightRecord>({ type: 'highlight:save', highlight: hl(1, { url: `${PAGE}?div=-1&utm_source=wx#top` }) });
    expect(saved).toEqual(hl(1));
    expect(await all(repo)).toEqual([hl(1)]);
    const tab: SenderInfo = { id: OWN, tabId: 7, frameId: 0, url: `${PAGE}?div=-1` };
    expect(await ok({ type: 'highlights:for-url', url: `${PAGE}?spm=1` }, tab)).toEqual([hl(1)]);
    expect(onHighlights).toHaveBeenCalledWith([PAGE], me, true);
    // A page loading its highlights is no change: other tabs are not asked to draw theirs again.
    expect(onHighlights).toHaveBeenLastCalledWith([PAGE], tab, false);
    expect(await ok({ type: 'highlights:all' })).toEqual([hl(1)]);
  });

  it('tells the other tabs of a change made in a page: a save, a note, a delete (the same article open twice)', async () => {
    const { ok, onHighlights } = await setup();
    const tab: SenderInfo = { id: OWN, tabId: 7, frameId: 0, url: PAGE };
    await ok({ type: 'highlight:save', highlight: hl(1) }, tab);
    expect(onHighlights).toHaveBeenLastCalledWith([PAGE], tab, true);
    onHighlights.mockClear();
    await ok({ type: 'highlight:update', id: hl(1).id, patch: { note: '问营业时间' } }, tab);
    expect(onHighlights).toHaveBeenCalledExactlyOnceWith([PAGE], tab, true);
    await ok({ type: 'highlight:delete', id: hl(1).id }, tab);
    expect(onHighlights).toHaveBeenLastCalledWith([PAGE], tab, true);
  });

  it('updates a note, colour and tags', async () => {
    const { repo, ok, call } = await setup();
    await ok({ type: 'highlight:save', highlight: hl(1) });
    const u = await ok<HighlightRecord>({ type: 'highlight:update', id: hl(1).id, patch: { note: '记下', color: 'blue', tags: ['医保'] } });
    expect(u).toMatchObject({ note: '记下', color: 'blue', tags: ['医保'] });
    expect(u.updatedAt).toBeGreaterThan(hl(1).updatedAt);
    expect((await all(repo))[0]).toEqual(u);
    for (const patch of [{ url: 'https://evil.example/' }, { color: 'red' }, { note: 42 }, { tags: 'a' }, { tags: [''] }, 'x']) {
      const r = await call({ type: 'highlight:update', id: hl(1).id, patch });
      expect(r.ok).toBe(false);
    }
    expect((await call({ type: 'highlight:update', id: 'unknown-id', patch: { note: 'x' } }))).toMatchObject({ ok: false, error: /no longer exists/u });
    expect((await all(repo))[0]).toEqual(u);
  });

  it('deletes, answering with the record, and restores it (undo)', async () => {
    const { repo, ok } = await setup();
    await ok({ type: 'highlight:save', highlight: hl(1, { note: '重要' }) });
    await ok({ type: 'highlight:save', highlight: hl(2) });
    const deleted = await ok<HighlightRecord>({ type: 'highlight:delete', id: hl(1).id });
    expect(deleted).toEqual(hl(1, { note: '重要' }));
    expect(await repo.countForUrl(PAGE)).toBe(1);
    expect(await ok({ type: 'highlight:delete', id: hl(1).id })).toBeNull();
    await ok({ type: 'highlight:restore', highlight: deleted });
    expect((await all(repo)).sort((a, b) => a.id.localeCompare(b.id))).toEqual([hl(1, { note: '重要' }), hl(2)]);
  });

  it('refuses invalid highlights with every problem named, and stores nothing', async () => {
    const { repo, call } = await setup();
    const bad = { ...hl(1), color: 'red', quote: { exact: '', prefix: '', suffix: '' }, url: 'javascript:alert(1)' };
    const r = await call({ type: 'highlight:save', highlight: bad });
    expect(r.ok).toBe(false);
    const error = (r as { error: string }).error;
    expect(error).toMatch(/color/u);
    expect(error).toMatch(/quote\.exact/u);
    expect(error).toMatch(/url/u);
    expect(await call({ type: 'highlight:save' })).toMatchObject({ ok: false });
    expect(await call({ type: 'highlight:restore', highlight: 'x' })).toMatchObject({ ok: false });
    expect(await call({ type: 'highlight:delete', id: '../../etc' })).toMatchObject({ ok: false });
    expect(await call({ type: 'highlights:for-url', url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    expect(await all(repo)).toEqual([]);
  });

  it('keeps only the known fields of a record', async () => {
    const { repo, ok } = await setup();
    const raw = JSON.parse(JSON.stringify({ ...hl(1), isAdmin: true })) as Record<string, unknown>;
    Object.defineProperty(raw, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    await ok({ type: 'highlight:save', highlight: raw });
    const [stored] = await all(repo);
    expect(stored).toEqual(hl(1));
    expect(Object.keys(stored as object)).not.toContain('isAdmin');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses every highlight message from another extension or a web page', async () => {
    const { repo, call } = await setup();
    const messages = [
      { type: 'highlight:save', highlight: hl(1) },
      { type: 'highlight:update', id: hl(1).id, patch: { note: 'x' } },
      { type: 'highlight:delete', id: hl(1).id },
      { type: 'highlight:restore', highlight: hl(1) },
      { type: 'highlights:for-url', url: PAGE },
      { type: 'highlights:all' },
      { type: 'highlights:import', text: toJson([hl(1)]) },
      { type: 'terms:list' },
      { type: 'terms:put', term: { term: '医银合作', explanation: '' } },
      { type: 'terms:delete', id: 'abcdefgh' },
    ];
    for (const m of messages) {
      expect(await call(m, { id: 'another-extension' })).toEqual({ ok: false, error: 'message from another extension refused' });
      expect(await call(m, {})).toMatchObject({ ok: false });
    }
    expect(await all(repo)).toEqual([]);
  });

  it('stores every one of 50 concurrent saves to the same page', async () => {
    const { repo, ok } = await setup();
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => ok<HighlightRecord>({ type: 'highlight:save', highlight: hl(i) })));
    expect(replies).toHaveLength(50);
    expect(await repo.countForUrl(PAGE)).toBe(50);
    expect(new Set((await all(repo)).map((r) => r.id)).size).toBe(50);
  });

  it('still has everything for a new service and repository (a restarted service worker)', async () => {
    const first = await setup();
    await first.ok({ type: 'highlight:save', highlight: hl(1) });
    await first.ok({ type: 'highlight:update', id: hl(1).id, patch: { note: '保留' } });
    await first.ok({ type: 'highlights:import', text: toJson([hl(2), hl(3)]) });
    await first.ok({ type: 'terms:put', term: { term: '医银合作', explanation: '医保 + 银行' } });
    first.repo.close();

    const second = await setup(first.name);
    const list = await second.ok<HighlightRecord[]>({ type: 'highlights:for-url', url: PAGE });
    expect(list.map((r) => r.id).sort()).toEqual([hl(1).id, hl(2).id, hl(3).id]);
    expect(list.find((r) => r.id === hl(1).id)?.note).toBe('保留');
    expect(await second.ok({ type: 'terms:list' })).toMatchObject([{ term: '医银合作', explanation: '医保 + 银行' }]);
  });
});

describe('import messages', () => {
  it('merges known ids instead of duplicating them and reports the counts', async () => {
    const { repo, ok } = await setup();
    await ok({ type: 'highlight:save', highlight: hl(1, { note: 'old' }) });
    await ok({ type: 'highlight:save', highlight: hl(2) });
    const text = toJson([hl(1, { note: 'newer', updatedAt: hl(1).updatedAt + 10 }), hl(2), hl(3)]);
    expect(await ok({ type: 'highlights:import', text })).toEqual({ added: 1, updated: 1, unchanged: 1, warnings: [] });
    const stored = await all(repo);
    expect(stored).toHaveLength(3);
    expect(stored.find((r) => r.id === hl(1).id)?.note).toBe('newer');
    // Importing the same file again changes nothing.
    expect(await ok({ type: 'highlights:import', text })).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  // 10,000 highlights through validation and the store: ~1.3 s quiet; 60 s stops a hang on a loaded machine.
  it('imports a file far larger than an ordinary message (10,000 highlights)', { timeout: 60_000 }, async () => {
    const { repo, ok } = await setup();
    const many = Array.from({ length: 10_000 }, (_, i) => hl(i, { url: `${PAGE}?n=${i % 300}` }));
    const text = toJson(many);
    expect(text.length).toBeGreaterThan(256 * 1024);
    expect(await ok({ type: 'highlights:import', text })).toMatchObject({ added: 10_000 });
    expect((await all(repo)).length).toBe(10_000);
  });

  it.each([
    ['malformed JSON', '{"format": "dubao-highlights", "version": 1, "highlights": [', /not valid JSON/u],
    ['a foreign file', JSON.stringify({ format: 'kindle-notes', items: [] }), /not a Dubao highlights export/u],
    ['a newer version', JSON.stringify({ format: 'dubao-highlights', version: 99, highlights: [] }), /unsupported version/u],
    ['an empty file', '', /empty/u],
    ['one bad record among good ones', toJson([hl(1), hl(2)]).replace('"color": "yellow"', '"color": "<script>"'), /highlights\[\d\]\.color/u],
    ['a record with a script URL', toJson([hl(1)]).replace(PAGE, 'javascript:alert(1)'), /highlights\[0\]\.url/u],
  ])('refuses %s with the problems and writes nothing', async (_name, text, error) => {
    const { repo, ok, call, onHighlights } = await setup();
    await ok({ type: 'highlight:save', highlight: hl(9) });
    onHighlights.mockClear();
    const r = await call({ type: 'highlights:import', text });
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(error);
    expect(await all(repo)).toEqual([hl(9)]);
    expect(onHighlights).not.toHaveBeenCalled();
  });

  it('joins every problem of a refused file', async () => {
    const { repo, call } = await setup();
    const text = toJson([hl(1), hl(2)]).replace('"color": "yellow"', '"color": "red"').replace('"schema": 1', '"schema": 2');
    const r = await call({ type: 'highlights:import', text });
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error.split('\n')).toEqual([expect.stringMatching(/^highlights\[0\]\.color/u), expect.stringMatching(/^highlights\[0\]\.schema/u)]);
    expect(await all(repo)).toEqual([]);
  });

  it('refuses an oversized file before reading it and writes nothing', async () => {
    const { repo, call } = await setup();
    const text = toJson([hl(1)]).replace('"note": ""', `"note": "${'x'.repeat(MAX_IMPORT_MESSAGE_CHARS)}"`);
    const r = await call({ type: 'highlights:import', text });
    expect(r).toMatchObject({ ok: false, error: /too large/u });
    expect(await all(repo)).toEqual([]);
    expect(await call({ type: 'highlights:import', text: 42 })).toMatchObject({ ok: false });
  });

  it('keeps the ordinary size limit for every other message', async () => {
    const { call } = await setup();
    const r = await call({ type: 'highlight:save', highlight: hl(1, { note: 'x'.repeat(300 * 1024) }) });
    expect(r).toMatchObject({ ok: false, error: /message too large/u });
  });
});

describe('term messages', () => {
  it('adds, lists, changes and deletes the reader’s terms', async () => {
    const { ok, call } = await setup();
    const t = await ok<{ id: string; term: string }>({ type: 'terms:put', term: { term: '  医银合作 ', explanation: '医保和银行的合作' } });
    expect(t.term).toBe('医银合作');
    await ok({ type: 'terms:put', term: { term: '共同富裕', explanation: '' } });
    expect((await ok<{ term: string }[]>({ type: 'terms:list' })).map((x) => x.term)).toEqual(['共同富裕', '医银合作'].sort());
    await ok({ type: 'terms:put', term: { id: t.id, term: '医银合作', explanation: '改' } });
    expect(await ok({ type: 'terms:delete', id: t.id })).toMatchObject({ explanation: '改' });
    expect(await ok<unknown[]>({ type: 'terms:list' })).toHaveLength(1);
    for (const term of [{ term: '', explanation: '' }, { term: 'x'.repeat(65), explanation: '' }, { term: '词', explanation: 3 }, { id: 'bad id', term: '词', explanation: '' }, null]) {
      expect(await call({ type: 'terms:put', term })).toMatchObject({ ok: false });
    }
  });
});

describe('a full disk', () => {
  it('turns a quota error on save into a clear message', async () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const failing = { putHighlight: () => Promise.reject(quota), importHighlights: () => Promise.reject(quota) } as unknown as Repository;
    const handle = createService({ repo: async () => failing, ownId: OWN });
    expect(await handle({ type: 'highlight:save', highlight: hl(1) }, me)).toEqual({
      ok: false,
      error: 'storage is full: free some disk space; nothing already saved was lost',
    });
    expect(await handle({ type: 'highlights:import', text: toJson([hl(1)]) }, me)).toMatchObject({ ok: false, error: /storage is full/u });
  });
});

describe('quick first view for the popup', () => {
  it('returns the newest highlights and those of the tab’s article, without duplicates', async () => {
    const { openDatabase: open, createRepository: repoOf } = await import('../../lib/db');
    const { createService: svc } = await import('../../lib/service');
    const repo = repoOf(await open(`recent-${Math.random()}`));
    const handle = svc({ repo: async () => repo, ownId: 'own' });
    const base = { paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '标题', quote: { exact: '医银合作', prefix: '', suffix: '' }, position: { startBlock: 0, start: 0, endBlock: 0, end: 4 }, color: 'yellow' as const, note: '', tags: [], schema: 1 as const };
    for (let i = 0; i < 5; i++) {
      await repo.putHighlight({ ...base, id: `recent-${String(i).padStart(4, '0')}`, url: `https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_${i}.htm`, createdAt: i, updatedAt: 1000 + i });
    }
    const r = await handle({ type: 'highlights:recent', limit: 2, url: 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_0.htm?div=-1' }, { id: 'own', url: 'chrome-extension://own/popup.html' });
    expect(r.ok).toBe(true);
    expect((r as { value: { id: string }[] }).value.map((h) => h.id)).toEqual(['recent-0000', 'recent-0004', 'recent-0003']);
    expect((await handle({ type: 'highlights:recent', limit: 0 }, { id: 'own', url: 'chrome-extension://own/popup.html' })).ok).toBe(false);
  });
});
