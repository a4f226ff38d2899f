// In real Chromium, the popup panel's controls as a reader sees and hears them before anything is
// saved: export buttons with nothing to export look disabled (the popup had no disabled style, so
// they looked live and did nothing), and the two "Import JSON…" buttons are named for what they
// import; and the library's search boxes show their whole hint (the English one for saved words was
// cut to "…pinyin or in").
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { browserPerFile, label, openPopup } from './harness';

// One browser for the file: its tests only read the empty store.
const session = browserPerFile();
const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')!;

describe('popup controls', { tags: ['ui-text'] }, () => {
  it('shows the empty exports as disabled and names each import button for what it imports', async () => {
    const popup = await openPopup(session, xsrb.url);
    const exportGroup = popup.getByRole('group', { name: await label(popup, 'hlExportLabel', '0') });
    const markdown = exportGroup.getByRole('button', { name: await label(popup, 'hlFormatMarkdown') });
    await expect.poll(() => markdown.isDisabled()).toBe(true);
    const opacity = (name: string) => popup.getByRole('button', { name, exact: true }).evaluate((b) => Number(getComputedStyle(b).opacity));
    const importHighlights = await label(popup, 'hlImportLabel');
    const importTerms = await label(popup, 'termsImportLabel');
    expect(await markdown.evaluate((b) => Number(getComputedStyle(b).opacity))).toBeLessThanOrEqual(0.6);
    expect(await opacity(importHighlights)).toBe(1);
    // Two buttons that read "Import JSON…" on screen, told apart by their names.
    expect(await popup.getByRole('button', { name: importHighlights, exact: true }).textContent()).toBe(await label(popup, 'hlImport'));
    expect(await popup.getByRole('button', { name: importTerms, exact: true }).textContent()).toBe(await label(popup, 'termsImport'));
  });

  it('shows the whole hint in the library\'s search boxes (run in English too: DUBAO_E2E_LANG=en)', async () => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html`);
    const words = lib.getByRole('searchbox', { name: await label(lib, 'wordsSearch') });
    await words.waitFor();
    // The hint's width in the box's own font, against the room inside the box.
    const fit = await words.evaluate((el) => {
      const input = el as HTMLInputElement;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.font = style.font;
      return { hint: Math.ceil(ctx.measureText(input.placeholder).width), room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(fit.hint, `hint ${fit.hint}px in ${fit.room}px`).toBeLessThanOrEqual(fit.room);
  });
});
