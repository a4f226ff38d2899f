// In real Firefox (firefox-esr over WebDriver BiDi: tests/e2e/firefox-harness.ts), with the
// reader's own mouse and keys, under pinyin chosen in the panel: a highlight dragged from inside
// a word paints its characters and their own syllables only, and a term of several words is one
// continuous mark across the gaps between them, in the page's colours and the dark theme (keys
// T T T). marks-under-pinyin.e2e.ts checks the same in Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { drag, edgePoints, type DrivenPage } from './pointer';
import { midWordOffset, readPainted, readTermMark } from './ruby-marks';
import { openPanel, pick, type FirefoxFile } from './firefox-harness';

const XSRB = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;
const driven = (page: Page) => page as unknown as DrivenPage;
const shots = mkdtempSync(join(tmpdir(), 'dubao-firefox-marks-'));
/** The article's background under the dark theme. */
const DARK = 'rgb(28, 28, 30)';

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function marksUnderPinyinTests(firefox: FirefoxFile): void {
  describe('Firefox: marks under pinyin', () => {
    beforeAll(() => firefox.emptyState());

    it('a highlight from inside a word paints its characters\' syllables only; a term of several words is one mark, light and dark', async () => {
      const page = await firefox.openArticle(XSRB.url);
      const panel = firefox.track(await openPanel(firefox.browser));
      await pick(panel, '#dubao-pinyin', 1); // Off → All characters
      await page.bringToFront();
      await page.waitForSelector('.dubao-term ruby + ruby', { timeout: 8000 });
      // The block the drag starts in has its ruby (blocks off screen get theirs in idle time).
      await page.waitForFunction(() => !!document.querySelector('[data-dubao-block="2"] ruby'), { timeout: 10000 });
      const from = await page.evaluate(midWordOffset, 6);
      const { a, b } = await edgePoints(driven(page), 2, from, from + 4);
      await drag(driven(page), a, b);
      await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
      const yellow = await page.evaluate(() => {
        const r = (document.querySelector('[data-dubao-ui="toolbar"]')!.shadowRoot!.querySelector('button.yellow') as HTMLElement).getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(yellow.x, yellow.y);
      await expect.poll(async () => (await page.evaluate(readPainted)).length, { timeout: 5000 }).toBeGreaterThan(1);
      const words = await page.evaluate(readPainted);
      expect(words[0]?.chars).toMatch(/^0+1/u);
      for (const w of words) expect(w.syllables, w.word).toBe(w.chars);
      // The term mark: a dotted border from the term's first word to its last.
      const light = await page.evaluate(readTermMark);
      expect(light).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(179, 38, 30)', spans: true });
      expect(light!.width).toBeGreaterThan(0);
      await page.mouse.click(5, 5);
      // T steps the article's theme (page → light → sepia → dark → page): pressed until it is dark,
      // whichever theme a first try left stored, each press given time to take.
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor);
      for (let i = 0; i < 4 && (await background()) !== DARK; i++) {
        const before = await background();
        await page.keyboard.press('KeyT');
        await page.waitForFunction((b: string) => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor !== b, { timeout: 5000 }, before);
      }
      expect(await background()).toBe(DARK);
      expect(await page.evaluate(readTermMark)).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(242, 139, 130)', spans: true });
      await page.screenshot({ path: join(shots, 'marks-dark.png') as `${string}.png` });
      console.log(`[look] Firefox screenshot of the marks under pinyin, dark theme: ${shots}`);
    });
  });
}
