// In real Chromium, with the reader's own mouse, keys and touch: a note pen where a highlight ends
// inside a run of text takes no room in the line (the characters on both sides of it stay side by
// side) and is still reached by the pointer and by Tab; a focused pen keeps the focus while the
// article is drawn again with pinyin. On a 400 px wide screen, the "continue where you stopped"
// prompt leaves the article's last line readable above it, and goes with Escape and with a tap.
// Pages: the 萧山日报 fixture and blind15-nhwb (tests/fixtures/pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../lib/url';
import { BLIND15_PAGES } from '../helpers/blind-pages';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { readPen } from './note-pen';
import { browserPerTest, label, launch, lookShot, openPopup, PART_MS, routeFixtures, storeSettings, type Session } from './harness';
import { dragOver, edgePoints } from './pointer';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const nhwb = BLIND15_PAGES.find((f) => f.file === 'blind15-nhwb-profile-pull-quote.html')!;
const extra = () => new Map([[nhwb.url, { body: readFileSync(join(PAGES_DIR, nhwb.file)) }]]);
const session = browserPerTest(extra);
const NOTE = '问一下营业时间';

const focusedPen = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.dubaoNote ?? null, null);

describe('a note pen inside a run of text', () => {
  it('takes no room between the characters, shows its note to a resting pointer and to Tab, and keeps the focus through pinyin coming', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const popup = await openPopup(session, xsrb.url);
    const [noteName, saveName] = await Promise.all(['tbNote', 'tbSaveNote'].map((k) => label(popup, k)));
    await popup.close();
    // The pair the highlight's end falls between, before the note: their distance.
    const pair = async () => {
      const { b } = await edgePoints(page, 2, 10, 11);
      const next = await edgePoints(page, 2, 11, 12);
      return { gap: next.a.x - 1 - (b.x + 1), y: b.y };
    };
    const before = await pair();
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await dragOver(page, 2, 8, 11);
    await bar.getByRole('button', { name: noteName, exact: true }).click();
    await bar.locator('textarea').fill(NOTE);
    await bar.getByRole('button', { name: saveName, exact: true }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(async () => (await page.evaluate(readPen))?.before).toBe((await page.locator('[data-dubao-block="2"]').textContent())!.slice(0, 11));
    // The characters on both sides of the pen stay as close as they were.
    const after = await pair();
    expect(Math.abs(after.gap - before.gap)).toBeLessThan(1);
    await lookShot(page, 'pen-inside-word', { x: 0, y: Math.max(0, after.y - 60), width: 900, height: 120 });
    // Its sign sits above the end of the highlight: the pointer resting there shows the note.
    const at = await page.evaluate(() => {
      const m = document.querySelector('.dubao-note-mark')!;
      const box = m.getBoundingClientRect();
      const sign = getComputedStyle(m, '::after');
      return { x: box.left + parseFloat(sign.left) + 4, y: box.bottom - (parseFloat(sign.bottom) + 4) };
    }, null);
    expect(at.y).toBeLessThan(after.y);
    await page.mouse.move(at.x - 40, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 6 });
    await expect.poll(async () => (await page.evaluate(readPen))?.tip).toContain(NOTE);
    await page.mouse.move(5, 5);
    // From the keyboard: Tab reaches it; pinyin comes while it has the focus, and it keeps it.
    let id: string | null = null;
    for (let i = 0; i < 60 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await focusedPen(page);
    }
    expect(id).not.toBeNull();
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    await page.waitForSelector('.dubao-article ruby', { timeout: PART_MS });
    await expect.poll(() => page.evaluate(() => document.querySelector('.dubao-note-mark')?.closest('[data-dubao-block]')?.querySelector('ruby') !== null, null)).toBe(true);
    expect(await focusedPen(page)).toBe(id);
    // And Enter on it still opens its highlight with the note.
    await page.keyboard.press('Enter');
    await bar.waitFor();
    await expect.poll(() => bar.locator('.note').textContent()).toContain(NOTE);
    await page.close();
  });
});

/** Shows blind15-nhwb at 400 px with a place stored two-fifths into it, in `s`; returns the page with the prompt up. */
async function withPrompt(s: Session): Promise<Page> {
  const popup = await openPopup(s, nhwb.url);
  await popup.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.local.set({ resumePositions: { [u]: { block: 3, offset: 0, total: 8, at: Date.now() } } });
  }, canonicalUrl(nhwb.url)!);
  await popup.close();
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 400, height: 760 });
  await page.goto(nhwb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
  await page.locator('div[data-dubao-ui="resume"]').waitFor({ state: 'attached' });
  return page;
}

/** The prompt's box and the box of the last line of text on screen above the window's bottom (from the rendered page). */
const boxes = (page: Page) => page.evaluate(() => {
  const box = document.querySelector('div[data-dubao-ui="resume"]')!.shadowRoot!.querySelector('.box')!.getBoundingClientRect();
  const lines: DOMRect[] = [];
  for (const block of Array.from(document.querySelectorAll('.dubao-article [data-dubao-block]'))) {
    const r = document.createRange();
    r.selectNodeContents(block);
    for (const rect of Array.from(r.getClientRects())) if (rect.height > 0 && rect.top < innerHeight && rect.bottom > 0) lines.push(rect);
  }
  const last = lines.sort((a, b) => a.bottom - b.bottom).at(-1)!;
  return { prompt: { top: box.top, bottom: box.bottom }, line: { top: last.top, bottom: last.bottom } };
}, null);

describe('the "continue" prompt on a narrow screen', () => {
  it('leaves the article\'s last line readable above it at 400 px, and goes with Escape', async () => {
    const page = await withPrompt(session);
    await lookShot(page, 'resume-400-top');
    // The reader goes to the end of the article with the keyboard.
    await page.mouse.click(200, 5);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight, null)).toBe(true);
    const { prompt, line } = await boxes(page);
    await lookShot(page, 'resume-400-end');
    expect(line.bottom).toBeLessThanOrEqual(prompt.top);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('div[data-dubao-ui="resume"]').count()).toBe(0);
    // Its room goes with it.
    expect(await page.evaluate(() => document.documentElement.style.paddingBottom, null)).toBe('');
    await page.close();
  });

  it('goes with a tap on its ×', async () => {
    const touch = await launch({ hasTouch: true });
    try {
      await routeFixtures(touch.context, extra());
      const page = await withPrompt(touch);
      const x = page.locator('div[data-dubao-ui="resume"] button.x');
      const box = (await x.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator('div[data-dubao-ui="resume"]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.style.paddingBottom, null)).toBe('');
    } finally {
      await touch.close();
    }
  });
});
