// In real Chromium: highlights saved on an article, then the same URL served with the article as
// papers re-publish it — an editor's note added before, a word put right inside a highlight,
// paragraphs cut at other places by the new print layout, a sentence taken out — and read in
// Taiwan script. What is drawn again, what is listed as not found, and nothing lost from the library.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html, modelled on
// xsrb.xsnet.cn's <br>-wrapped article body: a blank line between print lines starts a paragraph).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';
import { ARTICLE_MS, ask, browserPerTest, label, openPopup, PART_MS } from './harness';
import { dragOver, offsetOf } from './pointer';

const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;
const URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886777.htm';
const ORIGINAL = readFileSync(join(PAGES_DIR, xsrb.file), 'utf8');
/** The page as served now (the test switches it to the re-print). */
let served = ORIGINAL;

/** The re-print: each change a paper makes when it publishes an article again. */
function reprint(html: string): string {
  const edits: [string, string][] = [
    // An editor's note before everything.
    ['近日，记者从医保萧山分局了解<br>', '（本文于3月10日更新）<br>\n<br>\n近日，记者从医保萧山分局了解<br>'],
    // A word put right inside a highlight (更方便 → 更加方便).
    ['过来了。比起去医保中心办理，这里<br>\n更方便', '过来了。比起去医保中心办理，这里<br>\n更加方便'],
    // The new layout starts a paragraph inside 幸福感 and puts a column break (a blank line) in 李静如.
    ['感、幸福感、安全感。', '感、幸<br>\n<br>\n福感、安全感。'],
    ['业银行萧山分行城厢支行负责人李<br>\n静如说。', '业银行萧山分行城厢支行负责人李静<br>\n<br>\n如说。'],
    // A sentence taken out.
    ['办、代办等服务，提升服务体验。”农', '办、代办等服务。”农'],
  ];
  for (const [from, to] of edits) {
    if (!html.includes(from)) throw new Error(`the fixture no longer holds ${from}`);
    html = html.replace(from, to);
  }
  return html;
}

// A fresh browser and profile for every test (highlights are saved).
const session = browserPerTest(() => new Map([[URL, { get body() { return served; } }]]));

/** The text under each drawn highlight, readings left out. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.forEach((h, name) => {
      if (name === 'dubao-word') return;
      for (const r of h) {
        const f = r.cloneContents();
        f.querySelectorAll('rt').forEach((x) => x.remove());
        out.push(`${name}:${f.textContent}`);
      }
    });
    return out.sort();
  });

async function open(page: Page): Promise<void> {
  await page.goto(URL);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
  await page.bringToFront();
}

/** Highlights the first occurrence of `text` with the toolbar's `color`. */
async function highlight(page: Page, text: string, color: string): Promise<void> {
  const block = await page.evaluate((t) => Array.from(document.querySelectorAll('[data-dubao-block]')).findIndex((b) => (b.textContent ?? '').includes(t)), text);
  const at = await offsetOf(page, block, text);
  await dragOver(page, block, at, at + text.length);
  await page.locator('[data-dubao-ui="toolbar"]').waitFor();
  const before = (await drawn(page)).length;
  await page.locator(`[data-dubao-ui="toolbar"] button.${color}`).click();
  await expect.poll(async () => (await drawn(page)).length).toBe(before + 1);
}

describe('highlights on a re-printed article', () => {
  it('are drawn again where their words still are (also cut by a new paragraph break, in Taiwan script); a removed sentence is listed as not found and stays in the library', async () => {
    served = ORIGINAL;
    const page = await session.context.newPage();
    await open(page);
    await highlight(page, '镇街', 'yellow');
    await highlight(page, '幸福感', 'yellow');
    await highlight(page, '李静如', 'green');
    await highlight(page, '比起去医保中心办理，这里更方便', 'blue');
    await highlight(page, '为400余人提供医保咨询', 'pink');
    await highlight(page, '提升服务体验', 'green');

    served = reprint(ORIGINAL);
    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled] .dubao-term', { timeout: ARTICLE_MS });
    // The new paragraph break is there: 幸 | 福感 stand in different blocks now (the column break in
    // 李静 | 如 is joined again by the repair, as a print line).
    const texts = await page.evaluate(() => Array.from(document.querySelectorAll('[data-dubao-block]'), (b) => b.textContent ?? ''));
    expect(texts.some((t) => t.endsWith('获得感、幸'))).toBe(true);
    // Before, the short highlight cut by the new break (幸福感) was not found.
    const expected = ['dubao-blue:比起去医保中心办理，这里更加方便', 'dubao-green:李静如', 'dubao-pink:为400余人提供医保咨询', 'dubao-yellow:幸福感', 'dubao-yellow:镇街'];
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(expected);

    // The popup lists the one whose sentence is gone as not found on this page.
    const popup = await openPopup(session, URL);
    const notFound = await label(popup, 'hlNotFound');
    await expect.poll(() => popup.getByText(notFound, { exact: true }).count()).toBe(1);
    // Nothing is lost from the library.
    expect((await ask<unknown[]>(popup, { type: 'highlights:for-url', url: URL })).length).toBe(6);

    // In Taiwan script, the same five.
    await popup.locator('#dubao-script').selectOption('tw');
    await expect.poll(() => drawn(page), { timeout: PART_MS }).toEqual(['dubao-blue:比起去醫保中心辦理，這裡更加方便', 'dubao-green:李靜如', 'dubao-pink:為400餘人提供醫保諮詢', 'dubao-yellow:幸福感', 'dubao-yellow:鎮街']);
    await popup.close();
    await page.close();
  });
});
