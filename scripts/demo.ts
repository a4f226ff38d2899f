// npm run demo: builds Dubao, serves the bundled sample e-paper pages under their real URLs and
// opens Chromium with Dubao loaded. With a display: an ordinary window to play with. Without
// one: visits every sample headless and writes screenshots of each page and of the popup panel.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../tests/helpers/fixtures';
import { label, launch, openPopup, routeFixtures, type ExtraPages } from '../tests/e2e/harness';

const OUT = join(process.cwd(), 'demo-output');
const INDEX_URL = 'https://xsrb.xsnet.cn/dubao-samples.html';

function indexPage(): string {
  const rows = FIXTURES.map((f) => `<li><a href="${f.url}">${f.expect.title ?? f.file}</a> <small>${f.file} · ${f.follows.replace(/</gu, '&lt;')}</small></li>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Dubao sample pages</title><body style="font:15px system-ui;max-width:900px;margin:2em auto"><h1>读报 Dubao — sample e-paper pages</h1><p>Each link opens a sample page under its real e-paper URL (served locally). Open the Dubao toolbar button on an article.</p><ul>${rows}</ul>`;
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.DUBAO_HEADLESS !== '1';
  execSync('bash scripts/ensure-browsers.sh', { stdio: 'inherit', env: { ...process.env, DUBAO_NO_FIREFOX: '1' } });
  console.error('building Dubao…');
  execSync('npx wxt build --mode e2e', { stdio: ['ignore', 'ignore', 'inherit'] });
  const session = await launch({ headed });
  const extra: ExtraPages = new Map([[INDEX_URL, { body: indexPage() }]]);
  await routeFixtures(session.context, extra);

  if (headed) {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(INDEX_URL);
    console.log(`Chromium is open with Dubao loaded on ${INDEX_URL}; close the window to stop.`);
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const f of FIXTURES.filter((x) => x.expect.recognized)) {
    const page = await session.context.newPage();
    await page.goto(f.url);
    if (f.expect.site === 'founder') await useOnThisPage(session, f.url);
    if (f.expect.kind === 'article') await page.waitForSelector('[data-dubao="repaired"]', { timeout: 15000 }).catch(() => undefined);
    await page.locator('[data-dubao]').first().scrollIntoViewIfNeeded().catch(() => undefined);
    const shot = join(OUT, f.file.replace(/\.html$/u, '.png'));
    await page.screenshot({ path: shot, fullPage: false });
    written.push(shot);
    const popup = await openPopup(session, f.url);
    await popup.setViewportSize({ width: 360, height: 460 });
    await popup.waitForTimeout(400);
    const pshot = join(OUT, `popup-${f.file.replace(/\.html$/u, '.png')}`);
    await popup.screenshot({ path: pshot, fullPage: true });
    written.push(pshot);
    await popup.close();
    await page.close();
  }
  written.push(...(await readingShots(session)));
  await session.close();
  for (const p of written) console.log(p);
}

/** The reading features on one article: pinyin over every character, and a glossary card. */
async function readingShots(session: Awaited<ReturnType<typeof launch>>): Promise<string[]> {
  const f = FIXTURES.find((x) => x.file === 'xsrb-article-br.html');
  if (!f) return [];
  const page = await session.context.newPage();
  await page.goto(f.url);
  const popup = await openPopup(session, f.url);
  await popup.locator('#dubao-pinyin').selectOption('all');
  await popup.locator('#dubao-tone').selectOption('mark');
  await popup.getByRole('checkbox', { name: await label(popup, 'toneColors') }).check();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.waitForTimeout(300);
  const panel = join(OUT, 'popup-reading-options.png');
  await popup.screenshot({ path: panel, fullPage: true });
  await popup.close();
  await page.waitForSelector('.dubao-article ruby', { timeout: 15000 }).catch(() => undefined);
  // With pinyin on, a term's text holds its readings too: find 医银合作 by its characters.
  const idx = await page.$$eval('.dubao-term', (els) => els.findIndex((e) => Array.from(e.childNodes).map((n) => (n.nodeName === 'RUBY' ? Array.from(n.childNodes).filter((c) => c.nodeName !== 'RT' && c.nodeName !== 'RP').map((c) => c.textContent).join('') : n.textContent)).join('').replace(/\s/gu, '') === '医银合作'));
  const term = page.locator('.dubao-term').nth(Math.max(idx, 0));
  await term.scrollIntoViewIfNeeded().catch(() => undefined);
  await term.hover().catch(() => undefined);
  await page.waitForTimeout(900);
  const shot = join(OUT, 'reading-pinyin-and-glossary-card.png');
  await page.screenshot({ path: shot });
  const themed = await themeShots(session, page, f.url);
  await page.close();
  return [panel, shot, ...themed];
}

/** The repaired article with pinyin grouped by word in a reading theme (sepia, larger, serif) and in the dark theme, and the popup's style section. */
async function themeShots(session: Awaited<ReturnType<typeof launch>>, page: Page, url: string): Promise<string[]> {
  const out: string[] = [];
  // The dictionary card of the shot before closes when the pointer leaves.
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  const popup = await openPopup(session, url);
  await popup.setViewportSize({ width: 360, height: 900 });
  for (const [theme, file] of [['sepia', 'reading-theme-sepia.png'], ['dark', 'reading-theme-dark.png']] as const) {
    await popup.locator('#dubao-theme').selectOption(theme);
    if (theme === 'sepia') {
      await popup.getByRole('button', { name: await label(popup, 'styleLarger') }).click();
      await popup.locator('#dubao-font').selectOption('serif');
      await popup.locator('#dubao-measure').selectOption('36');
    }
    await page.waitForFunction((t) => getComputedStyle(document.querySelector('.dubao-article') as Element).backgroundColor !== (t === 'dark' ? 'rgb(244, 236, 216)' : 'rgba(0, 0, 0, 0)'), theme);
    await page.locator('.dubao-article').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -20));
    await page.waitForTimeout(300);
    const shot = join(OUT, file);
    await page.screenshot({ path: shot });
    out.push(shot);
  }
  await popup.locator('#dubao-style-h').scrollIntoViewIfNeeded();
  const panel = join(OUT, 'popup-article-style.png');
  await popup.locator('section[aria-labelledby="dubao-style-h"]').screenshot({ path: panel });
  out.push(panel);
  // Back to the page's own look for whoever plays with the demo next.
  await popup.locator('#dubao-theme').selectOption('page');
  await popup.close();
  return out;
}

async function useOnThisPage(session: Awaited<ReturnType<typeof launch>>, url: string): Promise<void> {
  const popup: Page = await openPopup(session, url);
  await popup.getByRole('button', { name: await label(popup, 'useOnThisPage') }).click();
  await popup.getByTestId('title').waitFor({ timeout: 10000 }).catch(() => undefined);
  await popup.close();
}

main().catch((e: unknown) => {
  console.error(`demo failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
