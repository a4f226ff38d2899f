// In real Chromium, a reader whose system is in dark mode (`prefers-color-scheme: dark`), and a
// page with its own dark background: text contrast measured from the rendered page (tests/e2e/
// contrast.ts) in a glossary card and in the repaired article with tone-coloured pinyin. E-paper
// pages keep their own colours in dark mode (a white page stays white), so the article follows
// the page's background and Dubao's own panels follow the system. Figures as [look] lines.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, storeSettings } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver, drawnHighlights } from './pointer';
import { lowest, textContrasts } from './contrast';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

/** Stores settings as the popup does (`settings` or `readingStyle` in sync storage). */
const set = (settings: Record<string, unknown>, key = 'settings'): Promise<void> => storeSettings(session, xsrb.url, settings, key);

async function article(page: Page): Promise<void> {
  await page.goto(xsrb.url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
}

/** Opens the first term's card by a click and waits for its related terms. */
async function openCard(page: Page): Promise<void> {
  const term = page.locator('.dubao-term').first();
  await term.scrollIntoViewIfNeeded();
  await term.click();
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelectorAll('button').length ?? 0), { timeout: ARTICLE_MS }).toBeGreaterThan(3);
}

/** Contrast of the term marks (underline, or border under pinyin) with the page behind the article (a mark, not text: 3:1). */
const markContrast = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const hex = (c: string): number[] => (c.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]): number => c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const term = document.querySelector('.dubao-article .dubao-term:not(.dubao-term-detected)') as Element;
    const page = getComputedStyle(document.body).backgroundColor;
    const bg = /rgba\(0, 0, 0, 0\)/u.test(page) ? [255, 255, 255] : hex(page);
    // Under pinyin a term is marked by its bottom border (style.css .dubao-term-ruby), else by its underline.
    const cs = getComputedStyle(term);
    const mark = cs.textDecorationLine === 'none' ? cs.borderBottomColor : cs.textDecorationColor;
    const [hi, lo] = [lum(hex(mark)), lum(bg)].sort((x, y) => y - x) as [number, number];
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  });

describe('the dark-mode reader', () => {
  it('reads a glossary card\'s reading, related terms and buttons at 4.5:1 under the system\'s dark scheme and the dark reading theme', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await article(page);
    await openCard(page);
    const system = lowest(await page.evaluate(textContrasts, '[data-dubao-ui="card"]'));
    console.log(`[look] card under the system's dark scheme: lowest text contrast ${system.min}:1`);
    expect(system.below).toEqual([]);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
    await set({ theme: 'dark' }, 'readingStyle');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor)).toBe('rgb(28, 28, 30)');
    await openCard(page);
    const theme = lowest(await page.evaluate(textContrasts, '[data-dubao-ui="card"]'));
    console.log(`[look] card under the dark reading theme: lowest text contrast ${theme.min}:1`);
    expect(theme.below).toEqual([]);
    await page.close();
  });

  it('keeps a white page\'s article legible under the system\'s dark scheme: bylines and their tone-coloured pinyin at 4.5:1, term marks at 3:1', async () => {
    await set({ pinyin: 'all', toneColors: true });
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await article(page);
    await expect.poll(() => page.locator('.dubao-article .dubao-byline rt').count(), { timeout: ARTICLE_MS }).toBeGreaterThan(3);
    const rows = await page.evaluate(textContrasts, '.dubao-byline');
    const { min, below } = lowest(rows);
    const mark = await markContrast(page);
    console.log(`[look] white page, system dark: byline lowest text contrast ${min}:1 (${rows.length} pieces); term mark ${mark}:1`);
    expect(below).toEqual([]);
    expect(mark).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('keeps a dark page\'s article legible in the page\'s own colours: bylines at 4.5:1, term marks at 3:1', async () => {
    const page = await session.context.newPage();
    // A page that sets its own dark background and light text (as a site's night mode does).
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'body { background: #121212; color: #dddddd; } a { color: #8fb8ff; }';
      document.head.append(style);
    }));
    await article(page);
    const rows = await page.evaluate(textContrasts, '.dubao-byline');
    const { min, below } = lowest(rows);
    const mark = await markContrast(page);
    console.log(`[look] dark page, its own colours: byline lowest text contrast ${min}:1 (${rows.length} pieces); term mark ${mark}:1`);
    expect(rows.length).toBeGreaterThan(0);
    expect(below).toEqual([]);
    expect(mark).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('keeps the words under each highlight colour at 4.5:1 on the dark reading theme', async () => {
    await set({ theme: 'dark' }, 'readingStyle');
    const page = await session.context.newPage();
    await article(page);
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    // One highlight of each colour, dragged by the mouse and saved from the toolbar.
    for (const [i, colour] of ['yellow', 'green', 'blue', 'pink'].entries()) {
      await dragOver(page, 2 + i, 0, 6);
      await bar.locator(`button.${colour}`).click();
      await expect.poll(async () => (await drawnHighlights(page)).length).toBe(i + 1);
    }
    // The highlight's colour laid over the article's background, against the words' colour.
    const ratios = await page.evaluate(() => {
      const rgba = (c: string): number[] => { const m = (c.match(/[\d.]+/gu) ?? []).map(Number); return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m.length > 3 ? (m[3] ?? 1) : 1]; };
      const lum = (c: number[]): number => c.slice(0, 3).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const block = document.querySelector('.dubao-article .dubao-body') as Element;
      const base = rgba(getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor);
      const fg = rgba(getComputedStyle(block).color);
      return Object.fromEntries(['yellow', 'green', 'blue', 'pink'].map((c) => {
        const h = rgba(getComputedStyle(block, `::highlight(dubao-${c})`).backgroundColor);
        const bg = base.slice(0, 3).map((v, i) => h[i]! * h[3]! + v * (1 - h[3]!));
        const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
        return [c, Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100];
      }));
    });
    console.log(`[look] words under highlights on the dark theme: ${JSON.stringify(ratios)}`);
    for (const r of Object.values(ratios)) expect(r).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
