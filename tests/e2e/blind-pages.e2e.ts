// In real Chromium (the e2e build, whose host list stands in for the reader's grant on papers Dubao
// does not list): the blind11 … blind16 pages (tests/fixtures/pages/blind11-* … blind16-*), each
// served under its own URL. Every article page, started by the popup's "Use Dubao on this page",
// shows exactly its gold blocks under its title — blind11: bylines with spaced names (□ 晏 秋,
// 新民晚报首席记者 吴 翔 见习记者 顾 佳) as bylines, captions as captions; blind12: section heads 一、…
// and a ——记… subtitle as headings, contact lines and a decimal cut by a print line repaired, a
// two-character title (讣告); blind13: interview turns, a table's rows, a poem's unmarked lines, a 名单's
// name lines, ▲ items and captions signed 摄影 each as the print gives them; blind14: <br> print lines cut
// inside a URL, an e-mail address and a phone number joined, a mobile page's player and controls left out,
// a 数说 box's items, a quiz's options, 一、 section heads and numbered captions each as the print gives them;
// blind16: a price list's and a tide table's rows each a line of their own under their heads, plain 【案情】 heads,
// and an unindented body in one <p> per print line parted into its paragraphs; blind17: news portals' articles
// without their comment lists, 纠错/责编/撰稿 lines, page bars, advertisements, video placeholders and topic boxes.
// A page that is no article is left alone: 钱江晚报's search page on a host Dubao knows, 岱山新闻网's column
// index, 畲乡报's PDF page, 湖州日报's 往期回顾 calendar and 萧山日报's e-paper front index (both on hosts Dubao knows),
// and 浙江在线's channel list, where "Use Dubao on this page" too finds no article and the popup says so;
// blind18: nine pages that are no article (a 版面导航, a calendar, a PDF page, search results, a 图集, a video page,
// a not-found page, a 专题 landing page, a 留言板 list) each left alone and refused so, and a 简讯, a body in one
// <div> per paragraph and a 图片新闻 with a paragraph-long caption still read; blind19: a body in a <table> of one <td>
// per print line, print lines each in a <font>, pictures inside a cut paragraph, 一是…四是… cut by columns, a 问/答
// column, a poem's unmarked lines in <br> stanzas and a signed 更正 as the print gives them; a day's PDF 下载 table
// and a 报刊订阅 page left alone and refused so; blind20: print lines in <div>s with blank <div>s, a body in one <pre>, a
// 图片新闻 of headed items, a 通告 in 第N条 clauses, a title printed as a picture, Latin words cut by print lines, a byline
// after the last paragraph and ◆ subheads as the print gives them; a day's 本期目录 and a press group's 数字报刊 entry left
// alone and refused so, an e-paper's 使用帮助 page left alone.
//
// A sample of the pages, not every one (DUBAO_BLIND_ALL=1 runs every page): per set, the first page of each
// way an article starts — by itself on a host Dubao lists, on request on a Founder page, forced on a page Dubao
// leaves alone — and the first page of each way a page is left alone (refused by the forced start or not).
// Every page of every set is read by the DOM tests (tests/dom/detect-pages-blind11 … blind20.test.ts, which
// compare the same gold blocks, alone and in order, and check the forced start and its refusal): what only the
// browser shows — its own parsing of the served bytes, the content script and the popup starting Dubao,
// the blocks as drawn — needs one page of each kind, not 110 (431 s of a 1,445 s test run, December 2026).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { BLIND11_PAGES, BLIND12_PAGES, BLIND13_PAGES, BLIND14_PAGES, BLIND15_PAGES, BLIND16_PAGES, BLIND17_PAGES, BLIND18_PAGES, BLIND19_PAGES, BLIND20_PAGES, BLIND69_PAGES, BLIND120_PAGES, blindGold, blockLines, type BlindPage } from '../helpers/blind-pages';
import { PAGES_DIR } from '../helpers/fixtures';
import { ARTICLE_MS, label, launch, openPopup, PART_MS, routeFixtures, type ExtraPages, type Session } from './harness';

let session: Session;
/** A quiet period proving that nothing starts: longer than the content script's start. */
const QUIET_MS = 1500;
const SETS = [
  { name: 'blind11', pages: BLIND11_PAGES, alone: ['blind11-qjwb-search-results.html'] },
  { name: 'blind12', pages: BLIND12_PAGES, alone: ['blind12-dsxw-column-index.html'] },
  { name: 'blind13', pages: BLIND13_PAGES, alone: ['blind13-sxb-pdf-download.html'] },
  { name: 'blind14', pages: BLIND14_PAGES, alone: ['blind14-hzrb-period-calendar.html'] },
  { name: 'blind15', pages: BLIND15_PAGES, alone: ['blind15-hzrb-login-form.html'] },
  { name: 'blind16', pages: BLIND16_PAGES, alone: ['blind16-xsrb-epaper-front-index.html'] },
  { name: 'blind17', pages: BLIND17_PAGES, alone: ['blind17-zjol-channel-list.html'] },
  { name: 'blind18', pages: BLIND18_PAGES, alone: BLIND18_PAGES.filter((p) => !p.expect.recognized && !p.forced).map((p) => p.file) },
  { name: 'blind19', pages: BLIND19_PAGES, alone: BLIND19_PAGES.filter((p) => !p.expect.recognized && !p.forced).map((p) => p.file) },
  { name: 'blind20', pages: BLIND20_PAGES, alone: BLIND20_PAGES.filter((p) => !p.expect.recognized && !p.forced).map((p) => p.file) },
];

/**
 * Pages whose picture and caption the template prints right before the body's container, in the title's cell
 * (lib/extract/leading-pictures.ts): 文匯報 (blind120) and 羊城晚报 (blind69).
 */
const LEADING = [...BLIND120_PAGES, ...BLIND69_PAGES].filter((p) => /wenweipo120c|ycwb1-classic/u.test(p.file));

beforeAll(async () => {
  session = await launch();
  const extra: ExtraPages = new Map([...SETS.flatMap((s) => s.pages), ...LEADING].map((p) => [p.url, { body: readFileSync(join(PAGES_DIR, p.file)) }] as const));
  await routeFixtures(session.context, extra);
});
afterAll(async () => {
  await session?.close();
});

/** How an article page starts: by itself on a host Dubao lists, on request on a Founder page, or forced on a page Dubao leaves alone. */
const startKind = (p: BlindPage): string => (p.expect.recognized && p.expect.site !== 'founder' ? 'own' : p.forced ? 'forced' : 'founder');
/** The first of `items` of each kind (all of them with DUBAO_BLIND_ALL=1). */
function sample<T>(items: readonly T[], kind: (t: T) => string): T[] {
  if (process.env.DUBAO_BLIND_ALL === '1') return [...items];
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(kind(t)) && !!seen.add(kind(t)));
}

// The pages are independent (each in a tab of its own, under its own URL; "Use Dubao on this page" starts
// Dubao in that tab only), and most of a test's time is spent waiting on the browser, so a set's tests run
// a few at a time (maxConcurrency in vitest.e2e.config.ts) with the test's own `expect`.
describe.each(SETS)('the $name pages in Chromium', ({ pages, alone: aloneAll }) => {
  const articles = sample(pages.filter((p) => p.expect.kind === 'article' || p.forced), startKind);
  const alone = sample(aloneAll, (file) => String(!!pages.find((p) => p.file === file)?.forcedRefused));
  it.concurrent.for(articles.map((p) => [p.file, p] as const))('%s shows its gold blocks under its title', async ([file, p], { expect }) => {
    const page = await session.context.newPage();
    await page.goto(p.url);
    await page.waitForLoadState('load');
    const popup = await openPopup(session, p.url);
    // On a host Dubao lists (a site profile of its own, not the generic Founder one) it starts by itself.
    if (!(p.expect.recognized && p.expect.site !== 'founder')) {
      const useHere = popup.getByRole('button', { name: await label(popup, 'useOnThisPage') });
      await useHere.waitFor({ state: 'visible', timeout: 10000 });
      await useHere.click();
    }
    await expect.poll(() => popup.getByTestId('title').count(), { timeout: PART_MS }).toBe(1);
    expect(await popup.getByTestId('title').textContent()).toBe(p.forced?.title ?? p.expect.title);
    await popup.close();
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const blocks = await page.$$eval('.dubao-article [data-dubao-block]', (els) =>
      els.map((e) => `${(/dubao-(heading|byline|body|caption)/u.exec(e.className) ?? [])[1]}: ${(e.textContent ?? '').replace(/\s+/gu, '')}`));
    expect(blocks, file).toEqual(blockLines(blindGold(p)));
    if (process.env.DUBAO_SHOT && file.includes(process.env.DUBAO_SHOT)) await page.screenshot({ path: `/tmp/${file}.png`, fullPage: true });
    await page.close();
  });

  it.concurrent.for(alone)('leaves %s alone', async (file, { expect }) => {
    const page = await session.context.newPage();
    await page.goto(pages.find((p) => p.file === file)!.url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(QUIET_MS);
    expect(await page.locator('[data-dubao]').count()).toBe(0);
    // A page that is no article stays so when the reader presses "Use Dubao on this page": the popup says no article was found.
    if (pages.find((p) => p.file === file)?.forcedRefused) {
      const url = pages.find((p) => p.file === file)!.url;
      const popup = await openPopup(session, url);
      const useHere = popup.getByRole('button', { name: await label(popup, 'useOnThisPage') });
      await useHere.waitFor({ state: 'visible', timeout: 10000 });
      await useHere.click();
      const none = await label(popup, 'noArticleFound');
      await expect.poll(() => popup.getByRole('status').allTextContents(), { timeout: PART_MS }).toContain(none);
      expect(await popup.getByTestId('title').count()).toBe(0);
      await popup.close();
      await page.waitForTimeout(QUIET_MS);
      expect(await page.locator('.dubao-article').count()).toBe(0);
    }
    await page.close();
  });
});

describe('the picture printed before the body, in Chromium', () => {
  it.concurrent.for(LEADING.map((p) => [p.file, p] as const))('%s: the caption first, under the picture, the page\'s own picture box hidden until the original view', async ([file, p], { expect }) => {
    const page = await session.context.newPage();
    await page.goto(p.url);
    await page.waitForLoadState('load');
    const popup = await openPopup(session, p.url);
    const useHere = popup.getByRole('button', { name: await label(popup, 'useOnThisPage') });
    await useHere.waitFor({ state: 'visible', timeout: 10000 });
    await useHere.click();
    await expect.poll(() => popup.getByTestId('title').count(), { timeout: PART_MS }).toBe(1);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]', { timeout: ARTICLE_MS });
    const blocks = await page.$$eval('.dubao-article [data-dubao-block]', (els) =>
      els.map((e) => `${(/dubao-(heading|byline|body|caption)/u.exec(e.className) ?? [])[1]}: ${(e.textContent ?? '').replace(/\s+/gu, '')}`));
    expect(blocks, file).toEqual(blockLines(blindGold(p)));
    const first = await page.$$eval('.dubao-article > *', (els) => els.slice(0, 2).map((e) => e.className));
    expect(first[0]).toBe('dubao-media');
    expect(first[1]).toContain('dubao-caption');
    // The page's own picture box is hidden while the repaired article shows the picture and caption, and back in the original view.
    const boxShown = () => page.$eval('.pic-desc', (el) => getComputedStyle(el.closest('table') as Element).display !== 'none');
    expect(await boxShown()).toBe(false);
    if (process.env.DUBAO_SHOT && file.includes(process.env.DUBAO_SHOT)) await page.screenshot({ path: `/tmp/${file}.png`, fullPage: true });
    const view = popup.getByRole('button', { name: await label(popup, 'viewOriginal') });
    await view.click();
    await expect.poll(() => page.locator('[data-dubao="original"]').count(), { timeout: PART_MS }).toBe(1);
    expect(await boxShown()).toBe(true);
    await popup.close();
    await page.close();
  });
});
