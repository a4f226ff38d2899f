// The review page's side effects: messages to the background, opening articles.
import { browser } from 'wxt/browser';
import type { ReviewApi } from '../../components/WordsReview';
import { createSend } from '../../lib/send';

export function createReviewApi(): ReviewApi {
  const ask = createSend((message) => browser.runtime.sendMessage(message));
  return {
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    dueWords: (limit) => ask({ type: 'words:due', limit }),
    reviewWord: (word, rating) => ask({ type: 'word:review', word, rating }),
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    onReady: () => performance.mark('dubao-review-ready'),
  };
}
