// Loading the saved highlights into a HighlightStore for a list (the popup's quick first view,
// then the full set), keeping the reader's edits made meanwhile, and loading the search aids
// (pinyin, traditional folding) once the list is on screen.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSearchAids, searchAidsReady } from '../lib/highlights/search-aids';
import type { HighlightRecord } from '../lib/highlights/types';
import { HighlightStore } from './HighlightStore';

/** The calls the loader makes. */
export interface HighlightSource {
  allHighlights: () => Promise<HighlightRecord[]>;
  /** A quick first view: the newest highlights (and those of `url`), before all of them arrive. */
  recentHighlights?: (limit: number, url?: string) => Promise<HighlightRecord[]>;
}

/** What useHighlightStore() gives the list. */
export interface LoadedHighlights {
  /** The store shown (null until the first records arrive). */
  store: HighlightStore | null;
  /** Changes whenever the store or its records changed (or the search aids arrived): search again. */
  version: number;
  /** True once the full set is in the store (not only the quick first view). */
  complete: boolean;
  /** Why reading the highlights failed, or null. */
  loadError: string | null;
  /** True when the search aids failed to load (search by characters as written still works). */
  aidsFailed: boolean;
  /** Loads everything again (after an import). */
  reload: () => void;
  /** Adds or replaces a record in the list (also over a full set still on its way). */
  put: (r: HighlightRecord) => void;
  /** Removes a record from the list (also from a full set still on its way). */
  drop: (id: string) => void;
  /** Tells the list that put()/drop() changed it. */
  changed: () => void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Loads the highlights: in the popup (`quick`), the newest `quickLimit` (and those of `url`)
 * first, then the full set, which replaces them; elsewhere the full set at once. Edits made
 * while the full set is on its way win over it. Once records are on screen the search aids
 * are loaded, and `version` changes when they arrive so that a search typed before is re-run.
 */
export function useHighlightStore(api: HighlightSource, opts: { quick: boolean; quickLimit: number; url?: string; prepare: boolean }): LoadedHighlights {
  const [store, setStoreState] = useState<HighlightStore | null>(null);
  /** The store in use now (async replies may come back after the full set replaced the first view). */
  const current = useRef<HighlightStore | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [complete, setComplete] = useState(false);
  const [aidsFailed, setAidsFailed] = useState(false);
  /** Changes the reader made while the full set was on its way (null: deleted); they win over it. */
  const edits = useRef<Map<string, HighlightRecord | null> | null>(null);
  const changed = (): void => setVersion((v) => v + 1);
  const show = (s: HighlightStore): void => {
    current.current = s;
    setStoreState(s);
    changed();
  };

  const reload = (): void => {
    let done = false;
    const loadAll = (): void => {
      edits.current = new Map();
      api.allHighlights().then(
        (records) => {
          done = true;
          const s = new HighlightStore(records);
          for (const [id, r] of edits.current ?? []) {
            if (r) s.put(r);
            else s.remove(id);
          }
          edits.current = null;
          setComplete(true);
          show(s);
          setLoadError(null);
          // The library is for searching: the index is built right away rather than on the first key.
          if (opts.prepare) setTimeout(() => s.prepare(), 0);
        },
        (e: unknown) => {
          edits.current = null;
          setLoadError(message(e));
        },
      );
    };
    // The full set, for search, filters and export, is asked for only after the quick view,
    // so that its large reply does not hold up the first view.
    if (opts.quick && api.recentHighlights) {
      api.recentHighlights(opts.quickLimit, opts.url).then(
        (records) => {
          if (!done) show(new HighlightStore(records));
          loadAll();
        },
        () => loadAll(),
      );
    } else loadAll();
  };

  useEffect(reload, []);

  // After the first records are painted: pinyin and traditional folding for search.
  useEffect(() => {
    if (!store || searchAidsReady()) return;
    let live = true;
    loadSearchAids().then(
      () => {
        if (!live) return;
        setAidsFailed(false);
        changed();
      },
      () => {
        if (live) setAidsFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [store]);

  return {
    store,
    version,
    complete,
    loadError,
    aidsFailed,
    reload,
    put: (r) => {
      current.current?.put(r);
      edits.current?.set(r.id, r);
    },
    drop: (id) => {
      current.current?.remove(id);
      edits.current?.set(id, null);
    },
    changed,
  };
}
