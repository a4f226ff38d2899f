// In real Chromium: words saved in simplified are marked when the article is shown in Taiwan
// script (the popup's script choice) and on a page printed in traditional characters (the
// 澳門日報 fixture, tests/fixtures/pages/zjrb-article-traditional.html, turned on by the reader).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORDS_FORMAT, WORDS_VERSION } from '../../lib/words/io';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, askReply, label, openPopup, PART_MS } from './harness';
import { browserPerFileFresh } from './fresh-state';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const XSRB = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const MACAO = FIXTURES.find((f) => f.file === 'zjrb-article-traditional.html')!;
const NOW = Date.now();

/** A saved word met in a simplified sentence of 萧山日报 (as an export file holds it). */
function record(word: string, text: string) {
  const start = text.indexOf(word);
  const sentence = { text, start, end: start + word.length, url: XSRB.url, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面', seenAt: NOW };
  return { word, written: word, reading: '', meanings: [], source: 'selection', sentences: [sentence], firstSeen: NOW, lastSeen: NOW, lookups: 1 };
}

/** Saves the words through the library page's import (the background's words:import). */
async function save(words: ReturnType<typeof record>[]): Promise<void> {
  const lib = await session.context.newPage();
  await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
  const reply = await askReply(lib, { type: 'words:import', text: JSON.stringify({ format: WORDS_FORMAT, version: WORDS_VERSION, words }) });
  expect(reply.ok).toBe(true);
  await lib.close();
}
const marked = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dubao-word');
    return h ? [...new Set([...h].map((r) => r.toString()))].sort() : [];
  });

describe('saved words in traditional script', () => {
  it('marks words saved in simplified when the article is shown in Taiwan script', { timeout: 60_000 }, async () => {
    await save([record('医保', '推进医保服务提质扩面。'), record('银行', '在农业银行网点办理。')]);
    const page = await session.context.newPage();
    await page.goto(XSRB.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(['医保', '银行']);
    const popup = await openPopup(session, XSRB.url);
    await popup.locator('#dubao-script').selectOption('tw');
    await popup.close();
    await page.bringToFront();
    await expect.poll(() => page.locator('.dubao-article').textContent(), { timeout: PART_MS }).toContain('農業銀行');
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(['醫保', '銀行']);
    await page.close();
  });

  it('marks words saved in simplified on a page printed in traditional', { timeout: 60_000 }, async () => {
    await save([record('老师', '把孩子交给老师后，她便安心地上班了。'), record('家门口', '在家门口办成事。'), record('托育园', '首家公办托育园开园。')]);
    const page = await session.context.newPage();
    await page.goto(MACAO.url);
    // A Founder page of a paper Dubao does not know: the reader turns it on for this site.
    const popup = await openPopup(session, MACAO.url);
    await popup.getByRole('button', { name: await label(popup, 'useOnThisPage') }).click();
    await popup.getByTestId('title').waitFor();
    await popup.close();
    await page.bringToFront();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: PART_MS });
    await expect.poll(() => marked(page), { timeout: PART_MS }).toEqual(['家門口', '托育園', '老師']);
    await page.close();
  });
});
