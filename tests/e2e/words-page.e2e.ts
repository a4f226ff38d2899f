// In real Chromium, on a 萧山日报 article (tests/fixtures/pages/xsrb-article-br.html): a glossary
// card opened by hover gets 收藏生词 / "Save word"; a click saves the word with its sentence; the
// word is then marked with the dotted saved-word mark (CSS highlight `dubao-word`) when the article
// is opened again, and its card says where it was first met. Screenshot of the mark. An open
// article follows a delete (and its undo) in the library without a reload; a word selected by a
// mouse drag is saved from the toolbar's 生 button.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WordRecord } from '../../lib/words/types';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, ask } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver, offsetOf } from './pointer';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const tmp = mkdtempSync(join(tmpdir(), 'dubao-words-page-'));

/** A UI string as the browser (zh-CN) shows it. */
const zh = JSON.parse(readFileSync(new URL('../../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const label = (key: string): string => zh[key]?.message ?? key;
const cardText = (page: Page) => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card')?.textContent ?? '');
/** The texts the saved-word mark covers (the page's CSS highlight registry is shared with it). */
const marked = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dubao-word');
    return h ? [...h].map((r) => r.toString()) : [];
  });

describe('saving a word from a card', () => {
  it('saves the word with its sentence, marks it in the article, and tells where it was first met', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('.dubao-term:has-text("医银合作")', { timeout: ARTICLE_MS });
    expect(await marked(page)).toEqual([]);
    await page.locator('.dubao-term:has-text("医银合作")').first().hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('yī yín hé zuò');
    const save = page.locator('[data-dubao-ui="card"]').getByRole('button', { name: label('wordSave') });
    await save.click();
    await expect.poll(() => cardText(page)).toContain(label('wordSaved'));
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('医银合作');

    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const words = await ask<WordRecord[]>(lib, { type: 'words:all' });
    expect(words).toHaveLength(1);
    const w = words[0] as WordRecord;
    expect(w.word).toBe('医银合作');
    expect(w.source).toBe('glossary');
    expect(w.reading).toBe('yī yín hé zuò');
    expect(w.sentences[0]?.text.slice(w.sentences[0].start, w.sentences[0].end)).toBe('医银合作');
    expect(w.sentences[0]?.paper).toBe('萧山日报');
    await expect.poll(() => lib.locator('.words-item .words-word').allTextContents(), { timeout: 10000 }).toEqual(['医银合作']);
    await lib.close();

    // Opened again: marked from the start, and the card says where it was first met.
    await page.reload();
    await expect.poll(() => marked(page), { timeout: ARTICLE_MS }).toContain('医银合作');
    await page.locator('.dubao-term:has-text("医银合作")').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmp, 'saved-word-mark.png') });
    await page.locator('.dubao-term:has-text("医银合作")').first().hover();
    const firstMet = () => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.first-met')?.textContent ?? '');
    await expect.poll(firstMet, { timeout: 5000 }).toContain('萧山日报');
    console.log(`screenshot: ${join(tmp, 'saved-word-mark.png')}`);
    await page.close();
  });
});

/** Saves 医银合作 from its glossary card (each test has a fresh profile, so it is not saved yet). */
async function saveFromCard(page: Page): Promise<void> {
  await page.waitForSelector('.dubao-term:has-text("医银合作")', { timeout: ARTICLE_MS });
  await page.locator('.dubao-term:has-text("医银合作")').first().hover();
  await page.locator('[data-dubao-ui="card"]').getByRole('button', { name: label('wordSave') }).click();
  await expect.poll(() => marked(page), { timeout: 5000 }).toContain('医银合作');
  await page.mouse.click(5, 5);
}

/** The index of the first repaired block whose text holds `text`. */
const blockWith = (page: Page, text: string): Promise<number> =>
  page.evaluate((t) => [...document.querySelectorAll('[data-dubao-block]')].findIndex((b) => (b.textContent ?? '').includes(t)), text);

describe('open articles follow the library', () => {
  it('drops the mark in an open article when the word is deleted in the library, and brings it back on undo, without a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await saveFromCard(page);
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await lib.getByRole('button', { name: label('wordsDeleteNamed').replace('$P1$', '医银合作') }).click();
    await expect.poll(() => marked(page), { timeout: 5000 }).not.toContain('医银合作');
    await lib.getByRole('button', { name: label('wordsUndo') }).click();
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('医银合作');
    await lib.close();
    await page.close();
  });
});

describe('saving a selected word from the toolbar', () => {
  it('saves a word selected by a mouse drag with the toolbar\'s 收藏生词 button, and the library lists it', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('.dubao-term:has-text("医银合作")', { timeout: ARTICLE_MS });
    expect(await marked(page)).not.toContain('网点');
    const block = await blockWith(page, '银行网点延伸');
    const at = (await offsetOf(page, block, '银行网点延伸')) + 2;
    await dragOver(page, block, at, at + 2);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('网点');
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await bar.getByRole('button', { name: label('wordSave') }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('网点');

    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => lib.locator('.words-item .words-word').allTextContents(), { timeout: 10000 }).toContain('网点');
    const item = lib.locator('.words-item', { has: lib.locator('.words-word', { hasText: /^网点$/u }) });
    await expect.poll(() => item.locator('.words-hit').first().textContent()).toBe('网点');
    expect(await item.textContent()).toContain('银行网点延伸');
    await lib.close();
    await page.close();
  });
});
