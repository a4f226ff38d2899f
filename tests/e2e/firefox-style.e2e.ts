// In real Firefox (firefox-esr over WebDriver BiDi, as firefox.e2e.ts): the article style keys
// restyle the repaired article only (the style sheet works from a Firefox content script), and
// the page around it keeps its own styles. The popup cannot be opened here, so pinyin is not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';

const EXTENSION = process.env.DUBAO_FIREFOX_EXTENSION ?? new URL('../../.output/firefox-mv3-e2e/', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`Firefox build missing: run npm run build:e2e:firefox (${EXTENSION})`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, acceptInsecureCerts: true, args: ['--width=1100', '--height=900'] });
  await browser.installExtension(EXTENSION);
  page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url().split('#')[0] as string;
    if (url === xsrb.url.split('#')[0]) return void req.respond({ status: 200, contentType: `text/html; charset=${xsrb.charset}`, body: readFileSync(join(PAGES_DIR, xsrb.file)) });
    return void req.respond({ status: 404, contentType: 'text/plain', body: '' });
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const look = () =>
  page.evaluate(() => {
    const a = document.querySelector('.dubao-article') as Element;
    const b = document.querySelector('.dubao-article .dubao-body') as Element;
    return { bg: getComputedStyle(a).backgroundColor, size: parseFloat(getComputedStyle(b).fontSize), bodyBg: getComputedStyle(document.body).backgroundColor, styles: document.querySelectorAll('style').length };
  });

describe('Firefox: article style', () => {
  it('steps size and theme from the keyboard on the repaired article only', async () => {
    await page.goto(xsrb.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article', { timeout: 15000 });
    const before = await look();
    await page.keyboard.press('Equal');
    for (let i = 0; i < 3; i++) await page.keyboard.press('KeyT');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgb(28, 28, 30)', { timeout: 5000 });
    const after = await look();
    expect(after.size / before.size).toBeCloseTo(1.12, 1);
    expect(after.bodyBg).toBe(before.bodyBg);
    console.log(`[firefox] article style: ${before.size}px → ${after.size}px, background ${after.bg}; <style> elements on the page ${before.styles} → ${after.styles}`);
    await page.keyboard.press('Digit0');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor === 'rgba(0, 0, 0, 0)', { timeout: 5000 });
  });
});
