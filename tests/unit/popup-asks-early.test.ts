// The popup asks its page for the page's state before the panel is drawn (entrypoints/popup/main.tsx
// calls askPage first): the page starts loading pinyin when it hears the question, and a choice
// made the moment the panel shows should find it loaded. The panel's first pageInfo() then
// takes that answer rather than asking a second time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createPopupApi } from '../../entrypoints/popup/api';

const ARTICLE = 'https://szb.lhnews.cn/html/2024-07/30/content_31872_1204516.htm';
const INFO = { recognized: true, kind: 'article', url: ARTICLE };
let sent: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  sent = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, url: ARTICLE, active: true, highlighted: true, pinned: false, incognito: false, windowId: 1 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_id: number, m: unknown) => {
    sent.push((m as { type: string }).type);
    return { ok: true, value: INFO } as never;
  });
});

describe('the popup asking its page early', () => {
  it('has asked the page once askPage resolves, and the panel’s first pageInfo takes that answer', async () => {
    const api = createPopupApi(null);
    await api.askPage();
    expect(sent).toEqual(['page:info']);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info']);
    // Later questions (after a view change, say) reach the page again.
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info', 'page:info']);
  });

  it('leaves a popup that never asked early as it was: pageInfo asks the page itself', async () => {
    const api = createPopupApi(null);
    expect(sent).toEqual([]);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info']);
  });
});

/**
 * Runs public/popup-early.js (the popup's first script, before its main module) with `tabs` as
 * the extension API and `search` as the popup's query string, and leaves its result where the
 * main script looks for it.
 */
function runEarlyScript(tabs: { query: (q: object) => Promise<unknown[]>; sendMessage: (id: number, m: unknown) => Promise<unknown> }, search = ''): void {
  const source = readFileSync(join(__dirname, '../../public/popup-early.js'), 'utf8');
  const scope: Record<string, unknown> = { chrome: { tabs } };
  new Function('globalThis', 'location', source)(scope, { search });
  (globalThis as Record<string, unknown>).__dubaoEarly = scope.__dubaoEarly;
}

describe('the popup asking its page from its first script (public/popup-early.js)', () => {
  const tab = { id: 9, url: ARTICLE };
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__dubaoEarly;
  });

  it('asks the active tab before the main script runs; the main script takes that answer and asks nothing more', async () => {
    const early: string[] = [];
    runEarlyScript({ query: async () => [tab], sendMessage: async (id, m) => (early.push(`${id} ${(m as { type: string }).type}`), { ok: true, value: INFO }) });
    const api = createPopupApi(null);
    await api.askPage();
    expect(early).toEqual(['9 page:info']);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    // Neither the tab look-up nor the question went out again from the main script.
    expect(sent).toEqual([]);
    expect(browser.tabs.query).not.toHaveBeenCalled();
    // Later questions go to the tab the early script found.
    await api.pageInfo();
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'page:info' });
  });

  it('a page without Dubao (the early question rejected) gives the panel no page info, and nothing throws', async () => {
    runEarlyScript({ query: async () => [tab], sendMessage: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) });
    const api = createPopupApi(null);
    await api.askPage();
    expect(await api.pageInfo()).toBeNull();
  });

  it('a refusal from the page (ok: false) is no page info either', async () => {
    runEarlyScript({ query: async () => [tab], sendMessage: async () => ({ ok: false, error: 'not an article' }) });
    const api = createPopupApi(null);
    await api.askPage();
    expect(await api.pageInfo()).toBeNull();
  });

  it('a panel opened for another tab whose address it cannot match is left to the main script, which finds the tab itself', async () => {
    const early: string[] = [];
    runEarlyScript({ query: async () => [{ id: 3, url: 'https://example.com/' }], sendMessage: async (_id, m) => (early.push((m as { type: string }).type), { ok: true, value: INFO }) }, `?target=${encodeURIComponent(ARTICLE)}`);
    const api = createPopupApi(ARTICLE);
    await api.askPage();
    expect(early).toEqual([]);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toContain('page:info');
  });

  it('a panel opened for another tab asks that tab when its address matches exactly', async () => {
    const early: number[] = [];
    runEarlyScript({ query: async () => [{ id: 3, url: 'https://example.com/' }, tab], sendMessage: async (id) => (early.push(id), { ok: true, value: INFO }) }, `?target=${encodeURIComponent(ARTICLE)}`);
    const api = createPopupApi(ARTICLE);
    await api.askPage();
    expect(early).toEqual([9]);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual([]);
  });

  it('without the extension API (the script loaded elsewhere) it leaves nothing behind', () => {
    const source = readFileSync(join(__dirname, '../../public/popup-early.js'), 'utf8');
    const scope: Record<string, unknown> = {};
    new Function('globalThis', 'location', source)(scope, { search: '' });
    expect(scope.__dubaoEarly).toBeUndefined();
  });
});
