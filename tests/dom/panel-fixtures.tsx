// Shared by the panel and library DOM tests: sample highlights, the English messages as t(),
// a HighlightApi and TermApi over the real service and repository (fake-indexeddb), and DOM helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, vi } from 'vitest';
import { highlightCalls, type HighlightApi } from '../../components/HighlightList';
import { termCalls, type TermApi } from '../../components/TermList';
import { createRepository, openDatabase, type Repository } from '../../lib/db';
import type { HighlightRecord } from '../../lib/highlights/types';
import { createService, type SiteControl } from '../../lib/service';
import { createSend } from '../../lib/send';
import type { SitesApi } from '../../components/AlwaysOnSites';
import type { PanelApi } from '../../components/Panel';
import type { PageInfo } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const loadMessages = (locale: string): Messages =>
  JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const EN = loadMessages('en');

/** browser.i18n.getMessage over the English messages; an unknown key throws (so tests catch typos). */
export function t(key: string, substitutions?: string | string[]): string {
  return messageIn(EN, key, substitutions);
}

/** browser.i18n.getMessage over the Chinese messages (the interface most readers run). */
export function tZh(key: string, substitutions?: string | string[]): string {
  return messageIn((ZH ??= loadMessages('zh_CN')), key, substitutions);
}
let ZH: Messages | undefined;

function messageIn(messages: Messages, key: string, substitutions?: string | string[]): string {
  const m = messages[key];
  if (!m) throw new Error(`missing message key: ${key}`);
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/gu, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    const n = /^\$(\d)$/u.exec(content);
    return n ? (subs[Number(n[1]) - 1] ?? '') : content;
  });
}

export const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
export const OTHER = 'https://zjrb.zjol.com.cn/html/2025-02/01/content_1.htm';
export const OLD = 'https://xsrb.xsnet.cn/epaper/html/2024-12/30/content_5.htm';
export const XSS = '<img src=x onerror=alert(1)>';

let nextId = 0;
export function hl(over: Partial<HighlightRecord> & { exact?: string } = {}): HighlightRecord {
  const { exact, ...rest } = over;
  const i = ++nextId;
  return {
    id: `hl-dom-${String(i).padStart(5, '0')}`,
    url: PAGE,
    paper: '萧山日报',
    site: 'xsrb',
    date: '2025-03-09',
    title: '医保服务提质扩面',
    quote: { exact: exact ?? `第${i}条划线`, prefix: '', suffix: '' },
    position: { startBlock: 1, start: i, endBlock: 1, end: i + 4 },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    schema: 1,
    ...rest,
  };
}

/** Three articles of two papers; one highlight with a note that looks like HTML. */
export function sampleRecords(): HighlightRecord[] {
  return [
    hl({ exact: '推进医银合作模式', color: 'yellow', position: { startBlock: 2, start: 0, endBlock: 2, end: 8 } }),
    hl({ exact: '医保服务站覆盖全区', color: 'green', note: '记下这个数据', position: { startBlock: 1, start: 0, endBlock: 1, end: 9 } }),
    hl({ exact: '已经找不到的句子', color: 'pink', position: { startBlock: 5, start: 0, endBlock: 5, end: 8 } }),
    hl({ url: OTHER, paper: '浙江日报', site: 'zjrb', date: '2025-02-01', title: '共同富裕示范区建设', exact: '共同富裕先行示范', color: 'blue', note: XSS }),
    hl({ url: OTHER, paper: '浙江日报', site: 'zjrb', date: '2025-02-01', title: '共同富裕示范区建设', exact: '醫療保險待遇', color: 'yellow' }),
    hl({ url: OLD, date: '2024-12-30', title: '年终盘点', exact: '地铁三号线通车', color: 'green' }),
  ];
}

let dbCount = 0;
/** A HighlightApi and TermApi over the real message service and a fresh database holding `records`. */
export async function serviceApi(
  records: readonly HighlightRecord[],
  alwaysOn: string[] = [],
): Promise<{ api: HighlightApi & TermApi & SitesApi & { openUrl: ReturnType<typeof vi.fn>; download: ReturnType<typeof vi.fn> }; repo: Repository; sites: string[] }> {
  const repo = createRepository(await openDatabase(`dom-${++dbCount}-${Date.now()}`));
  for (const r of records) await repo.putHighlight(r);
  // The "always on" list in memory (the browser's side: lib/service.ts SiteControl).
  const sites = [...alwaysOn];
  const control: SiteControl = {
    granted: async () => true,
    list: async () => [...sites],
    enable: async (o) => void (sites.includes(o) || sites.push(o)),
    disable: async (o) => void sites.splice(sites.indexOf(o) >>> 0, sites.includes(o) ? 1 : 0),
  };
  const handle = createService({ repo: async () => repo, ownId: 'own', sites: control });
  const send = createSend((message) => handle(message, { id: 'own', url: 'chrome-extension://own/popup.html' }));
  const api = {
    t,
    ...highlightCalls(send),
    ...termCalls(send),
    alwaysOnSites: () => send({ type: 'sites:list' }),
    turnOffSite: async (origin: string) => void (await send({ type: 'site:disable', origin })),
    openUrl: vi.fn(),
    download: vi.fn(),
  };
  return { api, repo, sites };
}

/**
 * The panel's page-facing calls for a tab showing `page` (null: nothing recognised), with the
 * given settings calls (default settings, stored nowhere, unless given): the rest of a PanelApi.
 */
export function pageCalls(
  page: PageInfo | null,
  settings: Pick<PanelApi, 'settings' | 'updateSettings'> = { settings: async () => DEFAULT_SETTINGS, updateSettings: async () => DEFAULT_SETTINGS },
): Pick<PanelApi, 't' | 'pageInfo' | 'setView' | 'setShowRepairs' | 'storedArticle' | 'recentArticles' | 'tabUrl' | 'useOnThisPage' | 'alwaysOnThisSite' | 'settings' | 'updateSettings' | 'openLibrary'> {
  return {
    t,
    pageInfo: async () => page,
    setView: async () => page,
    setShowRepairs: async () => page,
    storedArticle: async () => null,
    recentArticles: async () => [],
    tabUrl: async () => page?.url ?? null,
    useOnThisPage: async () => null,
    alwaysOnThisSite: async () => false,
    ...settings,
    openLibrary: vi.fn(),
  };
}

/** Renders into a fresh container in the document. */
/** Containers rendered into by mount, unmounted after each test. */
const mounted: HTMLElement[] = [];

/**
 * Unmounts every tree mount rendered, so that no component outlives its test: a late database
 * answer or an undo timer re-rendered a tree after its file's window was torn down, and Preact's
 * effect scheduling then threw "requestAnimationFrame is not defined" outside any test.
 */
async function unmountAll(): Promise<void> {
  for (const c of mounted.splice(0)) await act(() => render(null, c));
}
afterEach(unmountAll);

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  await unmountAll();
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => {
    render(node, container);
  });
  return container;
}

/** Retries `check` (awaited when it is async) until it stops throwing (state updates after database round trips). */
export async function waitFor<T>(check: () => T | Promise<T>, timeout = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() - start > timeout) throw e;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
  }
}

/** The element found by `selector` whose accessible name (aria-label, else text) is `name`. */
export function byName<E extends Element = HTMLElement>(root: ParentNode, selector: string, name: string | RegExp): E {
  const all = [...root.querySelectorAll<E>(selector)];
  const found = all.find((el) => {
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no ${selector} named ${String(name)}`);
  return found;
}

export const button = (root: ParentNode, name: string | RegExp) => byName<HTMLButtonElement>(root, 'button', name);

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement | HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The quotes shown, in document order. */
export const quotes = (root: ParentNode): string[] => [...root.querySelectorAll('.hl-quote')].map((q) => q.textContent ?? '');
