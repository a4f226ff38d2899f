// The background's 'terms:import' message: merged into the stored terms in one transaction,
// never duplicated, and nothing written for a refused file.
import { describe, expect, it } from 'vitest';
import { createRepository, openDatabase, type Repository } from '../../lib/db';
import type { TermRecord } from '../../lib/db/terms';
import { MAX_TERMS_IMPORT_MESSAGE_CHARS, type Reply, type TermImportSummary } from '../../lib/messages';
import { createService, type SenderInfo } from '../../lib/service';
import { DEFAULT_MAX_TERMS_BYTES, toTermsJson } from '../../lib/terms-io';

const OWN = 'own-extension-id';
const me: SenderInfo = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
let n = 0;

async function setup(name = `svc-terms-${++n}`) {
  const repo = createRepository(await openDatabase(name));
  const handle = createService({ repo: async () => repo, ownId: OWN });
  const call = async <V,>(message: unknown, sender: SenderInfo = me): Promise<Reply<V>> => (await handle(message, sender)) as Reply<V>;
  const ok = async <V,>(message: unknown): Promise<V> => {
    const r = await call<V>(message);
    if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
    return r.value;
  };
  const put = (term: string, explanation = '', id?: string) => ok<TermRecord>({ type: 'terms:put', term: { term, explanation, ...(id ? { id } : {}) } });
  const list = () => ok<TermRecord[]>({ type: 'terms:list' });
  const importText = (text: unknown) => call<TermImportSummary>({ type: 'terms:import', text });
  return { name, repo, call, ok, put, list, importText };
}

const file = (terms: unknown[], over: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'dubao-terms', version: 1, exportedAt: '2025-03-09T08:00:00.000Z', terms, ...over });
const summary = (r: Reply<TermImportSummary>): TermImportSummary => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.value;
};
const byText = (records: TermRecord[]) => Object.fromEntries(records.map((r) => [r.term, r]));

describe("'terms:import'", () => {
  it('adds the terms of a file to an empty glossary, keeping their ids', async () => {
    const { importText, list } = await setup();
    const r = summary(await importText(file([
      { id: 'imported-0001', term: '医银合作', explanation: '医保 + 银行' },
      { term: '五篇大文章', explanation: '科技金融、绿色金融、普惠金融、养老金融、数字金融' },
    ])));
    expect(r).toEqual({ added: 2, updated: 0, unchanged: 0, warnings: [] });
    const stored = byText(await list());
    expect(Object.keys(stored).sort()).toEqual(['五篇大文章', '医银合作'].sort());
    expect(stored['医银合作']?.id).toBe('imported-0001');
    expect(stored['五篇大文章']?.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/u);
  });

  it('updates a term with a known id or the same text instead of adding it again', async () => {
    const { put, importText, list } = await setup();
    const a = await put('医银合作', '旧的解释');
    const b = await put('共同富裕', '旧');
    const c = await put('山区海岛县', '不变');
    const r = summary(await importText(file([
      { id: a.id, term: '医银合作', explanation: '新的解释' }, // same id
      { term: '共同富裕', explanation: '新' }, // same text, no id
      { id: 'some-other-id-01', term: '山区海岛县', explanation: '不变' }, // same text, another id, nothing new
      { id: a.id, term: '医银合作', explanation: '新的解释' }, // repeated
      { term: '  地瓜经济 ', explanation: '走出去' }, // new
    ])));
    expect(r.added).toBe(1);
    expect(r.updated).toBe(2);
    expect(r.unchanged).toBe(1);
    expect(r.warnings).toEqual(['terms[3]: same id as terms[0]; the later entry wins']);
    const stored = await list();
    expect(stored).toHaveLength(4);
    const t = byText(stored);
    expect(t['医银合作']).toMatchObject({ id: a.id, explanation: '新的解释', createdAt: a.createdAt });
    expect(t['医银合作']?.updatedAt).toBeGreaterThan(a.updatedAt);
    expect(t['共同富裕']).toMatchObject({ id: b.id, explanation: '新' });
    expect(t['山区海岛县']).toEqual(c);
    expect(t['地瓜经济']).toMatchObject({ explanation: '走出去' });
  });

  it('renames terms by their ids, in the order of the file (two terms may trade texts through a third)', async () => {
    const { put, importText, list } = await setup();
    const a = await put('甲', 'a');
    const b = await put('乙', 'b');
    const r = summary(await importText(file([
      { id: a.id, term: '丙', explanation: 'a' },
      { id: b.id, term: '甲', explanation: 'b' },
      { id: a.id, term: '乙', explanation: 'a' },
      { term: '丙', explanation: 'c' },
    ])));
    expect(r).toMatchObject({ added: 1, updated: 2, unchanged: 0 });
    const t = byText(await list());
    expect(Object.keys(t).sort()).toEqual(['丙', '乙', '甲'].sort());
    expect(t['乙']).toMatchObject({ id: a.id, explanation: 'a', createdAt: a.createdAt });
    expect(t['甲']).toMatchObject({ id: b.id, explanation: 'b' });
    expect(t['丙']?.id).not.toBe(a.id);
  });

  it('reads back its own export: into the same glossary nothing changes, into an empty one everything returns', async () => {
    const first = await setup();
    await first.put('医银合作', '医保 + 银行');
    await first.put('三个“一号工程”', '数字经济、营商环境、“地瓜经济”\n第二行');
    const before = await first.list();
    const text = toTermsJson(before);
    expect(summary(await first.importText(text))).toEqual({ added: 0, updated: 0, unchanged: 2, warnings: [] });
    expect(await first.list()).toEqual(before);

    const second = await setup();
    expect(summary(await second.importText(text))).toMatchObject({ added: 2, updated: 0 });
    expect((await second.list()).map(({ id, term, explanation }) => ({ id, term, explanation }))).toEqual(
      before.map(({ id, term, explanation }) => ({ id, term, explanation })),
    );
  });

  it.each([
    ['malformed JSON', '{"format": "dubao-terms", "version": 1, "terms": [', /^not valid JSON: unexpected end of input at line 1/u],
    ['a foreign file', JSON.stringify({ format: 'dubao-highlights', version: 1, highlights: [] }), /not a Dubao terms export/u],
    ['a newer version', file([], { version: 2 }), /unsupported version 2/u],
    ['an empty file', '', /empty/u],
    ['one bad term among good ones', file([{ term: '新词', explanation: '' }, { term: '', explanation: 1 }]), /terms\[1\]\.term must be a non-empty string\nterms\[1\]\.explanation must be a string/u],
    ['an oversized file', file([{ term: '大', explanation: 'x'.repeat(DEFAULT_MAX_TERMS_BYTES) }]), /^file too large/u],
  ])('refuses %s with the reason and writes nothing', async (_name, text, error) => {
    const { put, importText, list } = await setup();
    await put('医银合作', '原来的');
    const before = await list();
    const r = await importText(text);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(error);
    expect(await list()).toEqual(before);
  });

  it('refuses the whole file when one term would take the text of another, and writes none of it', async () => {
    const { put, importText, list } = await setup();
    const a = await put('医银合作', 'a');
    await put('共同富裕', 'b');
    const before = await list();
    const r = await importText(file([
      { term: '新词', explanation: '会被丢弃' },
      { id: a.id, term: '共同富裕', explanation: 'a' },
    ]));
    expect(r).toEqual({ ok: false, error: 'cannot rename “医银合作” to “共同富裕”: “共同富裕” is already in your glossary' });
    expect(await list()).toEqual(before);
  });

  it('keeps __proto__ and other unknown keys out of what it stores', async () => {
    const { importText, list } = await setup();
    const text = `{"format": "dubao-terms", "version": 1, "terms": [{"term": "共富", "explanation": "共同富裕", "__proto__": {"isAdmin": true, "id": "evil-id-0001"}, "isAdmin": true}]}`;
    const r = summary(await importText(text));
    expect(r.added).toBe(1);
    expect(r.warnings).toEqual(['unknown field "__proto__" ignored in 1 term', 'unknown field "isAdmin" ignored in 1 term']);
    const [stored] = await list();
    expect(Object.keys(stored as object).sort()).toEqual(['createdAt', 'explanation', 'id', 'term', 'updatedAt']);
    expect(stored?.id).not.toBe('evil-id-0001');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('accepts a file larger than an ordinary message, and refuses one beyond its own limit before reading it', async () => {
    const { importText, list, call } = await setup();
    const terms = Array.from({ length: 400 }, (_, i) => ({ term: `术语${i}`, explanation: '解释'.repeat(400) }));
    const text = file(terms);
    expect(text.length).toBeGreaterThan(256 * 1024);
    expect(summary(await importText(text)).added).toBe(400);
    expect(await list()).toHaveLength(400);

    const huge = 'x'.repeat(MAX_TERMS_IMPORT_MESSAGE_CHARS);
    expect(await importText(huge)).toMatchObject({ ok: false, error: /^file too large for import/u });
    expect(await importText(42)).toEqual({ ok: false, error: 'text must be the text of a terms export file' });
    expect(await call({ type: 'terms:import' })).toMatchObject({ ok: false });
    expect(await list()).toHaveLength(400);
  });

  it('is refused from another extension or a sender without an id', async () => {
    const { call, list } = await setup();
    const message = { type: 'terms:import', text: file([{ term: '词', explanation: '' }]) };
    expect(await call(message, { id: 'another-extension' })).toEqual({ ok: false, error: 'message from another extension refused' });
    expect(await call(message, {})).toMatchObject({ ok: false });
    expect(await list()).toEqual([]);
  });

  it('turns a full disk into a clear message', async () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const failing = { importTerms: () => Promise.reject(quota) } as unknown as Repository;
    const handle = createService({ repo: async () => failing, ownId: OWN });
    expect(await handle({ type: 'terms:import', text: file([{ term: '词', explanation: '' }]) }, me)).toEqual({
      ok: false,
      error: 'storage is full: free some disk space; nothing already saved was lost',
    });
  });
});

describe('repository importTerms', () => {
  it('validates what it is given and writes nothing when a term is invalid', async () => {
    const repo = createRepository(await openDatabase(`repo-terms-${++n}`));
    await repo.putTerm({ term: '旧', explanation: '' });
    await expect(repo.importTerms([{ term: '新', explanation: '' }, { term: ' ', explanation: '' }])).rejects.toThrow(/invalid term: term\.term/u);
    expect((await repo.allTerms()).map((t) => t.term)).toEqual(['旧']);
    expect(await repo.importTerms([])).toEqual({ added: 0, updated: 0, unchanged: 0 });
  });
});

describe('open pages hear of term changes', () => {
  async function watched() {
    const repo = createRepository(await openDatabase(`svc-terms-${++n}`));
    const heard: SenderInfo[] = [];
    const handle = createService({ repo: async () => repo, ownId: OWN, onTerms: (s) => heard.push(s) });
    const ok = async <V,>(message: unknown, sender: SenderInfo = me): Promise<V> => {
      const r = (await handle(message, sender)) as Reply<V>;
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    return { heard, handle, ok };
  }

  it('after a term is added, edited, deleted or imported — with who made the change', async () => {
    const { heard, ok } = await watched();
    const page: SenderInfo = { id: OWN, tabId: 7, url: 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm' };
    const t = await ok<TermRecord>({ type: 'terms:add', term: { term: '城厢支行', explanation: '读者注' } }, page);
    expect(heard).toEqual([page]);
    await ok({ type: 'terms:put', term: { id: t.id, term: '城厢支行', explanation: '改过的读者注' } });
    await ok({ type: 'terms:delete', id: t.id });
    await ok({ type: 'terms:import', text: file([{ term: '医银合作', explanation: '医保 + 银行' }]) });
    expect(heard).toEqual([page, me, me, me]);
  });

  it('not when nothing changed, nor for a refused message', async () => {
    const { heard, handle, ok } = await watched();
    await ok({ type: 'terms:list' });
    await ok({ type: 'terms:delete', id: 'no-such-term-01' });
    await ok({ type: 'terms:import', text: file([]) });
    expect((await handle({ type: 'terms:import', text: '{"format":"something-else"}' }, me)).ok).toBe(false);
    expect((await handle({ type: 'terms:put', term: { term: '', explanation: '' } }, me)).ok).toBe(false);
    expect((await handle({ type: 'terms:put', term: { term: '医银合作', explanation: '' } }, { id: 'another-extension' })).ok).toBe(false);
    expect(heard).toEqual([]);
  });

  it('a failing notification does not fail the change', async () => {
    const repo = createRepository(await openDatabase(`svc-terms-${++n}`));
    const handle = createService({ repo: async () => repo, ownId: OWN, onTerms: () => { throw new Error('no tabs'); } });
    const r = (await handle({ type: 'terms:put', term: { term: '医银合作', explanation: '' } }, me)) as Reply<TermRecord>;
    expect(r.ok).toBe(true);
    expect((await repo.allTerms()).map((x) => x.term)).toEqual(['医银合作']);
  });
});
