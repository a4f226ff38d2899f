// The background's answers to the words' messages (validated already by lib/messages.ts).
import type { WordRepository } from '../db/words';
import { canonicalUrl } from '../url';
import { endOfDay } from './fsrs';
import { parseWordsImport } from './io';
import { wordKey } from './merge';
import type { WordRequests } from './messages';

type WordMessage = { [T in keyof WordRequests]: { type: T } & WordRequests[T]['request'] }[keyof WordRequests];
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Answers one words message. Who may ask was decided before (lib/grant.ts: a web page may save
 * a word met on its own page, fetch the saved forms and ask where a word was first met; the
 * rest answers extension pages only). `now` is for tests.
 */
export async function handleWordMessage(m: WordMessage, repo: WordRepository, now = Date.now()): Promise<Reply> {
  switch (m.type) {
    case 'word:save': {
      const url = canonicalUrl(m.word.sentence.url);
      if (!url) return { ok: false, error: 'sentence.url must be an http(s) URL' };
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
