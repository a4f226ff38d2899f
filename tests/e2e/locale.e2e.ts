// The interface language the reader's browser runs in is the language Dubao's panel speaks.
// Run once per language by the test runner (DUBAO_E2E_LANG=zh-CN, the default, and en): the
// expected words are written out here, not looked up through chrome.i18n, so a browser that
// silently falls back to English (no chromium-l10n locale pack) fails the Chinese run.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { browserPerFile, openPopup, UI_LANG } from './harness';

const EXPECTED = {
  'zh-CN': { name: '读报 Dubao', headings: ['当前页面', '阅读', '最近读过'], view: ['修复后', '原文'], saveWord: '收藏生词' },
  en: { name: 'Dubao — e-paper reader', headings: ['This page', 'Reading', 'Recently read'], view: ['Repaired', 'Original'], saveWord: 'Save word' },
}[UI_LANG];

const session = browserPerFile();
const article = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

describe(`the panel in the ${UI_LANG} interface`, { tags: ['ui-text'] }, () => {
  it(`names the extension “${EXPECTED.name}” and shows its headings and view switch in ${UI_LANG}`, async () => {
    const page = await session.context.newPage();
    await page.goto(article.url);
    await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    const popup = await openPopup(session, article.url);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(EXPECTED.name);
    for (const h of EXPECTED.headings) await expect.poll(() => popup.getByRole('heading', { name: h, exact: true }).isVisible()).toBe(true);
    for (const v of EXPECTED.view) await expect.poll(() => popup.getByRole('button', { name: v, exact: true }).isVisible()).toBe(true);
    const uiLang = await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    expect(uiLang.toLowerCase().startsWith(UI_LANG === 'en' ? 'en' : 'zh')).toBe(true);
    await popup.close();
    await page.close();
  });

  it(`names a card's save button “${EXPECTED.saveWord}”`, async () => {
    const page = await session.context.newPage();
    await page.goto(article.url);
    const term = page.locator('.dubao-term:has-text("医银合作")').first();
    await term.waitFor({ timeout: 5000 });
    await term.hover();
    const save = page.locator('[data-dubao-ui="card"]').getByRole('button', { name: EXPECTED.saveWord, exact: true });
    await expect.poll(() => save.count(), { timeout: 5000 }).toBe(1);
    await page.close();
  });
});
