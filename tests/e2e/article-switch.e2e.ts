// In real Chromium: a single-page e-paper reader that puts another article in place without a
// page load, and goes back the same way. The page is the 浙江日报 fixture (zjrb-article-p-cut.html,
// epaper-sites.md row "浙江日报 / 钱江晚报": the article list ul.main-ed-articlenav-list beside
// div.main-article); a script of its own (a guess at how single-page readers of that template
// behave: no fixture of a live one could be fetched) answers a click in the list by writing the
// picked article into div.main-article — the title block and the body container anew — and
// pushState to the article's own URL, and puts the previous one back on popstate. The other
// article is 钱江晚报's (qjwb-article.html), the first in the 浙江日报 page's list (儿童友好城市建设 托起孩子快乐童年).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { canonicalUrl } from '../../lib/url';
import { ARTICLE_MS, browserPerTest, label, openPopup, type ExtraPages } from './harness';
import { dragOver, drawnHighlights } from './pointer';

const A = FIXTURES.find((f) => f.file === 'zjrb-article-p-cut.html')!;
/** The first article's URL (the fixture's, without its `?div=-1`: the fixture itself is served at that one). */
const A_URL = A.url.replace('?div=-1', '');
const B_URL = 'https://zjrb.zjol.com.cn/html/2024-07/26/content_3785410.htm?div=-1';
const B_TITLE = '儿童友好城市建设 托起孩子快乐童年';
const aHtml = readFileSync(join(PAGES_DIR, A.file), 'utf8');
const articleOf = (html: string): string => /<div class="main-article">([\s\S]*?)<div class="main-article-tool">/u.exec(html)![1]!;
const bBody = /<founder-content>([\s\S]*?)<\/founder-content>/u.exec(readFileSync(join(PAGES_DIR, 'qjwb-article.html'), 'utf8'))![1]!;
const bArticle = articleOf(aHtml).replace(/<founder-content>[\s\S]*?<\/founder-content>/u, `<founder-content>${bBody}</founder-content>`).replace(/(<h1 class="main-article-title">)[^<]*/u, `$1${B_TITLE}`);

/** The page's own script: articles by URL; a click in the list shows one and pushes its URL, Back shows the one before. */
function reader(articles: Record<string, string>): string {
  return `<script>(() => {
  const articles = ${JSON.stringify(articles).replace(/</gu, '\\u003c')};
  const show = (href) => {
    const html = articles[href];
    if (!html) return false;
    const box = document.querySelector('.main-article');
    box.querySelectorAll('.main-article-alltitle, .main-article-content').forEach((el) => el.remove());
    box.insertAdjacentHTML('afterbegin', html);
    return true;
  };
  document.querySelector('.main-ed-articlenav-list').addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a || !show(a.href)) return;
    e.preventDefault();
    history.pushState({}, '', a.href);
  });
  addEventListener('popstate', () => show(location.href));
})();</script>`;
}
const spa = aHtml.replace('</body>', `${reader({ [A_URL]: articleOf(aHtml), [B_URL]: bArticle })}</body>`);
const bPage = aHtml.replace(articleOf(aHtml), bArticle);
const session = browserPerTest((): ExtraPages => new Map([[A_URL, { body: spa }], [B_URL, { body: bPage }]]));

const shown = (page: Page) => page.evaluate(() => ({
  articles: document.querySelectorAll('.dubao-article').length,
  text: (document.querySelector('.dubao-article')?.textContent ?? '').slice(0, 12),
  terms: document.querySelectorAll('.dubao-term').length > 0,
}));
async function saveGreen(page: Page): Promise<void> {
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
  await dragOver(page, 1, 0, 6);
  await page.locator('[data-dubao-ui="toolbar"] button.green').click();
  await expect.poll(() => drawnHighlights(page)).toHaveLength(1);
}

describe('an e-paper reader that switches articles without a page load', () => {
  it('draws the picked article’s own highlights, title and prompt, and the first one’s again after Back', async () => {
    let page = await session.context.newPage();
    // A highlight on each article, saved on its own page load.
    await page.goto(B_URL);
    await saveGreen(page);
    await page.goto(A_URL);
    await saveGreen(page);
    const [onA] = await drawnHighlights(page);
    // (Closed first: leaving a page stores the place the reader is at.)
    await page.close();
    // A place stored for the first article: its "continue" prompt is offered.
    const popup = await openPopup(session, A_URL);
    await popup.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ resumePositions: { [u]: { block: 2, offset: 0, total: 4, at: Date.now() } } });
    }, canonicalUrl(A_URL)!);
    page = await session.context.newPage();
    const prompt = page.getByRole('region', { name: await label(popup, 'resumeLabel') });
    await page.goto(A_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    await expect.poll(() => drawnHighlights(page)).toEqual([onA]);
    await expect.poll(() => prompt.count()).toBe(1);
    // The reader picks the other article in the page's list (a mark in the page's world tells that no page loaded).
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('link', { name: B_TITLE }).click();
    await expect.poll(() => page.url()).toBe(B_URL);
    await expect.poll(() => drawnHighlights(page), { timeout: ARTICLE_MS }).toEqual(['dubao-green:江南社区善城']);
    await expect.poll(() => shown(page)).toEqual({ articles: 1, text: '近日，家住嘉兴嘉善县罗星', terms: true });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect.poll(() => prompt.count()).toBe(0);
    await popup.close();
    // The popup names the article shown (it was the first one's title, for the new URL).
    const onB = await openPopup(session, B_URL);
    await expect.poll(() => onB.locator('body').innerText()).toContain('本页划线');
    // (Further down, the list of all highlights names both articles.)
    const head = (await onB.locator('body').innerText()).split('\n').slice(0, 10);
    expect(head).toContain(B_TITLE);
    expect(head.some((l) => l.includes('银医合作'))).toBe(false);
    await onB.close();
    // Back: the page puts the first article back, with its highlight.
    await page.goBack();
    await expect.poll(() => drawnHighlights(page), { timeout: ARTICLE_MS }).toEqual([onA]);
    expect((await shown(page)).articles).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});
