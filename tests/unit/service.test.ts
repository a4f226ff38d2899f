// The background's message service: it validates before it touches the database.
import { describe, expect, it } from 'vitest';
import { createRepository, DB_VERSION, openDatabase, type Repository } from '../../lib/db';
import { MAX_MESSAGE_CHARS } from '../../lib/messages';
import { createService } from '../../lib/service';

const OWN = 'own-extension-id';
const me = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
let n = 0;
async function setup() {
  const db = await openDatabase(`svc-${++n}`);
  const repo = createRepository(db);
  const handle = createService({ repo: async () => repo, ownId: OWN });
  return { repo, handle };
}
const article = { url: 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm?div=-1&utm_source=wx', site: 'xsrb', siteName: '萧山日报', title: '医保服务提质扩面', date: '2025-03-09' };
const count = async (repo: Repository) => (await repo.recentArticles(100)).length;

describe('background message service', () => {
  it('stores a visit under the canonical URL and returns it', async () => {
    const { repo, handle } = await setup();
    const r = await handle({ type: 'article:visit', article }, me);
    expect(r.ok).toBe(true);
    const stored = await repo.getArticle('https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm');
    expect(stored?.title).toBe('医保服务提质扩面');
    const got = await handle({ type: 'article:get', url: article.url }, me);
    expect(got).toMatchObject({ ok: true, value: { siteName: '萧山日报' } });
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'db:drop' }],
    ['a visit without an article', { type: 'article:visit' }],
    ['a javascript: URL', { type: 'article:visit', article: { ...article, url: 'javascript:alert(1)' } }],
    ['a malformed date', { type: 'article:visit', article: { ...article, date: '9 March' } }],
    ['a title that is not text', { type: 'article:visit', article: { ...article, title: { html: '<b>x</b>' } } }],
    ['a limit out of range', { type: 'articles:recent', limit: 1e9 }],
  ])('refuses %s with an error reply and changes nothing', async (_name, message) => {
    const { repo, handle } = await setup();
    const r = await handle(message, me);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/\w/u);
    expect(await count(repo)).toBe(0);
  });

  it('refuses a message from another extension', async () => {
    const { repo, handle } = await setup();
    const r = await handle({ type: 'article:visit', article }, { id: 'someone-else' });
    expect(r).toEqual({ ok: false, error: 'message from another extension refused' });
    expect(await handle({ type: 'article:visit', article }, {})).toMatchObject({ ok: false });
    expect(await count(repo)).toBe(0);
  });

  it('refuses an oversized payload', async () => {
    const { repo, handle } = await setup();
    const big = { ...article, title: 'x'.repeat(MAX_MESSAGE_CHARS) };
    const r = await handle({ type: 'article:visit', article: big }, me);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/too large/u);
    expect(await count(repo)).toBe(0);
  });

  it('turns a full disk into a clear message', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing = { visitArticle: () => Promise.reject(quota) } as unknown as Repository;
    const handle = createService({ repo: async () => failing, ownId: OWN });
    const r = await handle({ type: 'article:visit', article }, me);
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toMatch(/storage is full/u);
  });
});

describe('database', () => {
  it('lists recent visits newest first and keeps the first visit time', async () => {
    const db = await openDatabase(`db-${++n}`);
    const repo = createRepository(db);
    await repo.visitArticle({ ...article, url: 'https://a.cn/1' }, 1000);
    await repo.visitArticle({ ...article, url: 'https://a.cn/2' }, 2000);
    const again = await repo.visitArticle({ ...article, url: 'https://a.cn/1' }, 3000);
    expect(again.firstVisitedAt).toBe(1000);
    expect((await repo.recentArticles(10)).map((a) => a.url)).toEqual(['https://a.cn/1', 'https://a.cn/2']);
    expect(await repo.allHighlights()).toEqual([]);
  });

  it('opens with its schema version and the stores every capability needs', async () => {
    const db = await openDatabase(`db-${++n}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['articles', 'highlights', 'terms']));
    const tx = db.transaction('terms');
    expect(tx.store.keyPath).toBe('id');
    expect(tx.store.index('byTerm').unique).toBe(true);
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['byUpdated', 'byUrl']);
  });
});
