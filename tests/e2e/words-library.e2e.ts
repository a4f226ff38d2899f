// In real Chromium with real gestures: the library's Words section filtered by paper, date and
// source from the keyboard, a sentence's link opening its article, a review answered "Again"
// with the 1 key, the popup's due-today line and its switch that hides the saved-word marks,
// the dotted word mark drawn apart from the glossary underline, 收藏生词 on a dictionary card, and
// the list in a 400 px window (delete buttons on one line, wrapped source links from the left).
// The three saved words are met in sentences of the fixture articles (tests/fixtures/pages:
// 萧山日报 xsrb-article-br, 浙江日报 zjrb-article-p-cut, 嘉兴日报 jxrb-article-prewrap).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORDS_FORMAT, WORDS_VERSION } from '../../lib/words/io';
import type { WordRecord } from '../../lib/words/types';
import { FIXTURES } from '../helpers/fixtures';
import { ARTICLE_MS, ask, label, openPopup, UI_LANG } from './harness';
import { browserPerFileFresh } from './fresh-state';

// One browser for the file, Dubao's state emptied before every test (tests/e2e/fresh-state.ts): no
// test sees another's saved data or settings; none restarts the browser or keeps a site always on.
const session = browserPerFileFresh();
const fixture = (file: string) => FIXTURES.find((f) => f.file === file)!;
const XSRB = fixture('xsrb-article-br.html');
const ZJRB = fixture('zjrb-article-p-cut.html');
const JXRB = fixture('jxrb-article-prewrap.html');
const NOW = Date.now();

/** A saved word as an export file holds it (no card: a new one, due at once). */
function record(word: string, source: WordRecord['source'], text: string, at: { url: string; paper: string; site: string; date: string; title: string }) {
  const start = text.indexOf(word);
  return { word, written: word, reading: '', meanings: [], source, sentences: [{ text, start, end: start + word.length, ...at, seenAt: NOW - 60_000 }], firstSeen: NOW - 60_000, lastSeen: NOW - 60_000, lookups: 1 };
}
const SAVED = [
  record('医保', 'dict', '推进医保服务提质扩面。', { url: XSRB.url, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面' }),
  record('医银合作', 'glossary', '推进医银合作，让参保人在家门口办成事。', { url: ZJRB.url, paper: '浙江日报', site: 'zjrb', date: '2024-07-26', title: '银医合作 医保服务“延伸办”' }),
  record('网点', 'selection', '全市银行网点开设青春健康咨询窗口。', { url: JXRB.url, paper: '嘉兴日报', site: 'jxrb', date: '2025-08-16', title: '青春健康教育' }),
];
/** The word each saved record's sentence holds, by paper and date. */
const byPaper = (paper: string) => SAVED.filter((r) => r.sentences[0]!.paper === paper).map((r) => r.word);

/** Opens the library with the three words saved (imported as an export file). */
async function library(): Promise<Page> {
  const lib = await session.context.newPage();
  await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
  await ask(lib, { type: 'words:import', text: JSON.stringify({ format: WORDS_FORMAT, version: WORDS_VERSION, words: SAVED }) });
  await lib.reload();
  return lib;
}
const listed = (lib: Page) => lib.locator('.words-item .words-word').allTextContents().then((w) => w.sort());
const marked = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dubao-word');
    return h ? [...h].map((r) => r.toString()) : [];
  });

describe('the library’s Words section', () => {
  it('filters by paper, date and source from the keyboard, and a sentence’s link opens its article', { timeout: 60_000 }, async () => {
    const lib = await library();
    await expect.poll(() => listed(lib), { timeout: 10_000 }).toEqual(['医保', '医银合作', '网点'].sort());
    // Paper: the select focused by a click, the next paper chosen with the arrow key.
    const paper = lib.getByRole('combobox', { name: await label(lib, 'wordsPaper') });
    // The papers are listed from the saved sentences a moment after the words (on a slow machine
    // the arrow key could come first and find only "any").
    await expect.poll(() => paper.locator('option').count()).toBeGreaterThan(1);
    await paper.focus();
    await lib.keyboard.press('ArrowDown');
    const chosen = await paper.inputValue();
    expect(['萧山日报', '浙江日报', '嘉兴日报']).toContain(chosen);
    await expect.poll(() => listed(lib)).toEqual(byPaper(chosen));
    await lib.keyboard.press('ArrowUp');
    await expect.poll(() => listed(lib)).toHaveLength(3);
    // Date: typed into the "from" field, segment by segment in the interface's order.
    const from = lib.getByLabel(await label(lib, 'wordsFrom'), { exact: true });
    await from.focus();
    // Chromium's year segment takes up to six digits: the arrow key moves on after the year.
    for (const part of UI_LANG === 'en' ? ['03', '01', '2025'] : ['2025', '03', '01']) {
      await lib.keyboard.type(part);
      if (part.length === 4 && UI_LANG !== 'en') await lib.keyboard.press('ArrowRight');
    }
    await expect.poll(() => from.inputValue()).toBe('2025-03-01');
    await expect.poll(() => listed(lib)).toEqual(['医保', '网点'].sort());
    // Source: dictionary words only (the first source after "any").
    const source = lib.getByRole('combobox', { name: await label(lib, 'wordsSource') });
    await source.focus();
    await lib.keyboard.press('ArrowDown');
    expect(await source.inputValue()).toBe('dict');
    await expect.poll(() => listed(lib)).toEqual(['医保']);
    // The sentence's source opens the article in a new tab.
    const opened = session.context.waitForEvent('page');
    await lib.locator('.words-item').getByRole('button', { name: /萧山日报 2025-03-09/u }).click();
    const article = await opened;
    await article.waitForURL(XSRB.url);
    await article.waitForSelector('[data-dubao="repaired"]', { timeout: ARTICLE_MS });
    await expect.poll(() => marked(article), { timeout: 5000 }).toContain('医保');
    await article.close();
    await lib.close();
  });
});

describe('the Words section in a narrow window', () => {
  it('at 400 px keeps each word’s delete button on one line and starts a wrapped source link at its left edge', { timeout: 60_000 }, async () => {
    const lib = await session.context.newPage();
    await lib.setViewportSize({ width: 400, height: 800 });
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    // A title as long as 浙江日报's two-line headlines, so that the source line wraps at this width.
    const long = record('医银合作', 'glossary', '推进医银合作，让参保人在家门口办成事。', { url: ZJRB.url, paper: '浙江日报', site: 'zjrb', date: '2024-07-26', title: '银医合作 医保服务“延伸办” 全省首批医保服务站进驻银行网点' });
    await ask(lib, { type: 'words:import', text: JSON.stringify({ format: WORDS_FORMAT, version: WORDS_VERSION, words: [long, SAVED[0]] }) });
    await lib.reload();
    await lib.locator('.words-item .words-delete').first().waitFor({ timeout: 10_000 });
    // Each line box of a button's text, with the button's own left edge.
    const lines = (selector: string) =>
      lib.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return { left: el.getBoundingClientRect().left, lines: [...range.getClientRects()].map((r) => r.left) };
        }),
      );
    const sources = await lines('.words-item .words-source');
    expect(sources.some((s) => s.lines.length > 1)).toBe(true);
    for (const s of sources) for (const left of s.lines) expect(Math.abs(left - s.left)).toBeLessThan(2);
    for (const b of await lines('.words-item .words-delete')) expect(b.lines).toHaveLength(1);
    await lib.close();
  });
});

describe('review from the keyboard', () => {
  it('1 (Again) puts the word back after the others and schedules it a minute away', { timeout: 60_000 }, async () => {
    const lib = await library();
    const review = await session.context.newPage();
    await review.goto(`chrome-extension://${session.extensionId}/review.html`);
    const sentence = review.locator('.review-sentence');
    await sentence.waitFor({ timeout: 10_000 });
    const first = (await sentence.textContent()) ?? '';
    await review.keyboard.press('Space');
    await review.locator('.review-ratings').waitFor();
    const word = (await review.evaluate(() => document.querySelector('.review-word')?.firstChild?.textContent ?? '')) as string;
    const at = Date.now();
    await review.keyboard.press('1');
    // Rated once the answer is put away (the revealed sentence already differs from the cloze one).
    await review.locator('.review-ratings').waitFor({ state: 'detached' });
    await expect.poll(() => sentence.textContent()).not.toBe(first);
    const again = await ask<WordRecord[]>(lib, { type: 'words:all' }).then((all) => all.find((w) => w.word === word)!);
    expect([again.card.reps, again.card.state]).toEqual([1, 1]);
    expect(again.due - at).toBeGreaterThan(30_000);
    expect(again.due - at).toBeLessThan(120_000);
    // The other two answered Good: the word answered Again comes back last.
    for (let i = 0; i < 2; i++) {
      const shown = await sentence.textContent();
      await review.keyboard.press('Space');
      await review.locator('.review-ratings').waitFor();
      await review.keyboard.press('3');
      await review.locator('.review-ratings').waitFor({ state: 'detached' });
      await expect.poll(() => sentence.textContent()).not.toBe(shown);
    }
    await expect.poll(() => sentence.textContent()).toBe(first);
    await review.close();
    await lib.close();
  });
});

describe('the popup and the marks in an article', () => {
  it('shows the words due today, hides the marks when unchecked, and draws the word mark apart from the glossary underline', { timeout: 60_000 }, async () => {
    const lib = await library();
    await lib.close();
    const page = await session.context.newPage();
    await page.goto(XSRB.url);
    await page.waitForSelector('.dubao-term', { timeout: ARTICLE_MS });
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('医保');
    // The dotted word mark is another colour and sits lower than a term's underline.
    const styles = await page.evaluate(() => {
      const term = document.querySelector('.dubao-term') as Element;
      const block = document.querySelector('[data-dubao-block]') as Element;
      const t = getComputedStyle(term);
      const w = getComputedStyle(block, '::highlight(dubao-word)');
      return { term: [t.textDecorationLine, t.textDecorationStyle, t.textDecorationColor, t.textUnderlineOffset], word: [w.textDecorationLine, w.textDecorationStyle, w.textDecorationColor, w.textUnderlineOffset] };
    });
    expect(styles.word.slice(0, 2)).toEqual(['underline', 'dotted']);
    expect(styles.word[2]).not.toBe(styles.term[2]);
    expect(styles.word[3]).not.toBe(styles.term[3]);

    const popup = await openPopup(session, XSRB.url);
    await expect.poll(() => popup.getByTestId('words-due').textContent(), { timeout: 5000 }).toBe(await label(popup, 'wordsDueToday', '3'));
    const marks = popup.getByLabel(await label(popup, 'wordMarks'));
    await expect.poll(() => marks.isChecked()).toBe(true);
    await marks.click();
    await page.bringToFront();
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual([]);
    await popup.bringToFront();
    await marks.click();
    await page.bringToFront();
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('医保');
    await popup.close();
    await page.close();
  });
});

describe('the dictionary card', () => {
  it('has a 收藏生词 button found by role and name that saves the word with every dictionary sense', { timeout: 60_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(XSRB.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const block = page.locator('[data-dubao-block]', { hasText: '银行网点延伸' }).first();
    const box = await block.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('网点延伸');
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 1);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y, { steps: 4 });
    const card = page.locator('[data-dubao-ui="card"]');
    const save = card.getByRole('button', { name: UI_LANG === 'en' ? 'Save word' : '收藏生词', exact: true });
    await save.waitFor({ timeout: 5000 });
    await save.click();
    await expect.poll(() => marked(page), { timeout: 5000 }).toContain('网点');
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const w = (await ask<WordRecord[]>(lib, { type: 'words:all' })).find((r) => r.word === '网点')!;
    expect([w.source, w.reading]).toEqual(['dict', 'wǎng diǎn']);
    expect(w.meanings.length).toBeGreaterThan(0);
    await lib.close();
    await page.close();
  });
});
