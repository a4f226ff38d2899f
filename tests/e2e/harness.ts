// End-to-end harness: real Chromium with the built extension, fixture pages served under their
// real e-paper URLs through request routing (nothing leaves the machine).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Reply } from '../../lib/reply';
import { sharedRendererArgs } from './chromium-args';
import { FIXTURES, PAGES_DIR, type FixturePage } from '../helpers/fixtures';

/** The extension under test: the e2e build (npm run build:e2e, see wxt.config.ts) unless told otherwise. */
export const EXTENSION_DIR = process.env.DUBAO_EXTENSION ?? new URL('../../.output/chrome-mv3-e2e/', import.meta.url).pathname;

/**
 * How long a page of a known paper may take, from `goto`, to show the repaired article with its
 * glossary terms underlined: also the first page in a browser just launched, whose background
 * is still starting and loading the glossary. Measured 1.6–2.1 s for that first page and
 * 0.8–1.3 s for later ones (Chromium, 2 shared cores at load 8–9, November 2026). On a machine
 * about twice as slow (December 2026: e2e timings doubled across the board), one page of
 * trust.e2e.ts took over 5 s while another test file ran beside it, and passed in 3 runs of its
 * own; the limit is 10 s so that such a machine does not fail the run. A page slower than this is
 * a regression to find, not one to wait out.
 */
export const ARTICLE_MS = 10_000;

/**
 * How long a change may take to reach the page when it needs a part loaded on first use in that
 * tab or page (the 1.1 MB pinyin annotator, the traditional converter, the dictionary, the
 * popup's search tables) and the drawing it brings. Measured quietly: annotator load 0.20–0.22 s
 * and ruby on screen 0.43 s after the switch; first dictionary look-up 0.56 s at browser start;
 * first search over 10,000 highlights 0.22 s; a traditional page with pinyin chosen (annotator,
 * converter and glossary, three drawings) 0.8 s. The limit is ten times the slowest of them
 * (at load 10 on 2 cores the traditional page took over 5 s).
 */
export const PART_MS = 8000;

/** Chromium to drive: CHROME_PATH, else Debian's. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium fonts-wqy-microhei) or set CHROME_PATH');
  return found;
}

/** A 1×1 grey PNG for pictures the fixtures reference. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4evUqAAR8Aj0ZlnKXAAAAAElFTkSuQmCC', 'base64');

/** Extra pages served by URL, on top of the fixtures (url → html). */
export type ExtraPages = Map<string, { body: string | Buffer; type?: string }>;

/** Serves every fixture under its real URL (and also under any extra URLs given). */
export async function routeFixtures(context: BrowserContext, extra: ExtraPages = new Map()): Promise<void> {
  const byUrl = new Map<string, FixturePage>(FIXTURES.map((f) => [stripHash(f.url), f] as const));
  await context.route(/^https?:\/\//u, async (route: Route) => {
    const url = stripHash(route.request().url());
    const f = byUrl.get(url);
    if (f) {
      const body = readFileSync(join(PAGES_DIR, f.file));
      return route.fulfill({ status: 200, body, headers: { 'content-type': `text/html; charset=${f.charset}` } });
    }
    const x = extra.get(url);
    if (x) return route.fulfill({ status: 200, body: x.body, headers: { 'content-type': x.type ?? 'text/html; charset=utf-8' } });
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, body: PIXEL, headers: { 'content-type': 'image/png' } });
    return route.fulfill({ status: 404, body: '' });
  });
}

function stripHash(url: string): string {
  return url.split('#')[0] as string;
}

/** A browser with Dubao loaded. */
export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(keepProfile?: boolean): Promise<void>;
}

/** The interface language the browser runs in: DUBAO_E2E_LANG (`zh-CN`, the default, or `en`). */
export const UI_LANG: 'zh-CN' | 'en' = process.env.DUBAO_E2E_LANG === 'en' ? 'en' : 'zh-CN';

/** Locale environment for a browser whose interface language is `lang` (Chromium reads LANGUAGE on Linux). */
export function localeEnv(lang: 'zh-CN' | 'en'): Record<string, string> {
  return lang === 'en'
    ? { LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' }
    : { LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN', LC_ALL: 'zh_CN.UTF-8' };
}

/** Launches Chromium with the built extension (headless unless `headed`), in the UI_LANG interface language. */
export async function launch(options: { headed?: boolean; userDataDir?: string; extensionDir?: string; hasTouch?: boolean; args?: string[]; backForwardCache?: boolean } = {}): Promise<Session> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`extension not built: run npm run build:e2e (${ext})`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'dubao-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: !options.headed,
    viewport: { width: 1100, height: 900 },
    hasTouch: options.hasTouch ?? false,
    // Playwright switches Chromium's back/forward cache off; a test of a page restored from it asks for it back.
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    locale: UI_LANG,
    env: { ...process.env, ...localeEnv(UI_LANG) },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--lang=${UI_LANG}`,
      ...(options.args ?? []),
      // DUBAO_E2E_SHARED_RENDERERS=1 (scripts/test.sh, for the files without timing figures): see chromium-args.ts.
      ...sharedRendererArgs(),
    ],
  });
  let [worker] = context.serviceWorkers();
  // The first start of a browser with a new profile (cold disk cache on a shared machine) is the one
  // genuinely slow step: it may take several seconds before the extension's worker registers.
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the background of a browser just launched has done what Dubao's install starts: reading
 * the 8.9 MB dictionary (entrypoints/background.ts, onInstalled). The worker does that in one piece,
 * so a page's first request for its glossary terms waits behind it — 1.5–2 s on a quiet machine, over
 * 10 s under load, before it was read through a Blob (about half of that now), which ARTICLE_MS is not
 * meant to cover. A look-up answers once the dictionary is in.
 */
export async function installSettled(session: Session): Promise<void> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await ask(ext, { type: 'dict:lookup', text: '银行', offset: 0 });
  await ext.close();
}

/** The session a file's hooks opened, read at the moment of use (before the hooks ran there is none). */
function sessionOf(current: () => Session | null): Session {
  const now = (): Session => {
    const s = current();
    if (!s) throw new Error('no browser yet: the session is opened by the file\'s beforeEach/beforeAll hook');
    return s;
  };
  return {
    get context() { return now().context; },
    get extensionId() { return now().extensionId; },
    get userDataDir() { return now().userDataDir; },
    close: (keepProfile?: boolean) => now().close(keepProfile),
  };
}

/**
 * A fresh browser and profile for every test of the file, with the fixture pages (and `extra`)
 * routed: no test sees another's saved data or settings. Call at the top of a test file; the
 * returned session always stands for the current test's browser.
 */
export function browserPerTest(extra: () => ExtraPages = () => new Map()): Session & { restart(): Promise<void> } {
  let current: Session | null = null;
  let pages: ExtraPages | null = null;
  const start = async (userDataDir?: string): Promise<void> => {
    current = await launch({ userDataDir });
    await routeFixtures(current.context, (pages ??= extra()));
  };
  beforeEach(() => start());
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return Object.assign(sessionOf(() => current), {
    /** Closes the browser and starts it again on the same profile (what a reader's restart keeps). */
    async restart(): Promise<void> {
      const dir = current?.userDataDir;
      await current?.close(true);
      await start(dir);
    },
  });
}

/**
 * One browser for the whole file, with the fixture pages (and `extra`) routed: for files whose
 * tests change nothing another test reads (say why at the call). Each test's own pages are
 * closed after it, so a failed test leaves no page behind for the next.
 */
export function browserPerFile(extra: () => ExtraPages = () => new Map()): Session {
  let current: Session | null = null;
  beforeAll(async () => {
    current = await launch();
    await routeFixtures(current.context, extra());
  });
  afterEach(async () => {
    for (const p of current?.context.pages() ?? []) await p.close();
  });
  afterAll(async () => {
    await current?.close();
    current = null;
  });
  return sessionOf(() => current);
}

type Clip = { x: number; y: number; width: number; height: number };
/** A Playwright (Chromium) or Puppeteer (Firefox) page. */
type Shooter = { screenshot(options: { path: `${string}.png`; clip?: Clip }): Promise<unknown> };

/**
 * A screenshot for a person to look at, taken only when DUBAO_SHOTS=1 asks (a picture costs the run time
 * and checks nothing): test-results/shots/<name>.png.
 */
export async function lookShot(page: Shooter, name: string, clip?: Clip): Promise<void> {
  if (process.env.DUBAO_SHOTS !== '1') return;
  await page.screenshot({ path: `${new URL('../../test-results/shots/', import.meta.url).pathname}${name}.png`, ...(clip ? { clip } : {}) });
}

/** Records the page's markup at DOMContentLoaded (before any content script runs). */
export async function snapshotOnLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __dubaoSnap: string }).__dubaoSnap = document.documentElement.outerHTML;
    });
  });
}

/** Opens the popup panel for the tab showing `targetUrl`. */
export async function openPopup(session: Session, targetUrl: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?target=${encodeURIComponent(targetUrl)}`);
  return popup;
}

/**
 * Sends `message` to the background from the extension page `page` (popup, library, review), as
 * that page's own scripts do, and returns the reply envelope as it came: `{ok: true, value}` or
 * `{ok: false, error}`. For a test that checks a refusal; `ask` unwraps the value.
 */
export async function askReply<V>(page: Page, message: object): Promise<Reply<V>> {
  return page.evaluate((m) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
    return runtime.sendMessage(m);
  }, message) as Promise<Reply<V>>;
}

/**
 * Sends `message` to the background from the extension page `page` and returns the reply's value;
 * a refusal (`ok: false`) or no reply at all rejects with an Error saying so.
 */
export async function ask<V>(page: Page, message: object): Promise<V> {
  const reply = await askReply<V>(page, message);
  if (!reply?.ok) throw new Error(`${(message as { type?: string }).type ?? 'message'} refused: ${reply ? reply.error : 'no reply'}`);
  return reply.value;
}

/** Fixture pages by kind. */
export const ARTICLES: FixturePage[] = FIXTURES.filter((f) => f.expect.kind === 'article');
export const LAYOUTS: FixturePage[] = FIXTURES.filter((f) => f.expect.kind === 'layout');
export const NEGATIVES: FixturePage[] = FIXTURES.filter((f) => !f.expect.recognized);

/** A UI string as the extension shows it in this browser's language (chrome.i18n). */
export async function label(popup: Page, key: string, ...subs: string[]): Promise<string> {
  return popup.evaluate(([k, sub]) => {
    const api = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome;
    return api.i18n.getMessage(k as string, sub as string[]);
  }, [key, subs] as const);
}

/** An accessible-name pattern from a message with one substitution (e.g. “Show repairs (N …)”). */
export async function namePattern(popup: Page, key: string): Promise<RegExp> {
  const withMark = await label(popup, key, '\u0001');
  const [before = '', after = ''] = withMark.split('\u0001');
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`^${esc(before)}.*${esc(after)}$`, 'u');
}

/** Stores a settings change through the popup of `url`'s tab (`settings` or `readingStyle` in sync storage), merged into what is stored; waits until it is. */
export async function storeSettings(session: Session, url: string, patch: Record<string, unknown>, key = 'settings'): Promise<void> {
  const popup = await openPopup(session, url);
  await popup.evaluate(async ([k, p]) => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const now = ((await c.storage.sync.get(k as string))[k as string] ?? {}) as object;
    await c.storage.sync.set({ [k as string]: { ...now, ...(p as object) } });
  }, [key, patch] as const);
  await popup.close();
}
