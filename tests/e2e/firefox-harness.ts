// Shared set-up of the Firefox end-to-end tests: Debian's firefox-esr driven over WebDriver BiDi
// by puppeteer-core (Playwright cannot drive a stock Firefox), with the Firefox e2e build of
// Dubao installed, and fixture pages served under their real URLs (nothing leaves the machine).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FIXTURES, PAGES_DIR, type FixturePage } from '../helpers/fixtures';
import { emptyExtensionState } from './empty-state';

/** The Firefox build under test (npm run build:e2e:firefox) unless told otherwise. */
export const FIREFOX_EXTENSION = process.env.DUBAO_FIREFOX_EXTENSION ?? new URL('../../.output/firefox-mv3-e2e/', import.meta.url).pathname;
/** The Firefox binary (FIREFOX_PATH, else Debian's firefox-esr). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * How long a page of a known paper may take in Firefox, from the load event, to show the repaired
 * article with its glossary terms: also the first page after the add-on was installed, while its
 * background still loads the glossary. Measured 2.4–2.7 s for that first page and 1.3–1.6 s for
 * later ones (firefox-esr, 2 shared cores at load 15, November 2026); slower is a regression.
 */
export const FIREFOX_ARTICLE_MS = 8000;

/**
 * How long launching Firefox and installing Dubao may take: the one genuinely slow step (measured
 * 10–20 s on the shared machine), which is why each Firefox file starts one browser and gives each
 * test a tab of its own instead of a browser of its own, and why firefox-shared.e2e.ts runs six
 * small groups of tests in one Firefox, emptying Dubao's state between them (resetFirefoxState).
 */
export const FIREFOX_LAUNCH_MS = 60_000;

/** The add-on id (wxt.config.ts) and the internal UUID it is given here, so its pages have a known address. */
export const ADDON_ID = 'dubao@dubao.app';
export const UUID = 'd0ba0d0b-e2e0-4f17-8e2e-000000000017';

/**
 * A headless Firefox at 1100×900 with Dubao installed; fails with a clear message when the build
 * or Firefox is missing. The add-on gets a fixed internal UUID through the
 * `extensions.webextensions.uuids` pref (as web-ext and Selenium set it), so its panel can be
 * opened in a tab (openPanel); WebDriver BiDi navigates to moz-extension: pages only with
 * --remote-allow-system-access.
 */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`Firefox build missing: run npm run build:e2e:firefox (${FIREFOX_EXTENSION})`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (npm test does it as root) or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--width=1100', '--height=900', '--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return browser;
}

/** Dubao's panel (popup.html) in a tab of its own, once its first setting is on screen. */
export async function openPanel(browser: Browser): Promise<Page> {
  const panel = await browser.newPage();
  // The navigation to a moz-extension: page reports no load event over BiDi: wait for the panel instead.
  await panel.goto(`moz-extension://${UUID}/popup.html`, { timeout: 3000 }).catch(() => undefined);
  await panel.waitForSelector('#dubao-script', { timeout: FIREFOX_ARTICLE_MS }); // an extension page of a running add-on
  return panel;
}

/**
 * Moves a closed drop-down list of the panel `steps` options down (up when negative): a click on
 * its label focuses it, then the arrow keys, as a keyboard user does.
 */
export async function pick(panel: Page, selector: string, steps: number): Promise<void> {
  await panel.bringToFront();
  await panel.click(`label[for="${selector.slice(1)}"]`);
  await panel.waitForFunction((sel) => document.activeElement === document.querySelector(sel), { timeout: 3000 }, selector);
  for (let i = 0; i < Math.abs(steps); i++) await panel.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
}

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4evUqAAR8Aj0ZlnKXAAAAAElFTkSuQmCC', 'base64');

/**
 * A new 1100×900 tab whose requests are answered from the fixtures: every fixture page at its
 * manifest URL (fragment ignored) in its own charset, the pages in `extra` at theirs, pictures as
 * a 1-pixel PNG, anything else 404. Errors the page reports go to `errors` when given.
 */
export async function fixtureTab(browser: Browser, extra: ReadonlyMap<string, FixturePage> = new Map(), errors?: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url().split('#')[0] as string;
    const f = FIXTURES.find((x) => x.url.split('#')[0] === url) ?? extra.get(url);
    if (f) return void req.respond({ status: 200, contentType: `text/html; charset=${f.charset}`, body: readFileSync(join(PAGES_DIR, f.file)) });
    if (/\.(?:gif|png|jpe?g)(?:\?|$)/iu.test(url)) return void req.respond({ status: 200, contentType: 'image/png', body: PIXEL });
    return void req.respond({ status: 404, contentType: 'text/plain', body: '' });
  });
  if (errors) {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
  }
  return page;
}

/**
 * Empties what a new install starts without, as fresh-state.ts does in Chromium: the add-on's
 * storage (sync, local, session) and every object store of its databases (highlights, articles,
 * terms, words), from its panel page, which is closed again. Stores are cleared in place, not
 * deleted: the background keeps its open connection. For tests that would otherwise each need a
 * Firefox of their own (a launch and an install: 10–20 s on the shared machine).
 */
export async function resetFirefoxState(browser: Browser): Promise<void> {
  const panel = await openPanel(browser);
  await panel.evaluate(emptyExtensionState);
  await panel.close();
}

/** A Firefox shared by a test file's tests (see `firefoxPerFile`). */
export interface FirefoxFile {
  readonly browser: Browser;
  /** Closes `page` after the current test. */
  track(page: Page): Page;
  /** `url` (a fixture article) in a new tab, of `width` × `height` when given, once its repaired article has settled with its terms. */
  openArticle(url: string, size?: { width: number; height: number }): Promise<Page>;
  /** Empties Dubao's state in this Firefox ({@link resetFirefoxState}): a describe's tests start as in a new install. */
  emptyState(): Promise<void>;
}

/** One Firefox per test file: launched before its tests, the tabs a test opened closed after it, closed after the file. */
export function firefoxPerFile(): FirefoxFile {
  let browser: Browser | undefined;
  const tabs: Page[] = [];
  beforeAll(async () => {
    browser = await launchFirefox();
  }, FIREFOX_LAUNCH_MS);
  afterEach(async () => {
    for (const t of tabs.splice(0)) await t.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const file: FirefoxFile = {
    get browser() {
      if (!browser) throw new Error('Firefox is not running: firefoxPerFile() starts it before the tests');
      return browser;
    },
    track(page) {
      tabs.push(page);
      return page;
    },
    async openArticle(url, size) {
      const page = file.track(await fixtureTab(file.browser));
      if (size) await page.setViewport(size);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: FIREFOX_ARTICLE_MS });
      return page;
    },
    emptyState: () => resetFirefoxState(file.browser),
  };
  return file;
}
