// In real Chromium, with the reader's own mouse and keys, under pinyin (readings grouped by word,
// one <rt> per word): a highlight dragged from inside a word paints the highlighted characters
// and their own syllables only, not the readings of the word's other characters, and so again
// after a reload and in traditional script; a glossary term of several words is one continuous
// mark across the gaps between its words, in the page's colours and in the dark theme (keys).
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { browserPerTest, PART_MS, storeSettings } from './harness';
import { dragOver } from './pointer';

const session = browserPerTest();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

async function withPinyin(page: Page): Promise<void> {
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
  await page.waitForSelector('.dubao-article ruby', { timeout: PART_MS });
}

/** Displayed offset in block 2 of the second character of its first two-character word outside a term, after `after`. */
function midWordOffset(page: Page, after: number): Promise<number> {
  return page.evaluate((min) => {
    const b = document.querySelector('[data-dubao-block="2"]')!;
    let at = 0;
    const w = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (n.parentElement?.closest('rt')) continue;
      const t = n as Text;
      if (at > min && t.parentElement?.tagName === 'RUBY' && [...t.data].length >= 2 && !t.parentElement.closest('.dubao-term')) return at + 1;
      at += t.data.length;
    }
    throw new Error('no two-character word');
  }, after);
}

/**
 * For every word the yellow highlight touches: which of its characters are painted and which of
 * its syllables are (each as a string of 0 and 1), from the ranges the page drew.
 */
function painted(page: Page): Promise<{ word: string; chars: string; syllables: string }[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dubao-yellow');
    const ranges = [...(h ?? [])];
    const covers = (r: Range, node: Node, s: number, e: number): boolean => !r.collapsed && r.comparePoint(node, s) === 0 && r.comparePoint(node, e) === 0;
    const out: { word: string; chars: string; syllables: string }[] = [];
    for (const ruby of Array.from(document.querySelectorAll('.dubao-article ruby'))) {
      const base = ruby.firstChild as Text;
      const rt = ruby.querySelector('rt')!;
      let off = 0;
      let chars = '';
      let syllables = '';
      [...base.data].forEach((c, k) => {
        const [s, e] = [off, (off += c.length)];
        chars += ranges.some((r) => covers(r, base, s, e)) ? '1' : '0';
        const syl = rt.children[k]?.firstChild;
        syllables += syl && ranges.some((r) => covers(r, syl, 0, (syl as Text).data.length)) ? '1' : '0';
      });
      if (/1/u.test(chars + syllables)) out.push({ word: base.data, chars, syllables });
    }
    return out;
  }, null);
}

describe('marks under pinyin', () => {
  it('a highlight from inside a word paints its characters\' syllables only, also after a reload and in traditional script', async () => {
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await withPinyin(page);
    const from = await midWordOffset(page, 6);
    await dragOver(page, 2, from, from + 4);
    await page.locator('[data-dubao-ui="toolbar"] button.yellow').click();
    const check = async (): Promise<void> => {
      const words = await painted(page);
      // The word the drag started in is painted in part: its first character and its syllable are not.
      expect(words[0]?.chars).toMatch(/^0+1/u);
      for (const w of words) expect(w.syllables, w.word).toBe(w.chars);
    };
    await expect.poll(async () => (await painted(page)).length).toBeGreaterThan(1);
    await check();
    await page.reload();
    await withPinyin(page);
    await expect.poll(async () => (await painted(page)).length, { timeout: PART_MS }).toBeGreaterThan(1);
    await check();
    await storeSettings(session, xsrb.url, { script: 'tw' });
    await expect.poll(() => page.locator('[data-dubao-block="2"]').textContent(), { timeout: PART_MS }).toContain('農業');
    await page.waitForSelector('.dubao-article ruby', { timeout: PART_MS });
    await expect.poll(async () => (await painted(page)).length, { timeout: PART_MS }).toBeGreaterThan(1);
    await check();
    await page.close();
  });

  it('a term of several words is one mark across the gaps between them, in the page\'s colours and the dark theme; without pinyin it keeps its underline', async () => {
    await storeSettings(session, xsrb.url, { pinyin: 'all' });
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    await withPinyin(page);
    await page.waitForSelector('.dubao-term ruby + ruby', { timeout: PART_MS });
    /** The first term of several words: its mark, and whether each line's piece of it runs from its first word to its last. */
    const mark = () => page.evaluate(() => {
      const term = Array.from(document.querySelectorAll('.dubao-article .dubao-term')).find((t) => t.querySelectorAll('ruby').length > 1)!;
      const cs = getComputedStyle(term);
      const rubies = Array.from(term.querySelectorAll('ruby')).map((r) => r.getBoundingClientRect());
      const pieces = Array.from(term.getClientRects());
      const spans = pieces.every((p) => rubies.filter((r) => r.top < p.bottom && r.bottom > p.top).every((r) => p.left <= r.left + 0.5 && p.right >= r.right - 0.5));
      return { underline: cs.textDecorationLine, style: cs.borderBottomStyle, width: parseFloat(cs.borderBottomWidth), color: cs.borderBottomColor, spans, words: rubies.length };
    }, null);
    const light = await mark();
    expect(light).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(179, 38, 30)', spans: true });
    expect(light.width).toBeGreaterThan(0);
    // The reader's key T: page → light → sepia → dark.
    await page.mouse.click(5, 5);
    for (let i = 0; i < 3; i++) await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.dubao-article')!).backgroundColor)).toBe('rgb(28, 28, 30)');
    expect(await mark()).toMatchObject({ underline: 'none', style: 'dotted', color: 'rgb(242, 139, 130)', spans: true });
    await page.screenshot({ path: '/tmp/walk26/term-mark-dark.png' });
    // Without pinyin: the underline as before, no border.
    await storeSettings(session, xsrb.url, { pinyin: 'off' });
    await expect.poll(() => page.locator('.dubao-article ruby').count(), { timeout: PART_MS }).toBe(0);
    const plain = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('.dubao-article .dubao-term')!);
      return { underline: cs.textDecorationLine, style: cs.borderBottomStyle };
    }, null);
    expect(plain).toEqual({ underline: 'underline', style: 'none' });
    await page.close();
  });
});
