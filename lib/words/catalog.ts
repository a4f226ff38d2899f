// The library's view of the saved words, answered by the background a page at a time: the
// words sorted (latest met first), filtered and searched there, so that the library page never
// holds more than the pages it shows (20,000 words are some 11 MB of records).
//
// The catalog is built once from every record (one read of the store, sorted) and kept until the
// words change; the search index over it is built in slices once the library has its first page
// (or when a query first needs it), so that the background keeps answering meanwhile. The first page of the unfiltered list does not
// wait for either (a cursor over the byLastSeen index answers it: the library shows its first
// words at once).
import type { WordRepository } from '../db/words';
import { loadSearchAids } from '../highlights/search-aids';
import { buildWordIndexInSlices, wordPapers, type WordIndex, type WordQuery } from './search';
import type { WordRecord } from './types';

/** One page of the words list: the records, how many match the query and how many are saved. */
export interface WordPage {
  words: WordRecord[];
  /** Words matching the query (all of them, not only this page). */
  matched: number;
  /** Words saved in all. */
  total: number;
}

/**
 * Newest met first; ties by the simplified form, descending: the order of a backwards cursor on
 * the byLastSeen index (repo.recentWords), so that the first page and the next never overlap.
 */
export const byLastSeen = (a: WordRecord, b: WordRecord): number => b.lastSeen - a.lastSeen || (a.word < b.word ? 1 : a.word > b.word ? -1 : 0);

/** True when the query filters nothing (every word matches). */
export function isEmptyQuery(q: WordQuery): boolean {
  return !q.text?.trim() && !q.paper && !q.from && !q.to && !q.source;
}

interface Built {
  sorted: WordRecord[];
  papers: string[];
  /** The search index, built in slices when a query first needs it. */
  index: Promise<WordIndex> | null;
}

/** The words catalog over a repository: pages, papers and exports; `changed()` after every write. */
export interface WordCatalog {
  /** `limit` words from `offset` of those matching `query`, latest met first. */
  page(query: WordQuery, offset: number, limit: number): Promise<WordPage>;
  /** Every word matching `query`, latest met first (what an export of the list writes). */
  matching(query: WordQuery): Promise<WordRecord[]>;
  /** The papers the words were met in, by name. */
  papers(): Promise<string[]>;
  /** The saved words changed: the next question reads them again. */
  changed(): void;
}

/** A catalog reading `repo`; it keeps the built index until `changed()` (or `keepMs` unused, to free memory). */
export function createWordCatalog(repo: WordRepository, opts: { keepMs?: number } = {}): WordCatalog {
  const keepMs = opts.keepMs ?? 5 * 60_000;
  let built: Promise<Built> | null = null;
  let generation = 0;
  let release: ReturnType<typeof setTimeout> | null = null;

  const forget = (): void => {
    generation++;
    built = null;
    if (release) clearTimeout(release);
    release = null;
  };
  const get = (): Promise<Built> => {
    if (release) clearTimeout(release);
    release = setTimeout(forget, keepMs);
    if (built) return built;
    const at = generation;
    const next = repo.allWords().then((all): Built => {
      const sorted = all.sort(byLastSeen);
      return { sorted, papers: wordPapers(sorted), index: null };
    });
    built = next;
    // A failed read is not kept: the next question tries again.
    next.catch(() => {
      if (generation === at) built = null;
    });
    return next;
  };
  // Pinyin and traditional folding are loaded before the index is built (a failed load
  // leaves search by characters as written; the index is then built without them).
  const indexOf = (b: Built): Promise<WordIndex> =>
    (b.index ??= loadSearchAids().then(() => undefined, () => undefined).then(() => buildWordIndexInSlices(b.sorted)));
  /** Reads the words and builds the index ahead of the first search (the library is open). */
  const warm = (): void => void get().then(indexOf).catch(() => undefined);
  const find = async (query: WordQuery): Promise<{ list: WordRecord[]; total: number }> => {
    const b = await get();
    if (isEmptyQuery(query)) return { list: b.sorted, total: b.sorted.length };
    return { list: (await indexOf(b)).search(query), total: b.sorted.length };
  };

  return {
    async page(query, offset, limit) {
      if (!built && offset === 0 && isEmptyQuery(query)) {
        // The library's first view: straight from the index on lastSeen, then the catalog is built for what follows.
        const { words, total } = await repo.recentWords(limit);
        setTimeout(warm, 0);
        return { words, matched: total, total };
      }
      const { list, total } = await find(query);
      return { words: list.slice(offset, offset + limit), matched: list.length, total };
    },
    async matching(query) {
      return [...(await find(query)).list];
    },
    async papers() {
      warm();
      return (await get()).papers;
    },
    changed: forget,
  };
}
