// The popup's side effects: finding its tab, messaging the content script and the background.
import { browser } from 'wxt/browser';
import { highlightCalls } from '../../components/HighlightList';
import { downloadText } from '../../components/HighlightTransfer';
import type { PanelApi } from '../../components/Panel';
import { termCalls } from '../../components/TermList';
import { createSend } from '../../lib/send';
import type { Reply, PageInfo } from '../../lib/messages';
import { wordsDueCalls } from '../../components/WordsDue';
import { loadReadingStyle, saveReadingStyle, settingsWriter } from '../../lib/storage';
import { canonicalUrl } from '../../lib/url';

/**
 * The tab whose content script reports `url` (for the panel opened as a page with ?target=,
 * e.g. by the demo and the end-to-end tests; tab URLs are not readable without host access).
 */
async function findTabShowing(url: string) {
  const want = canonicalUrl(url);
  for (const t of await browser.tabs.query({})) {
    if (t.id === undefined) continue;
    if (t.url && canonicalUrl(t.url) === want) return t;
    const reply = (await browser.tabs.sendMessage(t.id, { type: 'page:info' }).catch(() => undefined)) as Reply<PageInfo> | undefined;
    if (reply?.ok && reply.value.url === want) return t;
  }
  return undefined;
}

/** Wires the panel to the browser. `target` (a page URL) picks a tab other than the active one. */
export function createPopupApi(target: string | null): PanelApi {
  const settings = settingsWriter();
  const tab = async () => {
    if (target) return findTabShowing(target);
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    return t;
  };
  const toContent = async (message: object): Promise<PageInfo | null> => {
    const t = await tab();
    if (t?.id === undefined) return null;
    try {
      const reply = (await browser.tabs.sendMessage(t.id, message)) as Reply<PageInfo> | undefined;
      return reply?.ok && reply.value.recognized ? reply.value : null;
    } catch {
      return null;
    }
  };
  const toBackground = createSend((message) => browser.runtime.sendMessage(message));
  return {
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    pageInfo: () => toContent({ type: 'page:info' }),
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
    async useOnThisPage() {
      const t = await tab();
      if (t?.id === undefined) return null;
      await browser.scripting.executeScript({ target: { tabId: t.id }, func: () => { (window as { __dubaoForce?: boolean }).__dubaoForce = true; } });
      await browser.scripting.insertCSS({ target: { tabId: t.id }, files: ['/content-scripts/content.css'] }).catch(() => undefined);
      await browser.scripting.executeScript({ target: { tabId: t.id }, files: ['/content-scripts/content.js'] });
      // The script answers once it has started (it reads the settings first): ask until it does.
      const until = Date.now() + 10_000;
      for (;;) {
        try {
          const reply = (await browser.tabs.sendMessage(t.id, { type: 'page:info' })) as Reply<PageInfo> | undefined;
          if (reply) return reply.ok && reply.value.recognized ? reply.value : null;
        } catch (e) {
          // No listener in the page yet.
          if (Date.now() > until) throw e;
        }
        if (Date.now() > until) return null;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    settings: () => settings.load(),
    updateSettings: (patch) => settings.update(patch),
    readingStyle: loadReadingStyle,
    setReadingStyle: saveReadingStyle,
    async alwaysOnThisSite() {
      const url = (await tab())?.url;
      if (!url) return false;
      const origin = new URL(url).origin;
      const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
      if (!granted) return false;
      await toBackground({ type: 'site:enable', origin });
      return true;
    },
  };
}
