// In real Chromium: saving from the page a term the reader already has asks before replacing
// it. Declining changes nothing; accepting opens the library on that term with the new
// explanation filled in, and only the reader's own save there replaces it (a page can never
// replace a term: lib/grant.ts). The page is the 萧山日报 fixture (xsrb-article-br.html).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, ask, label } from './harness';
import { browserPerFileFresh } from './fresh-state';
import { dragOver, offsetOf } from './pointer';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
/** A second article, 浙江日报's (zjrb-article-p-cut.html): its last paragraph prints “银医合作”, a form of the glossary's 医银合作. */
const zjrb = FIXTURES.find((f) => f.file === 'zjrb-article-p-cut.html')!;
const OLD = '读者自己的解释：农商银行在城区的支行';
const NEW = '页面上给的新解释';

/** The reader's terms, read through an extension page. */
const storedTerms = async (ext: Page) => (await ask<{ term: string; explanation: string }[]>(ext, { type: 'terms:list' })).map((t) => `${t.term}=${t.explanation}`);

/** Selects 城厢支行 by dragging, and saves it from the toolbar's ＋ form with `explanation`. */
async function addFromPage(page: Page, names: { add: string; save: string }, explanation: string): Promise<void> {
  const block = 2;
  const at = await offsetOf(page, block, '城厢支行');
  await dragOver(page, block, at, at + 4);
  await page.getByRole('button', { name: names.add, exact: true }).click();
  await page.keyboard.type(explanation);
  await page.getByRole('button', { name: names.save, exact: true }).click();
}

describe('replacing one of the reader\'s own terms from a page', () => {
  it('asks first: no changes nothing; yes opens the library editor with the new explanation, saved only by the reader', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await ask(ext, { type: 'terms:put', term: { term: '城厢支行', explanation: OLD } });
    const names = { add: await label(ext, 'tbAddTerm'), save: await label(ext, 'tbSaveTerm') };
    const saveName = await label(ext, 'termSave');
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });

    // No: nothing stored, no library opened.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(`${d.type()}:${d.message()}`);
      void d.dismiss();
    });
    await addFromPage(page, names, NEW);
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^confirm:.*城厢支行/u);
    await page.waitForTimeout(800); // quiet period: no tab may open
    expect(session.context.pages().filter((p) => p.url().includes('library.html'))).toHaveLength(0);
    expect(await storedTerms(ext)).toEqual([`城厢支行=${OLD}`]);

    // Yes: the library opens on the term, the new explanation filled in; still nothing stored.
    page.once('dialog', (d) => void d.accept());
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('library.html') });
    await addFromPage(page, names, NEW);
    const library = await opened;
    const editor = library.locator('.term-edit');
    await editor.waitFor({ timeout: 5000 });
    expect(await editor.locator('input').inputValue()).toBe('城厢支行');
    expect(await editor.locator('textarea').inputValue()).toBe(NEW);
    expect(await storedTerms(ext)).toEqual([`城厢支行=${OLD}`]);
    // The reader saves it.
    await editor.getByRole('button', { name: saveName, exact: true }).click();
    await expect.poll(() => storedTerms(ext)).toEqual([`城厢支行=${NEW}`]);
    await Promise.all([library.close(), page.close(), ext.close()]);
  });
});

describe('adding a detected term from its card by keyboard', () => {
  it('stores it with the article\'s explanation, underlines it as the reader\'s own, and keeps the focus on it', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term-detected', { timeout: ARTICLE_MS });
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const addName = await label(ext, 'cardAddTerm');
    // 医保就近办: jargon the glossary lacks, in the article's fifth paragraph (“医保就近办”服务).
    await page.bringToFront();
    const term = page.locator('.dubao-term-detected', { hasText: '医保就近办' });
    await term.focus();
    await page.keyboard.press('Enter');
    // The reader tabs once the card is there (its entry comes from the background: a Tab pressed
    // before it arrives moves on to the next term, whose card then opens instead).
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.textContent ?? '')).toContain('医保就近办');
    const focusedInCard = () => page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.activeElement?.textContent ?? '');
    // Tab through the card until its add button (the card keeps Tab inside it); the stops are kept
    // for the failure message.
    const stops: string[] = [];
    for (let i = 0; i < 16 && (await focusedInCard()) !== addName; i++) {
      await page.keyboard.press('Tab');
      stops.push((await focusedInCard()).slice(0, 12));
    }
    expect(await focusedInCard(), stops.join(' → ')).toBe(addName);
    await page.keyboard.press('Enter');
    await expect.poll(() => storedTerms(ext)).toEqual(['医保就近办=在萧山农商银行城南支行“医银合作”网点，市民张大伯同样享受了一次“医保就近办”服务。']);
    await expect.poll(() => page.locator('[data-dubao-ui="card"]').count()).toBe(0);
    // The focus is on the term as now drawn (the reader's own), not fallen to the page's start.
    const focused = () => page.evaluate(() => {
      const a = document.activeElement;
      return a?.classList.contains('dubao-term') && !a.classList.contains('dubao-term-detected') ? (a.textContent ?? '') : `${a?.tagName}`;
    });
    await expect.poll(focused).toContain('医保就近办');
    await page.waitForTimeout(1200); // quiet period: the focus given back opens no card
    expect(await page.locator('[data-dubao-ui="card"]').count()).toBe(0);
    await Promise.all([page.close(), ext.close()]);
  });

  it('meets the reader\'s own term on another article: it wins over the glossary entry of that form, and its card shows the explanation as written', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // Written in the library with line breaks and an address-like text (which stays text).
    const explanation = '我的笔记：银行网点代办医保。\n第二行：办理时间 9:00—17:00\nhttps://example.com/yiyin <b>不是链接</b>';
    await ask(ext, { type: 'terms:put', term: { term: '银医合作', explanation } });
    const page = await session.context.newPage();
    await page.goto(zjrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
    const term = page.locator('.dubao-term', { hasText: '银医合作' });
    await term.first().click();
    const card = page.locator('[data-dubao-ui="card"]');
    await expect.poll(() => card.evaluate((c) => c.shadowRoot?.textContent ?? '')).toContain('我的笔记');
    const shown = await card.evaluate((c) => ({
      meta: c.shadowRoot?.querySelector('.meta')?.textContent ?? '',
      // innerText is the text as laid out: a line break shown is a "\n" in it.
      zh: (c.shadowRoot?.querySelector('.zh') as HTMLElement | null)?.innerText ?? '',
      links: c.shadowRoot?.querySelectorAll('a, b').length,
      glossary: c.shadowRoot?.textContent?.includes('医保部门与银行合作') ?? true,
    }));
    expect(shown.meta).toContain(await label(ext, 'cardOwnTerm'));
    expect(shown.zh).toBe(explanation);
    expect(shown.links).toBe(0);
    expect(shown.glossary).toBe(false);
    await page.screenshot({ path: join(tmpdir(), 'dubao-own-term-card.png') });
    await Promise.all([page.close(), ext.close()]);
  });
});
