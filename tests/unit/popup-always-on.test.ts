// The popup's "Always on this site" (entrypoints/popup/api.ts) asks the browser for the site's
// permission in the click's own task. Firefox refuses a `permissions.request` made after anything
// was awaited in the click's handler ("permissions.request may only be called from a user input
// handler"): seen in firefox-esr, where the button said 「读报无法在这类页面上运行……」 on an
// e-paper article and the site was never enabled. Chromium's looser rule hid it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createPopupApi } from '../../entrypoints/popup/api';

const ARTICLE = 'https://szb.lhnews.cn/html/2024-07/30/content_31872_1204516.htm';

/** Firefox's rule: a request counts only while the click's handler runs. */
let inClick = false;
let enabled: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  inClick = false;
  enabled = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, url: ARTICLE, active: true, highlighted: true, pinned: false, incognito: false, windowId: 1 }] as never);
  vi.spyOn(browser.permissions, 'request').mockImplementation(async () => {
    if (!inClick) throw new Error('permissions.request may only be called from a user input handler');
    return true;
  });
  // No content script answers on this page; the background enables the site.
  vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    const msg = m as { type: string; origin?: string };
    if (msg.type === 'site:enable') enabled.push(msg.origin as string);
    return { ok: true, value: { origin: msg.origin } };
  });
});

/** The reader's click: the handler's synchronous part is the click's task. */
function click<T>(f: () => Promise<T>): Promise<T> {
  inClick = true;
  try {
    return f();
  } finally {
    inClick = false;
  }
}

describe('Always on this site', () => {
  it('asks for the permission in the click’s own task once the panel has opened on the page', async () => {
    const api = createPopupApi(null);
    // The panel opening asks the page about itself (no content script here: not recognised).
    expect(await api.pageInfo()).toBeNull();
    await expect(click(() => api.alwaysOnThisSite())).resolves.toBe(true);
    expect(enabled).toEqual(['https://szb.lhnews.cn']);
  });
});
