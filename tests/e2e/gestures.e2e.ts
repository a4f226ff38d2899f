// In real Chromium, gestures made as a reader makes them (mouse down–move–up, double-click, a
// resting pointer, a click, Shift + arrow keys, a touch tap, Tab / Escape): each does one thing
// and only that.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html, modelled on
// xsrb.xsnet.cn's <br>-wrapped article body).
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerFile, label, launch, openPopup, PART_MS, routeFixtures, type Session } from './harness';
import { cardTerm, cardText, charPoint, drag, expectNothingOpens, han, openUi, selected } from './pointer';

// One browser for the file, a fresh page for every test: gestures store nothing (selections,
// cards and a clicked word's pinyin live in the page), and the one test that turns a setting
// off turns it back on whatever happens. The touch and caret-browsing tests start browsers of
// their own with those options.
const session = browserPerFile();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

const cards = async (page: Page) => (await openUi(page)).cards;
const toolbars = async (page: Page) => (await openUi(page)).toolbars;
const rubies = async (page: Page) => (await openUi(page)).rubies;

async function open(s: Session = session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(xsrb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-term', { timeout: ARTICLE_MS });
  return page;
}

describe('gestures', () => {
  it('a drag across a sentence selects it and shows the toolbar only: no card, no pinyin', async () => {
    const page = await open();
    // 农业银行萧山分行城厢支行 … : from 城 to 行 of 支行.
    await drag(page, await charPoint(page, 2, '城'), await charPoint(page, 2, '支'));
    await expect.poll(() => toolbars(page)).toBe(1);
    await expectNothingOpens(page, { toolbars: 1, rubies: 0 });
    expect(await selected(page)).toMatch(/^城厢/u);
    await page.close();
  });

  it('a double-click selects a word and shows the toolbar only', async () => {
    const page = await open();
    const p = await charPoint(page, 2, '萧');
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => toolbars(page)).toBe(1);
    await expectNothingOpens(page, { toolbars: 1, rubies: 0 });
    expect((await selected(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('Shift + arrow keys extend a mouse selection: one toolbar stays, and nothing else opens', async () => {
    // Caret browsing off (the default): Chromium extends an existing selection from the keyboard.
    const page = await open();
    const p = await charPoint(page, 2, '城');
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => toolbars(page)).toBe(1);
    const word = await selected(page);
    expect(word.startsWith('城')).toBe(true);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(60); // pacing, not a condition: keys pressed at a person's pace
    }
    await page.keyboard.up('Shift');
    await expect.poll(() => selected(page)).toBe('城厢支行是'.slice(0, word.length + 2));
    await expectNothingOpens(page, { toolbars: 1, rubies: 0 });
    await page.close();
  });

  it('with caret browsing on, a click places the caret and Shift + arrow keys select: the toolbar only, no card, no pinyin', async () => {
    // Caret browsing (F7) is how a keyboard reader selects from a caret; without it Chromium
    // does not move a collapsed caret in page text, Dubao or not.
    const caret = await launch({ args: ['--enable-caret-browsing'] });
    try {
      await routeFixtures(caret.context);
      const page = await open(caret);
      // The click lands on the left half of 城: the caret goes before it.
      const p = await charPoint(page, 2, '城');
      const size = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('[data-dubao-block="2"]') as Element).fontSize));
      await page.mouse.click(p.x - size / 4, p.y);
      await page.waitForTimeout(150); // pacing, not a condition: a person's pause between the click and the keys
      await page.keyboard.down('Shift');
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(60); // pacing, not a condition: keys pressed at a person's pace
      }
      await page.keyboard.up('Shift');
      await expect.poll(() => toolbars(page)).toBe(1);
      expect(await selected(page)).toBe('城厢支行');
      await expectNothingOpens(page, { toolbars: 1, rubies: 0 });
    } finally {
      await caret.close();
    }
  });

  it('a resting pointer opens the dictionary card; moving on before the rest opens nothing', async () => {
    const page = await open();
    const a = await charPoint(page, 2, '萧');
    const b = await charPoint(page, 2, '城');
    // Passing over words without resting: one sweep in small steps, then off the article (no
    // waits in between, so a loaded machine cannot turn the pass into a rest).
    await page.mouse.move(a.x, a.y);
    await page.mouse.move(b.x, a.y, { steps: 24 });
    await page.mouse.move(5, 5, { steps: 4 });
    await expectNothingOpens(page);
    // Resting on 萧.
    await page.mouse.move(a.x, a.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('xiāo');
    expect(await rubies(page)).toBe(0);
    expect(await toolbars(page)).toBe(0);
    await page.close();
  });

  it('with the hover dictionary turned off, a resting pointer opens no dictionary card; a term still opens its card', async () => {
    const page = await open();
    const popup = await openPopup(session, xsrb.url);
    const name = await label(popup, 'hoverDictionary');
    // The browser is shared: the next test starts with the setting on, even if this one fails.
    onTestFinished(async () => {
      const again = await openPopup(session, xsrb.url);
      await again.getByLabel(name).check();
      await again.close();
    });
    await popup.getByLabel(name).uncheck();
    await popup.close();
    const a = await charPoint(page, 2, '萧');
    await page.mouse.move(a.x, a.y);
    await expectNothingOpens(page);
    await page.locator('.dubao-term').first().hover();
    await expect.poll(() => cardTerm(page), { timeout: 5000 }).not.toBe('');
    await page.close();
  });

  it('a plain click toggles the word’s pinyin and opens no card', async () => {
    const page = await open();
    const p = await charPoint(page, 2, '萧');
    await page.mouse.click(p.x, p.y);
    // The dictionary's word 萧山, drawn as one word under its two syllables.
    const readings = () => page.evaluate(() => Array.from(document.querySelectorAll('.dubao-article ruby'), (r) => r.querySelector('rt')?.textContent ?? '').join(' '));
    await expect.poll(readings, { timeout: PART_MS }).toBe('xiāoshān');
    expect(await rubies(page)).toBe(1);
    await expectNothingOpens(page, { away: true });
    await page.close();
  });

  it('Tab onto a term opens its card; Escape closes it and focus stays on the term', async () => {
    const page = await open();
    const terms = page.locator('.dubao-term');
    const second = han(await terms.nth(1).textContent());
    // Start from the first term (a script's focus() opens nothing), then Tab to the next.
    await terms.first().evaluate((el) => (el as HTMLElement).focus());
    await page.waitForTimeout(400); // quiet period: a card would open at once on focus; none may
    expect(await cards(page)).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => cardTerm(page)).not.toBe('');
    expect(second).toContain(await cardTerm(page));
    await page.keyboard.press('Escape');
    await expect.poll(() => cards(page)).toBe(0);
    expect(han(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe(second);
    await page.waitForTimeout(400); // quiet period: the closed card must not come back
    expect(await cards(page)).toBe(0);
    await page.close();
  });

  it('the toolbar covers neither the selection nor the line above it, and stays on screen near the top', async () => {
    const page = await open();
    // Scrolling records a reading position: forgotten after the test, so that no later test on
    // the shared browser meets a "continue reading" prompt.
    onTestFinished(async () => {
      const ext = await openPopup(session, xsrb.url);
      await ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('resumePositions'));
      await ext.close();
    });
    const boxes = () =>
      page.evaluate(() => {
        const sel = getSelection() as Selection;
        const rects = Array.from(sel.getRangeAt(0).getClientRects()).filter((r) => r.width > 0);
        const bar = document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelector('.bar')?.getBoundingClientRect();
        // The line above: its box reaches one line height above the selection's text.
        const block = (sel.getRangeAt(0).startContainer.parentElement as Element).closest('[data-dubao-block]') as Element;
        const line = Number.parseFloat(getComputedStyle(block).lineHeight);
        return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)), line, bar: bar?.toJSON() as DOMRect, vh: innerHeight };
      });
    // In the middle of the screen: above the selection, with a line of space.
    await page.evaluate(() => document.querySelector('[data-dubao-block="3"]')?.scrollIntoView({ block: 'center' }));
    await drag(page, await charPoint(page, 3, '，'), await charPoint(page, 3, '。'));
    await expect.poll(() => toolbars(page)).toBe(1);
    const mid = await boxes();
    expect(mid.line).toBeGreaterThan(20);
    expect(mid.bar.bottom).toBeLessThanOrEqual(mid.top - mid.line);
    // The selected line at the very top of the viewport: below the selection, on screen.
    await page.mouse.click(5, 5);
    await page.evaluate(() => {
      // Room to scroll the paragraph up to the top edge (a short page could not).
      document.body.style.paddingBottom = '2000px';
      const el = document.querySelector('[data-dubao-block="3"]') as HTMLElement;
      scrollBy(0, el.getBoundingClientRect().top - 4);
    });
    const y = await page.evaluate(() => (document.querySelector('[data-dubao-block="3"]') as HTMLElement).getBoundingClientRect().top);
    expect(y).toBeLessThan(20);
    await drag(page, await charPoint(page, 3, '，'), await charPoint(page, 3, '，', 1));
    await expect.poll(() => toolbars(page)).toBe(1);
    const top = await boxes();
    expect(top.bar.top).toBeGreaterThanOrEqual(top.bottom);
    expect(top.bar.bottom).toBeLessThanOrEqual(top.vh);
    await page.close();
  });

  it('in a 400 px window scrolled sideways to the article (the paper’s 1008 px layout), the toolbar keeps its buttons in a row and its note form stays usable, clear of the selection', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-term', { timeout: ARTICLE_MS });
    onTestFinished(async () => {
      const ext = await openPopup(session, xsrb.url);
      await ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('resumePositions'));
      await ext.close();
    });
    // The reader scrolls right (and down) to where paragraph 2 begins, as a narrow window makes them.
    await page.mouse.move(200, 400);
    const left = await page.evaluate(() => (document.querySelector('[data-dubao-block="2"]') as Element).getBoundingClientRect().left);
    await page.mouse.wheel(left - 10, 0);
    await page.evaluate(() => scrollBy(0, (document.querySelector('[data-dubao-block="2"]') as Element).getBoundingClientRect().top - 250));
    await expect.poll(() => page.evaluate(() => scrollX)).toBeGreaterThan(200);
    await drag(page, await charPoint(page, 2, '农'), await charPoint(page, 2, '山'));
    await expect.poll(() => toolbars(page)).toBe(1);
    const boxes = () =>
      page.evaluate(() => {
        // The selected words (none once ✎'s save has cleared the selection).
        const sel = getSelection();
        const rects = sel?.rangeCount ? Array.from(sel.getRangeAt(0).getClientRects()).filter((r) => r.width > 0) : [];
        const root = document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot;
        const bar = root?.querySelector('.bar')?.getBoundingClientRect().toJSON() as DOMRect;
        const button = root?.querySelector('button')?.getBoundingClientRect().height ?? 0;
        const text = root?.querySelector('textarea')?.getBoundingClientRect().width ?? 0;
        return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)), bar, button, text, vw: innerWidth };
      });
    const row = await boxes();
    expect(row.bottom).toBeGreaterThan(row.top);
    expect(row.bar.height).toBeLessThan(2 * row.button + 16); // one row of buttons, not a column
    expect(row.bar.left).toBeGreaterThanOrEqual(0);
    expect(row.bar.right).toBeLessThanOrEqual(row.vw);
    const strings = await openPopup(session, xsrb.url);
    const note = await label(strings, 'tbNote');
    await strings.close();
    await page.bringToFront();
    await page.getByRole('button', { name: note, exact: true }).click();
    await page.locator('[data-dubao-ui="toolbar"] textarea').waitFor();
    const form = await boxes();
    expect(form.text).toBeGreaterThan(200);
    expect(form.bar.right).toBeLessThanOrEqual(form.vw);
    // Clear of the words as they were selected before ✎ (the note field opens while the highlight saves).
    expect(form.bar.bottom <= row.top || form.bar.top >= row.bottom).toBe(true);
    await page.close();
  });

  it('a touch tap on a plain word opens its dictionary card, as a resting pointer does (no pinyin, no toolbar)', async () => {
    const touch = await launch({ hasTouch: true });
    try {
      await routeFixtures(touch.context);
      const page = await open(touch);
      const p = await charPoint(page, 2, '萧');
      expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.dubao-term'), p)).toBe(false);
      await page.touchscreen.tap(p.x, p.y);
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('xiāo');
      await expectNothingOpens(page, { cards: 1, rubies: 0 });
    } finally {
      await touch.close();
    }
  });

  it('a touch tap on a term opens its card (no selection toolbar)', async () => {
    const touch = await launch({ hasTouch: true });
    try {
      await routeFixtures(touch.context);
      const page = await open(touch);
      const term = page.locator('.dubao-term').first();
      const name = han(await term.textContent());
      const box = (await term.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => cardTerm(page), { timeout: 5000 }).not.toBe('');
      expect(name).toContain(await cardTerm(page));
      expect(await toolbars(page)).toBe(0);
    } finally {
      await touch.close();
    }
  });
});
