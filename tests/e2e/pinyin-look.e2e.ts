// In real Chromium: how pinyin looks on the rendered page, measured from the boxes the browser
// laid out: neighbouring readings of different words never touch, readings are at least 10 px
// (about 0.6 em), and tone colours contrast 4.5:1 with the article's background, in the page's
// own colours and in every reading theme. Figures are printed as [look] lines.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerFile, storeSettings } from './harness';
import { lookLine, measureReadings, type Look } from './pinyin-measure';

const session = browserPerFile();
// Held out: the word grouping and its spacing were set on the 萧山日报 page (xsrb-article-br);
// these are measured on other papers' articles.
const tuned = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;
const heldOut = ['rmrb-article.html', 'jxrb-article-prewrap.html', 'zjrb-article-caption.html'].map((f) => FIXTURES.find((x) => x.file === f)!);

/** Sets settings through the popup and waits until they are stored. */
const set = (url: string, settings: Record<string, unknown>, key = 'settings'): Promise<void> => storeSettings(session, url, settings, key);

/** Measures the readings of the article as laid out (every ruby, on screen or not). */
function measure(page: Page): Promise<Look> {
  return page.evaluate(measureReadings);
}

const BACKGROUND: Record<string, string> = { page: 'rgba(0, 0, 0, 0)', light: 'rgb(255, 255, 255)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(28, 28, 30)' };

/** Opens an article and waits until its pinyin is drawn. */
async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article.dubao-with-ruby');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:ruby-complete').length > 0 || document.querySelectorAll('.dubao-article rt').length > 0), { timeout: ARTICLE_MS }).toBe(true);
  await page.waitForFunction(() => {
    const han = (document.querySelector('.dubao-article')?.textContent ?? '').length > 0;
    return han && document.querySelectorAll('.dubao-article ruby').length > 50;
  });
  return page;
}

/** Waits until the open article wears `theme` (the reader changed it: the page restyles in place). */
async function wears(page: Page, theme: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor)).toBe(BACKGROUND[theme]);
}

const line = lookLine;

describe('pinyin as the reader sees it', () => {
  // A budget for the work, not a wait: every ruby of four articles measured in four themes took
  // 33 s at load 9 and over 60 s at load 23 on the shared 2-core machine when each measurement
  // opened its page afresh (sixteen pages; four now).
  it('keeps words apart, readings legible and tone colours in contrast, in every theme', { timeout: 120_000 }, async () => {
    await set(tuned.url, { pinyin: 'all', toneColors: true });
    const themes = (process.env.DUBAO_THEMES ?? 'page,light,sepia,dark').split(',');
    // Each article opens in one theme (a different one for each: every theme is also drawn on a
    // fresh page) and is measured again after the reader changes to each of the others in place.
    for (const [i, f] of [tuned, ...heldOut].entries()) {
      const order = themes.map((_, k) => themes[(i + k) % themes.length] as string);
      await set(tuned.url, { theme: order[0] }, 'readingStyle');
      const page = await open(f.url);
      for (const [k, theme] of order.entries()) {
        if (k > 0) await set(tuned.url, { theme }, 'readingStyle');
        await wears(page, theme);
        const m = await measure(page);
        console.log(line(`${f.file} (${heldOut.includes(f) ? 'held out' : 'tuned'}, theme ${theme}${k === 0 ? ', as opened' : ', changed on the page'})`, m));
        expect(m.pairs).toBeGreaterThan(20);
        expect(m.touching).toBe(0);
        expect(m.minPx).toBeGreaterThanOrEqual(10);
        expect(m.ratio).toBeGreaterThanOrEqual(0.55);
        expect(m.minContrast).toBeGreaterThanOrEqual(4.5);
        // The theme is the article's: sepia #f4ecd8, dark #1c1c1e, light white; none with the page's colours.
        expect(m.bg).toBe(BACKGROUND[theme]);
      }
      await page.close();
    }
    await set(tuned.url, { theme: 'page' }, 'readingStyle');
    await set(tuned.url, { pinyin: 'off', toneColors: false });
  });
});
