// The library's 生词 / Words section: every saved word (latest met first) with its sentences,
// search (simplified, traditional, pinyin, initials), filters (paper, issue dates, source),
// delete with undo, export and import, and the way to today's review.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WordPage } from '../lib/words/catalog';
import type { WordImportSummary } from '../lib/words/messages';
import type { WordQuery } from '../lib/words/search';
import { WORD_SOURCES, type WordRecord, type WordSource } from '../lib/words/types';
import type { Send } from '../lib/send';
import { WordsRow } from './WordsItem';
import { WordsTransfer } from './WordsTransfer';
import './WordsList.css';

/** What the words section needs from the outside world. */
export interface WordsApi {
  t: (key: string, substitutions?: string | string[]) => string;
  /** `limit` words from `offset` of those matching `query` (latest met first), searched by the background. */
  pageWords: (query: WordQuery, offset: number, limit: number) => Promise<WordPage>;
  /** Every word matching `query`: what an export writes. */
  matchingWords: (query: WordQuery) => Promise<WordRecord[]>;
  /** The papers the words were met in. */
  wordPapers: () => Promise<string[]>;
  deleteWord: (word: string) => Promise<WordRecord | null>;
  restoreWord: (record: WordRecord) => Promise<WordRecord>;
  importWords: (text: string) => Promise<WordImportSummary>;
  openUrl: (url: string) => void | Promise<void>;
  download: (filename: string, text: string, mime: string) => void;
  /** Opens the review page. */
  openReview: () => void | Promise<void>;
}

/** The word calls of WordsApi as background messages. */
export function wordCalls(ask: Send): Pick<WordsApi, 'pageWords' | 'matchingWords' | 'wordPapers' | 'deleteWord' | 'restoreWord' | 'importWords'> {
  return {
    pageWords: (query, offset, limit) => ask({ type: 'words:page', query, offset, limit }),
    matchingWords: (query) => ask({ type: 'words:matching', query }),
    wordPapers: () => ask({ type: 'words:papers' }),
    deleteWord: (word) => ask({ type: 'word:delete', word }),
    restoreWord: (record) => ask({ type: 'word:restore', record }),
    importWords: (text) => ask({ type: 'words:import', text }),
  };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Loads the next page when the "show more" button scrolls into view (a click works too). */
function useShowMoreOnScroll(more: () => void): (el: HTMLElement | null) => void {
  const observer = useRef<IntersectionObserver | null>(null);
  const latest = useRef(more);
  latest.current = more;
  useEffect(() => () => observer.current?.disconnect(), []);
  return (el) => {
    observer.current?.disconnect();
    if (!el || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current());
    observer.current.observe(el);
  };
}

/**
 * The words list: the background answers one page at a time (sorted, filtered and searched
 * there), so the first words show at once however many are saved; more come on scroll or by
 * "show more". The first view (and a new search) asks for `firstPage` words (more than a screen
 * holds: drawing 100 items took longer than the wait for them), later pages `pageSize`.
 */
export function WordsList({ api, pageSize = 100, firstPage = 30, undoMs = 6000 }: { api: WordsApi; pageSize?: number; firstPage?: number; undoMs?: number }) {
  const { t } = api;
  const [list, setList] = useState<WordPage | null>(null);
  const [papers, setPapers] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<WordQuery>({});
  const [undo, setUndo] = useState<WordRecord | null>(null);
  /** Where the word Undo would bring back stood, in the list of which request (a list since replaced is loaded again instead). */
  const undoPlace = useRef<{ at: number; asked: number } | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The latest request: a reply to an older query (typed over since) is dropped. */
  const asked = useRef(0);
  const busy = useRef(false);
  const section = useRef<HTMLElement>(null);
  /**
   * Where the keyboard focus goes once the list shows it: the delete button of word `word` (the
   * next one after a delete, the restored one after Undo, which arrives with a reload), else the
   * search box. Without it the focus fell on the page's body with the button that had it.
   */
  const focusNext = useRef<{ word: string | null; until: number } | null>(null);
  useEffect(() => {
    const want = focusNext.current;
    if (!want || !section.current) return;
    const del = want.word === null ? null : [...section.current.querySelectorAll<HTMLElement>('.words-item')].find((li) => li.dataset.word === want.word)?.querySelector<HTMLElement>('.words-delete');
    if (!del && want.word !== null && Date.now() < want.until) return;
    focusNext.current = null;
    (del ?? section.current.querySelector<HTMLElement>('input[type="search"]'))?.focus();
  });

  /** Loads the first `count` matches of `q` (at least a first page's worth). */
  const load = (q: WordQuery, count = 0): void => {
    const id = ++asked.current;
    api.pageWords(q, 0, Math.min(1000, Math.max(count, Math.min(firstPage, pageSize)))).then(
      (page) => id === asked.current && setList(page),
      (e: unknown) => id === asked.current && setError(message(e)),
    );
  };
  const loadPapers = (): void => void api.wordPapers().then(setPapers, () => undefined);
  useEffect(() => {
    load({});
    return () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, []);
  useEffect(() => {
    if (!list || performance.getEntriesByName('dubao:words:first-shown').length > 0) return undefined;
    performance.mark('dubao:words:first-shown');
    // The paper filter's choices need every word read: after the first page is on screen.
    const id = setTimeout(loadPapers, 50);
    return () => clearTimeout(id);
  }, [list]);

  const more = (): void => {
    if (!list || busy.current || list.words.length >= list.matched) return;
    busy.current = true;
    const id = asked.current;
    api
      .pageWords(query, list.words.length, pageSize)
      .then((page) => id === asked.current && setList((l) => (l ? { ...page, words: [...l.words, ...page.words.filter((w) => !l.words.some((x) => x.word === w.word))] } : page)), (e: unknown) => setError(message(e)))
      .finally(() => (busy.current = false));
  };
  const moreRef = useShowMoreOnScroll(more);
  const set = (patch: Partial<WordQuery>): void => {
    const q = { ...query, ...patch };
    setQuery(q);
    load(q);
  };

  const showUndo = (r: WordRecord | null): void => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    setUndo(r);
    undoTimer.current = r
      ? setTimeout(() => {
          // A reader who tabbed to Undo and waited: the button goes, the focus stays in the list.
          if (section.current?.querySelector('.words-undo')?.contains(document.activeElement)) focusNext.current = { word: null, until: 0 };
          setUndo(null);
        }, undoMs)
      : null;
  };
  const remove = (r: WordRecord): void => {
    setError(null);
    const words = list?.words ?? [];
    const at = words.findIndex((x) => x.word === r.word);
    focusNext.current = { word: (words[at + 1] ?? words[at - 1])?.word ?? null, until: Date.now() + 2000 };
    undoPlace.current = { at, asked: asked.current };
    setList((l) => l && { words: l.words.filter((x) => x.word !== r.word), matched: l.matched - 1, total: l.total - 1 });
    showUndo(r);
    api.deleteWord(r.word).catch((e: unknown) => {
      setError(t('wordsSaveFailed', message(e)));
      load(query, list?.words.length);
    });
  };
  const undoDelete = (): void => {
    const r = undo;
    showUndo(null);
    if (!r) return;
    focusNext.current = { word: r.word, until: Date.now() + 2000 };
    const place = undoPlace.current;
    api.restoreWord(r).then(
      (back) => {
        // Put back where it stood: reloading the list fetched at most 1,000 words, so a reader
        // further down lost the rest of the list (and the word itself when it stood past them).
        if (!place || place.asked !== asked.current) return load(query, (list?.words.length ?? 0) + 1);
        setList((l) => l && { words: [...l.words.slice(0, place.at), back, ...l.words.slice(place.at)], matched: l.matched + 1, total: l.total + 1 });
      },
      (e: unknown) => setError(t('wordsSaveFailed', message(e))),
    );
  };
  // The rows keep these two for the list's life (WordsRow draws a word again only when it changed).
  const current = useRef({ remove, open: (url: string) => void api.openUrl(url) });
  current.current.remove = remove;
  const rowCalls = useRef({ onDelete: (r: WordRecord) => current.current.remove(r), onOpen: (url: string) => current.current.open(url) }).current;
  const shown = list?.words ?? [];

  return (
    <section ref={section} class="card words-card" aria-labelledby="dubao-words-h">
      <h2 id="dubao-words-h">{t('wordsTitle')}</h2>
      <div class="row words-top">
        <p class="muted words-count" role="status">{list ? t('wordsCount', [String(list.matched), String(list.total)]) : t('loading')}</p>
        <button type="button" onClick={() => void api.openReview()}>{t('wordsReview')}</button>
      </div>
      <div class="words-filters row">
        <input type="search" aria-label={t('wordsSearch')} placeholder={t('wordsSearchHint')} value={query.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
        <select aria-label={t('wordsPaper')} value={query.paper ?? ''} onChange={(e) => set({ paper: e.currentTarget.value || undefined })}>
          <option value="">{t('wordsAnyPaper')}</option>
          {papers.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        <label class="check">{t('wordsFrom')} <input type="date" value={query.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || undefined })} /></label>
        <label class="check">{t('wordsTo')} <input type="date" value={query.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} /></label>
        <select aria-label={t('wordsSource')} value={query.source ?? ''} onChange={(e) => set({ source: (e.currentTarget.value || undefined) as WordSource | undefined })}>
          <option value="">{t('wordsAnySource')}</option>
          {WORD_SOURCES.map((s) => <option key={s} value={s}>{t(`wordsSource_${s}`)}</option>)}
        </select>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {list && list.total === 0 && <p class="muted">{t('wordsEmpty')}</p>}
      <ul class="words-list" aria-label={t('wordsTitle')}>
        {shown.map((r) => <WordsRow key={r.word} record={r} t={t} onOpen={rowCalls.onOpen} onDelete={rowCalls.onDelete} />)}
      </ul>
      {list && list.matched > shown.length && (
        <button type="button" class="secondary words-more" ref={moreRef} onClick={more}>
          {t('wordsMore', String(list.matched - shown.length))}
        </button>
      )}
      <WordsTransfer
        t={t}
        count={list?.matched ?? 0}
        records={() => api.matchingWords(query)}
        download={api.download}
        importWords={api.importWords}
        onImported={() => {
          load(query, shown.length);
          loadPapers();
        }}
      />
      {undo && (
        <div class="words-undo" role="status">
          <span>{t('wordsDeleted', undo.written)}</span>
          <button type="button" class="secondary" onClick={undoDelete}>{t('wordsUndo')}</button>
        </div>
      )}
    </section>
  );
}
