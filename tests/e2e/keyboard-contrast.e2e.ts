// In real Chromium, a reader without a mouse and a reader under forced colours (Windows high
// contrast): Tab into the article, select from a term with Shift + arrow keys, save, note, edit
// and remove a highlight by keys alone, with a focus ring to see at every step.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html, modelled on
// xsrb.xsnet.cn's <br>-wrapped article body).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, lookShot } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver, drawnHighlights, focusedElement, selected, tabToTerm } from './pointer';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(xsrb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
  await page.bringToFront();
  return page;
}

/** The focused element, looked for inside our shadow roots too, with what a sighted keyboard reader sees of it. */
const focused = (page: Page) => focusedElement(page);

/** The text under each drawn highlight. */
const drawn = (page: Page) => drawnHighlights(page);

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
    const term = await tabToTerm(page);
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
    await lookShot(page, 'forced-colours-toolbar');
    await page.close();
  });
});

/**
 * In the page: the contrast of the focused element's ring with what is behind it (the ring drawn
 * as an outline, or as a box shadow composited over the background), and the ring's kind.
 */
const ringContrast = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a && (a as HTMLElement).shadowRoot?.activeElement) a = (a as HTMLElement).shadowRoot!.activeElement;
    if (!a) return { kind: 'none', contrast: 0 };
    const rgba = (c: string): number[] => {
      const v = (c.match(/[\d.]+/gu) ?? []).map(Number);
      return [v[0] ?? 0, v[1] ?? 0, v[2] ?? 0, v[3] ?? 1];
    };
    // The background around it (the ring lies outside the element): the first element up the
    // tree from its parent (across shadow roots) with one.
    let bg = [255, 255, 255];
    const up = (e: Element): Element | null => e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null);
    for (let e: Element | null = up(a); e; e = up(e)) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if ((c[3] ?? 0) > 0.5) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const cs = getComputedStyle(a);
    let kind = 'none';
    let ring = bg;
    if (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) >= 1) {
      kind = 'outline';
      ring = rgba(cs.outlineColor).slice(0, 3);
    } else if (cs.boxShadow !== 'none') {
      kind = 'shadow';
      const [r, g, b, al] = rgba(cs.boxShadow);
      ring = [r!, g!, b!].map((x, i) => x * al! + (bg[i] ?? 0) * (1 - al!));
    }
    const lum = (c: number[]): number => {
      const [r, g, b] = c.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(ring), lum(bg)].sort((x, y) => y - x) as [number, number];
    return { kind, contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 };
  });

describe('the focus ring is seen', () => {
  it('keeps 3:1 against the article in the page\'s colours and the dark theme, and on the buttons of a card and the "continue" prompt under the dark theme', async () => {
    const page = await open();
    await page.locator('.dubao-term').first().focus();
    await page.keyboard.press('Tab');
    // Before: a 60 % blue shadow, 2.66:1 on the white page.
    const light = await ringContrast(page);
    console.log(`[look] term ring on the page's colours: ${light.kind} ${light.contrast}:1`);
    expect.soft(light.contrast).toBeGreaterThanOrEqual(3);
    await expect.poll(() => count(page, 'card')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, 'card')).toBe(0);
    // The reader's keys: T goes page → light → sepia → dark.
    for (let i = 0; i < 3; i++) await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor)).toBe('rgb(28, 28, 30)');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const dark = await ringContrast(page);
    console.log(`[look] term ring on the dark theme: ${dark.kind} ${dark.contrast}:1`);
    // Before: 1.82:1.
    expect.soft(dark.contrast).toBeGreaterThanOrEqual(3);
    // Into the card (dark under the dark theme): its close button's ring (before: 2.75:1).
    await expect.poll(() => count(page, 'card')).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page)).ui).toBe('card');
    const card = await ringContrast(page);
    console.log(`[look] card button ring on the dark card: ${card.kind} ${card.contrast}:1`);
    expect.soft(card.contrast).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');

    // The "continue reading" prompt (dark too): the reader scrolls on, leaves and comes back.
    await page.evaluate(() => document.querySelector('[data-dubao-block="5"]')?.scrollIntoView({ block: 'start' }));
    await page.mouse.move(500, 300);
    await page.mouse.wheel(0, 1);
    await page.waitForTimeout(1500); // the place is stored once scrolling pauses
    await page.close();
    const again = await open();
    await again.locator('div[data-dubao-ui="resume"]').waitFor({ state: 'attached', timeout: ARTICLE_MS });
    // The prompt is the page's first Tab stop: 继续.
    await again.keyboard.press('Tab');
    await expect.poll(async () => (await focused(again)).ui).toBe('resume');
    const prompt = await ringContrast(again);
    console.log(`[look] prompt button ring on the dark prompt: ${prompt.kind} ${prompt.contrast}:1`);
    // Before: 2.38:1.
    expect.soft(prompt.contrast).toBeGreaterThanOrEqual(3);
    await again.close();
  });
});

