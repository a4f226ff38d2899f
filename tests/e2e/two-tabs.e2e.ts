// In real Chromium: the same article open in two tabs. A highlight saved, noted or removed in one
// is drawn, shown or taken away in the other at once, without a reload (as a change from the
// popup or the library already was). The page is the 萧山日报 fixture (xsrb-article-br.html).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerTest } from './harness';
import { dragOver, drawnHighlights } from './pointer';

const session = browserPerTest();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

/** The text under each drawn highlight, sorted. */
const drawn = async (page: Page): Promise<string[]> => (await drawnHighlights(page)).sort();

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(xsrb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
  return page;
}

describe('the same article in two tabs', () => {
  it('a highlight saved, noted and removed in one tab is drawn, noted and removed in the other without a reload', async () => {
    const [a, b] = [await open(), await open()];
    const bar = (p: Page) => p.locator('[data-dubao-ui="toolbar"]');
    // Tab A: 农业银行萧山分行, green.
    await dragOver(a, 2, 0, 8);
    await bar(a).locator('button.green').click();
    await expect.poll(() => drawn(a)).toEqual(['dubao-green:农业银行萧山分行']);
    await expect.poll(() => drawn(b)).toEqual(['dubao-green:农业银行萧山分行']);
    // Tab A: a note on it; over the same words in tab B the toolbar shows it (and no second highlight is made).
    await dragOver(a, 2, 0, 8);
    await bar(a).locator('button', { hasText: '✎' }).click();
    await bar(a).locator('textarea').fill('问营业时间');
    await a.keyboard.press('Control+Enter');
    await expect.poll(() => bar(a).count()).toBe(0);
    await dragOver(b, 2, 0, 8);
    await expect.poll(() => bar(b).locator('.note').textContent()).toContain('问营业时间');
    await b.keyboard.press('Escape');
    // Tab A removes it; tab B draws nothing.
    await dragOver(a, 2, 0, 8);
    await bar(a).locator('button', { hasText: '⌫' }).click();
    await expect.poll(() => drawn(a)).toEqual([]);
    await expect.poll(() => drawn(b)).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });
});
