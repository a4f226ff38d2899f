// The popup's side effects: finding its tab, messaging the content script and the background.
import { browser } from 'wxt/browser';
import { highlightCalls } from '../../components/HighlightList';
import { downloadText } from '../../components/HighlightTransfer';
import type { PanelApi } from '../../components/Panel';
import { termCalls } from '../../components/TermList';
import { createContentSend, createSend, type ContentOutgoing } from '../../lib/send';
import type { ContentType, PageInfo } from '../../lib/messages';
import { wordsDueCalls } from '../../components/WordsDue';
import { loadReadingStyle, saveReadingStyle, settingsWriter } from '../../lib/storage';
import { canonicalUrl } from '../../lib/url';
import { START_FORCED_KEY } from '../../lib/start-forced';

/**
 * The tab whose content script reports `url` (for the panel opened as a page with ?target=,
 * e.g. by the demo and the end-to-end tests; tab URLs are not readable without host access).
 */
async function findTabShowing(url: string) {
  const want = canonicalUrl(url);
  for (const t of await browser.tabs.query({})) {
    if (t.id === undefined) continue;
    if (t.url && canonicalUrl(t.url) === want) return t;
    const info = await toTab(t.id)({ type: 'page:info' }).catch(() => undefined);
    if (info?.url === want) return t;
  }
  return undefined;
}

/** What public/popup-early.js leaves for the main script: the popup's tab and its page's raw reply to `page:info`. */
interface EarlyAsk {
  readonly tab: { id?: number; url?: string };
  readonly reply: Promise<unknown>;
}

/** Typed messages to the content script of tab `id`. */
const toTab = (id: number) => createContentSend((message) => browser.tabs.sendMessage(id, message));

/** The popup's calls, and the question its opening asks the page before the panel is drawn. */
export type PopupApi = PanelApi & {
  /**
   * Finds the tab and asks its page for its state (`page:info`) now; resolves once the question
   * has left. The page starts preparing pinyin when it hears it (entrypoints/content/pinyin.ts
   * popupOpening), so main.tsx asks before the panel's first render rather than from the panel's
   * effect after it; the panel's first `pageInfo()` gets this answer instead of asking again.
   */
  askPage(): Promise<void>;
};

/** Wires the panel to the browser. `target` (a page URL) picks a tab other than the active one. */
export function createPopupApi(target: string | null): PopupApi {
  /**
   * The tab's address once the panel has found its tab (it does when it opens). Firefox grants a
   * permission only to a request made in the click's own task, before anything is awaited: "Always
   * on this site" must not look the tab up first there.
   */
  let tabUrlNow: string | undefined;
  const tab = async () => {
    const [t] = target ? [await findTabShowing(target)] : await browser.tabs.query({ active: true, currentWindow: true });
    if (t?.url) tabUrlNow = t.url;
    return t;
  };
  // The popup belongs to one tab for its whole life: its id, once found, is kept.
  let tabId: number | undefined;
  const toContent = async <K extends ContentType>(message: ContentOutgoing<K>): Promise<PageInfo | null> => {
    tabId ??= (await tab())?.id;
    if (tabId === undefined) return null;
    if (message.type === 'page:info') performance.mark('dubao:popup-asked');
    const info: PageInfo | null = await toTab(tabId)(message).catch(() => null);
    return info?.recognized ? info : null;
  };
  // A change reaches the page by message at once; storage tells it (and every other tab) later.
  const settings = settingsWriter((next) => void toContent({ type: 'page:settings', settings: { ...next } }));
  const toBackground = createSend((message) => browser.runtime.sendMessage(message));
  let asked: Promise<PageInfo | null> | null = null;
  return {
    askPage() {
      // Asked already by public/popup-early.js as the popup's HTML was parsed: its tab and reply are taken.
      const early = (globalThis as { __dubaoEarly?: Promise<EarlyAsk | null> }).__dubaoEarly;
      const found = (early ?? Promise.resolve(null)).catch(() => null).then(async (e) => {
        if (e && typeof e.tab?.id === 'number') {
          tabId ??= e.tab.id;
          if (e.tab.url) tabUrlNow = e.tab.url;
          return e;
        }
        tabId ??= (await tab())?.id;
        return null;
      });
      // Otherwise sent in the microtask after the tab is found: before anything else the popup does next.
      asked = found.then((e) =>
        e ? createContentSend(() => e.reply)({ type: 'page:info' }).then((info) => (info?.recognized ? info : null), () => null) : toContent({ type: 'page:info' }),
      );
      asked.catch(() => undefined);
      return found.then(() => undefined, () => undefined);
    },
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    pageInfo: () => {
      const early = asked;
      asked = null;
      return early ?? toContent({ type: 'page:info' });
    },
    setView: (view) => toContent({ type: 'page:set-view', view }),
    setShowRepairs: (on) => toContent({ type: 'page:show-repairs', on }),
    storedArticle: (url) => toBackground({ type: 'article:get', url }),
    recentArticles: () => toBackground({ type: 'articles:recent', limit: 10 }),
    ...highlightCalls(toBackground),
    ...termCalls(toBackground),
    alwaysOnSites: () => toBackground({ type: 'sites:list' }),
    turnOffSite: async (origin) => {
      await toBackground({ type: 'site:disable', origin });
    },
    ...wordsDueCalls(toBackground, async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/review.html') }))),
    /** The current tab when it shows this article (only the fragment changes), else a new tab. */
    async openUrl(url) {
      const t = await tab();
      if (t?.id !== undefined && t.url && canonicalUrl(t.url) === canonicalUrl(url)) await browser.tabs.update(t.id, { url, active: true });
      else await browser.tabs.create({ url });
    },
    download: downloadText,
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    async tabUrl() {
      return (await tab())?.url ?? null;
    },
    /**
     * Starts Dubao on the tab's page although it was not recognised: a content script already in
     * the tab is asked to ('page:start-forced'); only a tab with none gets the script injected (a
     * second copy would be a second Dubao). Then asks until the script answers (it reads the
     * settings before it listens), not for a fixed time.
     */
    async useOnThisPage() {
      const t = await tab();
      if (t?.id === undefined) return null;
      const send = toTab(t.id);
      const present = await send({ type: 'page:info' }).then(() => true, () => false);
      if (!present) {
        await browser.scripting.insertCSS({ target: { tabId: t.id }, files: ['/content-scripts/content.css'] }).catch(() => undefined);
        // The script starts forced by itself (content/listen.ts: forcedByPopup), so the start holds
        // even if the popup closes before the script answers the message below.
        await browser.scripting.executeScript({ target: { tabId: t.id }, func: (key: string) => void Object.defineProperty(globalThis, Symbol.for(key), { value: true }), args: [START_FORCED_KEY] });
        await browser.scripting.executeScript({ target: { tabId: t.id }, files: ['/content-scripts/content.js'] });
      }
      const until = Date.now() + 10_000;
      for (;;) {
        let answered = false;
        const started = createContentSend(async (message) => {
          const reply = await browser.tabs.sendMessage(t.id as number, message);
          answered = true;
          return reply;
        });
        // The script's answer (or its own error) ends the wait; no listener yet means asking again.
        const info = await started({ type: 'page:start-forced' }).catch((e: unknown) => {
          if (answered || Date.now() > until) throw e;
          return undefined;
        });
        // Not started because the page's text is garbled: the reply says so (Panel shows why).
        if (info) return info.recognized || info.garbled ? info : null;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    settings: () => settings.load(),
    updateSettings: (patch) => settings.update(patch),
    preparePinyin: () => void toContent({ type: 'page:prepare-pinyin' }),
    readingStyle: loadReadingStyle,
    setReadingStyle: saveReadingStyle,
    alwaysOnThisSite() {
      const enable = async (url: string | undefined): Promise<boolean> => {
        if (!url) return false;
        const origin = new URL(url).origin;
        // Called in the click's task when the address is known (nothing awaited before it).
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) return false;
        await toBackground({ type: 'site:enable', origin });
        return true;
      };
      return tabUrlNow ? enable(tabUrlNow) : tab().then((t) => enable(t?.url));
    },
  };
}
