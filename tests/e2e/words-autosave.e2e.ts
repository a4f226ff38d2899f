// In real Chromium, on a 萧山日报 article (tests/fixtures/pages/xsrb-article-br.html) with the
// setting "save words I look up on purpose" on: a glossary card that opens while the pointer
// passes over a term saves nothing (even though the card stays open); a card the pointer stays
// on for 1.5 s is saved; a card opened by a click is saved, even when the pointer then leaves;
// a slow double-click on a term (which selects it) saves nothing. Gestures are real mouse moves
// and clicks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WordRecord } from '../../lib/words/types';
import { AUTO_SAVE_DWELL_MS } from '../../entrypoints/content/words';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, ask, browserPerFile, openPopup } from './harness';

const session = browserPerFile();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

/** Turns auto-save on, as the popup's checkbox stores it (sync settings). */
async function autoSaveOn(): Promise<void> {
  const popup = await openPopup(session, xsrb.url);
  await popup.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const now = ((await c.storage.sync.get('settings')).settings ?? {}) as object;
    await c.storage.sync.set({ settings: { ...now, wordAutoSave: true } });
  });
  await popup.close();
}

/** The saved words' simplified forms, asked from the library page as it asks. */
async function saved(lib: Page): Promise<string[]> {
  return (await ask<WordRecord[]>(lib, { type: 'words:all' })).map((w) => w.word).sort();
}

const cardTerm = (page: Page) => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card .term')?.textContent ?? '');

describe('auto-save of looked-up words', () => {
  it('saves a card dwelt on or opened by a click, and not one the pointer only passed over', { timeout: 90_000 }, async () => {
    await autoSaveOn();
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('.dubao-term', { timeout: ARTICLE_MS });
    // Three terms with different texts; the word saved is the term as the page writes it (quotation marks left out).
    const texts = await page.locator('.dubao-term').allTextContents();
    const firsts = texts.map((t, i) => (texts.indexOf(t) === i ? i : -1)).filter((i) => i >= 0);
    expect(firsts.length).toBeGreaterThanOrEqual(3);
    const [passedAt, dweltAt, clickedAt] = firsts as [number, number, number];
    const term = (i: number) => page.locator('.dubao-term').nth(i);
    const opened = async (before: string, at: number): Promise<string> => {
      await expect.poll(() => cardTerm(page), { timeout: 5000 }).not.toBe(before);
      return (texts[at] as string).replace(/[^\p{Script=Han}]/gu, '');
    };
    /** Moves the pointer off the article in small steps (no rest on the way). */
    const leave = async (): Promise<void> => {
      await page.mouse.move(4, 4, { steps: 8 });
    };

    // Passing over: the card opens after the rest, the pointer moves on at once. The page itself
    // watches for the card (every frame) so the move follows within a frame and a round trip, not
    // a poll interval: on a loaded machine a poll could outlast the dwell and make this a dwell.
    await term(passedAt).hover();
    await page.waitForFunction(() => !!document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card .term')?.textContent, undefined, { polling: 'raf', timeout: 5000 });
    await leave();
    const passed = await opened('', passedAt);
    // Quiet period, not a condition: nothing may be saved, so there is no event to wait for; it
    // lasts 1 s past the dwell that would save a card (AUTO_SAVE_DWELL_MS) had the pass counted as one.
    await page.waitForTimeout(AUTO_SAVE_DWELL_MS + 1000);
    expect(await cardTerm(page)).not.toBe(''); // still open, yet not a deliberate look-up
    expect(await saved(lib)).toEqual([]);

    // Dwelt on: the pointer stays on the term.
    const before = await cardTerm(page);
    await term(dweltAt).hover();
    const dwelt = await opened(before, dweltAt);
    await expect.poll(() => saved(lib), { timeout: 6000 }).toEqual([dwelt]);

    // Clicked: saved although the pointer leaves right after.
    await page.mouse.click(4, 4); // closes the open card
    await term(clickedAt).click();
    const clicked = await opened('', clickedAt);
    await leave();
    await expect.poll(() => saved(lib), { timeout: 6000 }).toEqual([dwelt, clicked].sort());
    // Quiet period, not a condition: the passed-over word must still not be saved late (nothing to wait for).
    await page.waitForTimeout(1000);
    expect(await saved(lib)).not.toContain(passed);
    await lib.close();
    await page.close();
  });

  it('saves nothing when a slow double-click on a term selects it (its first click had opened the card)', { timeout: 60_000 }, async () => {
    await autoSaveOn();
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const before = await saved(lib);
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('.dubao-term', { timeout: ARTICLE_MS });
    const texts = (await page.locator('.dubao-term').allTextContents()).map((t) => t.replace(/[^\p{Script=Han}]/gu, ''));
    const i = texts.findIndex((t) => !before.includes(t));
    expect(i).toBeGreaterThanOrEqual(0);
    const box = (await page.locator('.dubao-term').nth(i).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.click(x, y);
    // The first click's card opens (after Dubao's double-click wait); the second press comes 450 ms
    // after the first, within a system's double-click time (Windows allows 500 ms by default).
    await expect.poll(() => cardTerm(page), { timeout: 5000 }).not.toBe('');
    await page.waitForTimeout(Math.max(0, 450 - 320 - 50));
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await expect.poll(() => cardTerm(page)).toBe('');
    await page.locator('[data-dubao-ui="toolbar"]').waitFor({ timeout: 5000 });
    // Quiet period, not a condition: nothing may be saved, so there is no event to wait for.
    await page.waitForTimeout(1500);
    expect(await saved(lib)).toEqual(before);
    await lib.close();
    await page.close();
  });
});
