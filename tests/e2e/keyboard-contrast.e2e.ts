// In real Chromium, a reader without a mouse and a reader under forced colours (Windows high
// contrast): Tab into the article, select from a term with Shift + arrow keys, save, note, edit
// and remove a highlight by keys alone, with a focus ring to see at every step.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html, modelled on
// xsrb.xsnet.cn's <br>-wrapped article body).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerTest } from './harness';
import { dragOver, selected } from './pointer';

// A fresh browser and profile for every test: the first saves highlights.
const session = browserPerTest();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(xsrb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
  await page.bringToFront();
  return page;
}

/** The focused element, looked for inside our shadow roots too, with what a sighted keyboard reader sees of it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    let ui = '';
    while (a && (a as HTMLElement).shadowRoot?.activeElement) {
      ui = a.getAttribute('data-dubao-ui') ?? '';
      a = (a as HTMLElement).shadowRoot!.activeElement;
    }
    const cs = a ? getComputedStyle(a) : null;
    return {
      ui,
      tag: a?.tagName ?? '',
      term: !!a?.classList.contains('dubao-term'),
      text: a?.textContent ?? '',
      className: (a as HTMLElement | null)?.className ?? '',
      ring: cs ? (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) >= 1) || cs.boxShadow !== 'none' : false,
      background: cs?.backgroundColor ?? '',
    };
  });

/** The text under each drawn highlight. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.forEach((h, name) => {
      if (!name.startsWith('dubao-') || name === 'dubao-word') return;
      for (const r of h) out.push(`${name}:${r.toString()}`);
    });
    return out;
  });

const count = (page: Page, ui: string) => page.locator(`[data-dubao-ui="${ui}"]`).count();

async function shiftArrows(page: Page, key: string, n: number): Promise<void> {
  await page.keyboard.down('Shift');
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60); // pacing, not a condition: keys pressed at a person's pace
  }
  await page.keyboard.up('Shift');
}

/** Tab until the focus is on a toolbar button showing `text` (at most `max` presses). */
async function tabTo(page: Page, text: string, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.ui === 'toolbar' && f.text === text) return;
  }
  throw new Error(`no toolbar button ${text} within ${max} Tab presses`);
}

describe('a reader on the keyboard', () => {
  it('Tab to a term, Shift + arrows select from it, the toolbar saves, notes, edits the note and removes the highlight: keys only, focus seen and kept', async () => {
    const page = await open();
    // From the page's top, Tab goes through the site's links to the article's first term.
    let term = '';
    for (let i = 0; i < 40 && !term; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.term) term = f.text;
    }
    expect(term).not.toBe('');
    expect((await focused(page)).ring).toBe(true);
    await expect.poll(() => count(page, 'card')).toBe(1);
    // Before, Shift + arrows on a focused term selected nothing (Chromium moves no caret from it).
    await shiftArrows(page, 'ArrowRight', 3);
    await expect.poll(() => selected(page)).toMatch(new RegExp(`^${term}..$`, 'u'));
    const words = await selected(page);
    await expect.poll(() => count(page, 'toolbar')).toBe(1);
    // The card Tab showed for the term gives way to the toolbar (it covered the words selected next).
    expect(await count(page, 'card')).toBe(0);

    // Tab: into the toolbar; its colour buttons keep their colour under a visible ring.
    await page.keyboard.press('Tab');
    const swatch = await focused(page);
    expect(swatch).toMatchObject({ ui: 'toolbar', ring: true, background: 'rgb(255, 214, 0)' });
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn(page)).toEqual([`dubao-yellow:${words}`]);
    // The focus goes back to the term, not to the page's start (the next Tab went to the site's first link).
    await expect.poll(async () => (await focused(page)).text).toBe(term);
    expect(await count(page, 'card')).toBe(0);

    // On the saved highlight the toolbar acts on it: a note, by keys.
    await shiftArrows(page, 'ArrowRight', 1);
    await expect.poll(() => count(page, 'toolbar')).toBe(1);
    await tabTo(page, '✎');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.type('医银合作：办医保不用跑远');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => count(page, 'toolbar')).toBe(0);
    await expect.poll(async () => (await focused(page)).text).toBe(term);

    // Edited: the note is shown and offered for editing.
    await shiftArrows(page, 'ArrowRight', 1);
    await expect.poll(() => page.locator('[data-dubao-ui="toolbar"]').evaluate((h) => h.shadowRoot?.querySelector('.note')?.textContent ?? '')).toContain('办医保不用跑远');
    await tabTo(page, '✎');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.press('End');
    await page.keyboard.type('，就近办');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => count(page, 'toolbar')).toBe(0);
    await shiftArrows(page, 'ArrowRight', 1);
    await expect.poll(() => page.locator('[data-dubao-ui="toolbar"]').evaluate((h) => h.shadowRoot?.querySelector('.note')?.textContent ?? '')).toContain('办医保不用跑远，就近办');

    // Removed.
    await tabTo(page, '⌫');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn(page)).toEqual([]);
    await expect.poll(async () => (await focused(page)).text).toBe(term);
    await page.close();
  });
});

describe('forced colours (high contrast)', () => {
  it('the focused term has a ring; the toolbar has an edge, keeps four colours and rings its focused button', async () => {
    const page = await open();
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    // Forced colours draw no box shadow: the term's ring was gone.
    await page.locator('.dubao-term').first().focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ term: true, ring: true });
    // The card Tab opens is closed before the drag (it could cover the words dragged over).
    await expect.poll(() => count(page, 'card')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, 'card')).toBe(0);
    await dragOver(page, 2, 0, 13);
    await expect.poll(() => count(page, 'toolbar')).toBe(1);
    const colours = await page.locator('[data-dubao-ui="toolbar"]').evaluate((h) => Array.from(h.shadowRoot?.querySelectorAll('.sw') ?? [], (b) => getComputedStyle(b).backgroundColor));
    // Before, forced colours painted all four swatches the same, and the bar had no edge against the page.
    expect(new Set(colours).size).toBe(4);
    expect(await page.locator('[data-dubao-ui="toolbar"]').evaluate((h) => getComputedStyle(h.shadowRoot?.querySelector('.bar') as Element).borderTopStyle)).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ ui: 'toolbar', ring: true });
    await page.screenshot({ path: '/tmp/dubao-forced-colours-toolbar.png' });
    await page.close();
  });
});
