// The library's 生词 / Words section: every saved word (latest met first) with its sentences,
// search (simplified, traditional, pinyin, initials), filters (paper, issue dates, source),
// delete with undo, export and import, and the way to today's review.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WordImportSummary } from '../lib/words/messages';
import { buildWordIndex, wordPapers, type WordIndex, type WordQuery } from '../lib/words/search';
import { WORD_SOURCES, type WordRecord, type WordSource } from '../lib/words/types';
import type { Send } from '../lib/send';
import { WordsItem } from './WordsItem';
import { WordsTransfer } from './WordsTransfer';
import './WordsList.css';

/** What the words section needs from the outside world. */
export interface WordsApi {
  t: (key: string, substitutions?: string | string[]) => string;
  allWords: () => Promise<WordRecord[]>;
  /** A quick first view: the most recently met words and how many there are in all. */
  recentWords?: (limit: number) => Promise<{ words: WordRecord[]; total: number }>;
  deleteWord: (word: string) => Promise<WordRecord | null>;
  restoreWord: (record: WordRecord) => Promise<WordRecord>;
  importWords: (text: string) => Promise<WordImportSummary>;
  openUrl: (url: string) => void | Promise<void>;
  download: (filename: string, text: string, mime: string) => void;
  /** Opens the review page. */
  openReview: () => void | Promise<void>;
}

/** The word calls of WordsApi as background messages. */
export function wordCalls(ask: Send): Pick<WordsApi, 'allWords' | 'recentWords' | 'deleteWord' | 'restoreWord' | 'importWords'> {
  return {
    allWords: () => ask({ type: 'words:all' }),
    recentWords: (limit) => ask({ type: 'words:recent', limit }),
    deleteWord: (word) => ask({ type: 'word:delete', word }),
    restoreWord: (record) => ask({ type: 'word:restore', record }),
    importWords: (text) => ask({ type: 'words:import', text }),
  };
}

const byLastSeen = (a: WordRecord, b: WordRecord): number => b.lastSeen - a.lastSeen || (a.word < b.word ? -1 : 1);
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function WordsList({ api, pageSize = 100, undoMs = 6000 }: { api: WordsApi; pageSize?: number; undoMs?: number }) {
  const { t } = api;
  const [words, setWords] = useState<WordRecord[] | null>(null);
  /** The first view (newest words) until every word has arrived: searching waits for all of them. */
  const [first, setFirst] = useState<{ words: WordRecord[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<WordQuery>({});
  const [limit, setLimit] = useState(pageSize);
  const [undo, setUndo] = useState<WordRecord | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const index = useRef<{ of: WordRecord[]; index: WordIndex } | null>(null);

  const load = (): void => {
    api.allWords().then((list) => setWords(list.sort(byLastSeen)), (e: unknown) => setError(message(e)));
  };
  useEffect(() => {
    // The newest words first; all of them (megabytes with 20,000 words) only once those are on screen.
    if (api.recentWords) api.recentWords(pageSize).then((r) => setFirst((f) => f ?? r), () => undefined).finally(() => setTimeout(load, 0));
    else load();
    return () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, []);
  // The search index is built once the list is on screen, not before.
  useEffect(() => {
    if (!words && !first) return undefined;
    if (performance.getEntriesByName('dubao:words:first-shown').length === 0) performance.mark('dubao:words:first-shown');
    if (!words) return undefined;
    const id = setTimeout(() => indexOf(words), 50);
    return () => clearTimeout(id);
  }, [words, first]);
  const indexOf = (list: WordRecord[]): WordIndex => {
    if (index.current?.of !== list) index.current = { of: list, index: buildWordIndex(list) };
    return index.current.index;
  };

  const empty = !query.text?.trim() && !query.paper && !query.from && !query.to && !query.source;
  const shown = useMemo(() => (words ? (empty ? words : indexOf(words).search(query)) : (first?.words ?? [])), [words, first, query]);
  const papers = useMemo(() => (words ? wordPapers(words) : []), [words]);
  const set = (patch: Partial<WordQuery>): void => {
    setQuery({ ...query, ...patch });
    setLimit(pageSize);
  };

  const showUndo = (r: WordRecord | null): void => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    setUndo(r);
    undoTimer.current = r ? setTimeout(() => setUndo(null), undoMs) : null;
  };
  const remove = (r: WordRecord): void => {
    setError(null);
    setWords((list) => (list ?? []).filter((x) => x.word !== r.word));
    showUndo(r);
    api.deleteWord(r.word).catch((e: unknown) => {
      setError(t('wordsSaveFailed', message(e)));
      load();
    });
  };
  const undoDelete = (): void => {
    const r = undo;
    showUndo(null);
    if (!r) return;
    api.restoreWord(r).then(
      (back) => setWords((list) => [...(list ?? []).filter((x) => x.word !== back.word), back].sort(byLastSeen)),
      (e: unknown) => setError(t('wordsSaveFailed', message(e))),
    );
  };

  return (
    <section class="card words-card" aria-labelledby="dubao-words-h">
      <h2 id="dubao-words-h">{t('wordsTitle')}</h2>
      <div class="row words-top">
        <p class="muted words-count" role="status">{words ? t('wordsCount', [String(shown.length), String(words.length)]) : first ? t('wordsCount', [String(first.words.length), String(first.total)]) : t('loading')}</p>
        <button type="button" onClick={() => void api.openReview()}>{t('wordsReview')}</button>
      </div>
      <div class="words-filters row">
        <input type="search" disabled={!words} aria-label={t('wordsSearch')} placeholder={t('wordsSearchHint')} value={query.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
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
      {words && words.length === 0 && <p class="muted">{t('wordsEmpty')}</p>}
      <ul class="words-list" aria-label={t('wordsTitle')}>
        {shown.slice(0, limit).map((r) => <WordsItem key={r.word} record={r} t={t} onOpen={(url) => void api.openUrl(url)} onDelete={remove} />)}
      </ul>
      {shown.length > limit && <button type="button" class="secondary words-more" onClick={() => setLimit(limit + pageSize)}>{t('wordsMore', String(shown.length - limit))}</button>}
      <WordsTransfer t={t} records={shown} download={api.download} importWords={api.importWords} onImported={load} />
      {undo && (
        <div class="words-undo" role="status">
          <span>{t('wordsDeleted', undo.written)}</span>
          <button type="button" class="secondary" onClick={undoDelete}>{t('wordsUndo')}</button>
        </div>
      )}
    </section>
  );
}
