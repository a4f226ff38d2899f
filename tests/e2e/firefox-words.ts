// In real Firefox (Debian's firefox-esr over WebDriver BiDi, as tests/e2e/firefox.e2e.ts): a word
// saved from the dictionary card (the pointer resting on 萧 of 萧山 in a 萧山日报 article, then a
// click on the card's 收藏生词 / "Save word" button) is stored by the background and marked with
// the dotted saved-word mark (CSS highlight `dubao-word`) in a second 萧山日报 article.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type FixturePage } from '../helpers/fixtures';
import { charPoint, type DrivenPage } from './pointer';
import { FIREFOX_ARTICLE_MS, fixtureTab, type FirefoxFile } from './firefox-harness';

const FIRST = FIXTURES.find((f) => f.file === 'xsrb-article-br.html') as FixturePage;
const SECOND = FIXTURES.find((f) => f.file === 'xsrb-article-indent.html') as FixturePage;
const messages = (locale: string): Record<string, { message: string }> => JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
/** The save button's name in either interface language. */
const SAVE_NAMES = [messages('zh_CN').wordSave?.message, messages('en').wordSave?.message];

/** The test's tab, and the errors its pages reported. */
let page: Page;
const errors: string[] = [];

/** The texts under the saved-word mark. */
const marked = (): Promise<string[]> =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('dubao-word');
    return h ? [...h].map((r) => r.toString()) : [];
  });

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function wordsTests(firefox: FirefoxFile): void {
  describe('Firefox: saved words', () => {
    beforeAll(async () => {
      await firefox.emptyState();
      page = await fixtureTab(firefox.browser);
      page.on('pageerror', (e) => errors.push(String(e)));
    });

    afterAll(async () => {
      await page?.close();
    });

    it('saves a word from the dictionary card and marks it in a second article', { timeout: 90_000 }, async () => {
      await page.goto(FIRST.url, { waitUntil: 'load' });
      await page.waitForSelector('[data-dubao="repaired"] .dubao-term', { timeout: FIREFOX_ARTICLE_MS });
      expect(await marked()).toEqual([]);
      // The pointer rests on 萧 of 萧山 (农业银行萧山分行…, the second paragraph): the dictionary card opens.
      const xiao = await charPoint(page as unknown as DrivenPage, 2, '萧');
      await page.mouse.move(xiao.x, xiao.y);
      await page.waitForFunction(() => document.querySelector('div[data-dubao-ui="card"]')?.shadowRoot?.textContent?.includes('xiāo') ?? false, { timeout: FIREFOX_ARTICLE_MS });
      const save = await page.waitForSelector('div[data-dubao-ui="card"] >>> button.save-word', { timeout: 5000 });
      expect(SAVE_NAMES).toContain(await save?.evaluate((b) => b.textContent));
      await save?.click();
      await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('dubao-word') ?? false), { timeout: FIREFOX_ARTICLE_MS });
      expect(await marked()).toContain('萧山');

      // Another article of the paper: 萧山 is marked there from the start.
      await page.goto(SECOND.url, { waitUntil: 'load' });
      await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
      await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('dubao-word') ?? false), { timeout: FIREFOX_ARTICLE_MS });
      const inSecond = await marked();
      expect(inSecond.length).toBeGreaterThan(1);
      expect(new Set(inSecond)).toEqual(new Set(['萧山']));
      expect(errors).toEqual([]);
    });
  });
}
