// In real Chromium: the article style (keys and popup) applies to the repaired article only,
// the original view comes back exactly as the page sent it, and the reading position of an
// article is offered on return and taken there by the reader's click.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { PART_MS, label, openPopup, snapshotOnLoad, storeSettings } from './harness';
import { browserPerFileFresh } from './fresh-state';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh(() => new Map([[LONG_URL, { get body() { return longArticle(edition.note); } }]]));
/** The long article as served now: re-published with an editor's note and a lead above it, as papers do. */
const edition = { note: false };
const shots = mkdtempSync(join(tmpdir(), 'dubao-reading-style-'));
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const LONG_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886598.htm';

/** A long article in the 萧山日报 markup (both corpus pages), to have somewhere to leave off. */
function longArticle(note = false): string {
  const lead = note ? '编者按：本报今起推出“教育共同体”系列报道，记录区内学校结对帮扶的做法。\n\n　　今天刊发第一篇，请读者关注。\n\n' : '';
  const corpus = lead + ['xsrb-page-narrow-columns', 'zj-page-column-breaks'].map((n) => readFileSync(join(PAGES_DIR, '../corpus', `${n}.txt`), 'utf8')).join('\n\n');
  const body = corpus.split('\n').map((l) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')).join('<br>\n');
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
}

/** Computed styles of the article, a block, and the page around the article. */
const styles = (page: Page) =>
  page.evaluate(() => {
    const a = document.querySelector('.dubao-article');
    const b = document.querySelector('.dubao-article .dubao-body');
    const cs = (e: Element | null) => (e ? getComputedStyle(e) : null);
    return {
      bg: cs(a)?.backgroundColor,
      size: parseFloat(cs(b)?.fontSize ?? '0'),
      lineHeight: parseFloat(cs(b)?.lineHeight ?? '0') / parseFloat(cs(b)?.fontSize ?? '1'),
      width: a?.getBoundingClientRect().width ?? 0,
      /** The text's own width: the article's less its padding (the theme's margin around the text). */
      text: a ? a.clientWidth - parseFloat(cs(a)?.paddingLeft ?? '0') - parseFloat(cs(a)?.paddingRight ?? '0') : 0,
      em: parseFloat(cs(a)?.fontSize ?? '0'),
      bodyBg: getComputedStyle(document.body).backgroundColor,
      outside: getComputedStyle(document.querySelector('a') as Element).fontSize,
    };
  });

describe('article style', () => {
  it('steps from the keyboard, shows in the popup, and never restyles the page or the original view', async () => {
    const page = await session.context.newPage();
    await snapshotOnLoad(page);
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const before = await styles(page);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await page.keyboard.press('[');
    await expect.poll(async () => (await styles(page)).bg).toBe('rgb(244, 236, 216)');
    const after = await styles(page);
    // 100% → 112% → 125% of the page's size, sepia, a 42-character column.
    expect(after.size / before.size).toBeCloseTo(1.25, 1);
    expect(after.width).toBeLessThanOrEqual(after.em * 42 + 1);
    expect(after.bodyBg).toBe(before.bodyBg);
    expect(after.outside).toBe(before.outside);
    // Four more steps narrower: a column of 24 characters of text, the sepia margin around it, not taken from it.
    for (let i = 0; i < 4; i++) await page.keyboard.press('[');
    await expect.poll(async () => { const s = await styles(page); return Math.round(s.text / s.em); }).toBe(24);
    // The popup shows what the keys chose.
    const popup = await openPopup(session, xsrb.url);
    await expect.poll(() => popup.getByTestId('style-size').textContent()).toBe('125%');
    expect(await popup.locator('#dubao-theme').inputValue()).toBe('sepia');
    await popup.getByRole('button', { name: await label(popup, 'styleLarger') }).click();
    await popup.locator('#dubao-theme').selectOption('dark');
    await expect.poll(async () => (await styles(page)).bg).toBe('rgb(28, 28, 30)');
    expect((await styles(page)).size / before.size).toBeCloseTo(1.4, 1);
    // A card opened on the dark article is dark too (the browser's scheme is light).
    const term = page.locator('.dubao-term').first();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const cardBg = () => page.evaluate(() => {
      const card = document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card');
      return card ? getComputedStyle(card).backgroundColor : null;
    });
    await expect.poll(cardBg).toBe('rgb(31, 34, 38)');
    await page.keyboard.press('Escape');
    // The page's headline above the article is dark with it (not a white band over a dark article).
    const headBg = (text: string) => page.evaluate((t) => Array.from(document.querySelectorAll('td, div, p, h1, h2, h3, font, span')).filter((e) => e.textContent?.trim() === t).map((e) => getComputedStyle(e).backgroundColor), text);
    expect(await headBg('医保服务提质扩面')).toContain('rgb(28, 28, 30)');
    // So is the subtitle, in the template's second title cell below the title (the first, above it, is empty).
    expect(await headBg('全区52个“医银合作”网点实现镇街全覆盖')).toContain('rgb(28, 28, 30)');
    // And the page's 字号：大 中 小 bar between them and the article (it stayed a white strip).
    const barBg = () => page.evaluate(() => getComputedStyle(document.querySelector('div.toolbar') as Element).backgroundColor);
    expect(await barBg()).toBe('rgb(28, 28, 30)');
    // The original view: exactly the page as it arrived, markup and styles.
    await popup.getByRole('button', { name: await label(popup, 'viewOriginal') }).click();
    await page.waitForSelector('[data-dubao="original"]');
    const diff = await page.evaluate(() => {
      const a = (window as unknown as { __dubaoSnap: string }).__dubaoSnap;
      const b = document.documentElement.outerHTML.replace(' data-dubao="original"', '');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return i === a.length && i === b.length ? '' : `${a.slice(i - 40, i + 80)} ≠ ${b.slice(i - 40, i + 80)}`;
    });
    expect(diff).toBe('');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#ozoom') as Element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await headBg('医保服务提质扩面')).not.toContain('rgb(28, 28, 30)');
    expect(await headBg('全区52个“医银合作”网点实现镇街全覆盖')).not.toContain('rgb(28, 28, 30)');
    expect(await barBg()).not.toBe('rgb(28, 28, 30)');
    // Keys do nothing to the original view.
    await page.keyboard.press('t');
    await popup.getByRole('button', { name: await label(popup, 'viewRepaired') }).click();
    await expect.poll(async () => (await styles(page)).bg).toBe('rgb(28, 28, 30)');
    await popup.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { remove(k: string): Promise<void> } } } }).chrome.storage.sync.remove('readingStyle'));
    await popup.close();
    await page.close();
  });

  it('sets the article in a Song (serif) face and a Hei (sans) face the system has, not the same fallback', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const block = page.locator('.dubao-article .dubao-body').first();
    // The faces Chromium drew the block's characters with (DevTools protocol), most glyphs first.
    const used = async (): Promise<string[]> => {
      const cdp = await session.context.newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.dubao-article .dubao-body' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      await cdp.detach();
      return [...fonts].sort((x, y) => y.glyphCount - x.glyphCount).map((f) => f.familyName);
    };
    const family = () => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article .dubao-body') as Element).fontFamily);
    await page.keyboard.press('f');
    await expect.poll(family).toContain('Songti SC');
    const serif = await used();
    const serifShot = await block.screenshot({ path: join(shots, 'serif.png') });
    await page.keyboard.press('f');
    await expect.poll(family).toContain('PingFang SC');
    const sans = await used();
    const sansShot = await block.screenshot({ path: join(shots, 'sans.png') });
    console.log(`[look] article faces: serif → ${serif.join(', ')}; sans → ${sans.join(', ')} (screenshots in ${shots})`);
    // scripts/ensure-browsers.sh installs AR PL UMing (Debian fonts-arphic-uming) next to WenQuanYi Micro Hei.
    expect(serif[0]).toMatch(/UMing|Song|Serif CJK|Han Serif|SimSun/u);
    expect(sans[0]).not.toMatch(/UMing|Song|Serif|SimSun|Ming/u);
    expect(serifShot.equals(sansShot)).toBe(false);
    await page.keyboard.press('0');
    await page.close();
  });

  it('keeps the keyboard\'s focus on the popup\'s size button at the end of the scale', async () => {
    const popup = await openPopup(session, xsrb.url);
    const larger = await label(popup, 'styleLarger');
    await popup.getByRole('button', { name: larger }).focus();
    // 100 % → 200 % is six steps; the seventh press finds the end.
    for (let i = 0; i < 7; i++) await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('style-size').textContent()).toBe('200%');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(larger);
    expect(await popup.getByRole('button', { name: larger }).getAttribute('aria-disabled')).toBe('true');
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(await label(popup, 'styleSmaller'));
    await popup.close();
  });

  it('ignores the keys while the reader types in a field', async () => {
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<input id="q" aria-label="search">'));
    await page.locator('#q').click();
    await page.keyboard.type('t+[');
    expect(await page.locator('#q').inputValue()).toBe('t+[');
    expect((await styles(page)).bg).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

/** A new tab of the long article, repaired and settled, 1000 × 700. */
async function longPage(view: 'repaired' | 'original' = 'repaired'): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(LONG_URL);
  await page.waitForSelector(view === 'repaired' ? '[data-dubao="repaired"] .dubao-article[data-dubao-settled]' : '[data-dubao="original"]');
  return page;
}

/** Reads the long article down to block 30 with the wheel, and opens the popup once that place is stored (the popup is returned open). */
async function leaveOffAt30(page: Page): Promise<Page> {
  await page.evaluate(() => document.querySelector('[data-dubao-block="30"]')?.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 1);
  const popup = await openPopup(session, LONG_URL);
  await expect.poll(() => popup.evaluate(async (u) => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, { block: number }>>> } } } }).chrome.storage.local.get('resumePositions')).resumePositions ?? {})[u]?.block, LONG_URL), { timeout: 5000 }).toBe(30);
  return popup;
}

describe('where I left off', () => {
  it('offers the position on return, with a name in the reader’s language, and goes there', async () => {
    let page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(LONG_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const target = 30;
    await page.locator(`[data-dubao-block="${target}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((i) => document.querySelector(`[data-dubao-block="${i}"]`)?.scrollIntoView({ block: 'start' }), target);
    await page.mouse.wheel(0, 1);
    // Stored once the reader stops scrolling.
    const popup = await openPopup(session, LONG_URL);
    await expect.poll(() => popup.evaluate(async (u) => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, { block: number }>>> } } } }).chrome.storage.local.get('resumePositions')).resumePositions ?? {})[u]?.block, LONG_URL), { timeout: 5000 }).toBe(target);
    const name = await label(popup, 'resumeLabel');
    const resume = await label(popup, 'resumeContinue');
    await popup.close();
    // Coming back in a new tab (a reload that the browser scrolls back to the place offers nothing:
    // tests/dom/resume.test.ts).
    await page.close();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(LONG_URL);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const region = page.getByRole('region', { name });
    await region.waitFor();
    expect(await region.textContent()).toMatch(/\d+%/u);
    await region.getByRole('button', { name: resume }).click();
    await expect.poll(() => page.evaluate((i) => Math.abs(document.querySelector(`[data-dubao-block="${i}"]`)?.getBoundingClientRect().top ?? 999), target)).toBeLessThan(40);
    expect(await region.count()).toBe(0);
    await page.close();
  });

  it('takes a keyboard reader back to the paragraph they were reading after the paper added paragraphs above it: the first Tab reaches the prompt', async () => {
    let page = await longPage();
    const opening = (i: number) => page.evaluate((b) => (document.querySelector(`[data-dubao-block="${b}"]`)?.textContent ?? '').slice(0, 12), i);
    const left = await opening(30);
    const popup = await leaveOffAt30(page);
    const [name, resume] = [await label(popup, 'resumeLabel'), await label(popup, 'resumeContinue')];
    await popup.close();
    await page.close();
    edition.note = true;
    page = await longPage();
    await page.getByRole('region', { name }).waitFor();
    // Two paragraphs more above: the paragraph left is now block 32.
    expect(await opening(32)).toBe(left);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? document.activeElement?.textContent)).toBe(resume);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => Math.abs(document.querySelector('[data-dubao-block="32"]')?.getBoundingClientRect().top ?? 999))).toBeLessThan(40);
    edition.note = false;
    await page.close();
  });

  it('keeps the paragraph left at the top while pinyin and larger text are still being drawn above it', async () => {
    // Left at block 30 with plain text; back with pinyin on every character and text at 180 %,
    // "continue" taken as soon as it shows: the pinyin drawn in idle time above the place pushed
    // the paragraph down and off the screen (3–13 paragraphs early on a 12,000-character article).
    let page = await longPage();
    const popup = await leaveOffAt30(page);
    const [name, resume] = [await label(popup, 'resumeLabel'), await label(popup, 'resumeContinue')];
    await popup.close();
    await page.close();
    await storeSettings(session, LONG_URL, { pinyin: 'all' });
    await storeSettings(session, LONG_URL, { size: 180 }, 'readingStyle');
    page = await longPage();
    await page.getByRole('region', { name }).getByRole('button', { name: resume }).click();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dubao:ruby-complete').length), { timeout: PART_MS }).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => Math.round(document.querySelector('[data-dubao-block="30"]')?.getBoundingClientRect().top ?? 9999))).toBeLessThan(40);
    expect(await page.evaluate(() => Math.round(document.querySelector('[data-dubao-block="30"]')?.getBoundingClientRect().top ?? -9999))).toBeGreaterThan(-40);
    // Moved away by other means than wheel, keys or a click (the scrollbar, a page's own script), the place is let go.
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('offers the place to a reader whose pages open in the original view, once they turn to the repaired one', async () => {
    let page = await longPage();
    let popup = await leaveOffAt30(page);
    // The reader chooses the original view for every page (the popup's default view).
    await popup.getByLabel(await label(popup, 'defaultViewLabel')).selectOption('original');
    const [name, repaired] = [await label(popup, 'resumeLabel'), await label(popup, 'viewRepaired')];
    await popup.waitForTimeout(300);
    await popup.close();
    await page.close();
    page = await longPage('original');
    await page.waitForTimeout(500);
    expect(await page.getByRole('region', { name }).count()).toBe(0);
    // Turned to the repaired view with a click in the popup: the place is offered now.
    popup = await openPopup(session, LONG_URL);
    await popup.getByRole('button', { name: repaired, exact: true }).click();
    await popup.close();
    await page.getByRole('region', { name }).waitFor({ timeout: 5000 });
    await page.close();
  });
});
