// In real Chromium: "always on this site" registers a content script through chrome.scripting and
// lists the origin (local storage), and the library's "Turn off" button — clicked as a reader
// clicks it — unregisters the script and removes the entry (lib/site-control.ts). The origin is
// one the e2e build is granted (wxt.config.ts E2E_HOSTS), so permissions.contains holds; the
// browser's permission prompt itself cannot be driven by Playwright.
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, askReply, browserPerFile, label } from './harness';

const session = browserPerFile();
const ORIGIN = 'https://szb.lhnews.cn';

type Chrome = {
  chrome: {
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  };
};

/** The registered site scripts and the stored list, as the service worker sees them. */
async function state(worker: Worker): Promise<{ scripts: string[]; list: unknown }> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as Chrome).chrome;
    const scripts = (await c.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${(s.matches ?? []).join(' ')}`);
    return { scripts, list: (await c.storage.local.get('alwaysOn')).alwaysOn ?? [] };
  });
}

describe('always on this site', () => {
  it('registers and lists the site, and the library’s Turn off button unregisters and removes it', async () => {
    const [worker] = session.context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    const reply = await askReply(library, { type: 'site:enable', origin: ORIGIN });
    expect(reply).toEqual({ ok: true, value: { origin: ORIGIN } });
    expect(await state(worker)).toEqual({ scripts: [`dubao-site-${ORIGIN} ${ORIGIN}/*`], list: [ORIGIN] });
    // Enabling again changes nothing.
    await ask(library, { type: 'site:enable', origin: ORIGIN });
    expect((await state(worker)).scripts).toHaveLength(1);

    await library.reload();
    const off = library.getByRole('button', { name: await label(library, 'siteTurnOff', ORIGIN) });
    await off.click();
    await library.getByRole('status').filter({ hasText: await label(library, 'siteTurnedOff', ORIGIN) }).waitFor({ timeout: 5000 });
    expect(await state(worker)).toEqual({ scripts: [], list: [] });
    expect(await off.count()).toBe(0);
    await library.close();
  });
});
