// In real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core; no browser
// download): the Firefox build installs, every fixture article of a known paper is recognised
// and shows the gold paragraphs with its glossary terms underlined, a layout page and a page
// that is no article are left alone, and the content script starts without an error.
//
// Gestures are made with the default settings (dictionary on a resting pointer, pinyin of a
// clicked word). The reading settings are changed as a reader does, in the extension's own panel:
// the add-on gets a fixed internal UUID through the `extensions.webextensions.uuids` pref (as
// web-ext and Selenium set it), and the panel (popup.html) opens in a tab of its own; WebDriver
// BiDi navigates to moz-extension: pages only with --remote-allow-system-access.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Block } from '../../lib/reflow';
import { FIXTURES, PAGES_DIR, fixtureGold, type FixturePage } from '../helpers/fixtures';
import { scoreReflow } from '../helpers/score-reflow';
import { cardTerm, charPoint, drag, dragOver, expectNothingOpens, han, selected, type DrivenPage } from './pointer';
import { FIREFOX_ARTICLE_MS, FIREFOX_EXTENSION, FIREFOX_LAUNCH_MS, fixtureTab, launchFirefox, openPanel as openPanelIn, pick } from './firefox-harness';

/** Articles of papers in Dubao's list (the others need the popup's "use Dubao on this page"). */
const ARTICLES = FIXTURES.filter((f) => f.expect.kind === 'article' && f.expect.site !== 'founder' && !/macaodaily|lhnews/u.test(f.url));
const LAYOUT = FIXTURES.find((f) => f.expect.kind === 'layout') as FixturePage;
/** A page that is no article, served on a known paper's host (where the content script runs). */
const NEGATIVE = FIXTURES.find((f) => !f.expect.recognized) as FixturePage;
const NEGATIVE_URL = `https://xsrb.xsnet.cn/epaper/search/${NEGATIVE.file}`;
/** The 萧山日报 article the gesture, highlight and panel tests use (tests/fixtures/pages/xsrb-article-br.html). */
const XSRB = ARTICLES.find((x) => x.file === 'xsrb-article-br.html') as FixturePage;

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchFirefox();
}, FIREFOX_LAUNCH_MS);

// Each test in a tab of its own, with its own error list (the browser is shared: FIREFOX_LAUNCH_MS).
beforeEach(async () => {
  errors.length = 0;
  page = await fixtureTab(browser, new Map([[NEGATIVE_URL, NEGATIVE]]), errors);
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The set-up of the tests on one article: loads fixture `f` (the 萧山日报 article by default) in
 * this test's tab, with its error list cleared, and waits for the repaired article to settle (its
 * glossary terms drawn). Returns the tab as the pointer helpers drive it.
 */
async function openArticle(f: FixturePage = XSRB): Promise<DrivenPage> {
  errors.length = 0;
  await page.goto(f.url, { waitUntil: 'load' });
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
  return page as unknown as DrivenPage;
}

const blockTexts = (): Promise<Block[]> =>
  page.$$eval('.dubao-article .dubao-block', (els) => els.map((e) => ({ kind: ((e.className.match(/dubao-(heading|byline|body|caption)/u) ?? [])[1] ?? 'body') as Block['kind'], text: e.textContent ?? '' })));

describe('Firefox', () => {
  it.each(ARTICLES.map((f) => [f.file, f] as const))('recognises %s and shows the gold paragraphs with terms underlined', async (_file, f) => {
    await openArticle(f);
    const score = scoreReflow(fixtureGold(f), await blockTexts());
    expect(score.f1).toBe(1);
    expect(score.kindAcc).toBeGreaterThanOrEqual(0.95);
    await page.waitForSelector('.dubao-article .dubao-term', { timeout: FIREFOX_ARTICLE_MS });
    expect(errors).toEqual([]);
  });

  it('saves a highlight from the selection toolbar and draws it again after a reload', async () => {
    const driven = await openArticle();
    // Select 农业银行萧山分行 at the start of the second paragraph, as a reader would.
    await dragOver(driven, 2, 0, 8);
    const green = await page.waitForSelector('div[data-dubao-ui="toolbar"] >>> button.green', { timeout: 5000 });
    await green?.click();
    const drawn = () =>
      page.evaluate(() => {
        const out: string[] = [];
        (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.forEach((h, name) => {
          for (const r of h) out.push(`${name}:${r.toString()}`);
        });
        return out;
      });
    await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, { timeout: 5000 });
    expect(await drawn()).toEqual(['dubao-green:农业银行萧山分行']);
    // Stored by the background (IndexedDB): restored on the next visit.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: FIREFOX_ARTICLE_MS });
    await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, { timeout: FIREFOX_ARTICLE_MS });
    expect(await drawn()).toEqual(['dubao-green:农业银行萧山分行']);
    expect(errors).toEqual([]);
  });

  it('leaves a layout page and a page that is no article exactly as they were served', async () => {
    for (const [url, f] of [[LAYOUT.url, LAYOUT], [NEGATIVE_URL, NEGATIVE]] as const) {
      await page.goto(url, { waitUntil: 'load' });
      // The HTML that was served, parsed by the same browser's parser, against the page now.
      const served = new TextDecoder(f.charset).decode(readFileSync(join(PAGES_DIR, f.file)));
      const same = () => page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML === document.documentElement.outerHTML, served);
      // The content script has run once the page is idle at document_idle; it must have left no trace.
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(await page.$('[data-dubao], .dubao-article, .dubao-term, [data-dubao-ui]')).toBeNull();
      expect(await same()).toBe(true);
    }
  });

  it('drag-selects to the toolbar only, opens the dictionary on a resting pointer, toggles pinyin on a click', async () => {
    const driven = await openArticle();
    const count = (sel: string) => page.$$eval(sel, (els) => els.length);
    // Drag across 城厢支行: the toolbar, and nothing else, even after the rest delay.
    await drag(driven, await charPoint(driven, 2, '城'), await charPoint(driven, 2, '支'));
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    await expectNothingOpens(driven, { toolbars: 1, rubies: 0 });
    // A press elsewhere closes it; resting on 萧 opens the dictionary card (caretPositionFromPoint).
    await page.mouse.click(5, 5);
    const xiao = await charPoint(driven, 2, '萧');
    await page.mouse.move(xiao.x, xiao.y);
    await page.waitForFunction(() => document.querySelector('div[data-dubao-ui="card"]')?.shadowRoot?.textContent?.includes('xiāo') ?? false, { timeout: FIREFOX_ARTICLE_MS });
    // A click on a word toggles its pinyin, opening no card.
    await page.mouse.click(5, 5);
    const yin = await charPoint(driven, 2, '银');
    await page.mouse.click(yin.x, yin.y);
    // The word's readings, one ruby per word (its syllables together).
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.dubao-article ruby rt'), (r) => r.textContent ?? '').join(' ').includes('yín'), { timeout: FIREFOX_ARTICLE_MS });
    expect(await page.$$eval('.dubao-article ruby rt', (rts) => rts.map((r) => r.textContent).join(' '))).toContain('yín');
    // A click on 分 of 萧山分行: the dictionary's word 分行 under one reading, although Firefox's
    // word segmenter splits it (分 | 行) where Chromium's does not.
    await new Promise((r) => setTimeout(r, 600)); // past the double-click time: a new click, not a second one
    const fen = await charPoint(driven, 2, '分');
    await page.mouse.click(fen.x, fen.y);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.dubao-article ruby rt'), (r) => r.textContent ?? '').includes('fēnháng'), { timeout: FIREFOX_ARTICLE_MS });
    await page.mouse.move(5, 5);
    expect(await count('div[data-dubao-ui="card"]')).toBe(0);
    expect(errors).toEqual([]);
  });

  it('Tab onto a term opens its card and Escape closes it; a double-click selects a word and shows the toolbar only', async () => {
    const driven = await openArticle();
    const count = (sel: string) => page.$$eval(sel, (els) => els.length);
    const second = han(await page.$$eval('.dubao-term', (els) => els[1]?.textContent ?? ''));
    // From the first term (a script's focus() opens nothing), Tab to the next.
    await page.$eval('.dubao-term', (el) => (el as HTMLElement).focus());
    await new Promise((r) => setTimeout(r, 400)); // quiet period: a card would open at once on focus; none may
    expect(await count('div[data-dubao-ui="card"]')).toBe(0);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => !!document.querySelector('div[data-dubao-ui="card"]'), { timeout: 5000 });
    expect(second).toContain(await cardTerm(driven));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('div[data-dubao-ui="card"]'), { timeout: 5000 });
    expect(han(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe(second);
    // A double-click on 萧: the word selected, the toolbar and nothing else.
    const xiao = await charPoint(driven, 2, '萧');
    await page.mouse.click(xiao.x, xiao.y, { count: 2 });
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    await expectNothingOpens(driven, { away: true, toolbars: 1, rubies: 0 });
    expect(await selected(driven)).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('the toolbar’s 查 after a drag over 银行 opens its dictionary card', async () => {
    const driven = await openArticle();
    // 农业银行萧山分行…: 银行 is at 2–4 of the second paragraph.
    await dragOver(driven, 2, 2, 4);
    await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
    expect(await selected(driven)).toBe('银行');
    const buttons = await page.$$('div[data-dubao-ui="toolbar"] >>> button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent ?? '')));
    await buttons[texts.indexOf('查')]?.click();
    await page.waitForFunction(() => document.querySelector('div[data-dubao-ui="card"]')?.shadowRoot?.textContent?.includes('yín háng') ?? false, { timeout: FIREFOX_ARTICLE_MS });
    expect(await page.$$eval('div[data-dubao-ui="toolbar"]', (els) => els.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows traditional characters and pinyin over them once the reader picks them in the panel', async () => {
    await openArticle();
    const article = () => page.$eval('.dubao-article', (a) => a.textContent ?? '');
    expect(await article()).toContain('农业银行萧山分行');
    const panel = await openPanel();
    // Whatever happens below, the next test starts with the default settings (the browser is shared).
    onTestFinished(async () => {
      await panel.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { remove(k: string): Promise<void> } } } }).browser.storage.sync.remove('settings')).catch(() => undefined);
      await panel.close().catch(() => undefined);
    });
    // Characters: Original → Simplified → Traditional (Taiwan), with the keyboard on the list.
    await pick(panel, '#dubao-script', 2);
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('.dubao-article')?.textContent?.includes('農業銀行蕭山分行') ?? false, { timeout: FIREFOX_ARTICLE_MS }); // a settings change reaches the article (the converter loads the first time)
    expect(await article()).not.toContain('农业银行');
    // Pinyin: Off → All characters. Ruby over the traditional characters, with their readings.
    await pick(panel, '#dubao-pinyin', 1);
    await page.bringToFront();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.dubao-article ruby rt'), (r) => r.textContent ?? '').some((t) => t === 'yínháng'), { timeout: FIREFOX_ARTICLE_MS });
    const rubies = await page.$$eval('.dubao-article ruby', (rs) => rs.map((r) => [Array.from(r.childNodes, (n) => (n.nodeName === 'RT' || n.nodeName === 'RP' ? '' : (n.textContent ?? ''))).join(''), r.querySelector('rt')?.textContent ?? '']));
    expect(rubies.length).toBeGreaterThan(100);
    expect(rubies).toContainEqual(['銀行', 'yínháng']);
    expect(rubies.map(([base]) => base).join('')).not.toContain('银行');
    // Back to the defaults, as the reader would set them.
    await pick(panel, '#dubao-pinyin', -1);
    await pick(panel, '#dubao-script', -2);
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelectorAll('.dubao-article ruby').length === 0 && (document.querySelector('.dubao-article')?.textContent?.includes('农业银行萧山分行') ?? false), { timeout: FIREFOX_ARTICLE_MS });
    expect(errors).toEqual([]);
  });
});

describe('Firefox, the extension reloaded under an open article', () => {
  it('with pinyin on, the new copy Firefox puts in the tab leaves the article as it was (no readings read as text) and tells the reader to reload', async () => {
    const panel = await openPanel();
    await panel.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } }).browser.storage.sync.set({ settings: { pinyin: 'all' } }));
    await panel.close();
    await openArticle();
    await page.waitForFunction(() => document.querySelectorAll('.dubao-article ruby').length > 100, { timeout: FIREFOX_ARTICLE_MS });
    const reloading = await openPanel();
    await reloading.evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);
    // The add-on back (its panel opens again), with the settings kept: restored to the defaults after.
    // While Firefox closes the old copy's pages a new tab may be refused ("BrowsingContext does no
    // longer exist", seen once on a loaded machine): ask again, a few times.
    let again: Page | null = null;
    for (let tries = 0; !again; tries++) {
      again = await openPanel().catch((e: unknown) => {
        if (tries >= 4) throw e;
        return new Promise<null>((done) => setTimeout(() => done(null), 500));
      });
    }
    onTestFinished(async () => {
      await again.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { remove(k: string): Promise<void> } } } }).browser.storage.sync.remove('settings')).catch(() => undefined);
      await again.close().catch(() => undefined);
    });
    const messages = JSON.parse(readFileSync(join(FIREFOX_EXTENSION, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    await page.bringToFront();
    await page.waitForFunction((text) => document.querySelector('[data-dubao-ui="notice"]')?.shadowRoot?.textContent?.includes(text) ?? false, { timeout: FIREFOX_ARTICLE_MS }, messages.extReloaded!.message);
    // The characters of the article, readings left out: no pinyin among them.
    const text = await page.$eval('.dubao-article', (a) => {
      const copy = a.cloneNode(true) as Element;
      copy.querySelectorAll('rt, rp').forEach((r) => r.remove());
      return copy.textContent ?? '';
    });
    expect(text).toContain('农业银行萧山分行');
    expect(text.match(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,}/gu)).toBeNull();
    expect(await page.$$eval('.dubao-article', (a) => a.length)).toBe(1);
  });
});

/** Opens the extension's panel (popup.html) in a tab of its own. */
const openPanel = (): Promise<Page> => openPanelIn(browser);
