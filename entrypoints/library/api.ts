// The library page's side effects: messages to the background (highlights and terms), opening articles, downloads.
import { browser } from 'wxt/browser';
import { highlightCalls } from '../../components/HighlightList';
import { downloadText } from '../../components/HighlightTransfer';
import type { LibraryApi } from '../../components/LibraryPage';
import { termCalls } from '../../components/TermList';
import { wordCalls } from '../../components/WordsList';
import type { Reply } from '../../lib/messages';

export function createLibraryApi(): LibraryApi {
  const toBackground = async <V,>(message: object): Promise<V> => {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<V> | undefined;
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.value;
  };
  return {
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    ...highlightCalls(toBackground),
    ...termCalls(toBackground),
    ...wordCalls(toBackground),
    async openReview() {
      await browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
    },
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    download: downloadText,
  };
}
