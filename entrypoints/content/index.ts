import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { knownHostMatches } from '../../lib/detect/sites';
import { loadSettings } from '../../lib/storage';
import { DubaoPage, listen, startOnPage } from './app';
import './style.css';

declare global {
  interface Window {
    /** Set by the popup's "use Dubao on this page" before it injects this script. */
    __dubaoForce?: boolean;
    __dubaoStarted?: boolean;
  }
}

export default defineContentScript({
  matches: knownHostMatches(),
  runAt: 'document_idle',
  async main() {
    if (window.__dubaoStarted) return;
    window.__dubaoStarted = true;
    const settings = await loadSettings();
    const force = window.__dubaoForce === true || settings.alwaysOn.includes(location.origin);
    let page: DubaoPage | null = null;
    browser.runtime.onMessage.addListener(listen(() => page));
    page = startOnPage(document, settings, force);
    if (page?.recognition.kind === 'article') {
      const r = page.recognition;
      void browser.runtime
        .sendMessage({ type: 'article:visit', article: { url: page.info().url, site: r.site, siteName: r.siteName, title: r.title, date: r.date } })
        .catch(() => undefined);
    }
  },
});
