// In real Chromium: the page's own scripts cannot act for the reader. Synthetic clicks,
// selections, focus and key presses dispatched from the page world change nothing; no private
// data is in the page's DOM; a page element or custom element named like Dubao's changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { ARTICLE_MS, ask, installSettled, label, launch, routeFixtures, type ExtraPages, type Session } from './harness';
import { dragOver } from './pointer';

let session: Session;
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
/** The 萧山日报 fixture with a page element named `__dubaoStarted` and a page-defined `dubao-toolbar` element. */
const HOSTILE_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886601.htm';
/**
 * A deliberate quiet period, not a stand-in for a condition: it proves that nothing happens. It
 * outlasts the longest timer a forged event could start (the 600 ms rest before a dictionary
 * card, the 500 ms focus wait after Tab) plus a save's round trip to the background and drawing.
 */
const QUIET_MS = 1200;

// A fresh browser and profile for every test: no test sees another's saved data or settings. Each
// test's first page waits for its article only once the new install's dictionary is in: before that,
// the background answers the page's request for its glossary terms only after parsing it, and under
// load that alone took over ARTICLE_MS (the `.dubao-term` wait below timed out twice in one run).
beforeEach(async () => {
  session = await launch();
  await installSettled(session);
  const html = readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(
    '<body',
    '<script>customElements.define("dubao-toolbar", class extends HTMLElement { constructor() { super(); window.hijacked = true; } });customElements.define("dubao-card", class extends HTMLElement { constructor() { super(); window.hijacked = true; } });</script><body',
  ).replace(/(<div id="ozoom"[^>]*>)/u, '<div id="__dubaoStarted"></div><div id="__dubaoForce"></div>$1');
  const extra: ExtraPages = new Map([[HOSTILE_URL, { body: html }]]);
  await routeFixtures(session.context, extra);
});
afterEach(async () => {
  await session?.close();
});

const count = (page: Page, sel: string) => page.locator(sel).count();

describe('only the reader can make Dubao act', () => {
  it('ignores synthetic clicks, selections, focus and keys from the page world', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    // The article drawn as the settings ask (its glossary terms marked), then its terms there.
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    expect(await count(page, '.dubao-article .dubao-term')).toBeGreaterThan(0);
    // page.evaluate runs in the page's main world, as the page's own scripts do.
    await page.evaluate(() => {
      const block = document.querySelector('[data-dubao-block="2"]') as HTMLElement;
      const t = document.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const r = document.createRange();
      r.setStart(t, 0);
      r.setEnd(t, 6);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      for (const type of ['pointerdown', 'pointerup']) block.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', isPrimary: true }));
      block.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
      getSelection()?.removeAllRanges();
      const b = t.parentElement!.getBoundingClientRect();
      t.parentElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: b.left + 4, clientY: b.top + 8, detail: 1 }));
      t.parentElement!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: b.left + 4, clientY: b.top + 8 }));
      const term = document.querySelector('.dubao-term') as HTMLElement;
      term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      term.focus();
      term.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      term.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
      term.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
    });
    await page.waitForTimeout(QUIET_MS);
    expect(await count(page, '[data-dubao-ui="toolbar"]')).toBe(0);
    expect(await count(page, '[data-dubao-ui="card"]')).toBe(0);
    expect(await count(page, '.dubao-article ruby')).toBe(0);
    // No term id or other private data in the page's DOM.
    expect(await page.evaluate(() => document.querySelectorAll('[data-term-id], [data-term-start], [data-entry]').length)).toBe(0);
    // The same selection made by a person (pointer down–move–up over the same words) does act.
    await dragOver(page, 2, 0, 6);
    await page.waitForSelector('[data-dubao-ui="toolbar"]', { timeout: 5000 });
    expect(await page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
    await page.close();
  });

  it('cannot press the toolbar’s buttons or fill its form for the reader', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    // The article drawn as the settings ask (its glossary terms marked), then its terms there.
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    expect(await count(page, '.dubao-article .dubao-term')).toBeGreaterThan(0);
    await dragOver(page, 2, 0, 4);
    await page.locator('[data-dubao-ui="toolbar"]').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot;
      for (const b of Array.from(root?.querySelectorAll('button') ?? [])) b.click();
      const ta = root?.querySelector('textarea');
      if (ta) ta.value = 'a page’s explanation';
      for (const b of Array.from(root?.querySelectorAll('button') ?? [])) b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      ta?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await page.waitForTimeout(QUIET_MS);
    // Nothing was saved: no highlight drawn, no form opened, the toolbar still as the reader left it.
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    expect(await count(page, '[data-dubao-ui="toolbar"] textarea')).toBe(0);
    expect(await count(page, '[data-dubao-ui="toolbar"]')).toBe(1);
    await page.close();
  });

  it('ignores a page script\'s reading-style keys, its clicks on "Add to my terms" and on the resume prompt', async () => {
    // An extension page: reads what is stored, and stores a reading position worth offering.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    type Chrome = { storage: { local: { set(v: object): Promise<void> }; sync: { get(k: string): Promise<Record<string, unknown>> } } };
    await ext.evaluate((u) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ resumePositions: { [u]: { block: 3, offset: 0, total: 12, at: 1 } } }), xsrb.url);
    const [resumeName, addName] = [await label(ext, 'resumeLabel'), await label(ext, 'cardAddTerm')];
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    const region = page.getByRole('region', { name: resumeName });
    await region.waitFor({ timeout: ARTICLE_MS });
    // The reader opens the card of jargon the glossary lacks (a real click on its mark).
    const mark = page.locator('.dubao-term-detected').first();
    await mark.waitFor({ timeout: ARTICLE_MS });
    await mark.click();
    await page.getByRole('button', { name: addName, exact: true }).waitFor({ timeout: 5000 });
    const before = await page.evaluate(() => document.querySelector('.dubao-article')?.getAttribute('style') ?? '');
    await page.evaluate(() => {
      for (const key of ['+', '+', 't', ']', 'f']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      for (const ui of ['card', 'resume']) {
        const root = document.querySelector(`[data-dubao-ui="${ui}"]`)?.shadowRoot;
        for (const b of Array.from(root?.querySelectorAll('button') ?? [])) {
          b.click();
          b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
        }
        root?.querySelector('[role]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(QUIET_MS);
    // Nothing stored, nothing added, nothing closed.
    expect(await ext.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('readingStyle')).readingStyle ?? null)).toBeNull();
    expect(await ask(ext, { type: 'terms:list' })).toEqual([]);
    expect(await region.count()).toBe(1);
    expect(await count(page, '[data-dubao-ui="card"]')).toBe(1);
    expect(await count(page, '.dubao-term-detected')).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector('.dubao-article')?.getAttribute('style') ?? '')).toBe(before);
    // The prompt is a plain element, not a custom element the page could define first.
    expect(await page.evaluate(() => document.querySelector('[data-dubao-ui="resume"]')?.tagName)).toBe('DIV');
    await page.close();
    await ext.close();
  });

  it('starts and shows its toolbar on a page with elements named __dubaoStarted and custom elements named dubao-toolbar', async () => {
    const page = await session.context.newPage();
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    await dragOver(page, 2, 0, 4);
    await page.locator('[data-dubao-ui="toolbar"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { hijacked?: boolean }).hijacked ?? false)).toBe(false);
    await page.close();
  });
});
