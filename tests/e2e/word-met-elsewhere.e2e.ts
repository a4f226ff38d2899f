// In real Chromium: a word saved on one 萧山日报 article, looked up on another article, gets a
// card that says when and in which paper it was first met — and nothing of the first article:
// its title and URL are reading history, which a page's content script is never told (the
// background answers 'word:met' to a page with the paper and date only; lib/words/service.ts).
// Both pages are the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html); the second is
// served under another article URL of the same issue with another title.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureHtml } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerTest } from './harness';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const OTHER = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886530.htm';
const OTHER_TITLE = '银行网点办医保';
const session = browserPerTest(() => new Map([[OTHER, { body: fixtureHtml(xsrb.file).replaceAll('医保服务提质扩面', OTHER_TITLE) }]]));

const zh = JSON.parse(readFileSync(new URL('../../public/_locales/zh_CN/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const firstMet = (page: Page) => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.first-met')?.textContent ?? '');

/** Hovers the first 医银合作 mark of the article and waits for its card. */
async function hoverWord(page: Page): Promise<void> {
  await page.waitForSelector('.dubao-term:has-text("医银合作")', { timeout: ARTICLE_MS });
  await page.locator('.dubao-term:has-text("医银合作")').first().hover();
  await page.locator('[data-dubao-ui="card"]').getByRole('button').first().waitFor({ timeout: 5000 });
}

describe('where a word was first met, on another article', () => {
  it('names the paper and the day, never the first article’s title', async () => {
    const first = await session.context.newPage();
    await first.goto(xsrb.url);
    await hoverWord(first);
    await first.locator('[data-dubao-ui="card"]').getByRole('button', { name: zh.wordSave?.message }).click();
    await expect.poll(() => first.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.textContent ?? '')).toContain(zh.wordSaved?.message);

    const other = await session.context.newPage();
    await other.goto(OTHER);
    await hoverWord(other);
    await expect.poll(firstMet.bind(null, other), { timeout: 5000 }).toContain('萧山日报');
    const text = await firstMet(other);
    expect(text).toMatch(/^\S+ 首次遇到：萧山日报$/u);
    expect(text).not.toContain('医保服务提质扩面');
    expect(text).not.toContain('《');
    const shot = join(mkdtempSync(join(tmpdir(), 'dubao-word-met-')), 'card-elsewhere.png');
    await other.screenshot({ path: shot });
    console.log(`screenshot: ${shot}`);

    // On the first article itself the card still names it.
    await first.reload();
    await hoverWord(first);
    await expect.poll(firstMet.bind(null, first), { timeout: 5000 }).toContain('《医保服务提质扩面》');
  });
});
