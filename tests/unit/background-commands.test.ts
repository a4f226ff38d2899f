// The background's keyboard commands and context-menu items, wired as the built extension wires
// them: entrypoints/background.ts runs on WXT's fake browser; the events a reader's shortcut or
// menu click would fire are fired on it, and what reaches each tab is recorded.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { MENU_ADD_TERM, MENU_HIGHLIGHT } from '../../lib/commands';

type Listener = (...args: never[]) => unknown;
/** A browser event the test can fire, like the ones fake-browser implements. */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    fire: async (...args: unknown[]) => {
      for (const l of listeners) await (l as (...a: unknown[]) => unknown)(...args);
    },
  };
}

const ARTICLE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>> & { tabs: Record<string, unknown> };
let sent: { tabId: number; message: unknown; options?: unknown }[];
let commands: ReturnType<typeof event>;
let menuClicks: ReturnType<typeof event>;
let created: Record<string, unknown>[];
let activeId: number | undefined;

beforeEach(() => {
  // fake-browser leaves these unimplemented: the test stands in for the browser here.
  commands = event();
  menuClicks = event();
  created = [];
  sent = [];
  browser.commands = { onCommand: commands };
  browser.contextMenus = { onClicked: menuClicks, removeAll: async () => undefined, create: (p: Record<string, unknown>) => void created.push(p) };
  browser.i18n = { getMessage: (key: string) => `«${key}»` };
  browser.scripting = { getRegisteredContentScripts: async () => [] };
  browser.permissions = { ...browser.permissions, onRemoved: event() };
  browser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown, options?: unknown) => {
    sent.push(options === undefined ? { tabId, message } : { tabId, message, options });
    return undefined;
  });
  // fake-browser cannot make a created tab active (tabs.update ignores `active`): the test says which one is.
  activeId = undefined;
  const allTabs = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  browser.tabs.query = async (q: { active?: boolean }) => (await allTabs({})).filter((t) => !q.active || t.id === activeId);
  background.main();
});

/** Opens a tab at `url` and makes it the active one of the current window. */
async function activeTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  activeId = tab.id as number;
  const [found] = await fakeBrowser.tabs.query({ active: true, currentWindow: true });
  expect(found?.url).toBe(url);
  return activeId;
}

describe('keyboard commands', () => {
  it('Alt+Shift+R (toggle-repair) switches the active article between repaired and original', async () => {
    const id = await activeTab(ARTICLE);
    await commands.fire('toggle-repair');
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:toggle-view' } }]);
  });

  it('Alt+Shift+H (highlight-selection) highlights the selection in the active article', async () => {
    const id = await activeTab(ARTICLE);
    await commands.fire('highlight-selection');
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:highlight-selection' } }]);
  });

  it('sends nothing for a command Dubao does not declare', async () => {
    await activeTab(ARTICLE);
    await commands.fire('_execute_action');
    await commands.fire('toggle-everything');
    expect(sent).toEqual([]);
  });

  it.each(['chrome://newtab/', 'chrome-extension://abc/library.html', 'about:blank', 'file:///home/r/page.html'])('sends nothing when the active tab is %s (no article can be there)', async (url) => {
    await activeTab(url);
    await commands.fire('toggle-repair');
    expect(sent).toEqual([]);
    // The same key on an article tab does reach it.
    const id = await activeTab(ARTICLE);
    await commands.fire('toggle-repair');
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:toggle-view' } }]);
  });

  it('says nothing when the active article tab has no Dubao to answer (the refused message is dropped)', async () => {
    await activeTab(ARTICLE);
    const send = vi.mocked(browser.tabs.sendMessage as () => Promise<unknown>);
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(commands.fire('toggle-repair')).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('context menu', () => {
  it('offers "Highlight selection" and "Add to glossary…" on selections in known papers only, with localised titles', async () => {
    await (fakeBrowser.runtime.onInstalled as unknown as { trigger: (d: unknown) => Promise<unknown> }).trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created.map((c) => [c.id, c.title, c.contexts])).toEqual([
      [MENU_HIGHLIGHT, '«menuHighlightSelection»', ['selection']],
      [MENU_ADD_TERM, '«menuAddTerm»', ['selection']],
    ]);
    for (const c of created) {
      const patterns = c.documentUrlPatterns as string[];
      expect(patterns).toContain('*://xsrb.xsnet.cn/*');
      expect(patterns.some((p) => p === '<all_urls>' || p.startsWith('*://*/'))).toBe(false);
    }
  });

  it('"Highlight selection" highlights in the frame the menu was opened in', async () => {
    const id = await activeTab(ARTICLE);
    const tab = await fakeBrowser.tabs.get(id);
    await menuClicks.fire({ menuItemId: MENU_HIGHLIGHT, selectionText: '医银合作', frameId: 3, pageUrl: ARTICLE, frameUrl: ARTICLE }, tab);
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:highlight-selection' }, options: { frameId: 3 } }]);
  });

  it('"Add to glossary…" sends the selected words, trimmed, to the page that asks for the explanation', async () => {
    const id = await activeTab(ARTICLE);
    const tab = await fakeBrowser.tabs.get(id);
    await menuClicks.fire({ menuItemId: MENU_ADD_TERM, selectionText: '  医银合作\n', frameId: 0, pageUrl: ARTICLE }, tab);
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:add-term', text: '医银合作' }, options: { frameId: 0 } }]);
  });

  it('"Add to glossary…" ignores an empty selection and one longer than a term may be (64 characters)', async () => {
    const id = await activeTab(ARTICLE);
    const tab = await fakeBrowser.tabs.get(id);
    await menuClicks.fire({ menuItemId: MENU_ADD_TERM, selectionText: ' \n ', pageUrl: ARTICLE }, tab);
    await menuClicks.fire({ menuItemId: MENU_ADD_TERM, selectionText: '医'.repeat(65), pageUrl: ARTICLE }, tab);
    expect(sent).toEqual([]);
    await menuClicks.fire({ menuItemId: MENU_ADD_TERM, selectionText: '医'.repeat(64), pageUrl: ARTICLE }, tab);
    expect(sent).toEqual([{ tabId: id, message: { type: 'page:add-term', text: '医'.repeat(64) }, options: {} }]);
  });

  it('ignores a click on a tab that is not a web page, a click without a tab, and other extensions\' items', async () => {
    const id = await activeTab('chrome://settings/');
    await menuClicks.fire({ menuItemId: MENU_HIGHLIGHT, selectionText: 'x', pageUrl: 'chrome://settings/' }, await fakeBrowser.tabs.get(id));
    const article = await fakeBrowser.tabs.get(await activeTab(ARTICLE));
    await menuClicks.fire({ menuItemId: MENU_HIGHLIGHT, selectionText: 'x', pageUrl: ARTICLE }, undefined);
    await menuClicks.fire({ menuItemId: 'other-extension-item', selectionText: 'x', pageUrl: ARTICLE }, article);
    // A PDF or extension frame inside a web page is no article either.
    await menuClicks.fire({ menuItemId: MENU_HIGHLIGHT, selectionText: 'x', pageUrl: ARTICLE, frameUrl: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', frameId: 2 }, article);
    expect(sent).toEqual([]);
    // The same item on the article itself does reach it.
    await menuClicks.fire({ menuItemId: MENU_HIGHLIGHT, selectionText: 'x', pageUrl: ARTICLE, frameId: 0 }, article);
    expect(sent).toEqual([{ tabId: article.id, message: { type: 'page:highlight-selection' }, options: { frameId: 0 } }]);
  });
});
