// The set-up the DOM tests of saved words share (the library's Words section, the review page,
// the popup's due line, a page's word marks): a fresh fake-indexeddb database with the words
// saved, and the real background service (lib/service.ts) over it, asked as one sender.
// Sentences are of the kind 萧山日报 prints (tests/fixtures/pages/xsrb-article-br.html).
import { createRepository, openDatabase, type Repository } from '../../lib/db';
import type { Reply } from '../../lib/messages';
import { createService, type SenderInfo, type ServiceDeps } from '../../lib/service';
import type { WordInput } from '../../lib/words/types';
import type { ReviewApi } from '../../components/WordsReview';

/** The extension's own id in these tests. */
export const OWN = 'own-id';
/** The 萧山日报 article the sample sentences are met in. */
export const XSRB_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';
/** Who asks: the library or the popup (extension pages), or the content script of a tab showing XSRB_URL. */
export const SENDERS = {
  library: { id: OWN, url: `chrome-extension://${OWN}/library.html` },
  popup: { id: OWN, url: `chrome-extension://${OWN}/popup.html` },
  page: { id: OWN, tabId: 3, frameId: 0, url: XSRB_URL },
} satisfies Record<string, SenderInfo>;

/**
 * A word as a dictionary card saves it (reading yī bǎo, one meaning): `word` met in the sentence
 * `text` of the 萧山日报 article of 2025-03-09; `sentence` and `fields` replace any of those.
 * `word` must occur in `text`.
 */
export function wordInput(word: string, text: string, sentence: Partial<WordInput['sentence']> = {}, fields: Partial<Omit<WordInput, 'sentence'>> = {}): WordInput {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} is not in ${text}`);
  return {
    written: word,
    reading: 'yī bǎo',
    meanings: ['medical insurance'],
    source: 'dict',
    ...fields,
    sentence: { text, start, end: start + word.length, url: XSRB_URL, title: '医保服务', paper: '萧山日报', site: 'xsrb', date: '2025-03-09', ...sentence },
  };
}

let databases = 0;

/** Sends a message to the service and resolves to the reply's value. */
export type Ask = <V>(m: { type: string; [field: string]: unknown }) => Promise<V>;

/**
 * A database of its own (never shared with another call) holding `saved`, each word saved at its
 * time in ms, in order; and `ask`, which sends a message to the real service as `sender` and
 * returns the reply's value (a refusal throws an Error with the service's reason); `more` gives the
 * service a dictionary. `sent` lists
 * the type of every message asked, in order.
 */
export async function wordsSetup(saved: [WordInput, number][], sender: SenderInfo, more: Pick<ServiceDeps, 'dictionary'> = {}): Promise<{ repo: Repository; ask: Ask; sent: string[] }> {
  const repo = createRepository(await openDatabase(`dom-words-${++databases}`));
  for (const [word, at] of saved) await repo.words.saveWord(word, at);
  const handle = createService({ repo: async () => repo, ownId: OWN, ...more });
  const sent: string[] = [];
  const ask: Ask = async <V>(m: { type: string }): Promise<V> => {
    sent.push(m.type);
    const r = (await handle(m, sender)) as Reply<V>;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return { repo, ask, sent };
}

/** The review page's calls (components/WordsReview) over `ask`, with its `t` and a link that opens nothing. */
export function reviewApi(ask: Ask, t: ReviewApi['t']): ReviewApi {
  return {
    t,
    dueWords: (limit) => ask({ type: 'words:due', limit }),
    reviewWord: (word, rating) => ask({ type: 'word:review', word, rating }),
    openUrl: () => undefined,
  };
}
