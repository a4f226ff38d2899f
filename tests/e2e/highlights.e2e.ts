// In real Chromium: highlight with the toolbar, see it restored after a reload and in every
// view (original, pinyin, traditional), two tabs saving at once, and a stopped service worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { ask, browserPerTest, EXTENSION_DIR, label, openPopup, PART_MS, UI_LANG, type ExtraPages } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { charPoint, dragOver, offsetOf, readDrawn } from './pointer';

/** The pages served on top of the fixtures: the Taiwan-phrase page. */
const extraPages = (): ExtraPages => new Map([[PHRASES_URL, { body: phrasesPage() }]]);
// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings. The test that reloads the extension has a browser of
// its own (below): a reload is not undone by emptying the state.
const session = browserPerFileFresh(extraPages);
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const zj = FIXTURES.find((f) => f.file === 'zjrb-article-p-cut.html')!;

/**
 * The 萧山日报 fixture's markup with a paragraph whose Taiwan-phrase conversion changes length
 * before the words highlighted (内存 → 記憶體, U盘 → 隨身碟, 方便面 → 泡麵).
 */
const PHRASES_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886602.htm';
function phrasesPage(): string {
  const lines = [
    '本报讯 近期，电子产品和日用品市场出现回暖迹象，记者走访了城区多家超市和数码门店。',
    '随着内存和U盘价格回落，方便面的销量也有所回升，超市货架上的存货一周就卖完了。',
    '门店负责人说，年轻人买得最多的是内存条和U盘，方便面则多是附近工地的工人来买。',
    '业内人士认为，这一轮回暖与节前备货和促销活动有关，后续走势还要再看。',
  ];
  const body = lines.map((l) => `　　${l}<br>`).join('\n');
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
}

/** The text under each drawn highlight, readings left out (pointer.ts readDrawn). */
const drawn = async (page: Page) => (await page.evaluate(readDrawn, null)).sort();

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
  await dragOver(page, block, from, to);
  await page.locator('[data-dubao-ui="toolbar"]').waitFor();
  await page.locator(`[data-dubao-ui="toolbar"] button.${color}`).click();
  await expect.poll(() => page.locator('[data-dubao-ui="toolbar"]').count()).toBe(0);
}

describe('highlights', () => {
  it('saves a highlight from the toolbar, restores it after a reload, and keeps it in place in every view', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    // A reader starts once the article is settled: its terms are drawn (the drawing replaces text nodes).
    await page.waitForSelector('.dubao-term');
    await highlightWithToolbar(page, 2, 0, 13, 'green');
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);

    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);

    const popup = await openPopup(session, xsrb.url);
    // Original view: the same words, in the page's own print lines.
    await popup.getByRole('button', { name: await label(popup, 'viewOriginal') }).click();
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);
    await popup.getByRole('button', { name: await label(popup, 'viewRepaired') }).click();
    // Pinyin over every character, then traditional characters.
    await popup.locator('#dubao-pinyin').selectOption('all');
    await expect.poll(() => page.locator('.dubao-article ruby').count(), { timeout: PART_MS }).toBeGreaterThan(100);
    await expect.poll(() => drawn(page)).toEqual(['dubao-green:农业银行萧山分行城厢支行是']);
    await popup.locator('#dubao-script').selectOption('tw');
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(['dubao-green:農業銀行蕭山分行城廂支行是']);
    await popup.locator('#dubao-script').selectOption('original');
    await popup.locator('#dubao-pinyin').selectOption('off');
    await popup.close();
    await page.close();
  });

  it('a triple-click on a paragraph under pinyin selects the whole paragraph, as it does without, and the toolbar saves it', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const popup = await openPopup(session, xsrb.url);
    await popup.locator('#dubao-pinyin').selectOption('all');
    await popup.close();
    await page.bringToFront();
    await expect.poll(() => page.locator('[data-dubao-block="4"] ruby').count(), { timeout: PART_MS }).toBeGreaterThan(20);
    const paragraph = await blockText(page, 4, 0, 10_000);
    // The reader's triple-click on 们 of “我们网点的业务人群中 (each word its own <ruby>, readings unselectable).
    const p = await charPoint(page, 4, '们');
    for (const clickCount of [1, 2, 3]) await page.mouse.click(p.x, p.y, { clickCount });
    await page.locator('[data-dubao-ui="toolbar"]').waitFor();
    await page.locator('[data-dubao-ui="toolbar"] button.blue').click();
    await expect.poll(() => drawn(page)).toEqual([`dubao-blue:${paragraph}`]);
    await page.close();
  });

  it('selecting over a saved highlight again shows its note and lets the reader recolour it or remove it, on the page', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await page.waitForSelector('.dubao-term');
    const popup = await openPopup(session, xsrb.url);
    const [noteName, saveName, blueName, greenName, removeName] = await Promise.all(['tbNote', 'tbSaveNote', 'tbBlue', 'tbGreen', 'tbRemoveHighlight'].map((k) => label(popup, k)));
    await popup.close();
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    // Highlight with a note, by the pointer and the keyboard.
    await dragOver(page, 2, 0, 13);
    await bar.getByRole('button', { name: noteName, exact: true }).click();
    await bar.locator('textarea').fill('问一下城厢支行的营业时间');
    await bar.getByRole('button', { name: saveName, exact: true }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => drawn(page)).toEqual(['dubao-yellow:农业银行萧山分行城厢支行是']);
    // A drag over part of it: the toolbar shows its note and its colour, and recolours it.
    await dragOver(page, 2, 4, 9);
    await bar.waitFor();
    await expect.poll(() => bar.locator('.note').textContent()).toContain('问一下城厢支行的营业时间');
    await bar.getByRole('button', { name: blueName, exact: true }).click();
    await expect.poll(() => drawn(page)).toEqual(['dubao-blue:农业银行萧山分行城厢支行是']);
    // Again, and remove it: gone from the page, and still gone after a reload.
    await dragOver(page, 2, 2, 6);
    await bar.waitFor();
    expect(await bar.getByRole('button', { name: blueName, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await bar.getByRole('button', { name: greenName, exact: true }).getAttribute('aria-pressed')).toBe('false');
    await bar.getByRole('button', { name: removeName, exact: true }).click();
    await expect.poll(() => drawn(page)).toEqual([]);
    const ext = await openPopup(session, xsrb.url);
    expect(await ask(ext, { type: 'highlights:for-url', url: xsrb.url })).toEqual([]);
    await ext.close();
    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await page.waitForTimeout(500);
    expect(await drawn(page)).toEqual([]);
    await page.close();
  });

  it('shows on the toolbar badge how many highlights the article in the tab has, and follows a delete from the popup', async () => {
    const page = await session.context.newPage();
    await page.goto(zj.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    type Chrome = {
      tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    /** The badge of the article's tab, and the number of highlights stored for its URL (asked as the popup). */
    const state = async () => ({
      badge: await ext.evaluate(async (url) => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const tab = (await c.tabs.query({})).find((t) => t.url?.split('#')[0] === url);
        return tab ? c.action.getBadgeText({ tabId: tab.id }) : 'no tab';
      }, zj.url),
      stored: (await ask<{ id: string }[]>(ext, { type: 'highlights:for-url', url: zj.url })).map((h) => h.id),
    });
    const before = (await state()).stored.length;
    await highlightWithToolbar(page, 3, 0, 6, 'yellow');
    await expect.poll(async () => (await state()).badge).toBe(String(before + 1));
    const { stored } = await state();
    await ask(ext, { type: 'highlight:delete', id: stored[stored.length - 1] });
    await expect.poll(async () => (await state()).badge).toBe(before === 0 ? '' : String(before));
    await Promise.all([page.close(), ext.close()]);
  });

  it('loses nothing when two tabs save at once, or when the service worker is stopped between saves', async () => {
    const a = await session.context.newPage();
    const b = await session.context.newPage();
    await Promise.all([a.goto(zj.url), b.goto(xsrb.url)]);
    await Promise.all([a.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]'), b.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]')]);
    const saves = [
      await blockText(a, 1, 0, 10),
      await blockText(b, 4, 0, 8),
      await blockText(a, 2, 0, 6),
    ];
    // A reader selects in one tab, then in the other (dragOver brings each to the front), and
    // the two saves are clicked at the same moment.
    for (const [p, block, to] of [[a, 1, 10], [b, 4, 8]] as const) {
      await dragOver(p, block, 0, to);
      await p.locator('[data-dubao-ui="toolbar"]').waitFor();
    }
    await Promise.all([
      a.locator('[data-dubao-ui="toolbar"] button.yellow').click({ force: true }),
      b.locator('[data-dubao-ui="toolbar"] button.blue').click({ force: true }),
    ]);
    await Promise.all([a, b].map((p) => expect.poll(() => p.locator('[data-dubao-ui="toolbar"]').count()).toBe(0)));

    // Stop the service worker (as the browser does when idle), then save again.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const cdp = await session.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await highlightWithToolbar(a, 2, 0, 6, 'pink');

    const all = (await ask<{ quote: { exact: string } }[]>(ext, { type: 'highlights:all' })).map((h) => h.quote.exact).sort();
    // Each of this test's three saves, by its text, exactly once (whatever other tests stored).
    for (const quote of saves) expect(all.filter((q) => q === quote)).toEqual([quote]);
    await a.reload();
    await a.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await expect.poll(async () => (await drawn(a)).length, { timeout: PART_MS }).toBe(2);
    await Promise.all([a.close(), b.close(), ext.close()]);
  });
});

describe('an extension reloaded or updated under an open page', () => {
  // A browser and profile of its own, for this describe's test only: it reloads the extension.
  const own = browserPerTest(extraPages);

  it('old marks and words fail quietly: no error thrown, and the reader is told to reload the page, in words', async () => {
    const page = await own.context.newPage();
    const cdp = await own.context.newCDPSession(page);
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', (e) => thrown.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
    await cdp.send('Runtime.enable');
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term');
    const popup = await openPopup(own, xsrb.url);
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    // The extension's own pages close as it goes; the article's tab stays, with the old script in it.
    await expect.poll(() => popup.isClosed()).toBe(true);
    // The words the built extension has for it, in the browser's language (its popup may not be open again yet).
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', UI_LANG.replace('-', '_'), 'messages.json'), 'utf8')) as Record<string, { message: string } | undefined>;
    const reloaded = messages.extReloaded?.message ?? 'extReloaded has no message';
    // The reader goes on in the old page: a term, a word rested on and clicked, a highlight.
    await page.bringToFront();
    await page.locator('.dubao-term').first().click();
    const p = await charPoint(page, 3, '悉');
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(1200);
    await page.mouse.click(p.x, p.y);
    await highlightOrFail(page);
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await expect.poll(() => bar.evaluate((h) => h.shadowRoot?.textContent ?? '')).toContain(reloaded);
    const notice = () => page.evaluate(() => document.querySelector('[data-dubao-ui="notice"]')?.shadowRoot?.textContent ?? '');
    await expect.poll(notice).toContain(reloaded);
    expect(thrown).toEqual([]);
    await page.close();
  });
});

/** Selects the start of the body's first paragraph and presses the toolbar's yellow (a save that may fail). */
async function highlightOrFail(page: Page): Promise<void> {
  await dragOver(page, 2, 0, 8);
  await page.locator('[data-dubao-ui="toolbar"]').waitFor();
  await page.locator('[data-dubao-ui="toolbar"] button.yellow').click();
}

describe('highlights in a converted view', () => {
  it('stores a selection made in the Taiwan-phrase view at the offsets of the repaired original, and draws it right in every view', async () => {
    const page = await session.context.newPage();
    await page.goto(PHRASES_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const popup = await openPopup(session, PHRASES_URL);
    await popup.locator('#dubao-script').selectOption('tw');
    await expect.poll(() => page.locator('.dubao-article').textContent(), { timeout: PART_MS }).toContain('記憶體');
    const text = (await page.locator('.dubao-article').textContent()) ?? '';
    // 内存 → 記憶體, U盘 → 隨身碟, 方便面 → 泡麵 all come before the words selected.
    expect(text).toContain('隨身碟');
    expect(text).toContain('泡麵');
    const block = await page.evaluate(() => Array.from(document.querySelectorAll('[data-dubao-block]')).findIndex((b) => b.textContent?.includes('的銷量也有所回升')));
    const at = await offsetOf(page, block, '的銷量也有所回升');
    await dragOver(page, block, at, at + 8);
    await page.locator('[data-dubao-ui="toolbar"] button.pink').click();
    await expect.poll(() => drawn(page)).toEqual(['dubao-pink:的銷量也有所回升']);
    // Stored as the repaired original reads (what the library and every export show), read through an extension page.
    const stored = (await ask<{ quote: { exact: string } }[]>(popup, { type: 'highlights:for-url', url: PHRASES_URL })).map((h) => h.quote.exact);
    expect(stored).toEqual(['的销量也有所回升']);
    await popup.locator('#dubao-script').selectOption('original');
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(['dubao-pink:的销量也有所回升']);
    await popup.getByRole('button', { name: await label(popup, 'viewOriginal') }).click();
    await expect.poll(() => drawn(page)).toEqual(['dubao-pink:的销量也有所回升']);
    await popup.getByRole('button', { name: await label(popup, 'viewRepaired') }).click();
    await popup.locator('#dubao-script').selectOption('tw');
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(['dubao-pink:的銷量也有所回升']);
    await popup.locator('#dubao-script').selectOption('original');
    await popup.close();
    await page.close();
  });
});
