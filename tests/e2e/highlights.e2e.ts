// In real Chromium: highlight with the toolbar, see it restored after a reload and in every
// view (original, pinyin, traditional), two tabs saving at once, and a stopped service worker.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { label, launch, openPopup, routeFixtures, type Session } from './harness';

let session: Session;
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const zj = FIXTURES.find((f) => f.file === 'zjrb-article-p-cut.html')!;

beforeAll(async () => {
  session = await launch();
  await routeFixtures(session.context);
});
afterAll(async () => {
  await session?.close();
});

/** Selects characters [from, to) of a block's displayed text (readings excluded). */
async function select(page: Page, block: number, from: number, to: number): Promise<void> {
  await page.evaluate(([b, a, e]) => {
    const el = document.querySelector(`[data-dubao-block="${b}"]`) as Element;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('rt')) nodes.push(n as Text);
    const point = (o: number): [Text, number] => {
      let at = 0;
      for (const t of nodes) {
        if (o <= at + t.data.length) return [t, o - at];
        at += t.data.length;
      }
      const last = nodes[nodes.length - 1] as Text;
      return [last, last.data.length];
    };
    const r = document.createRange();
    r.setStart(...point(a as number));
    r.setEnd(...point(e as number));
    const sel = getSelection() as Selection;
    sel.removeAllRanges();
    sel.addRange(r);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [block, from, to] as const);
}

/** The text under each drawn highlight, readings left out. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const out: string[] = [];
    reg?.forEach((h, name) => {
      for (const r of h) {
        const f = r.cloneContents();
        f.querySelectorAll('rt').forEach((x) => x.remove());
        out.push(`${name}:${f.textContent}`);
      }
    });
    return out.sort();
  });

/** Characters [from, to) of a block's displayed text (readings excluded): what a highlight there quotes. */
async function blockText(page: Page, block: number, from: number, to: number): Promise<string> {
  const text = await page.evaluate((b) => {
    const el = document.querySelector(`[data-dubao-block="${b}"]`) as Element;
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('rt').forEach((x) => x.remove());
    return copy.textContent ?? '';
  }, block);
  return text.slice(from, to);
}

async function highlightWithToolbar(page: Page, block: number, from: number, to: number, color: string): Promise<void> {
  await select(page, block, from, to);
  await page.locator('dubao-toolbar').waitFor();
  const name = await page.evaluate((c) => document.querySelector('dubao-toolbar')?.shadowRoot?.querySelector(`button.${c}`)?.getAttribute('aria-label') ?? '', color);
  await page.getByRole('button', { name }).click();
  await expect.poll(() => page.locator('dubao-toolbar').count()).toBe(0);
}

describe('highlights', () => {
  it('saves a highlight from the toolbar, restores it after a reload, and keeps it in place in every view', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article');
    await highlightWithToolbar(page, 2, 0, 13, 'green');
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);

    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article');
    await expect.poll(() => drawn(page), { timeout: 8000 }).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);

    const popup = await openPopup(session, xsrb.url);
    // Original view: the same words, in the page's own print lines.
    await popup.getByRole('button', { name: await label(popup, 'viewOriginal') }).click();
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);
    await popup.getByRole('button', { name: await label(popup, 'viewRepaired') }).click();
    // Pinyin over every character, then traditional characters.
    await popup.locator('#dubao-pinyin').selectOption('all');
    await expect.poll(() => page.locator('.dubao-article ruby').count(), { timeout: 10000 }).toBeGreaterThan(100);
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);
    await popup.locator('#dubao-script').selectOption('tw');
    await expect.poll(() => drawn(page), { timeout: 10000 }).toEqual(['dubao-green:農業銀行蕭山分行城廂支行是']);
    await popup.locator('#dubao-script').selectOption('original');
    await popup.locator('#dubao-pinyin').selectOption('off');
    await popup.close();
    await page.close();
  });

  it('shows on the toolbar badge how many highlights the article in the tab has, and follows a delete from the popup', async () => {
    const page = await session.context.newPage();
    await page.goto(zj.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article');
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    type Chrome = {
      tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
      runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { id: string }[] }> };
    };
    /** The badge of the article's tab, and the number of highlights stored for its URL (asked as the popup). */
    const state = () =>
      ext.evaluate(async (url) => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const tab = (await c.tabs.query({})).find((t) => t.url?.split('#')[0] === url);
        const badge = tab ? await c.action.getBadgeText({ tabId: tab.id }) : 'no tab';
        const stored = await c.runtime.sendMessage({ type: 'highlights:for-url', url });
        return { badge, stored: stored.value.map((h) => h.id) };
      }, zj.url);
    const before = (await state()).stored.length;
    await highlightWithToolbar(page, 3, 0, 6, 'yellow');
    await expect.poll(async () => (await state()).badge).toBe(String(before + 1));
    const { stored } = await state();
    await ext.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      await c.runtime.sendMessage({ type: 'highlight:delete', id });
    }, stored[stored.length - 1] as string);
    await expect.poll(async () => (await state()).badge).toBe(before === 0 ? '' : String(before));
    await Promise.all([page.close(), ext.close()]);
  });

  it('loses nothing when two tabs save at once, or when the service worker is stopped between saves', async () => {
    const a = await session.context.newPage();
    const b = await session.context.newPage();
    await Promise.all([a.goto(zj.url), b.goto(xsrb.url)]);
    await Promise.all([a.waitForSelector('[data-dubao="repaired"] .dubao-article'), b.waitForSelector('[data-dubao="repaired"] .dubao-article')]);
    const saves = [
      await blockText(a, 1, 0, 10),
      await blockText(b, 4, 0, 8),
      await blockText(a, 2, 0, 6),
    ];
    await Promise.all([highlightWithToolbar(a, 1, 0, 10, 'yellow'), highlightWithToolbar(b, 4, 0, 8, 'blue')]);

    // Stop the service worker (as the browser does when idle), then save again.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const cdp = await session.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await highlightWithToolbar(a, 2, 0, 6, 'pink');

    const all = await ext.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { url: string; quote: { exact: string } }[] }> } } }).chrome;
      const r = await c.runtime.sendMessage({ type: 'highlights:all' });
      return r.value.map((h) => h.quote.exact).sort();
    });
    // Each of this test's three saves, by its text, exactly once (whatever other tests stored).
    for (const quote of saves) expect(all.filter((q) => q === quote)).toEqual([quote]);
    await a.reload();
    await a.waitForSelector('[data-dubao="repaired"] .dubao-article');
    await expect.poll(async () => (await drawn(a)).length, { timeout: 8000 }).toBe(2);
    await Promise.all([a.close(), b.close(), ext.close()]);
  });
});
