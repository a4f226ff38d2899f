import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRepository, openDatabase, type Repository } from '../lib/db';
import { parseDictionary, type Dictionary } from '../lib/dict';
import { entryById, GLOSSARY } from '../lib/glossary/data';
import { EDGE_WORDS } from '../lib/glossary/edge-words.generated';
import { GLOSSARY_PINYIN } from '../lib/glossary/pinyin.generated';
import type { GlossaryCard, GlossaryForms, LazyScript } from '../lib/messages';
import { knownHostMatches } from '../lib/detect/sites';
import { createService, type SenderInfo } from '../lib/service';
import { updateSettings, loadSettings } from '../lib/storage';
import { canonicalUrl } from '../lib/url';

/** The background: sole owner of the database, answers typed messages, runs commands. */
export default defineBackground(() => {
  let repo: Promise<Repository> | null = null;
  const getRepo = (): Promise<Repository> => {
    repo ??= openDatabase().then(createRepository).catch((e: unknown) => {
      repo = null;
      throw e;
    });
    return repo;
  };

  let dict: Promise<Dictionary> | null = null;
  const dictionary = (): Promise<Dictionary> => {
    dict ??= fetch(browser.runtime.getURL('/dict/cedict.txt'))
      .then((r) => r.text())
      .then(parseDictionary)
      .catch((e: unknown) => {
        dict = null;
        throw e;
      });
    return dict;
  };
  // An article page asks for the glossary forms as it opens: the dictionary starts loading then,
  // so that it is ready by the time the reader points at a word.
  const formsAndWarm = (): GlossaryForms => {
    // After the reply has gone out: parsing the dictionary must not hold up the page's own requests.
    setTimeout(() => void dictionary().catch(() => undefined), 500);
    return glossaryForms();
  };
  const onHighlights = highlightBadges(getRepo);
  highlightMenus();
  // The browser just started (or Dubao was installed): load the dictionary while the reader
  // is still finding an article, so the first look-up does not wait for it.
  browser.runtime.onStartup.addListener(() => void dictionary().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void dictionary().catch(() => undefined));
  const handle = createService({ repo: getRepo, ownId: browser.runtime.id, enableSite, injectScript, glossaryForms: formsAndWarm, glossaryEntry, dictionary, onHighlights, onTerms: refreshTerms });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, { id: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }));

  browser.commands?.onCommand.addListener(async (command) => {
    const message = command === 'toggle-repair' ? { type: 'page:toggle-view' } : command === 'highlight-selection' ? { type: 'page:highlight-selection' } : null;
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});

/**
 * The toolbar badge: how many highlights the article in a tab has. Set when a tab finishes
 * loading or is activated, and when a page saves, deletes, restores or loads its highlights.
 * Returns the service's onHighlights hook.
 */
function highlightBadges(getRepo: () => Promise<Repository>): (urls: string[], sender: SenderInfo) => void {
  const show = async (tabId: number, url: string | undefined): Promise<void> => {
    const canonical = url ? canonicalUrl(url) : null;
    if (!canonical || !/^https?:/u.test(canonical)) return;
    const count = await (await getRepo()).countForUrl(canonical);
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  };
  const update = (tabId: number, url: string | undefined): void => {
    show(tabId, url).catch(() => undefined);
  };
  void browser.action.setBadgeBackgroundColor({ color: '#b3261e' }).catch(() => undefined);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') update(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then((tab) => update(tabId, tab.url), () => undefined);
  });
  return (urls, sender) => {
    // The page that sent it (its own URL: the article may be in a frame)…
    const fromPage = pageTab(sender) !== null;
    if (fromPage) update(sender.tabId as number, sender.url);
    // …and every other tab showing one of these articles (changes from the popup or the library too).
    const wanted = new Set(urls);
    browser.tabs.query({}).then((tabs) => {
      for (const t of tabs) {
        if (t.id === undefined || (fromPage && t.id === sender.tabId) || !t.url) continue;
        if (wanted.has(canonicalUrl(t.url) ?? '')) {
          update(t.id, t.url);
          // A change from the popup or the library: the open article redraws its highlights.
          if (!fromPage) browser.tabs.sendMessage(t.id, { type: 'page:refresh-highlights' }).catch(() => undefined);
        }
      }
    }, () => undefined);
  };
}

/** The tab of a web page that sent a message (a content script), or null for the popup, the library or the background. */
function pageTab(sender: SenderInfo): number | null {
  return sender.tabId !== undefined && !!sender.url && /^https?:/u.test(sender.url) ? sender.tabId : null;
}

/** The reader's own terms changed: every open article (but the one that made the change) rebuilds its term marks. */
function refreshTerms(sender: SenderInfo): void {
  const from = pageTab(sender);
  browser.tabs.query({}).then((tabs) => {
    for (const t of tabs) {
      if (t.id === undefined || t.id === from || !t.url || !/^https?:/u.test(t.url)) continue;
      // Tabs without Dubao have no listener: the message is refused there, which is fine.
      browser.tabs.sendMessage(t.id, { type: 'page:refresh-terms' }).catch(() => undefined);
    }
  }, () => undefined);
}

const MENU_HIGHLIGHT = 'dubao-highlight';
const MENU_ADD_TERM = 'dubao-add-term';

/** "Highlight selection" and "Add to glossary…" in the context menu of a selection on a known paper's page. */
function highlightMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    const documentUrlPatterns = knownHostMatches();
    browser.contextMenus
      .removeAll()
      .then(() => {
        browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: browser.i18n.getMessage('menuHighlightSelection'), contexts: ['selection'], documentUrlPatterns });
        browser.contextMenus.create({ id: MENU_ADD_TERM, title: browser.i18n.getMessage('menuAddTerm'), contexts: ['selection'], documentUrlPatterns });
      })
      .catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const message =
      info.menuItemId === MENU_HIGHLIGHT
        ? { type: 'page:highlight-selection' }
        : info.menuItemId === MENU_ADD_TERM
          ? { type: 'page:add-term', text: (info.selectionText ?? '').slice(0, 400) }
          : null;
    if (!message) return;
    const target = info.frameId !== undefined ? { frameId: info.frameId } : {};
    browser.tabs.sendMessage(tab.id, message, target).catch(() => undefined);
  });
}

/** A heavy optional part (pinyin, phrase tables), into the content-script world of one frame. */
async function injectScript(name: LazyScript, tabId: number, frameId: number): Promise<void> {
  const file = name === 'cn2t' ? '/cn2t.js' : '/annotator.js';
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** A glossary entry for the card, with its reading (the entry's own, else read at build time: lib/glossary/pinyin.generated.ts). */
function glossaryEntry(id: string): GlossaryCard | null {
  const e = entryById(id);
  if (!e) return null;
  return {
    id: e.id,
    term: e.term,
    pinyin: e.pinyin ?? GLOSSARY_PINYIN[e.id] ?? '',
    category: e.category,
    scope: e.scope,
    gloss: e.gloss,
    zh: e.zh,
    en: e.en,
    ...(e.items ? { items: [...e.items] } : {}),
    related: e.related.flatMap((r) => {
      const x = entryById(r);
      return x ? [{ id: x.id, term: x.term }] : [];
    }),
  };
}

let forms: GlossaryForms | null = null;
/** Terms and variants of the glossary, computed once. */
function glossaryForms(): GlossaryForms {
  forms ??= {
    entries: GLOSSARY.map((e) => ({ id: e.id, term: e.term, variants: [...e.variants] })),
    words: EDGE_WORDS,
  };
  return forms;
}

/** "Always on this site": a content script registered for that origin (permission granted by the popup). */
async function enableSite(origin: string): Promise<void> {
  const id = `dubao-site-${new URL(origin).host}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [`${origin}/*`], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  const settings = await loadSettings();
  if (!settings.alwaysOn.includes(origin)) await updateSettings({ alwaysOn: [...settings.alwaysOn, origin] });
}
