// In real Firefox (Debian's firefox-esr over WebDriver BiDi, as firefox-gestures.e2e.ts), the
// keyboard-only highlighting keyboard-contrast.e2e.ts checks in Chromium, with real keys on the
// 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html): Tab from the page's top to a term,
// Shift + arrows select from it, the toolbar takes the card's place, a focused colour button keeps
// its colour under a ring, Enter saves, the focus goes back to the term, the next Tab goes on.
// Firefox differs where this lives: it moves a caret from a focused element on its own (Chromium
// does not), and keys and focus inside shadow roots.
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import type { FirefoxFile } from './firefox-harness';
import { lookShot } from './harness';
import { drawnHighlights, focusedElement, tabToTerm, type DrivenPage } from './pointer';

const XSRB = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;

async function open(firefox: FirefoxFile): Promise<Page> {
  const page = await firefox.openArticle(XSRB.url);
  await page.bringToFront();
  return page;
}

/** The focused element, looked for inside our shadow roots too, with what a sighted keyboard reader sees of it. */
const focused = (page: Page) => focusedElement(page as unknown as DrivenPage);

/** The text under each drawn highlight. */
const drawn = (page: Page) => drawnHighlights(page as unknown as DrivenPage);

const count = (page: Page, ui: string) => page.$$eval(`[data-dubao-ui="${ui}"]`, (els) => els.length);
const selected = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

async function shiftArrows(page: Page, key: 'ArrowRight' | 'ArrowLeft', n: number): Promise<void> {
  await page.keyboard.down('Shift');
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    await new Promise((r) => setTimeout(r, 60)); // pacing, not a condition: keys pressed at a person's pace
  }
  await page.keyboard.up('Shift');
}

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function keyboardTests(firefox: FirefoxFile): void {
  describe('Firefox: a reader on the keyboard highlights', () => {
    beforeAll(() => firefox.emptyState());

    it('Tab to a term, Shift + → selects from it, the toolbar replaces the card, the yellow button keeps its colour under a ring, Enter saves, the focus is back on the term and the next Tab goes on', async () => {
      const page = await open(firefox);
      const term = await tabToTerm(page as unknown as DrivenPage & { keyboard: Page['keyboard'] });
      expect(term).not.toBe('');
      expect((await focused(page)).ring).toBe(true);
      await expect.poll(() => count(page, 'card'), { timeout: 5000 }).toBe(1);
      await shiftArrows(page, 'ArrowRight', 3);
      await expect.poll(() => selected(page), { timeout: 5000 }).toMatch(new RegExp(`^${term}..$`, 'u'));
      const words = await selected(page);
      await expect.poll(() => count(page, 'toolbar'), { timeout: 5000 }).toBe(1);
      expect(await count(page, 'card')).toBe(0);

      await page.keyboard.press('Tab');
      await expect.poll(async () => (await focused(page)).ui, { timeout: 5000 }).toBe('toolbar');
      expect(await focused(page)).toMatchObject({ ui: 'toolbar', ring: true, background: 'rgb(255, 214, 0)' });
      await lookShot(page, 'ffx-keyboard-toolbar');
      await page.keyboard.press('Enter');
      await expect.poll(() => drawn(page), { timeout: 5000 }).toEqual([`dubao-yellow:${words}`]);
      await expect.poll(async () => (await focused(page)).text, { timeout: 5000 }).toBe(term);
      expect(await count(page, 'toolbar')).toBe(0);
      expect(await count(page, 'card')).toBe(0);

      // The next Tab goes on to the next term (before the Chromium fix, focus fell to the page's start).
      await page.keyboard.press('Tab');
      const next = await focused(page);
      expect(next.term).toBe(true);
      expect(next.text).not.toBe(term);

      // Shift + ← on a focused term selects it from its end, towards the left.
      await page.keyboard.press('Escape');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await expect.poll(async () => (await focused(page)).text, { timeout: 5000 }).toBe(term);
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await shiftArrows(page, 'ArrowLeft', 2);
      await expect.poll(() => selected(page), { timeout: 5000 }).toMatch(new RegExp(`${term}$`, 'u'));
      await expect.poll(() => count(page, 'toolbar'), { timeout: 5000 }).toBe(1);
    });
  });
}
