// In real Firefox (firefox-esr over WebDriver BiDi: tests/e2e/firefox-harness.ts): the article
// style keys restyle the repaired article only (the style sheet works from a Firefox content
// script), and the page around it keeps its own styles. (Pinyin in Firefox: firefox.e2e.ts and firefox-pinyin-look.ts.)
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_ARTICLE_MS, fixtureTab, openPanel, type FirefoxFile } from './firefox-harness';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

/** The one tab both tests use. */
let page: Page;

const look = () =>
  page.evaluate(() => {
    const a = document.querySelector('.dubao-article') as Element;
    const b = document.querySelector('.dubao-article .dubao-body') as Element;
    return { bg: getComputedStyle(a).backgroundColor, size: parseFloat(getComputedStyle(b).fontSize), bodyBg: getComputedStyle(document.body).backgroundColor, styles: document.querySelectorAll('style').length };
  });

/**
 * Waits until the reading style the add-on stored has the theme `theme` (read from its panel page): the keys' writes
 * are saved after the page has restyled, and one still on its way when the next test loads the page reaches that
 * page as a change made elsewhere (seen on a loaded machine: the dark theme just chosen turned back to the page's).
 */
async function storedTheme(browser: Browser, theme: string): Promise<void> {
  const panel = await openPanel(browser);
  try {
    await panel.waitForFunction(async (t) => {
      const ext = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<{ readingStyle?: { theme?: string } }> } } } }).browser;
      return ((await ext.storage.sync.get('readingStyle')).readingStyle?.theme ?? 'page') === t;
    }, { timeout: 5000, polling: 100 }, theme);
  } finally {
    await panel.close();
  }
}

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function styleTests(firefox: FirefoxFile): void {
  describe('Firefox: article style', () => {
    beforeAll(async () => {
      await firefox.emptyState();
      page = await fixtureTab(firefox.browser);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('steps size and theme from the keyboard on the repaired article only', async () => {
      await page.goto(xsrb.url);
      await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
      const before = await look();
      await page.keyboard.press('Equal');
      for (let i = 0; i < 3; i++) await page.keyboard.press('KeyT');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgb(28, 28, 30)', { timeout: 5000 });
      const after = await look();
      expect(after.size / before.size).toBeCloseTo(1.12, 1);
      expect(after.bodyBg).toBe(before.bodyBg);
      console.log(`[firefox] article style: ${before.size}px → ${after.size}px, background ${after.bg}; <style> elements on the page ${before.styles} → ${after.styles}`);
      await page.keyboard.press('Digit0');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgba(0, 0, 0, 0)', { timeout: 5000 });
      // The keys' last write has been stored before the next test loads the page.
      await storedTheme(firefox.browser, 'page');
    });

    it('draws a card on the dark article dark, its reading and buttons in a light red, and the yellow highlight lighter', async () => {
      // From the page's own theme, also on a second try after a first that stopped on the dark theme.
      await firefox.emptyState();
      await page.goto(xsrb.url);
      await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
      for (let i = 0; i < 3; i++) await page.keyboard.press('KeyT');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgb(28, 28, 30)', { timeout: 5000 });
      // The dark theme is stored (no write of the keys is still on its way) before the card is opened.
      await storedTheme(firefox.browser, 'dark');
      const term = await page.$('.dubao-term');
      await term?.scrollIntoView();
      await term?.click();
      await page.waitForFunction(() => (document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelectorAll('.related button').length ?? 0) > 0, { timeout: FIREFOX_ARTICLE_MS });
      const colours = await page.evaluate(() => {
        const root = document.querySelector('[data-dubao-ui="card"]')?.shadowRoot as ShadowRoot;
        const colour = (q: string): string => getComputedStyle(root.querySelector(q) as Element).color;
        const block = document.querySelector('.dubao-article .dubao-body') as Element;
        return { card: getComputedStyle(root.querySelector('.card') as Element).backgroundColor, reading: colour('.py'), related: colour('.related button'), yellow: getComputedStyle(block, '::highlight(dubao-yellow)').backgroundColor };
      });
      console.log(`[firefox] dark card: ${JSON.stringify(colours)}`);
      // #f28b82 on #1f2226 is 6.7:1 (the light card's #b3261e was 2.4:1 there).
      expect(colours).toEqual({ card: 'rgb(31, 34, 38)', reading: 'rgb(242, 139, 130)', related: 'rgb(242, 139, 130)', yellow: 'rgba(255, 214, 0, 0.3)' });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Digit0');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgba(0, 0, 0, 0)', { timeout: 5000 });
    });
  });
}
