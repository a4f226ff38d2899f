// The review page's side effects: messages to the background, opening articles.
import { browser } from 'wxt/browser';
import type { ReviewApi } from '../../components/WordsReview';
import type { Reply } from '../../lib/messages';
import type { WordRecord } from '../../lib/words/types';

export function createReviewApi(): ReviewApi {
  const ask = async <V,>(message: object): Promise<V> => {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<V> | undefined;
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.value;
  };
  return {
    t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
    dueWords: (limit) => ask<{ words: WordRecord[]; total: number }>({ type: 'words:due', limit }),
    reviewWord: (word, rating) => ask<WordRecord>({ type: 'word:review', word, rating }),
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    onReady: () => performance.mark('dubao-review-ready'),
  };
}
