// In real Chromium, with the reader's own mouse and keys, under pinyin (readings grouped by word,
// one <rt> per word): a highlight dragged from inside a word paints the highlighted characters
// and their own syllables only, not the readings of the word's other characters, and so again
// after a reload and in traditional script; a glossary term of several words is one continuous
// mark across the gaps between its words, in the page's colours and in the dark theme (keys).
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { lookShot, PART_MS, storeSettings } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver } from './pointer';
import { midWordOffset, readPainted, readTermMark } from './ruby-marks';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

async function withPinyin(page: Page): Promise<void> {
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
  await page.waitForSelector('.dubao-article ruby', { timeout: PART_MS });
}

const painted = (page: Page) => page.evaluate(readPainted, null);

describe('marks under pinyin', () => {
  it('a highlight from inside a word paints its characters\' syllables only, also after a reload and in traditional script', async () => {
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await withPinyin(page);
    const from = await page.evaluate(midWordOffset, 6);
    await dragOver(page, 2, from, from + 4);
    await page.locator('[data-dubao-ui="toolbar"] button.yellow').click();
    const check = async (): Promise<void> => {
      const words = await painted(page);
      // The word the drag started in is painted in part: its first character and its syllable are not.
      expect(words[0]?.chars).toMatch(/^0+1/u);
      for (const w of words) expect(w.syllables, w.word).toBe(w.chars);
    };
    await expect.poll(async () => (await painted(page)).length).toBeGreaterThan(1);
    await check();
    await page.reload();
    await withPinyin(page);
    await expect.poll(async () => (await painted(page)).length, { timeout: PART_MS }).toBeGreaterThan(1);
    await check();
    await storeSettings(session, xsrb.url, { script: 'tw' });
    await expect.poll(() => page.locator('[data-dubao-block="2"]').textContent(), { timeout: PART_MS }).toContain('農業');
    await page.waitForSelector('.dubao-article ruby', { timeout: PART_MS });
    await expect.poll(async () => (await painted(page)).length, { timeout: PART_MS }).toBeGreaterThan(1);
    await check();
    await page.close();
  });

  it('a term of several words is one mark across the gaps between them, in the page\'s colours and the dark theme; without pinyin it keeps its underline', async () => {
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await withPinyin(page);
    await page.waitForSelector('.dubao-term ruby + ruby', { timeout: PART_MS });
    const mark = async () => (await page.evaluate(readTermMark, null))!;
    const light = await mark();
    expect(light).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(179, 38, 30)', spans: true });
    expect(light.width).toBeGreaterThan(0);
    // The reader's key T: page → light → sepia → dark.
    await page.mouse.click(5, 5);
    for (let i = 0; i < 3; i++) await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article')!).backgroundColor)).toBe('rgb(28, 28, 30)');
    expect(await mark()).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(242, 139, 130)', spans: true });
    await lookShot(page, 'term-mark-dark');
    // Without pinyin: the underline as before, no border.
    await storeSettings(session, xsrb.url, { pinyin: 'off' });
    await expect.poll(() => page.locator('.dubao-article ruby').count(), { timeout: PART_MS }).toBe(0);
    const plain = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('.dubao-article .dubao-term')!);
      return { underline: cs.textDecorationLine, style: cs.borderBottomStyle };
    }, null);
    expect(plain).toEqual({ underline: 'underline', style: 'none' });
    await page.close();
  });
});
