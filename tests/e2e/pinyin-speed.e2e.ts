// In real Chromium: how fast pinyin reaches the screen when the reader turns it on over a
// 10,000-character article, and whether scrolling through it with pinyin on every character
// ever holds the page up (long tasks, from a 'longtask' PerformanceObserver). Figures are
// printed as [bench] lines; this machine is shared, so they are noisy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { launch, openPopup, routeFixtures, type ExtraPages, type Session } from './harness';

let session: Session;
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const BIG_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886597.htm';

/** A 10,000-character article in the 萧山日报 markup, from both corpus pages. */
function bigArticle(): string {
  const corpus = ['xsrb-page-narrow-columns', 'zj-page-column-breaks'].map((n) => readFileSync(join(PAGES_DIR, '../corpus', `${n}.txt`), 'utf8')).join('\n\n');
  const body = corpus.split('\n').map((l) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')).join('<br>\n');
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
}

beforeAll(async () => {
  session = await launch();
  await routeFixtures(session.context, new Map([[BIG_URL, { body: bigArticle() }]]) as ExtraPages);
});
afterAll(async () => {
  await session?.close();
});

async function setPinyin(value: string): Promise<void> {
  const popup = await openPopup(session, BIG_URL);
  await popup.locator('#dubao-pinyin').selectOption(value);
  // Closed only once stored (closing the popup at once may lose the write).
  const stored = () => popup.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: { pinyin?: string } }> } } } }).chrome.storage.sync.get('settings')).settings ?? {}).pinyin);
  await expect.poll(stored).toBe(value);
  await popup.close();
}

describe('pinyin speed', () => {
  it('paints ruby on screen soon after pinyin is turned on, and scrolls without long tasks', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 850 });
    await page.goto(BIG_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article');
    // The annotator is loaded once per page: the first switch pays for loading it, later ones do not.
    const figures: number[] = [];
    const parts: string[] = [];
    for (let round = 0; round < 3; round++) {
      const before = await page.evaluate(() => performance.getEntriesByName('dubao:render-painted').length);
      await setPinyin('all');
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:render-painted').length), { timeout: 15000 }).toBeGreaterThan(before);
      figures.push(await page.evaluate(() => performance.getEntriesByName('dubao:render-painted').at(-1)?.duration ?? -1));
      parts.push(await page.evaluate(() => ['dubao:render', 'dubao:display'].map((n) => performance.getEntriesByName(n).at(-1)?.duration.toFixed(0)).join('+')));
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:ruby-complete').length), { timeout: 15000 }).toBeGreaterThan(round);
      if (round < 2) {
        await setPinyin('off');
        await expect.poll(() => page.locator('.dubao-article rt').count()).toBe(0);
      }
    }
    console.log(`[bench] pinyin turned on over a 10,000-character article: ruby on screen painted after ${figures.map((f) => f.toFixed(0)).join(' / ')} ms (first switch loads pinyin-pro; drawing + of it texts and readings: ${parts.join(' / ')} ms)`);
    expect(figures.every((f) => f > 0)).toBe(true);

    // Scroll through the whole article with pinyin on every character, as a reader would.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    await page.mouse.move(500, 400);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(30);
    }
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    const readings = await page.locator('.dubao-article rt > span').count();
    console.log(`[bench] scrolling ${height} px through the article with ${readings} readings: ${long.length} long tasks, longest ${Math.max(0, ...long).toFixed(0)} ms`);
    expect(readings).toBeGreaterThan(8000);
    await setPinyin('off');
    await page.close();
  });
});
