// In real Chromium: the popup's "Articles open" choice decides how the next article opens.
// The page is the 萧山日报 fixture (tests/fixtures/pages/xsrb-article-br.html).
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { browserPerFile, label, openPopup } from './harness';

const session = browserPerFile();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

/** Chooses how articles open in the popup's labelled select, from the keyboard, and waits until it is stored. */
async function articlesOpen(value: 'repaired' | 'original'): Promise<void> {
  const popup = await openPopup(session, xsrb.url);
  const select = popup.getByLabel(await label(popup, 'defaultViewLabel'));
  await select.focus();
  await popup.keyboard.press(value === 'original' ? 'ArrowDown' : 'ArrowUp');
  const stored = () => popup.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: { defaultView?: string } }> } } } }).chrome.storage.sync.get('settings')).settings ?? {}).defaultView);
  await expect.poll(stored).toBe(value);
  await popup.close();
}

describe('settings: how articles open', () => {
  it('opens the next article as printed after the reader chooses "Original", and repaired again after "Repaired"', async () => {
    await articlesOpen('original');
    const page = await session.context.newPage();
    await page.goto(xsrb.url);
    // The popup sees the article recognised and shown as printed.
    const popup = await openPopup(session, xsrb.url);
    const original = popup.getByRole('button', { name: await label(popup, 'viewOriginal') });
    await expect.poll(() => original.getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    expect(await page.locator('[data-dubao="repaired"]').count()).toBe(0);
    expect(await page.locator('#ozoom').innerHTML()).toContain('到，我区积极推进“医银合作”新模<br>');

    await articlesOpen('repaired');
    await page.reload();
    await page.waitForSelector('[data-dubao="repaired"]');
    await page.close();
  });
});
