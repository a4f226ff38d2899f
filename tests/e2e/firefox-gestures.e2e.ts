// In real Firefox (Debian's firefox-esr over WebDriver BiDi, as firefox.e2e.ts), the in-page
// behaviours that gestures-more.e2e.ts, gestures.e2e.ts, highlights.e2e.ts and pinyin-speed.e2e.ts
// check in Chromium, made with the same gestures on the 萧山日报 fixture
// (tests/fixtures/pages/xsrb-article-br.html): the keyboard taken into a glossary card, a
// triple-click under pinyin, the toolbar in a window narrower than the paper's layout, cards in a
// short window, Escape on the "continue" prompt, and the popup's opening preparing pinyin.
// Firefox differs where these behaviours live: selection across user-select: none readings,
// triple-click semantics, focus on shadow hosts and keys inside shadow roots, idle-callback
// timing, and scripts injected into the content script's world. Firefox on Linux also draws
// classic scrollbars (12 px, where headless Chromium hides them): what must stay inside the
// window is measured against the part the page is seen in (the scrolling element's client size).
import type { Page } from 'puppeteer-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { cardTerm, cardText, charPoint, drag, han, keyboardFocus, readDrawn, type DrivenPage } from './pointer';
import { FIREFOX_ARTICLE_MS, UUID, firefoxPerFile, pick } from './firefox-harness';
import { lookShot } from './harness';

const XSRB = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;

const firefox = firefoxPerFile();

/** The 萧山日报 article in a new tab of `width` × `height`, once the repaired article has settled. */
const open = (width = 1100, height = 900): Promise<Page> => firefox.openArticle(XSRB.url, { width, height });

/** Dubao's panel for the tab showing the 萧山日报 article (popup.html?target=, as the Chromium tests open it), closed after the test unless told. */
async function panelFor(closedAfterTest = true): Promise<Page> {
  const panel = await firefox.browser.newPage();
  if (closedAfterTest) firefox.track(panel);
  await panel.goto(`moz-extension://${UUID}/popup.html?target=${encodeURIComponent(XSRB.url)}`, { timeout: 3000 }).catch(() => undefined);
  await panel.waitForSelector('#dubao-pinyin', { timeout: FIREFOX_ARTICLE_MS });
  return panel;
}

const driven = (page: Page) => page as unknown as DrivenPage;
const count = (page: Page, sel: string) => page.$$eval(sel, (els) => els.length);
/** The index of the article block whose text contains `text`. */
const blockWith = (page: Page, text: string) => page.evaluate((t) => Number(Array.from(document.querySelectorAll('[data-dubao-block]')).find((b) => b.textContent?.includes(t))?.getAttribute('data-dubao-block') ?? '-1'), text);

// First: a reader who has used pinyin gets it prepared on page load (pinyin-prepare.ts), and the triple-click test uses it.
describe('Firefox: the popup prepares pinyin', () => {
  it('the popup opening on an article with pinyin off loads the annotator into the page', async () => {
    const page = await open();
    expect(await page.evaluate(() => performance.getEntriesByName('dubao:annotator-load').length)).toBe(0);
    await panelFor();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:annotator-load').length), { timeout: FIREFOX_ARTICLE_MS }).toBe(1);
    // The article read and the ruby of the screen rehearsed in the page's idle time, nothing drawn.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:pinyin-read').length + performance.getEntriesByName('dubao:ruby-rehearsed').length), { timeout: FIREFOX_ARTICLE_MS }).toBe(2);
    expect(await count(page, '.dubao-article ruby')).toBe(0);
  });
});

describe('Firefox: the keyboard in a card', () => {
  it('Enter on a focused term takes the keyboard into its card: Tab goes round its buttons, Enter on a related term opens it there, Escape gives focus back to the term', async () => {
    const page = await open();
    await page.bringToFront();
    await page.$$eval('.dubao-term', (els) => (els.find((e) => e.textContent?.includes('医银合作')) as HTMLElement).focus());
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Tab');
    await expect.poll(() => cardTerm(driven(page)), { timeout: 5000 }).toBe('医银合作');
    const focus = () => keyboardFocus(driven(page));
    expect(await focus()).toBe('page:“医银合作”');
    await page.keyboard.press('Enter');
    await expect.poll(focus, { timeout: 5000 }).toBe('card');
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focus());
    }
    expect(seen.every((f) => f.startsWith('button:'))).toBe(true);
    expect(seen).toContain('button:异地就医备案');
    for (let i = 0; i < 12 && (await focus()) !== 'button:异地就医备案'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardTerm(driven(page)), { timeout: 5000 }).toBe('异地就医备案');
    expect(await focus()).toBe('card');
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, '[data-dubao-ui="card"]'), { timeout: 5000 }).toBe(0);
    expect(await focus()).toBe('page:“医银合作”');
  });

  it('Space on a focused term takes the keyboard into its card too, without scrolling the page', async () => {
    const page = await open();
    await page.bringToFront();
    await page.$$eval('.dubao-term', (els) => (els.find((e) => e.textContent?.includes('医银合作')) as HTMLElement).focus());
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Tab');
    await expect.poll(() => cardTerm(driven(page)), { timeout: 5000 }).toBe('医银合作');
    const y = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement)?.dataset.dubaoUi ?? ''), { timeout: 5000 }).toBe('card');
    expect(await page.evaluate(() => scrollY)).toBe(y);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName ?? '')).toBe('BUTTON');
    await lookShot(page, 'ffx-card-keyboard');
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, '[data-dubao-ui="card"]'), { timeout: 5000 }).toBe(0);
    expect(han(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe('医银合作');
  });
});

describe('Firefox: a triple-click under pinyin', () => {
  it('selects the whole paragraph, and the toolbar saves it', async () => {
    const page = await open();
    const panel = await panelFor(false);
    // The next tests start with pinyin off (the browser is shared).
    onTestFinished(async () => {
      await panel.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { remove(k: string): Promise<void> } } } }).browser.storage.sync.remove('settings')).catch(() => undefined);
      await panel.close().catch(() => undefined);
    });
    await pick(panel, '#dubao-pinyin', 1); // Off → All characters, with the keyboard on the list
    await page.bringToFront();
    await expect.poll(() => count(page, '[data-dubao-block="4"] ruby'), { timeout: FIREFOX_ARTICLE_MS }).toBeGreaterThan(20);
    const paragraph = await page.$eval('[data-dubao-block="4"]', (b) => {
      const c = b.cloneNode(true) as Element;
      c.querySelectorAll('rt, rp').forEach((r) => r.remove());
      return c.textContent ?? '';
    });
    const p = await charPoint(driven(page), 4, '们');
    await page.mouse.click(p.x, p.y, { count: 3 });
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    const sel = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(sel.replace(/\s/gu, '')).toBe(paragraph.replace(/\s/gu, ''));
    const blue = await page.waitForSelector('div[data-dubao-ui="toolbar"] >>> button.blue', { timeout: 5000 });
    await lookShot(page, 'ffx-triple');
    await blue?.click();
    const drawn = () => page.evaluate(readDrawn);
    await expect.poll(drawn, { timeout: 5000 }).toEqual([`dubao-blue:${paragraph}`]);
  });
});

describe('Firefox: a note typed straight after ✎', () => {
  it('keeps every key typed at once after the click, and saves the note with the highlight', async () => {
    const page = await open();
    await page.bringToFront();
    await drag(driven(page), await charPoint(driven(page), 2, '农'), await charPoint(driven(page), 2, '山'));
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    const pen = await page.evaluate(() => {
      const b = Array.from(document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelectorAll('button') ?? []).find((x) => x.textContent === '✎') as Element;
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    // A reader who clicks and types at once: no wait for the field to appear (the highlight is still saving).
    await page.mouse.click(pen.x, pen.y);
    await page.keyboard.type('abc记下周末');
    const typed = () => page.evaluate(() => document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelector('textarea')?.value ?? null);
    await expect.poll(typed, { timeout: 5000 }).toBe('abc记下周末');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => !document.querySelector('[data-dubao-ui="toolbar"]'), { timeout: 5000 });
    // The same words dragged again: the toolbar shows the saved note, and ⌫ removes the highlight
    // (the later tests of this shared browser drag over these words too).
    await drag(driven(page), await charPoint(driven(page), 2, '农'), await charPoint(driven(page), 2, '山'));
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    const bar = () => page.evaluate(() => document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelector('.note')?.textContent ?? '');
    await expect.poll(bar, { timeout: 5000 }).toContain('abc记下周末');
    const x = await page.evaluate(() => {
      const b = Array.from(document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelectorAll('button') ?? []).find((e) => e.textContent === '⌫') as Element;
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(x.x, x.y);
    await page.waitForFunction(() => !document.querySelector('[data-dubao-ui="toolbar"]'), { timeout: 5000 });
  });
});

describe('Firefox: a narrow or short window', () => {
  it('in a 400 px window scrolled sideways to the article, the toolbar keeps its buttons in a row inside the window, clear of the page’s scrollbar', async () => {
    const page = await open(400, 700);
    await page.bringToFront();
    await page.evaluate(() => {
      const r = (document.querySelector('[data-dubao-block="2"]') as Element).getBoundingClientRect();
      scrollBy({ left: r.left - 10, top: r.top - 250, behavior: 'instant' });
    });
    await expect.poll(() => page.evaluate(() => scrollX)).toBeGreaterThan(200);
    await drag(driven(page), await charPoint(driven(page), 2, '农'), await charPoint(driven(page), 2, '山'));
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    const row = await page.evaluate(() => {
      const root = document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot;
      const bar = root?.querySelector('.bar')?.getBoundingClientRect().toJSON() as DOMRect;
      return { bar, button: root?.querySelector('button')?.getBoundingClientRect().height ?? 0, vw: (document.scrollingElement as Element).clientWidth };
    });
    await lookShot(page, 'ffx-toolbar-400');
    expect(row.bar.height).toBeLessThan(2 * row.button + 16);
    expect(row.bar.left).toBeGreaterThanOrEqual(0);
    expect(row.bar.right).toBeLessThanOrEqual(row.vw);
    // The note form: wide enough to type in, inside the window, clear of the selected words.
    // The selected words, measured before ✎ (saving the highlight clears the selection).
    const words = await page.evaluate(() => {
      const rects = Array.from(getSelection()!.getRangeAt(0).getClientRects()).filter((r) => r.width > 0);
      return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    });
    expect(words.bottom).toBeGreaterThan(words.top);
    const buttons = await page.$$('div[data-dubao-ui="toolbar"] >>> button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent ?? '')));
    await buttons[texts.indexOf('✎')]?.click();
    await page.waitForSelector('div[data-dubao-ui="toolbar"] >>> textarea', { timeout: 5000 });
    const form = await page.evaluate(() => {
      const root = document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot;
      const bar = root?.querySelector('.bar')?.getBoundingClientRect().toJSON() as DOMRect;
      return { bar, text: root?.querySelector('textarea')?.getBoundingClientRect().width ?? 0, vw: (document.scrollingElement as Element).clientWidth };
    });
    const { top, bottom } = words;
    await lookShot(page, 'ffx-toolbar-note-400');
    console.log(`[look] 400 px window: toolbar right edge ${row.bar.right.toFixed(0)}, with its note form ${form.bar.right.toFixed(0)}, of ${form.vw} px visible`);
    expect(form.text).toBeGreaterThan(200);
    expect(form.bar.right).toBeLessThanOrEqual(form.vw);
    expect(form.bar.bottom <= top || form.bar.top >= bottom).toBe(true);
  });

  it('in a 733 × 600 window a long card opened on a term in the middle ends inside the window, clear of the term, and scrolls inside', async () => {
    const page = await open(733, 600);
    await page.bringToFront();
    // Its paragraph to the middle of the window; its term is marked there (terms off screen may come later).
    const block = await blockWith(page, '历年账户');
    await page.evaluate((b) => scrollBy({ top: (document.querySelector(`[data-dubao-block="${b}"]`) as Element).getBoundingClientRect().top - innerHeight / 2, behavior: 'instant' }), block);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.dubao-term')).some((e) => e.textContent?.includes('历年账户')), { timeout: 5000 });
    await page.$$eval('.dubao-term', (els) => {
      const t = els.find((e) => e.textContent?.includes('历年账户')) as Element;
      scrollBy({ top: t.getBoundingClientRect().top - innerHeight / 2, behavior: 'instant' });
    });
    const box = await page.$$eval('.dubao-term', (els) => (els.find((e) => e.textContent?.includes('历年账户')) as Element).getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await expect.poll(() => cardTerm(driven(page)), { timeout: 5000 }).toBe('历年账户');
    await new Promise((r) => setTimeout(r, 300));
    const seen = await page.evaluate(() => {
      const card = document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card') as HTMLElement;
      const c = card.getBoundingClientRect();
      const t = (Array.from(document.querySelectorAll('.dubao-term')).find((e) => e.textContent?.includes('历年账户')) as Element).getBoundingClientRect();
      return { top: c.top, bottom: c.bottom, vh: (document.scrollingElement as Element).clientHeight, clear: c.top >= t.bottom || c.bottom <= t.top, scrolls: card.scrollHeight > card.clientHeight };
    });
    await lookShot(page, 'ffx-card-733');
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(seen.vh);
    expect(seen.clear).toBe(true);
    expect(seen.scrolls).toBe(true);
  });

  it('a card that grows after it opened is placed again, inside the window and clear of the sideways scrollbar of a page wider than the window', async () => {
    const page = await open(733, 600);
    await page.bringToFront();
    const block = await blockWith(page, '据悉');
    await page.evaluate((b) => scrollBy({ top: (document.querySelector(`[data-dubao-block="${b}"]`) as Element).getBoundingClientRect().top - 250, behavior: 'instant' }), block);
    const p = await charPoint(driven(page), block, '悉');
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await expect.poll(() => cardText(driven(page)), { timeout: 5000 }).toContain('据悉');
    await page.evaluate(() => {
      const extra = document.createElement('p');
      extra.style.height = '320px';
      document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card')?.append(extra);
    });
    const box = () => page.evaluate(() => (document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card') as Element).getBoundingClientRect().toJSON() as DOMRect);
    const vh = await page.evaluate(() => (document.scrollingElement as Element).clientHeight); // the page's sideways scrollbar left out
    await expect.poll(async () => (await box()).bottom, { timeout: 5000 }).toBeLessThanOrEqual(vh);
    console.log(`[look] 733 × 600 window: a grown card ends at ${(await box()).bottom.toFixed(0)} of ${vh} px visible`);
    expect((await box()).top).toBeGreaterThanOrEqual(0);
  });
});

describe('Firefox: the "continue where you stopped" prompt', () => {
  it('Escape pressed with the focus on the page closes it', async () => {
    let page = await open(1100, 400);
    await page.bringToFront();
    await page.evaluate(() => document.querySelector('[data-dubao-block="5"]')?.scrollIntoView({ block: 'start' }));
    await page.mouse.move(500, 200);
    await page.mouse.wheel({ deltaY: 1 });
    await new Promise((r) => setTimeout(r, 1500)); // the place is stored once scrolling pauses
    await page.close();
    page = await open(1100, 400);
    await page.bringToFront();
    await page.waitForSelector('div[data-dubao-ui="resume"]', { timeout: 5000 });
    // With a card open, Escape closes the card first and the prompt stays.
    await page.$$eval('.dubao-term', (els) => (els.find((e) => e.getBoundingClientRect().top > 60) as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await page.waitForSelector('div[data-dubao-ui="card"]', { timeout: 5000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, 'div[data-dubao-ui="card"]'), { timeout: 3000 }).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(page, 'div[data-dubao-ui="resume"]')).toBe(1);
    await page.mouse.click(5, 390);
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, 'div[data-dubao-ui="resume"]'), { timeout: 3000 }).toBe(0);
  });
});
