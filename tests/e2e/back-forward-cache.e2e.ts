// In real Chromium with its back/forward cache on (Playwright switches it off; `launch` turns it
// back on): a reader on the 萧山日报 article (tests/fixtures/pages/xsrb-article-br.html) with
// pinyin over every character, a reading style and two highlights goes on to the 浙江日报 article
// (zjrb-article-p-cut.html), deletes one highlight in the library there, and comes Back. The page
// comes back from the cache (`pageshow` with `persisted`; no load event, hence `commit`), as the
// reader left it but without the deleted highlight; a highlight made then is saved once; Forward
// and Back again draw nothing twice.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ask, ARTICLE_MS, launch, PART_MS, routeFixtures, storeSettings, type Session } from './harness';
import { dragOver, readDrawn } from './pointer';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const zj = FIXTURES.find((f) => f.file === 'zjrb-article-p-cut.html')!;

let session: Session;
beforeEach(async () => {
  session = await launch({ backForwardCache: true });
  await routeFixtures(session.context);
});
afterEach(async () => {
  await session.close();
});

/** Each drawn highlight as colour:words (readings left out), sorted (pointer.ts readDrawn). */
const drawn = async (page: Page) => (await page.evaluate(readDrawn, null)).sort();
/** What a doubled start would show twice: articles, ruby, a block, Dubao's own hosts; and how the page was last shown. */
const look = (page: Page) =>
  page.evaluate(() => ({
    articles: document.querySelectorAll('.dubao-article').length,
    rubies: document.querySelectorAll('.dubao-article ruby').length,
    block2: document.querySelectorAll('[data-dubao-block="2"]').length,
    ui: document.querySelectorAll('[data-dubao-ui]').length,
    shows: (window as unknown as { shows: boolean[] }).shows,
  }));

async function highlight(page: Page, block: number, from: number, to: number, color: string): Promise<void> {
  await dragOver(page, block, from, to);
  await page.locator('[data-dubao-ui="toolbar"]').waitFor();
  await page.locator(`[data-dubao-ui="toolbar"] button.${color}`).click();
  await expect.poll(() => page.locator('[data-dubao-ui="toolbar"]').count()).toBe(0);
}

describe('an article brought back from the back/forward cache', () => {
  it('is as the reader left it, without a highlight deleted meanwhile; a new highlight saves once; Forward and Back draw nothing twice', { timeout: 120_000 }, async () => {
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    await storeSettings(session, xsrb.url, { theme: 'sepia', lineHeight: 2.2 }, 'readingStyle');
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shows: boolean[] };
      w.shows = [];
      addEventListener('pageshow', (e) => w.shows.push(e.persisted));
    });
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
    // Pinyin is drawn in idle time, block by block: the whole article before anything is compared
    // (the page records dubao:ruby-complete when the last block has it; a count that stood still
    // for a second was not enough on a busy machine, where idle time can wait longer than that).
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:ruby-complete').length), { timeout: PART_MS }).toBeGreaterThan(0);
    expect(await page.locator('.dubao-article ruby').count()).toBeGreaterThan(500);
    await highlight(page, 2, 0, 6, 'green');
    await highlight(page, 3, 2, 8, 'yellow');
    const before = await look(page);
    const [green, yellow] = await drawn(page);
    expect(green).toMatch(/^dubao-green:/u);
    expect(yellow).toMatch(/^dubao-yellow:/u);

    await page.goto(zj.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    const stored = await ask<{ id: string; color: string }[]>(library, { type: 'highlights:for-url', url: xsrb.url });
    await ask(library, { type: 'highlight:delete', id: stored.find((h) => h.color === 'green')!.id });

    await page.bringToFront();
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { shows: boolean[] }).shows)).toEqual([false, true]);
    await expect.poll(() => drawn(page)).toEqual([yellow]);
    expect(await look(page)).toEqual({ ...before, shows: [false, true] });

    await highlight(page, 4, 1, 5, 'blue');
    const after = await drawn(page);
    expect(after).toHaveLength(2);
    expect(await ask<unknown[]>(library, { type: 'highlights:for-url', url: xsrb.url })).toHaveLength(2);

    await page.goForward({ waitUntil: 'commit' });
    await expect.poll(() => page.url()).toBe(zj.url);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { shows: boolean[] }).shows)).toEqual([false, true, true]);
    await expect.poll(() => drawn(page)).toEqual(after);
    expect(await look(page)).toEqual({ ...before, shows: [false, true, true] });
    await library.close();
    await page.close();
  });
});
