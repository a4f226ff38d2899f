// In real Chromium: "Use Dubao on this page" starts Dubao by a runtime message the page cannot
// forge ('page:start-forced'), not by a window flag. A page that sets the old flag, or names an
// element after it, starts nothing; forcing a page twice, or injecting the script a second
// time, still gives one Dubao. On a tab without the script the popup sets a flag in the extension's
// own world before injecting it, so the script starts forced even if the popup has closed (a
// reader's walk lost 1 start in 4 that way); the page cannot set that flag. The pages are the generic Founder fixture (old table template,
// tests/fixtures/pages/founder-generic-article.html) on a host Dubao does not know, and the
// portal reprint of a 萧山日报 story (neg-portal-news.html) on 萧山日报's host, where the content
// script runs but does not take the page for an article. The two blind2 pages whose declared
// charset and bytes disagree are served with their declaration: their text comes out garbled, and
// Dubao says so instead of repairing it. And a WeChat public-account article (blind10-wechat-mp.html,
// under its mp.weixin.qq.com URL): its text in <section>/<span> soup, read as its paragraphs, its
// caption, subheading and footer bylines, without the follow prompt and the 往期推荐 links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BLIND10_PAGES, blindGold } from '../helpers/blind-pages';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerFile, label, openPopup, PART_MS } from './harness';
import { dragOver } from './pointer';

const founder = FIXTURES.find((f) => f.file === 'founder-generic-article.html')!;
/** The Founder page on an unknown host, with a script setting the old flag and elements named like it. */
const FLAGGED_URL = 'https://szb.lhnews.cn/html/2024-07/31/content_31872_1204999.htm';
/** A page on a known paper's host where Dubao's content script runs but does not take it for an article. */
const KNOWN_HOST_URL = 'https://xsrb.xsnet.cn/epaper/search/neg-portal-news.html';
/** A quiet period proving that nothing starts: longer than the content script's start (settings read, detection). */
const QUIET_MS = 1500;
/** The blind2 pages whose declared charset and bytes disagree, served with their declaration on a host Dubao does not know (one the e2e build may reach). */
const MOJIBAKE_URL = 'https://szb.lhnews.cn/hnrb/html/2023-02/11/content_827361.htm';
const UNDECODABLE_URL = 'https://szb.lhnews.cn/html/2024-03/05/content_1203_88412.htm';
/** A WeChat article, served under its own URL (the e2e build may reach mp.weixin.qq.com). */
const wechat = BLIND10_PAGES.find((p) => p.file === 'blind10-wechat-mp.html')!;

// One browser for the file (a launch and a new install's start cost a few seconds each): a forced start
// is for its tab only, and no test stores a setting or data another reads — each visits its own pages
// (the WeChat page twice: the third test checks it starts nothing by itself, which a forced start in
// another tab, before or after, does not change). Each test closes its pages; checked in shuffled order.
const session = browserPerFile(() => {
  const html = readFileSync(join(PAGES_DIR, founder.file), 'utf8');
  const flagged = html
    .replace('<body', '<script>window.__dubaoForce = true; window.__dubaoStarted = false;</script><body')
    .replace(/<body([^>]*)>/u, '<body$1><div id="__dubaoForce"></div><div id="__dubaoStarted"></div>');
  return new Map([
    [FLAGGED_URL, { body: flagged }],
    [KNOWN_HOST_URL, { body: readFileSync(join(PAGES_DIR, 'neg-portal-news.html')) }],
    [MOJIBAKE_URL, { body: readFileSync(join(PAGES_DIR, 'blind2-hnrb-gb2312-utf8.html')), type: 'text/html; charset=gb2312' }],
    [UNDECODABLE_URL, { body: readFileSync(join(PAGES_DIR, 'blind2-county-gbk-as-utf8.html')), type: 'text/html; charset=utf-8' }],
    [wechat.url, { body: readFileSync(join(PAGES_DIR, wechat.file)) }],
  ]);
});

/** Clicks "Use Dubao on this page" in the popup for `url` and waits for the article's title there (`title` when given). */
async function useOnThisPage(url: string, title?: string): Promise<void> {
  const popup = await openPopup(session, url);
  const useHere = popup.getByRole('button', { name: await label(popup, 'useOnThisPage') });
  await useHere.waitFor({ state: 'visible', timeout: 10000 });
  await useHere.click();
  await expect.poll(() => popup.getByTestId('title').count(), { timeout: PART_MS }).toBe(1);
  if (title) expect(await popup.getByTestId('title').textContent()).toBe(title);
  await popup.close();
}

/** What would double if two copies of Dubao ran on the page. */
const instances = (page: Page) =>
  page.evaluate(() => ({
    articles: document.querySelectorAll('.dubao-article').length,
    sheets: document.adoptedStyleSheets.length,
    toolbars: document.querySelectorAll('[data-dubao-ui="toolbar"]').length,
  }));

describe('"Use Dubao on this page" is a message, not a window flag', () => {
  it('a page that sets window.__dubaoForce or names elements after it starts nothing; the popup then starts Dubao', async () => {
    const page = await session.context.newPage();
    await page.goto(FLAGGED_URL);
    await page.waitForLoadState('load');
    await page.waitForTimeout(QUIET_MS);
    expect(await page.locator('[data-dubao]').count()).toBe(0);
    await useOnThisPage(FLAGGED_URL, founder.expect.title ?? undefined);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    expect(await page.locator('.dubao-article').count()).toBe(1);
    await page.close();
  });

  it('forcing twice, and a second copy of the script injected, still give one Dubao', async () => {
    const page = await session.context.newPage();
    await page.goto(KNOWN_HOST_URL);
    await page.waitForLoadState('load');
    await useOnThisPage(KNOWN_HOST_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const once = await instances(page);
    expect(once.articles).toBe(1);
    // From an extension page: force the tab again (twice at once), then inject the script file again.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const replies = await ext.evaluate(async (url) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<{ ok: boolean; value: { recognized: boolean } }> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error('tab not found');
      const both = await Promise.all([api.tabs.sendMessage(tab.id, { type: 'page:start-forced' }), api.tabs.sendMessage(tab.id, { type: 'page:start-forced' })]);
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      return both.map((r) => r.ok && r.value.recognized);
    }, KNOWN_HOST_URL);
    expect(replies).toEqual([true, true]);
    await ext.close();
    await page.waitForTimeout(QUIET_MS);
    expect(await instances(page)).toEqual(once);
    // One toolbar for a real drag, not two.
    await dragOver(page, 2, 0, 4);
    await page.locator('[data-dubao-ui="toolbar"]').waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    expect((await instances(page)).toolbars).toBe(1);
    await page.close();
  });

  it('the injected script starts forced by itself (the popup may close before it answers); a page naming an element after the flag starts nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(wechat.url);
    await page.waitForLoadState('load');
    // A WeChat article (no e-paper markers: the script starts on it only when forced). The page names
    // elements and a window property after the flag's key: nothing starts.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'dubao.start-forced';
      document.body.append(div);
      (window as unknown as Record<string, unknown>)['dubao.start-forced'] = true;
    });
    await page.waitForTimeout(QUIET_MS);
    expect(await page.locator('[data-dubao]').count()).toBe(0);
    // What the popup's "Use Dubao on this page" does on a tab without the script, and nothing more:
    // no 'page:start-forced' message follows, as when the popup has closed.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await ext.evaluate(async (url) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error('tab not found');
      await api.scripting.executeScript({ target: { tabId: tab.id }, func: (key: string) => void Object.defineProperty(globalThis, Symbol.for(key), { value: true }), args: ['dubao.start-forced'] });
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
    }, wechat.url);
    await ext.close();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    expect((await instances(page)).articles).toBe(1);
    await page.close();
  });

  it('a page whose text was decoded with the wrong charset is not repaired: the popup says its text is garbled', async () => {
    for (const url of [MOJIBAKE_URL, UNDECODABLE_URL]) {
      const page = await session.context.newPage();
      await page.goto(url);
      const popup = await openPopup(session, url);
      const useHere = popup.getByRole('button', { name: await label(popup, 'useOnThisPage') });
      await useHere.waitFor({ state: 'visible', timeout: 10000 });
      await useHere.click();
      const garbled = await label(popup, 'garbledPage');
      await expect.poll(() => popup.getByRole('status').allTextContents(), { timeout: PART_MS }).toContain(garbled);
      expect(await popup.getByTestId('title').count()).toBe(0);
      await popup.close();
      await page.waitForTimeout(QUIET_MS);
      expect((await instances(page)).articles, url).toBe(0);
      await page.close();
    }
  });

  it('a WeChat article is read as its paragraphs, caption, subheading and bylines, without the follow prompt or the 往期推荐 links', async () => {
    const page = await session.context.newPage();
    await page.goto(wechat.url);
    await page.waitForLoadState('load');
    await useOnThisPage(wechat.url, wechat.forced?.title);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const blocks = await page.$$eval('.dubao-article [data-dubao-block]', (els) =>
      els.map((e) => `${(/dubao-(heading|byline|body|caption)/u.exec(e.className) ?? [])[1]}: ${(e.textContent ?? '').replace(/\s+/gu, '')}`));
    expect(blocks).toEqual(blindGold(wechat).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`));
    await page.close();
  });
});
