// In real Firefox (firefox-esr over WebDriver BiDi: tests/e2e/firefox-harness.ts), with the reader's
// own pointer and keys: a highlight given a note shows a pen at its end (drawn by CSS in
// Firefox's content-script style sheet too), the note shows on a resting pointer, a click on the
// pen opens the highlight's toolbar with the note, and the pen is there again after a reload and
// in the dark reading theme; a pen where the highlight ends inside a run of text moves no character
// and is drawn above the line (note-mark.e2e.ts and pen-and-prompt.e2e.ts check the same in Chromium).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { readPen } from './note-pen';
import { charPoint, drag, type DrivenPage } from './pointer';
import { FIREFOX_ARTICLE_MS, type FirefoxFile } from './firefox-harness';

const XSRB = FIXTURES.find((x) => x.file === 'xsrb-article-br.html')!;
/** Screenshots of the pen, for a reader's eye (a fresh directory: nothing else is assumed on the machine). */
const shots = mkdtempSync(join(tmpdir(), 'dubao-firefox-pen-'));
const driven = (page: Page) => page as unknown as DrivenPage;
const NOTE = '记下周末的营业时间';

/** The pen as the page shows it (./note-pen.ts). */
const pen = (page: Page) => page.evaluate(readPen);

/** The text of the yellow highlight drawn (the words the drag selected). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const [r] = [...(reg?.get('dubao-yellow') ?? [])];
    return r?.toString() ?? '';
  });

/** The boxes of the first 12 characters of block 2 (left, right, top), wherever the text nodes split. */
const charBoxes = (page: Page) =>
  page.evaluate(() => {
    const out: { left: number; right: number; top: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector('[data-dubao-block="2"]')!, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t && out.length < 12; t = walker.nextNode() as Text | null) {
      for (let i = 0; i < t.data.length && out.length < 12; i++) {
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 1);
        const b = r.getBoundingClientRect();
        out.push({ left: b.left, right: b.right, top: b.top });
      }
    }
    return out;
  });

/** Clicks the toolbar button whose text is `text`. */
async function press(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((t) => {
    const b = Array.from(document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelectorAll('button') ?? []).find((x) => x.textContent === t) as Element;
    const r = b.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, text);
  await page.mouse.click(at.x, at.y);
}

/** This file's tests, in the Firefox `firefox` of firefox-shared.e2e.ts, started with Dubao's state emptied. */
export function noteMarkTests(firefox: FirefoxFile): void {
  describe('Firefox: the sign of a highlight\'s note', () => {
    beforeAll(() => firefox.emptyState());

    it('shows a pen after a noted highlight, the note on a resting pointer, the toolbar on a click, again after a reload and in the dark theme', async () => {
      const page = await firefox.openArticle(XSRB.url);
      await page.bringToFront();
      const apart = await charBoxes(page);
      await drag(driven(page), await charPoint(driven(page), 2, '农'), await charPoint(driven(page), 2, '山'));
      await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
      await press(page, '✎');
      await page.keyboard.type(NOTE);
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await page.waitForFunction(() => !document.querySelector('[data-dubao-ui="toolbar"]'), { timeout: 5000 });
      // Right after the highlight's last character (the drag ends at 山's middle: Firefox may leave 山 out).
      await expect.poll(async () => (await pen(page))?.before, { timeout: 5000 }).toBe(await highlighted(page));
      expect(await highlighted(page)).toMatch(/^农业银行萧/u);
      const p = (await pen(page))!;
      expect(p.sign).toContain('✎');
      expect(p.w).toBeGreaterThan(6);
      // Ending inside a run of text (萧山分行…), the pen takes no room in the line (no character
      // moved) and is drawn above it, over the end of the highlight's last character.
      const now = await charBoxes(page);
      for (const [k, c] of now.entries()) expect(Math.abs(c.left - apart[k]!.left), `character ${k}`).toBeLessThan(1);
      const last = now[p.before.length - 1]!;
      expect(p.y).toBeLessThan(last.top);
      expect(Math.abs(p.x - last.right)).toBeLessThan(p.w);
      expect(p.tip).toBe('none');
      await page.mouse.move(p.x - 30, p.y - 30);
      await page.mouse.move(p.x, p.y, { steps: 5 });
      // Firefox reports the tooltip's content as written (attr(data-note)), Chromium as drawn: 'none' until shown.
      expect(await page.evaluate(() => (document.querySelector('.dubao-note-mark') as HTMLElement).dataset.note)).toContain(NOTE);
      await expect.poll(async () => (await pen(page))?.tip, { timeout: 3000 }).toMatch(/attr\(data-note\)|记下/u);
      await page.screenshot({ path: join(shots, 'hover.png') as `${string}.png` });
      await page.mouse.click(p.x, p.y);
      await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
      const note = () => page.evaluate(() => document.querySelector('[data-dubao-ui="toolbar"]')?.shadowRoot?.querySelector('.note')?.textContent ?? '');
      await expect.poll(note, { timeout: 5000 }).toContain(NOTE);
      // After a reload, in the dark theme (keys t t t): the pen again.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: FIREFOX_ARTICLE_MS });
      await expect.poll(async () => (await pen(page))?.before, { timeout: 5000 }).toMatch(/^农业银行萧/u);
      for (let i = 0; i < 3; i++) await page.keyboard.press('KeyT');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgb(28, 28, 30)', { timeout: 5000 });
      expect((await pen(page))?.sign).toContain('✎');
      await page.screenshot({ path: join(shots, 'dark.png') as `${string}.png` });
      // The highlight removed: its pen goes with it (the other tests of this browser start clean).
      await drag(driven(page), await charPoint(driven(page), 2, '农'), await charPoint(driven(page), 2, '山'));
      await page.waitForSelector('div[data-dubao-ui="toolbar"]', { timeout: 5000 });
      await press(page, '⌫');
      await expect.poll(() => pen(page), { timeout: 5000 }).toBeNull();
    });
  });
}
