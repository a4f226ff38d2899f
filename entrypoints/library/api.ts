// The library page's side effects: messages to the background (highlights and terms), opening articles, downloads.
import { browser } from 'wxt/browser';
import { highlightCalls } from '../../components/HighlightList';
import { downloadText } from '../../components/HighlightTransfer';
import type { LibraryApi } from '../../components/LibraryPage';
import { termCalls } from '../../components/TermList';
import { createSend } from '../../lib/send';
import { parseTermEditorSearch } from '../../lib/term-editor-link';
import { wordCalls } from '../../components/WordsList';

export function createLibraryApi(): LibraryApi {
  const toBackground = createSend((message) => browser.runtime.sendMessage(message));
  return {
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    ...highlightCalls(toBackground),
    ...termCalls(toBackground),
    alwaysOnSites: () => toBackground({ type: 'sites:list' }),
    turnOffSite: async (origin) => {
      await toBackground({ type: 'site:disable', origin });
    },
    ...wordCalls(toBackground),
    async openReview() {
      await browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
    },
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    download: downloadText,
    // Opened from a page whose reader chose to replace one of their terms.
    editRequest: parseTermEditorSearch(location.search),
  };
}
