import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase, type Repository } from '../lib/db';
import { resilientRepository } from '../lib/db/resilient';
import { parseDictionary, type Dictionary } from '../lib/dict';
import { entryById, GLOSSARY } from '../lib/glossary/data';
import { newLexicon, type Lexicon } from '../lib/glossary/segment';
import { parseWordList, wordsIn } from '../lib/glossary/lexicon';
import { wordQuestions } from '../lib/glossary/detect';
import { GLOSSARY_PINYIN } from '../lib/glossary/pinyin.generated';
import type { GlossaryCard, GlossaryForms, LazyScript } from '../lib/messages';
import { commandMessage, MENU_ADD_TERM, MENU_HIGHLIGHT, menuMessage } from '../lib/commands';
import { knownHostMatches } from '../lib/detect/sites';
import { originOf } from '../lib/grant';
import { createService, type SenderInfo } from '../lib/service';
import { createSiteControl, dropRevokedSites, listRegisteredSites, type SiteControlDeps } from '../lib/site-control';
import { alwaysOnItem, loadAlwaysOn, MAX_ALWAYS_ON } from '../lib/storage';
import { termEditorSearch, type TermEditRequest } from '../lib/term-editor-link';
import { canonicalUrl } from '../lib/url';

/** The background: sole owner of the database, answers typed messages, runs commands. */
export default defineBackground(() => {
  // Opened on first use; reopened after the browser closes it (lib/db/resilient.ts).
  const repository = resilientRepository((events) => openDatabase(undefined, undefined, events));
  const getRepo = async (): Promise<Repository> => repository;

  let dict: Promise<Dictionary> | null = null;
  let loadedDict: Dictionary | null = null;
  const dictionary = (): Promise<Dictionary> => {
    dict ??= packagedText('/dict/cedict.txt')
      .then(parseDictionary)
      .then((d) => (loadedDict = d))
      .catch((e: unknown) => {
        dict = null;
        throw e;
      });
    return dict;
  };
  // The matcher's segmentation words (public/glossary/edge-words.txt, ~480 KB): loaded on first
  // use, never sent whole; a page gets the ones that occur in its text.
  let edge: Promise<Lexicon> | null = null;
  const edgeLexicon = (): Promise<Lexicon> => {
    edge ??= packagedText('/glossary/edge-words.txt')
      .then((t) => newLexicon(parseWordList(t)))
      .catch((e: unknown) => {
        edge = null;
        throw e;
      });
    return edge;
  };
  // An article page asks for the glossary forms as it opens: the dictionary starts loading then,
  // so that it is ready by the time the reader points at a word.
  const formsAndWarm = async (text: string): Promise<GlossaryForms> => {
    // After the reply has gone out: parsing the dictionary must not hold up the page's own requests.
    setTimeout(() => void dictionary().catch(() => undefined), 500);
    const forms = glossaryForms(wordsIn(text, await edgeLexicon()));
    // Ordinary words the detector of unseen jargon must leave plain, once the dictionary is in.
    const dict = loadedDict;
    return dict ? { ...forms, plain: wordQuestions(text).filter((w) => dict.has(w)).join(' ') } : forms;
  };
  const onHighlights = highlightBadges(getRepo);
  highlightMenus();
  browser.runtime.onInstalled.addListener(() => void listRegisteredSites(siteDeps()).catch(() => undefined));
  // The reader took a site's access back in the browser's settings: Dubao is no longer always on there.
  browser.permissions.onRemoved.addListener(() => void dropRevokedSites(siteDeps()).catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void dropRevokedSites(siteDeps()).catch(() => undefined));
  // The browser just started (or Dubao was installed): load the dictionary while the reader
  // is still finding an article, so the first look-up does not wait for it — and so that its
  // parse, which holds the worker for a few hundred ms, does not fall on the first article's
  // requests (the popup's pinyin switch waited 240 ms for it when only the article started it).
  browser.runtime.onStartup.addListener(() => void dictionary().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void dictionary().catch(() => undefined));
  const ownOrigin = originOf(browser.runtime.getURL('/')) ?? '';
  const openTermEditor = async (request: TermEditRequest): Promise<void> => void (await browser.tabs.create({ url: browser.runtime.getURL('/library.html') + termEditorSearch(request) }));
  const handle = createService({ repo: getRepo, ownId: browser.runtime.id, ownOrigin, sites: createSiteControl(siteDeps()), injectScript, openTermEditor, glossaryForms: formsAndWarm, glossaryEntry, dictionary, onHighlights, onTerms: tellOtherArticles('page:refresh-terms'), onWords: tellOtherArticles('page:refresh-words') });
  browser.runtime.onMessage.addListener((message, sender) =>
    handle(message, { id: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, tabUrl: sender.tab?.url }),
  );

  keyboardCommands();
});

/**
 * The toolbar badge: how many highlights the article in a tab has. Set when a tab finishes
 * loading or is activated, and when a page saves, deletes, restores or loads its highlights.
 * Returns the service's onHighlights hook.
 */
function highlightBadges(getRepo: () => Promise<Repository>): (urls: string[], sender: SenderInfo, changed: boolean) => void {
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
  return (urls, sender, changed) => {
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
          // A change (from the popup, the library or the same article in another tab): the open
          // article redraws its highlights. A page only loading its own asks no other tab to
          // reload theirs (that would answer back without end).
          if (changed) browser.tabs.sendMessage(t.id, { type: 'page:refresh-highlights' }).catch(() => undefined);
        }
      }
    }, () => undefined);
  };
}

/** The tab of a web page that sent a message (a content script), or null for the popup, the library or the background. */
function pageTab(sender: SenderInfo): number | null {
  return sender.tabId !== undefined && !!sender.url && /^https?:/u.test(sender.url) ? sender.tabId : null;
}

/**
 * Tells every other open web tab that something its article shows changed (`type`:
 * `page:refresh-terms` after the reader's terms changed, `page:refresh-words` after saved words
 * changed); the sender's own tab redraws by itself. Tabs without Dubao have no listener: the
 * message is refused there, which is fine.
 */
function tellOtherArticles(type: 'page:refresh-terms' | 'page:refresh-words'): (sender: SenderInfo) => void {
  return (sender) => {
    const from = pageTab(sender);
    browser.tabs.query({}).then((tabs) => {
      for (const t of tabs) {
        if (t.id === undefined || t.id === from || !t.url || !/^https?:/u.test(t.url)) continue;
        browser.tabs.sendMessage(t.id, { type }).catch(() => undefined);
      }
    }, () => undefined);
  };
}

/**
 * The keyboard commands (manifest `commands`, wxt.config.ts): each sends its message to the active
 * tab; nothing is sent for an unknown command or a tab that is not a web page (lib/commands.ts).
 * A tab without Dubao has no listener there: the refused message is dropped.
 */
function keyboardCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const message = commandMessage(command, tab?.url);
    if (message && tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}

/**
 * "Highlight selection" and "Add to glossary…" in the context menu of a selection on a known
 * paper's page. A click goes to the frame it was made in; clicks lib/commands.ts menuMessage
 * turns away (other items, non-web tabs, an empty or over-long term) send nothing.
 */
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
    const message = menuMessage(info, tab.url);
    if (!message) return;
    const target = info.frameId !== undefined ? { frameId: info.frameId } : {};
    browser.tabs.sendMessage(tab.id, message, target).catch(() => undefined);
  });
}

/**
 * A text file of the extension's package, read whole. Through a Blob: Chromium's Response.text()
 * decodes the extension URL's stream piece by piece and took twice as long for the 8.9 MB
 * dictionary (420 against 750–1,400 ms in the worker, December 2026).
 */
async function packagedText(path: '/dict/cedict.txt' | '/glossary/edge-words.txt'): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.blob()).text();
}

/** A heavy optional part (pinyin, phrase tables), into the content-script world of one frame. */
async function injectScript(name: LazyScript, tabId: number, frameId: number): Promise<void> {
  const file = name === 'cn2t' ? '/cn2t.js' : '/annotator.js';
  const t0 = performance.now();
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  // Timed for tests/e2e/pinyin-speed.e2e.ts: from asking the browser to inject to the script having run in the page.
  performance.measure(`dubao:inject:${name}`, { start: t0, end: performance.now() });
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
    ...(e.source ? { source: e.source } : {}),
    related: e.related.flatMap((r) => {
      const x = entryById(r);
      return x ? [{ id: x.id, term: x.term }] : [];
    }),
  };
}

let formEntries: GlossaryForms['entries'] | null = null;
/** Terms and variants of the glossary (computed once) and the segmentation words of one page's text. */
function glossaryForms(words: readonly string[]): GlossaryForms {
  formEntries ??= GLOSSARY.map((e) => ({ id: e.id, term: e.term, variants: [...e.variants] }));
  return { entries: formEntries, words: words.join(' ') };
}

/** "Always on this site" through the browser's scripting API and the per-device list (lib/site-control.ts). */
function siteDeps(): SiteControlDeps {
  return {
    scripting: browser.scripting,
    load: loadAlwaysOn,
    save: (list) => alwaysOnItem.setValue(list),
    granted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    max: MAX_ALWAYS_ON,
  };
}
