// Saved highlights: the current page's first (with those not found on the page marked), then
// every article's, grouped (paper, date, title); search, filters, note editing, delete with
// undo, export and import. Used by the popup panel and the library page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByArticle, type ArticleGroup } from '../lib/highlights/group';
import type { HighlightRecord } from '../lib/highlights/types';
import type { HighlightPatch, ImportSummary } from '../lib/messages';
import type { Send } from '../lib/send';
import { sendImport } from '../lib/upload';
import { HighlightFilters, NO_FILTERS, toQuery, type Filters } from './HighlightFilters';
import { HighlightItem } from './HighlightItem';
import { useHighlightStore } from './HighlightLoad';
import { HighlightTransfer } from './HighlightTransfer';
import { useListFocus } from './list-focus';
import './HighlightList.css';

/** What a highlight list needs from the outside world. */
export interface HighlightApi {
  t: (key: string, substitutions?: string | string[]) => string;
  allHighlights: () => Promise<HighlightRecord[]>;
  /** A quick first view: the newest highlights (and those of `url`), before all of them arrive. */
  recentHighlights?: (limit: number, url?: string) => Promise<HighlightRecord[]>;
  updateHighlight: (id: string, patch: HighlightPatch) => Promise<HighlightRecord>;
  deleteHighlight: (id: string) => Promise<HighlightRecord | null>;
  restoreHighlight: (record: HighlightRecord) => Promise<HighlightRecord>;
  /** Sends an export file to the background; rejects with the reason it was refused. */
  importHighlights: (text: string) => Promise<ImportSummary>;
  /** Opens an article URL (with `#dubao-hl=<id>`). */
  openUrl: (url: string) => void | Promise<void>;
  /** Saves a file (Blob + object URL + `<a download>`). */
  download: (filename: string, text: string, mime: string) => void;
  /** Opens the library page (absent on the library page itself). */
  openLibrary?: () => void | Promise<void>;
}

/** The highlight calls of HighlightApi as background messages (the popup and the library share them). */
export function highlightCalls(send: Send): Pick<HighlightApi, 'allHighlights' | 'recentHighlights' | 'updateHighlight' | 'deleteHighlight' | 'restoreHighlight' | 'importHighlights'> {
  return {
    allHighlights: () => send({ type: 'highlights:all' }),
    recentHighlights: (limit, url) => send({ type: 'highlights:recent', limit, ...(url ? { url } : {}) }),
    updateHighlight: (id, patch) => send({ type: 'highlight:update', id, patch }),
    deleteHighlight: (id) => send({ type: 'highlight:delete', id }),
    restoreHighlight: (highlight) => send({ type: 'highlight:restore', highlight }),
    // A large file goes in parts (lib/upload.ts).
    importHighlights: (text) => sendImport<ImportSummary>((m) => send(m as never), text),
  };
}

/** How long "Undo" stays after a delete. */
export const UNDO_MS = 6000;

export interface HighlightListProps {
  api: HighlightApi;
  /** The article in the current tab: its highlights come first; `orphans` are not found on it. */
  page?: { url: string; orphans?: readonly string[] } | null;
  /** Highlights rendered at first and added by each "Show more". */
  pageSize?: number;
  variant?: 'popup' | 'library';
  undoMs?: number;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The first `limit` highlights of the groups, cut inside a group when needed. */
function firstHighlights(groups: readonly ArticleGroup[], limit: number): { shown: ArticleGroup[]; count: number } {
  const shown: ArticleGroup[] = [];
  let count = 0;
  for (const g of groups) {
    if (count >= limit) break;
    const take = g.highlights.length <= limit - count ? g.highlights : g.highlights.slice(0, limit - count);
    shown.push(take === g.highlights ? g : { ...g, highlights: take });
    count += take.length;
  }
  return { shown, count };
}

/** The highlights list of the popup and the library page (see the file comment). */
export function HighlightList({ api, page = null, pageSize = 30, variant = 'popup', undoMs = UNDO_MS }: HighlightListProps) {
  const { t } = api;
  const { store, version, complete, loadError, aidsFailed, reload, put, drop, changed } = useHighlightStore(api, {
    quick: variant === 'popup',
    quickLimit: pageSize * 2,
    url: page?.url,
    prepare: variant === 'library',
  });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(pageSize);
  const [undo, setUndo] = useState<HighlightRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const section = useRef<HTMLElement>(null);
  /** Where the keyboard focus goes once the list has drawn the last change: highlight `id`'s delete button, or (null) the search box. */
  const focus = useListFocus(section, { item: '.hl-item', data: 'hlId', control: (id) => `[data-hl-id="${CSS.escape(id)}"] .hl-delete`, fallbacks: ['.hl-search', 'h2'] });

  useEffect(
    () => () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    },
    [],
  );

  const query = useMemo(() => toQuery(filters), [filters]);
  useEffect(() => setLimit(pageSize), [query, pageSize]);
  const results = useMemo(() => (store ? store.search(query) : []), [store, version, query]);
  const pageUrl = page?.url ?? null;
  const orphans = useMemo(() => new Set(page?.orphans ?? []), [page?.orphans]);
  const pageHits = useMemo(
    () => (pageUrl ? (groupByArticle(results.filter((r) => r.url === pageUrl))[0]?.highlights ?? []) : []),
    [results, pageUrl],
  );
  const groups = useMemo(() => groupByArticle(pageUrl ? results.filter((r) => r.url !== pageUrl) : results), [results, pageUrl]);
  const papers = useMemo(() => store?.papers() ?? [], [store, version]);
  const { shown, count } = firstHighlights(groups, limit);
  const remaining = results.length - pageHits.length - count;

  // How long the panel took to show its first highlights (read by the end-to-end run).
  const firstShown = useRef(false);
  useEffect(() => {
    if (!firstShown.current && (count > 0 || pageHits.length > 0)) {
      firstShown.current = true;
      performance.mark('dubao:panel:first-highlights');
    }
  }, [count, pageHits.length]);

  const saveNote = (r: HighlightRecord, note: string): void => {
    if (!store) return;
    setError(null);
    put({ ...r, note });
    changed();
    api.updateHighlight(r.id, { note }).then(
      (saved) => {
        put(saved);
        changed();
      },
      (e: unknown) => {
        put(r);
        changed();
        setError(t('hlSaveFailed', message(e)));
      },
    );
  };

  const showUndo = (r: HighlightRecord | null): void => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    setUndo(r);
    undoTimer.current = r
      ? setTimeout(() => {
          // A reader who tabbed to Undo and waited: the button goes, the focus stays in the list.
          if (section.current?.querySelector('.hl-undo')?.contains(document.activeElement)) focus.want.current = { id: null };
          setUndo(null);
        }, undoMs)
      : null;
  };

  const remove = (r: HighlightRecord): void => {
    if (!store) return;
    setError(null);
    focus.want.current = { id: focus.neighbour(r.id) };
    drop(r.id);
    changed();
    showUndo(r);
    api.deleteHighlight(r.id).then(
      () => undefined,
      (e: unknown) => {
        put(r);
        changed();
        showUndo(null);
        setError(t('hlSaveFailed', message(e)));
      },
    );
  };

  const undoDelete = (): void => {
    const r = undo;
    showUndo(null);
    if (!r || !store) return;
    focus.want.current = { id: r.id };
    put(r);
    changed();
    api.restoreHighlight(r).then(
      (saved) => {
        put(saved);
        changed();
      },
      (e: unknown) => {
        drop(r.id);
        changed();
        setError(t('hlSaveFailed', message(e)));
      },
    );
  };

  const item = (r: HighlightRecord) => (
    <HighlightItem
      key={r.id}
      t={t}
      record={r}
      orphan={r.url === pageUrl && orphans.has(r.id)}
      onOpen={(url) => void api.openUrl(url)}
      onSaveNote={saveNote}
      onDelete={remove}
    />
  );
  const GroupHeading = pageUrl ? 'h4' : 'h3';

  return (
    <section ref={section} aria-labelledby="dubao-hl-h" class={`card hl-card hl-${variant}`}>
      <h2 id="dubao-hl-h" tabIndex={-1}>{t('highlightsAllHeading')}</h2>
      {loadError && <p class="error" role="alert">{t('storageError', loadError)}</p>}
      {aidsFailed && <p class="muted" role="status">{t('hlSearchAidsFailed')}</p>}
      {!store && !loadError && <p class="muted">{t('loading')}</p>}
      {store && store.size === 0 && <p class="muted">{t('noHighlights')}</p>}
      {store && store.size > 0 && (
        <>
          <HighlightFilters t={t} value={filters} papers={papers} open={variant === 'library'} onChange={setFilters} />
          {/* Until the full set is in, the quick first view's numbers are not the reader's: say so. */}
          <p class="hl-count meta" aria-live="polite">{t(complete ? 'hlCount' : 'hlCountPartial', String(results.length))}</p>
          {pageUrl && (
            <section class="hl-page" aria-labelledby="dubao-hl-page-h">
              <h3 id="dubao-hl-page-h">{t('highlightsHeading')}</h3>
              {pageHits.length > 0 ? <ul class="hl-list">{pageHits.map(item)}</ul> : <p class="muted">{t('hlNoneOnPage')}</p>}
            </section>
          )}
          {shown.length > 0 && (
            <div class="hl-groups">
              {pageUrl && <h3>{t('hlOtherArticles')}</h3>}
              {shown.map((g) => (
                <section class="hl-group" key={g.url} data-url={g.url}>
                  <GroupHeading class="hl-article">
                    <span class="hl-paper">{g.paper}</span>
                    {g.date && <span class="hl-date meta"> · {g.date}</span>}
                    <span class="hl-title">{g.title ?? t('untitled')}</span>
                  </GroupHeading>
                  <ul class="hl-list">{g.highlights.map(item)}</ul>
                </section>
              ))}
            </div>
          )}
          {results.length === 0 && <p class="muted">{t('hlNoMatch')}</p>}
          {remaining > 0 && complete && (
            <button type="button" class="secondary hl-more" onClick={() => setLimit((l) => l + pageSize)}>
              {t('hlShowMore', String(remaining))}
            </button>
          )}
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <div class="hl-undo" role="status">
          <span>{t('hlDeleted')}</span>
          <button type="button" onClick={undoDelete}>{t('hlUndo')}</button>
        </div>
      )}
      {store && complete && <HighlightTransfer t={t} records={results} download={api.download} importText={api.importHighlights} onImported={reload} />}
      {api.openLibrary && (
        <p class="hl-library-link">
          <a
            href="/library.html"
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              e.preventDefault();
              void api.openLibrary?.();
            }}
          >
            {t('hlOpenLibrary')}
          </a>
        </p>
      )}
    </section>
  );
}
