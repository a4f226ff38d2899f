// The background's answers to the words' messages (validated already by lib/messages.ts).
import type { WordRepository } from '../db/words';
import { canonicalUrl } from '../url';
import { createWordCatalog, type WordCatalog } from './catalog';
import { endOfDay } from './fsrs';
import { parseWordsImport } from './io';
import { wordKey } from './merge';
import type { WordMet, WordRequests } from './messages';
import type { WordRecord } from './types';

type WordMessage = { [T in keyof WordRequests]: { type: T } & WordRequests[T]['request'] }[keyof WordRequests];
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** The message types that change the saved words: after one, the catalog and open articles read them again. */
export const WORD_WRITES: ReadonlySet<keyof WordRequests> = new Set(['word:save', 'word:delete', 'word:restore', 'word:review', 'words:import']);

const catalogs = new WeakMap<WordRepository, WordCatalog>();
/** The library's catalog of a repository (kept with it: built once, read again after a change). */
function catalogOf(repo: WordRepository): WordCatalog {
  let c = catalogs.get(repo);
  if (!c) catalogs.set(repo, (c = createWordCatalog(repo)));
  return c;
}

/**
 * Answers one words message. Who may ask was decided before (lib/grant.ts: a web page may save
 * a word met on its own page, fetch the saved forms and ask where a word was first met; the
 * rest answers extension pages only). `own` is the sending page's own canonical URLs, null for
 * an extension page: a page is told the title and URL of the first sighting only when it is
 * one of them. `now` is for tests.
 */
export async function handleWordMessage(m: WordMessage, repo: WordRepository, own: ReadonlySet<string> | null, now = Date.now()): Promise<Reply> {
  if (WORD_WRITES.has(m.type)) {
    try {
      return await answer(m, repo, own, now);
    } finally {
      // Even a failed write may have changed something (an import is all or nothing, but a save is not retried).
      catalogOf(repo).changed();
    }
  }
  return answer(m, repo, own, now);
}

/** Where a saved word was first met (its oldest sentence), as much of it as this sender may learn (see WordMet), or null. */
function metOf(r: WordRecord | null, own: ReadonlySet<string> | null): WordMet | null {
  const first = r?.sentences[r.sentences.length - 1];
  if (!r || !first) return null;
  const mayKnow = own === null || own.has(first.url);
  return { word: r.word, firstSeen: r.firstSeen, lookups: r.lookups, paper: first.paper, date: first.date, title: mayKnow ? first.title : null, url: mayKnow ? first.url : null };
}

async function answer(m: WordMessage, repo: WordRepository, own: ReadonlySet<string> | null, now: number): Promise<Reply> {
  switch (m.type) {
    case 'word:save': {
      const url = canonicalUrl(m.word.sentence.url);
      if (!url) return { ok: false, error: 'sentence.url must be an http(s) URL' };
      return { ok: true, value: await repo.saveWord({ ...m.word, sentence: { ...m.word.sentence, url } }, now) };
    }
    case 'words:forms':
      return { ok: true, value: await repo.wordForms() };
    case 'word:met':
      return { ok: true, value: metOf(await repo.getWord(wordKey(m.word)), own) };
    case 'word:looked-up': {
      const r = await repo.lookedUp(wordKey(m.word), now);
      // Last seen moved: the library's list (latest met first) is read again.
      if (r) catalogOf(repo).changed();
      return { ok: true, value: metOf(r, own) };
    }
    case 'words:all':
      return { ok: true, value: await repo.allWords() };
    case 'words:recent':
      return { ok: true, value: await repo.recentWords(m.limit) };
    case 'words:page':
      return { ok: true, value: await catalogOf(repo).page(m.query, m.offset, m.limit) };
    case 'words:matching':
      return { ok: true, value: await catalogOf(repo).matching(m.query) };
    case 'words:papers':
      return { ok: true, value: await catalogOf(repo).papers() };
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
