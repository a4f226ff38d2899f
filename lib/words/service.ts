// The background's answers to the words' messages (validated already by lib/messages.ts).
import type { WordRepository } from '../db/words';
import { canonicalUrl } from '../url';
import { endOfDay } from './fsrs';
import { parseWordsImport } from './io';
import { wordKey } from './merge';
import { PAGE_WORD_TYPES, type WordRequests } from './messages';

/** The sender as the service sees it (lib/service.ts SenderInfo). */
export interface WordSender {
  tabId?: number;
  url?: string;
}

type WordMessage = { [T in keyof WordRequests]: { type: T } & WordRequests[T]['request'] }[keyof WordRequests];
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

const EXTENSION_PAGE_RE = /^(chrome|moz|safari-web)-extension:\/\//u;

/** True for the popup, the library or the review page (a URL of this extension), not a web page. */
export function fromExtensionPage(sender: WordSender): boolean {
  return !!sender.url && EXTENSION_PAGE_RE.test(sender.url);
}

/** True for a content script on an http(s) page. */
function fromWebPage(sender: WordSender): boolean {
  return sender.tabId !== undefined && !!sender.url && /^https?:/u.test(sender.url);
}

/**
 * Answers one words message. A web page may save a word met on its own page (the sentence's
 * URL must be the sender's), fetch the saved forms for marking and ask where a word was first
 * met; everything else answers extension pages only. `now` is for tests.
 */
export async function handleWordMessage(m: WordMessage, sender: WordSender, repo: WordRepository, now = Date.now()): Promise<Reply> {
  const pageAllowed = PAGE_WORD_TYPES.includes(m.type);
  if (!fromExtensionPage(sender) && !(pageAllowed && fromWebPage(sender))) return { ok: false, error: 'only Dubao’s own pages can do this' };
  switch (m.type) {
    case 'word:save': {
      const url = canonicalUrl(m.word.sentence.url);
      if (!url) return { ok: false, error: 'sentence.url must be an http(s) URL' };
      if (!fromExtensionPage(sender) && canonicalUrl(sender.url as string) !== url) return { ok: false, error: 'a page may only save words met on that page' };
      return { ok: true, value: await repo.saveWord({ ...m.word, sentence: { ...m.word.sentence, url } }, now) };
    }
    case 'words:forms':
      return { ok: true, value: await repo.wordForms() };
    case 'word:met': {
      const r = await repo.getWord(wordKey(m.word));
      const first = r?.sentences[r.sentences.length - 1];
      if (!r || !first) return { ok: true, value: null };
      return { ok: true, value: { word: r.word, firstSeen: r.firstSeen, lookups: r.lookups, paper: first.paper, title: first.title, date: first.date, url: first.url } };
    }
    case 'words:all':
      return { ok: true, value: await repo.allWords() };
    case 'words:recent':
      return { ok: true, value: await repo.recentWords(m.limit) };
    case 'word:delete':
      return { ok: true, value: await repo.deleteWord(m.word) };
    case 'word:restore':
      return { ok: true, value: await repo.restoreWord(m.record) };
    case 'word:review':
      return { ok: true, value: await repo.reviewWord(m.word, m.rating, now) };
    case 'words:due': {
      const until = endOfDay(now);
      const [words, total] = await Promise.all([repo.dueWords(until, m.limit), repo.countDue(until)]);
      return { ok: true, value: { words, total } };
    }
    case 'words:import': {
      const parsed = parseWordsImport(m.text);
      if (!parsed.ok) return { ok: false, error: parsed.errors.join('\n') };
      const records = parsed.records.map((r) => ({ ...r, sentences: r.sentences.map((s) => ({ ...s, url: canonicalUrl(s.url) ?? s.url })) }));
      const counts = await repo.importWords(records);
      return { ok: true, value: { ...counts, warnings: parsed.warnings } };
    }
  }
}
