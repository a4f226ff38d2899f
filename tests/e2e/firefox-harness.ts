// Shared set-up of the Firefox end-to-end tests: Debian's firefox-esr driven over WebDriver BiDi
// by puppeteer-core (Playwright cannot drive a stock Firefox), with the Firefox e2e build of
// Dubao installed, and fixture pages served under their real URLs (nothing leaves the machine).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PAGES_DIR, type FixturePage } from '../helpers/fixtures';

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
 * test a tab of its own instead of a browser of its own.
 */
export const FIREFOX_LAUNCH_MS = 60_000;

/** A headless Firefox at 1100×900 with Dubao installed; fails with a clear message when the build or Firefox is missing. */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`Firefox build missing: run npm run build:e2e:firefox (${FIREFOX_EXTENSION})`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (npm test does it as root) or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, acceptInsecureCerts: true, args: ['--width=1100', '--height=900'] });
  await browser.installExtension(FIREFOX_EXTENSION);
  return browser;
}

/**
 * A new 1100×900 tab whose requests are answered from the fixtures: each page at its manifest
 * URL (fragment ignored) in its own charset, anything else 404.
 */
export async function fixtureTab(browser: Browser, pages: readonly FixturePage[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url().split('#')[0] as string;
    const f = pages.find((x) => x.url.split('#')[0] === url);
    if (f) return void req.respond({ status: 200, contentType: `text/html; charset=${f.charset}`, body: readFileSync(join(PAGES_DIR, f.file)) });
    return void req.respond({ status: 404, contentType: 'text/plain', body: '' });
  });
  return page;
}
