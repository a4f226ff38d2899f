// In real Chromium, a reader's hand on pages with ways of their own: a paper that forbids
// selecting its text (user-select: none in its CSS, onselectstart="return false" on its body,
// as many Chinese news sites do to discourage copying), and the note form the toolbar opens.
// The pages are the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html) with the page's
// own rule or handler added, served under other article URLs of the same paper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { ARTICLE_MS, browserPerFile, UI_LANG, type ExtraPages } from './harness';
import { charPoint, drag, dragOver, edgePoints, openUi, selected } from './pointer';
import { lowest, textContrasts } from './contrast';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const base = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_1998';
/** The fixture with the page's own ways added: `head` into its <head>, `body` as attributes of its <body>. */
function variant(head: string, body = ''): string {
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace('</head>', `${head}</head>`).replace('<body>', `<body${body}>`);
}
const NO_SELECT = {
  css: { url: `${base}001.htm`, html: variant('<style>body{-webkit-user-select:none;user-select:none}</style>') },
  handler: { url: `${base}002.htm`, html: variant('', ' onselectstart="return false"') },
  everything: { url: `${base}003.htm`, html: variant('<style>*{-webkit-user-select:none!important;user-select:none!important}</style>', ' onselectstart="return false" oncopy="return false"') },
};
/** The fixture as it is, under a URL of its own (the overshoot test saves a highlight there). */
const PLAIN = { url: `${base}004.htm`, html: variant('') };
/** The same, for the keyboard test's highlight. */
const KEYS = { url: `${base}005.htm`, html: variant('') };
/** The same, for the printing test (it saves nothing). */
const PRINT = { url: `${base}006.htm`, html: variant('') };
/** The same, for the long notes' highlight. */
const NOTES = { url: `${base}007.htm`, html: variant('') };

// One browser for the file, a fresh page for every test: selecting stores nothing, and the note
// test's highlight is on the plain fixture's URL, which no other test here opens.
const session = browserPerFile((): ExtraPages => new Map([...Object.values(NO_SELECT), PLAIN, KEYS, PRINT, NOTES].map((p) => [p.url, { body: p.html }])));

/** The text under each drawn highlight. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.forEach((h, name) => {
      for (const r of h) out.push(`${name}:${r.toString()}`);
    });
    return out.sort();
  });

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
  return page;
}

describe('a paper that forbids selecting its text', () => {
  for (const [name, p] of Object.entries(NO_SELECT)) {
    it(`a drag in the repaired article still selects and shows the toolbar (${name})`, async () => {
      const page = await open(p.url);
      // 农业银行萧山分行城厢 : the first ten characters of the body's first paragraph.
      await dragOver(page, 2, 0, 10);
      await expect.poll(() => openUi(page).then((u) => u.toolbars)).toBe(1);
      expect(await selected(page)).toBe('农业银行萧山分行城厢');
      await page.close();
    });
  }
});

describe('a drag that overshoots the article', () => {
  it('past the last paragraph, onto the page below it: the toolbar shows, and the highlight holds the article part only', async () => {
    const page = await open(PLAIN.url);
    await page.bringToFront();
    const last = await page.evaluate(() => document.querySelectorAll('[data-dubao-block]').length - 1);
    const text = await page.evaluate((b) => document.querySelector(`[data-dubao-block="${b}"]`)?.textContent ?? '', last);
    const { a } = await edgePoints(page, last, 2, 3);
    const box = (await page.locator(`[data-dubao-block="${last}"]`).boundingBox())!;
    // The hand lets go a little below the article's last line, where the page's own footer begins.
    await drag(page, a, { x: box.x + box.width - 4, y: box.y + box.height + 60 });
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await bar.waitFor({ timeout: 5000 });
    expect(await selected(page)).toContain(text.slice(2));
    await bar.locator('button.green').click();
    await expect.poll(() => drawn(page)).toEqual([`dubao-green:${text.slice(2)}`]);
    await page.close();
  });
});

describe('the toolbar from the keyboard', () => {
  it('Tab after a selection goes to the toolbar (not on to the next term and its card); Enter highlights; Escape closes', async () => {
    const page = await open(KEYS.url);
    await page.bringToFront();
    // 城厢支行 … : a double-click selects a word, as a reader then reaching for the keyboard does.
    const p = await charPoint(page, 2, '城');
    await page.mouse.dblclick(p.x, p.y);
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await bar.waitFor();
    const word = await selected(page);
    expect(word.length).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.activeElement?.className ?? '');
    await expect.poll(focused).toBe('sw yellow');
    expect((await openUi(page)).cards).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn(page)).toEqual([`dubao-yellow:${word}`]);
    await expect.poll(() => bar.count()).toBe(0);
    // Another selection, and Escape from the toolbar's buttons closes it.
    await page.mouse.dblclick(p.x, p.y + 1);
    await bar.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('sw yellow');
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await page.close();
  });
});

describe('the note form', () => {
  it('opens clear of the words it is about: the form covers none of the selection', async () => {
    const page = await open(xsrb.url);
    await page.bringToFront();
    const { a, b } = await edgePoints(page, 2, 0, 13);
    await drag(page, a, b);
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await bar.waitFor();
    const rects = await page.evaluate(() => Array.from(getSelection()?.getRangeAt(0).getClientRects() ?? []).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })));
    await bar.locator('button', { hasText: '✎' }).click();
    await bar.locator('textarea').waitFor();
    const box = (await bar.locator('.bar').boundingBox())!;
    const overlaps = rects.filter((r) => r.right > box.x && r.left < box.x + box.width && r.bottom > box.y && r.top < box.y + box.height);
    expect(overlaps).toEqual([]);
    // The form has the focus: the reader types the note straight away.
    expect(await page.evaluate(() => document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await page.close();
  });
});

describe('a long note', () => {
  it('of 5,000 characters with emoji and line breaks is kept whole; one past the limit is refused in the reader\'s language, its text left in the box', async () => {
    const page = await open(NOTES.url);
    await page.bringToFront();
    const bar = page.locator('[data-dubao-ui="toolbar"]');
    await dragOver(page, 2, 0, 8);
    await bar.locator('button.yellow').click();
    await expect.poll(() => bar.count()).toBe(0);
    // Over the saved highlight again, the note button; the reader types (pastes) a long note.
    const paragraph = `${'医保就近办😀，'.repeat(60)}👨‍👩‍👧`;
    const note = Array.from(Array.from({ length: 12 }, () => paragraph).join('\n')).slice(0, 5000).join('');
    const openNote = async (): Promise<void> => {
      await dragOver(page, 2, 0, 8);
      await bar.locator('button', { hasText: '✎' }).click();
      await bar.locator('textarea').waitFor();
    };
    await openNote();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(note);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
    await openNote();
    expect(await bar.locator('textarea').inputValue()).toBe(note);
    // Past the limit (10,000): not saved, said in the browser's language, and nothing typed is lost.
    const tooLong = `${note}${note}${note.slice(0, 1)}`;
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(tooLong);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => bar.locator('.form button').textContent()).toMatch(UI_LANG === 'en' ? /too long \(at most 10000 characters\)/u : /笔记太长（最多 10000 个字符）/u);
    expect(await bar.locator('textarea').inputValue()).toBe(tooLong);
    await page.close();
  });
});

describe('printing', () => {
  /** The area Dubao's in-page UI `name` (card, toolbar) covers now: its shadow root's boxes, summed. */
  const uiArea = (page: Page, name: string) =>
    page.evaluate((n) => {
      const root = document.querySelector(`[data-dubao-ui="${n}"]`)?.shadowRoot;
      return Array.from(root?.querySelectorAll('*') ?? []).reduce((sum, el) => {
        const r = el.getBoundingClientRect();
        return sum + r.width * r.height;
      }, 0);
    }, name);

  it('an open card or selection toolbar stays out of the printout; the article prints', async () => {
    const page = await open(PRINT.url);
    await page.bringToFront();
    // A reader who presses Ctrl+P with a card open, then with words selected (to print them).
    await page.locator('.dubao-term').first().click();
    await expect.poll(() => uiArea(page, 'card')).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await uiArea(page, 'card')).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await dragOver(page, 2, 0, 10);
    await expect.poll(() => uiArea(page, 'toolbar')).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await uiArea(page, 'toolbar')).toBe(0);
    expect((await page.locator('[data-dubao-block="2"]').boundingBox())?.height ?? 0).toBeGreaterThan(0);
    // Back on screen, the toolbar is there again for the selection.
    await page.emulateMedia({ media: 'screen' });
    expect(await uiArea(page, 'toolbar')).toBeGreaterThan(0);
    await page.close();
  });

  it('a dark reading theme prints as dark text on white paper, the headline too', async () => {
    const page = await open(PRINT.url);
    await page.bringToFront();
    // T three times: the page's own colours → light → sepia → dark.
    for (let i = 0; i < 3; i++) await page.keyboard.press('t');
    const look = () => page.evaluate(() => {
      const a = document.querySelector('.dubao-article') as Element;
      const head = document.querySelector('[data-dubao-headline]');
      return { bg: getComputedStyle(a).backgroundColor, headBg: head ? getComputedStyle(head).backgroundColor : null };
    });
    await expect.poll(async () => (await look()).bg).toBe('rgb(28, 28, 30)');
    expect((await look()).headBg).toBe('rgb(28, 28, 30)');
    await page.emulateMedia({ media: 'print' });
    // A printer leaves backgrounds out: the article's text must be dark on its own, not the theme's light grey.
    const printed = await look();
    expect(printed.bg).toBe('rgba(0, 0, 0, 0)');
    expect(printed.headBg).not.toBe('rgb(28, 28, 30)');
    const ratio = await page.evaluate(textContrasts, '.dubao-article');
    console.log(`[print] dark theme printed: lowest text contrast in the article ${lowest(ratio).min}:1`);
    expect(lowest(ratio).below).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    expect((await look()).bg).toBe('rgb(28, 28, 30)');
    await page.keyboard.press('0');
    await expect.poll(async () => (await look()).bg).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
