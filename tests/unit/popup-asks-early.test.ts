// The popup asks its page for the page's state before the panel is drawn (entrypoints/popup/main.tsx
// calls askPage first): the page starts loading pinyin when it hears the question, and a choice
// made the moment the panel shows should find it loaded. The panel's first pageInfo() then
// takes that answer rather than asking a second time.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createPopupApi } from '../../entrypoints/popup/api';

const ARTICLE = 'https://szb.lhnews.cn/html/2024-07/30/content_31872_1204516.htm';
const INFO = { recognized: true, kind: 'article', url: ARTICLE };
let sent: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  sent = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, url: ARTICLE, active: true, highlighted: true, pinned: false, incognito: false, windowId: 1 }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_id: number, m: unknown) => {
    sent.push((m as { type: string }).type);
    return { ok: true, value: INFO } as never;
  });
});

describe('the popup asking its page early', () => {
  it('has asked the page once askPage resolves, and the panel’s first pageInfo takes that answer', async () => {
    const api = createPopupApi(null);
    await api.askPage();
    expect(sent).toEqual(['page:info']);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info']);
    // Later questions (after a view change, say) reach the page again.
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info', 'page:info']);
  });

  it('leaves a popup that never asked early as it was: pageInfo asks the page itself', async () => {
    const api = createPopupApi(null);
    expect(sent).toEqual([]);
    expect(await api.pageInfo()).toMatchObject({ url: ARTICLE });
    expect(sent).toEqual(['page:info']);
  });
});
