// In real Chromium: what an article does with the messages the keyboard commands and the context
// menu send (entrypoints/background.ts). Playwright cannot press extension shortcuts or open
// Chromium's native context menu, so the test sends each message from an extension page with
// chrome.tabs.sendMessage, exactly as the background's handler does; which message each shortcut
// and menu item sends is tested in tests/unit/background-commands.test.ts.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ask } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver } from './pointer';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

type Chrome = { chrome: { tabs: { query(q: unknown): Promise<{ id: number; url: string }[]>; sendMessage(id: number, m: unknown, o?: unknown): Promise<unknown> } } };

/** Sends `message` to the tab showing `url`, from an extension page, as the background does. */
async function sendToTab(ext: Page, url: string, message: unknown, options?: unknown): Promise<unknown> {
  return ext.evaluate(async ([u, m, o]) => {
    const c = (globalThis as unknown as Chrome).chrome;
    const [tab] = (await c.tabs.query({})).filter((t) => t.url === u);
    if (!tab) throw new Error(`no tab at ${String(u)}`);
    return c.tabs.sendMessage(tab.id, m, o ?? {});
  }, [url, message, options] as const);
}

describe('commands and menu items on an article', () => {
  it('toggle-repair (Alt+Shift+R) shows the original, and the repaired view again', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"]');
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await sendToTab(ext, xsrb.url, { type: 'page:toggle-view' });
    await page.waitForSelector('[data-dubao="original"]', { timeout: 5000 });
    expect(await page.locator('[data-dubao="repaired"]').count()).toBe(0);
    await sendToTab(ext, xsrb.url, { type: 'page:toggle-view' });
    await page.waitForSelector('[data-dubao="repaired"]', { timeout: 5000 });
    await Promise.all([page.close(), ext.close()]);
  });

  it('highlight-selection (Alt+Shift+H, or the menu item) saves the words the reader selected with the mouse', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-term');
    await dragOver(page, 2, 0, 6);
    const quote = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(quote.length).toBeGreaterThanOrEqual(5);
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await sendToTab(ext, xsrb.url, { type: 'page:highlight-selection' }, { frameId: 0 });
    const saved = async () => (await ask<{ url: string; quote: { exact: string } }[]>(ext, { type: 'highlights:all' })).filter((h) => h.url === xsrb.url).map((h) => h.quote.exact);
    await expect.poll(saved).toEqual([quote]);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBeGreaterThan(0);
    await Promise.all([page.close(), ext.close()]);
  });

  it('"Add to glossary…" asks the reader for an explanation and stores the term with it', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"]');
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept('农业银行萧山分行的一个网点');
    });
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await sendToTab(ext, xsrb.url, { type: 'page:add-term', text: '城厢支行' }, { frameId: 0 });
    const terms = async () => (await ask<{ term: string; explanation: string }[]>(ext, { type: 'terms:list' })).map((t) => `${t.term}: ${t.explanation}`);
    await expect.poll(terms).toContain('城厢支行: 农业银行萧山分行的一个网点');
    expect(asked).toEqual(['城厢支行']);
    await Promise.all([page.close(), ext.close()]);
  });
});
