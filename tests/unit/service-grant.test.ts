// Grant by sender: a page's content script reaches only its own article, look-ups and new terms
// of its own; everything across sites answers Dubao's own pages only (issue: a compromised page
// renderer listed every note, deleted other sites' highlights and enabled arbitrary origins).
import { describe, expect, it, vi } from 'vitest';
import { createRepository, openDatabase, type Repository } from '../../lib/db';
import { toJson } from '../../lib/highlights/export';
import type { HighlightRecord } from '../../lib/highlights/types';
import { toTermsJson } from '../../lib/terms-io';
import { toWordsJson } from '../../lib/words/io';
import type { WordRecord } from '../../lib/words/types';
import { createService, type SenderInfo, type SiteControl } from '../../lib/service';
import { BACKGROUND_TYPES, validateBackgroundMessage, type Reply } from '../../lib/messages';
import { PAGE_MESSAGES } from '../../lib/grant';

const OWN = 'own-extension-id';
const popup: SenderInfo = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
const library: SenderInfo = { id: OWN, tabId: 3, url: `chrome-extension://${OWN}/library.html`, tabUrl: `chrome-extension://${OWN}/library.html` };
const PAGE_A = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const PAGE_B = 'https://zjrb.zjol.com.cn/html/2025-03/09/content_3001.htm';
/** Dubao's content script on page A, as the runtime reports it (a tracking parameter in its URL). */
const tabA: SenderInfo = { id: OWN, tabId: 7, frameId: 0, url: `${PAGE_A}?div=-1`, tabUrl: `${PAGE_A}?div=-1` };
let n = 0;

function hl(id: string, url: string, note = ''): HighlightRecord {
  return {
    id, url, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面',
    quote: { exact: '医银合作模式', prefix: '推进', suffix: '，让' }, position: { startBlock: 2, start: 4, endBlock: 2, end: 10 },
    color: 'yellow', note, tags: [], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, schema: 1,
  };
}

async function setup() {
  const repo = createRepository(await openDatabase(`svc-grant-${++n}`));
  await repo.putHighlight(hl('hl-page-a-0001', PAGE_A, '我的笔记 A'));
  await repo.putHighlight(hl('hl-page-b-0001', PAGE_B, '我的笔记 B'));
  await repo.putTerm({ term: '城厢支行', explanation: '读者自己的解释' });
  await repo.visitArticle({ url: PAGE_B, site: 'zjrb', siteName: '浙江日报', title: '另一篇', date: '2025-03-09' }, 1000);
  await repo.words.saveWord({ written: '医银合作', reading: 'yī yín hé zuò', meanings: ['医保与银行合作'], source: 'glossary', sentence: WORD_SENTENCE }, 1000);
  const sites: SiteControl = { granted: vi.fn(async () => true), enable: vi.fn(async () => undefined), disable: vi.fn(async () => undefined), list: vi.fn(async () => ['https://a.example']) };
  const handle = createService({ repo: async () => repo, ownId: OWN, sites });
  const call = async (message: unknown, sender: SenderInfo): Promise<Reply<unknown>> => handle(message, sender);
  return { repo, sites, call };
}

/** Everything stored, to compare before and after a refused message. */
async function snapshot(repo: Repository) {
  return { highlights: await repo.allHighlights(), terms: await repo.allTerms(), articles: await repo.recentArticles(100), words: await repo.words.allWords() };
}

const WORD_SENTENCE = { text: '推进医银合作。', start: 2, end: 6, url: PAGE_B, title: '另一篇', paper: '浙江日报', site: 'zjrb', date: '2025-03-09' };
const WORD_RECORD = { word: '医银合作', written: '医银合作', reading: 'yī yín hé zuò', meanings: ['被替换'], source: 'glossary', sentences: [{ ...WORD_SENTENCE, seenAt: 1000 }], firstSeen: 1000, lastSeen: 1000, lookups: 1 };

/**
 * A forged message for every type a page may not send. The list of types is not written here:
 * it is every type the background validates minus the page-granted set, so a new privileged
 * type fails the first test below until it is given an example here.
 */
const EXAMPLES: Record<string, [string, Record<string, unknown>][]> = {
  'highlights:all': [['all highlights', { type: 'highlights:all' }]],
  'highlights:recent': [['the newest highlights', { type: 'highlights:recent', limit: 10 }]],
  'highlights:import': [
    ['an import of highlights', { type: 'highlights:import', text: toJson([hl('hl-page-b-0001', PAGE_B, '被替换')]) }],
    ['an import of an uploaded file', { type: 'highlights:import', upload: 'upload-0001' }],
  ],
  'highlights:import-part': [['a part of an import', { type: 'highlights:import-part', upload: 'upload-0001', index: 0, count: 2, text: '{' }]],
  'terms:list': [['the terms list', { type: 'terms:list' }]],
  'terms:put': [['a term change', { type: 'terms:put', term: { term: '城厢支行', explanation: '被替换' } }]],
  'terms:delete': [['a term delete', { type: 'terms:delete', id: 'abcdefgh-0001' }]],
  'terms:import': [['an import of terms', { type: 'terms:import', text: toTermsJson([{ id: 'abcdefgh-0002', term: '城厢支行', explanation: '被替换', createdAt: 1, updatedAt: 2 }]) }]],
  'articles:recent': [['the reading history', { type: 'articles:recent', limit: 20 }]],
  'article:get': [['another article', { type: 'article:get', url: PAGE_B }]],
  'site:enable': [['always-on for an origin', { type: 'site:enable', origin: 'https://evil.example' }]],
  'site:disable': [['turning always-on off', { type: 'site:disable', origin: 'https://a.example' }]],
  'sites:list': [['the always-on list', { type: 'sites:list' }]],
  'words:all': [['all saved words', { type: 'words:all' }]],
  'words:recent': [['the newest saved words', { type: 'words:recent', limit: 10 }]],
  'words:page': [['a page of the words list', { type: 'words:page', query: { text: '医' }, offset: 0, limit: 20 }]],
  'words:matching': [['the words matching a query', { type: 'words:matching', query: { paper: '浙江日报' } }]],
  'words:papers': [['the papers words were met in', { type: 'words:papers' }]],
  'word:delete': [['a word delete', { type: 'word:delete', word: '医银合作' }]],
  'word:restore': [['a word restore (overwrite)', { type: 'word:restore', record: WORD_RECORD }]],
  'word:review': [['a word review', { type: 'word:review', word: '医银合作', rating: 4 }]],
  'words:due': [['the words due', { type: 'words:due', limit: 10 }]],
  'words:import': [['an import of words', { type: 'words:import', text: toWordsJson([WORD_RECORD as unknown as WordRecord]) }]],
};
const PRIVILEGED_TYPES = BACKGROUND_TYPES.filter((t) => !PAGE_MESSAGES.has(t));
const PRIVILEGED = PRIVILEGED_TYPES.flatMap((t) => EXAMPLES[t] ?? []);

describe('the privileged list', () => {
  it('has a forged example of every type the background answers that a page may not send', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...PRIVILEGED_TYPES].sort());
    for (const [type, examples] of Object.entries(EXAMPLES)) for (const [, m] of examples) expect(m.type).toBe(type);
  });

  it('every example is well formed, so a refusal below comes from the grant, not the shape', () => {
    for (const [what, m] of PRIVILEGED) expect([what, validateBackgroundMessage(m)]).toEqual([what, { ok: true, message: m }]);
  });
});

describe('a tab’s content script is refused everything across sites', () => {
  it.each(PRIVILEGED)('%s: refused with a clear error, nothing changed', async (_what, message) => {
    const { repo, sites, call } = await setup();
    const before = await snapshot(repo);
    const r = await call(message, tabA);
    expect(r).toEqual({ ok: false, error: `${String(message.type)} refused: only Dubao's own pages (popup, library) may ask for this` });
    expect(await snapshot(repo)).toEqual(before);
    expect(sites.enable).not.toHaveBeenCalled();
    expect(sites.disable).not.toHaveBeenCalled();
    expect(sites.list).not.toHaveBeenCalled();
  });

  it.each(PRIVILEGED)('%s: granted to the popup and to the library in a tab', async (_what, message) => {
    const { call } = await setup();
    for (const sender of [popup, library]) {
      const r = await call(message, sender);
      // Granted: any refusal now is about the content (a missing part, an unknown id), never the sender.
      if (!r.ok) expect(r.error).not.toMatch(/refused/u);
    }
  });

  it('a sender that is neither a page nor Dubao’s own page is refused', async () => {
    const { call } = await setup();
    for (const sender of [{ id: OWN }, { id: OWN, url: 'file:///tmp/x.html', tabId: 4 }, { id: OWN, url: 'chrome-extension://someone-else/popup.html' }]) {
      expect(await call({ type: 'glossary:forms' }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/neither a Dubao page/u) });
    }
  });
});

describe('a tab’s content script reaches its own article only', () => {
  const own = /may only ask about its own article|belongs to another article/u;

  it('saves, lists, updates and deletes the highlights of its own page', async () => {
    const { repo, call } = await setup();
    expect(await call({ type: 'highlight:save', highlight: hl('hl-page-a-0002', `${PAGE_A}#top`) }, tabA)).toMatchObject({ ok: true });
    const listed = await call({ type: 'highlights:for-url', url: PAGE_A }, tabA);
    expect(listed.ok && (listed.value as HighlightRecord[]).map((h) => h.id).sort()).toEqual(['hl-page-a-0001', 'hl-page-a-0002']);
    expect(await call({ type: 'highlight:update', id: 'hl-page-a-0001', patch: { note: '改过' } }, tabA)).toMatchObject({ ok: true, value: { note: '改过' } });
    expect(await call({ type: 'highlight:delete', id: 'hl-page-a-0002' }, tabA)).toMatchObject({ ok: true, value: { id: 'hl-page-a-0002' } });
    expect(await repo.getHighlight('hl-page-a-0002')).toBeNull();
  });

  it.each([
    ['lists another page’s highlights', { type: 'highlights:for-url', url: PAGE_B }],
    ['saves a highlight on another page', { type: 'highlight:save', highlight: hl('hl-page-b-0002', PAGE_B) }],
    ['overwrites another page’s highlight by its id', { type: 'highlight:save', highlight: hl('hl-page-b-0001', PAGE_A, '偷换') }],
    ['restores over another page’s highlight', { type: 'highlight:restore', highlight: hl('hl-page-b-0001', PAGE_A) }],
    ['edits another page’s highlight', { type: 'highlight:update', id: 'hl-page-b-0001', patch: { note: '偷改' } }],
    ['deletes another page’s highlight', { type: 'highlight:delete', id: 'hl-page-b-0001' }],
    ['records a visit to another article', { type: 'article:visit', article: { url: PAGE_B, site: 'zjrb', siteName: '浙江日报', title: '伪造', date: '2025-03-09' } }],
  ])('refused when it %s, nothing changed', async (_what, message) => {
    const { repo, call } = await setup();
    const before = await snapshot(repo);
    const r = await call(message, tabA);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(own);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('records its own visit and looks things up', async () => {
    const { call } = await setup();
    expect(await call({ type: 'article:visit', article: { url: PAGE_A, site: 'xsrb', siteName: '萧山日报', title: '医保', date: '2025-03-09' } }, tabA)).toMatchObject({ ok: true });
    expect(await call({ type: 'glossary:entry', id: 'x' }, tabA)).toEqual({ ok: false, error: 'not available here' });
  });
});

describe('the reader’s own terms from a page', () => {
  it('adds a new term, but never replaces one the reader has', async () => {
    const { repo, call } = await setup();
    expect(await call({ type: 'terms:add', term: { term: '医银合作', explanation: '新' } }, tabA)).toMatchObject({ ok: true, value: { term: '医银合作' } });
    const r = await call({ type: 'terms:add', term: { term: ' 城厢支行 ', explanation: '被替换' } }, tabA);
    expect(r).toEqual({ ok: false, error: '“城厢支行” is already in your glossary: change it in the popup or the library' });
    expect((await repo.termByText('城厢支行'))?.explanation).toBe('读者自己的解释');
    expect((await call({ type: 'terms:add', term: { id: 'abcdefgh-0009', term: '新词', explanation: '' } }, tabA)).ok).toBe(false);
  });

  it('reads the forms for drawing and one card, never ids or times', async () => {
    const { call } = await setup();
    expect(await call({ type: 'terms:forms' }, tabA)).toEqual({ ok: true, value: ['城厢支行'] });
    expect(await call({ type: 'terms:card', term: '城厢支行' }, tabA)).toEqual({ ok: true, value: { term: '城厢支行', explanation: '读者自己的解释' } });
    expect(await call({ type: 'terms:card', term: '没有' }, tabA)).toEqual({ ok: true, value: null });
  });
});

describe('always on this site', () => {
  it('needs the host permission granted first; nothing is registered without it', async () => {
    const { sites, call } = await setup();
    vi.mocked(sites.granted).mockResolvedValueOnce(false);
    expect(await call({ type: 'site:enable', origin: 'https://evil.example' }, popup)).toEqual({ ok: false, error: 'Dubao may not read https://evil.example: allow it when the browser asks, then try again' });
    expect(sites.enable).not.toHaveBeenCalled();
    expect(await call({ type: 'site:enable', origin: 'https://www.jxrb.com' }, popup)).toEqual({ ok: true, value: { origin: 'https://www.jxrb.com' } });
    expect(sites.enable).toHaveBeenCalledWith('https://www.jxrb.com');
    expect(await call({ type: 'site:disable', origin: 'https://www.jxrb.com' }, library)).toMatchObject({ ok: true });
    expect(sites.disable).toHaveBeenCalledWith('https://www.jxrb.com');
    expect(await call({ type: 'site:enable', origin: 'https://www.jxrb.com/path' }, popup)).toMatchObject({ ok: false, error: 'origin must be an http(s) origin' });
  });
});

describe('senders in Firefox', () => {
  it('an extension page is told apart by its moz-extension origin (not the extension id)', async () => {
    const repo = createRepository(await openDatabase(`svc-grant-${++n}`));
    const handle = createService({ repo: async () => repo, ownId: 'dubao@example.org', ownOrigin: 'moz-extension://2b6f0c1e-1111-4c5e-9a1b-0d2f3e4a5b6c' });
    const ffPopup = { id: 'dubao@example.org', url: 'moz-extension://2b6f0c1e-1111-4c5e-9a1b-0d2f3e4a5b6c/popup.html' };
    expect(await handle({ type: 'highlights:all' }, ffPopup)).toEqual({ ok: true, value: [] });
    const ffPage = { id: 'dubao@example.org', tabId: 2, url: PAGE_A };
    expect((await handle({ type: 'highlights:all' }, ffPage)).ok).toBe(false);
    expect((await handle({ type: 'highlights:all' }, { ...ffPopup, url: 'moz-extension://another-uuid/popup.html' })).ok).toBe(false);
  });
});
