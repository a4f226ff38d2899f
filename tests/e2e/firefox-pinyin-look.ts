// In real Firefox (firefox-esr over WebDriver BiDi, as firefox-style.ts): how pinyin looks,
// measured from the boxes Firefox laid out, as pinyin-look.e2e.ts measures it in Chromium:
// readings of neighbouring words never touch, readings are at least 10 px (about 0.6 em) and
// contrast 4.5:1 with the article's background, in the page's colours and the dark theme.
// The pinyin comes the way a reader gets it word by word: clicking words one after another,
// each click giving that word its pinyin (pinyin for every character, chosen in the panel, is
// firefox.e2e.ts's test). Tone colours are a popup setting, so they are not
// measured here (their contrast is Chromium's test). Figures are printed as [look] lines.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { lookLine, measureReadings, type Look } from './pinyin-measure';
import { FIREFOX_ARTICLE_MS, fixtureTab, type FirefoxFile } from './firefox-harness';

// Held out as in pinyin-look.e2e.ts: the word spacing was set on the 萧山日报 page only.
const tuned = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const heldOut = ['rmrb-article.html', 'jxrb-article-prewrap.html', 'zjrb-article-caption.html'].map((f) => FIXTURES.find((x) => x.file === f)!);
/** Words clicked per article: a few lines' worth. */
const CLICKS = Number(process.env.DUBAO_FIREFOX_CLICKS ?? 16);

const shots = mkdtempSync(join(tmpdir(), 'dubao-firefox-pinyin-'));

async function open(firefox: FirefoxFile, url: string): Promise<Page> {
  const page = firefox.track(await fixtureTab(firefox.browser));
  await page.goto(url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
  return page;
}

/**
 * In the page: the middle of the first Han character of the longest body block that has no
 * pinyin yet and is no glossary term (a click on a term opens its card instead), else null.
 */
function nextWord(): { x: number; y: number; rubies: number } | null {
  const blocks = Array.from(document.querySelectorAll<HTMLElement>('.dubao-article .dubao-body'));
  const block = blocks.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  if (!block) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('ruby, rt, .dubao-term, .dubao-join')) continue;
    const text = n.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      if (!/\p{Script=Han}/u.test(text[i] as string)) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, rubies: block.querySelectorAll('ruby').length };
    }
  }
  return null;
}

/** Clicks `count` words of the article one after another, as a reader would, each getting its pinyin. */
async function clickWords(page: Page, count: number): Promise<number> {
  await page.evaluate(() => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('.dubao-article .dubao-body'));
    blocks.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0]?.scrollIntoView({ block: 'start' });
  });
  let clicked = 0;
  for (let misses = 0; clicked < count && misses < 3; ) {
    const at = await page.evaluate(nextWord);
    if (!at) break;
    await page.mouse.click(at.x, at.y);
    // Away from the text, so no dictionary card opens over the next word while this one is drawn.
    await page.mouse.move(2, 2);
    const drawn = await page
      .waitForFunction((n: number) => {
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('.dubao-article .dubao-body'));
        const block = blocks.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
        return (block?.querySelectorAll('ruby').length ?? 0) > n;
      }, { timeout: 5000 }, at.rubies)
      .then(() => true, () => false);
    if (drawn) clicked++;
    else misses++;
  }
  return clicked;
}

const measure = (page: Page): Promise<Look> => page.evaluate(measureReadings);

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function pinyinLookTests(firefox: FirefoxFile): void {
  describe('Firefox: pinyin as the reader sees it', () => {
    beforeAll(() => firefox.emptyState());

    it('keeps clicked words’ readings apart, legible and in contrast, in the page’s colours and the dark theme', async () => {
      for (const f of [tuned, ...heldOut]) {
        const page = await open(firefox, f.url);
        const clicked = await clickWords(page, CLICKS);
        expect(clicked).toBeGreaterThanOrEqual(CLICKS - 2);
        const name = `${f.file} (${f === tuned ? 'tuned' : 'held out'}, Firefox`;
        const m = await measure(page);
        if (f === tuned) await page.screenshot({ path: join(shots, 'page.png') as `${string}.png` });
        console.log(`${lookLine(`${name}, theme page)`, m)}; ${m.adjacentTouching} of ${m.adjacent} readings of words side by side touch`);
        // Press t three times: page → light → sepia → dark (the article's theme, from the keyboard).
        for (let i = 0; i < 3; i++) await page.keyboard.press('KeyT');
        await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgb(28, 28, 30)', { timeout: 5000 });
        const dark = await measure(page);
        if (f === tuned) await page.screenshot({ path: join(shots, 'dark.png') as `${string}.png` });
        console.log(`${lookLine(`${name}, theme dark)`, dark)}; ${dark.adjacentTouching} of ${dark.adjacent} readings of words side by side touch`);
        for (const look of [m, dark]) {
          expect(look.adjacent).toBeGreaterThan(5);
          expect(look.touching).toBe(0);
          expect(look.minPx).toBeGreaterThanOrEqual(10);
          expect(look.ratio).toBeGreaterThanOrEqual(0.55);
          expect(look.minContrast).toBeGreaterThanOrEqual(4.5);
        }
        await page.keyboard.press('Digit0');
        await page.close();
      }
      console.log(`[look] Firefox screenshots of the clicked words: ${shots}`);
    });
  });
}
