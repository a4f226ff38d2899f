// An article that changes under Dubao without a page load. Single-page e-paper readers put
// another article in place when the reader picks one from the page's list: they replace the
// article's container (or its contents) and push the new article's URL with history.pushState;
// Back takes them to the previous one the same way. Other pages write the article's text in
// after load. Dubao then starts again on the article now shown: the old article's marks,
// highlights, "continue" prompt and listeners go with it, and the new article's are loaded.
import { canonicalUrl } from '../../lib/url';

/** One start of Dubao on the document: where it started, what it repairs, and how to undo it. */
export interface PageRun {
  /** The canonical URL the run started at. */
  readonly url: string;
  /** The article element it repairs; null when it found no article to repair (nothing, a layout page). */
  readonly root: Element | null;
  /** Undoes everything the run did to the page and stops its listeners. */
  stop(): void;
}

/** Timings of the watch (ms). */
export interface FollowOptions {
  /** A check runs once the page has been quiet this long after a change… */
  quietMs?: number;
  /** …and at the latest this long after the first change of a burst (a page that never rests). */
  maxWaitMs?: number;
  /** Without an article, the page's changes are looked at again for this long after the start. */
  retryForMs?: number;
}

/** The run in force, and ways to start again now (the popup's "Use Dubao on this page") or stop watching. */
export interface ArticleFollower<R extends PageRun = PageRun> {
  current(): R;
  restart(): R;
  stop(): void;
}

const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;
/** Pages that write their text in after load do it within seconds; a page still without an article then is left alone. */
const RETRY_FOR_MS = 30_000;

/**
 * Starts Dubao (`begin`) and starts it again whenever the article shown is no longer the one it
 * started on: the URL changed (pushState, replaceState, Back/Forward within the page; the hash
 * is not part of it), the article element left the document, or — for a while after the start —
 * a page that had no article now has one. Changes inside the article element are the repaired
 * view's own business (repaired-view.ts) and start nothing again.
 */
export function followArticle<R extends PageRun>(doc: Document, begin: () => R, options: FollowOptions = {}): ArticleFollower<R> {
  const quiet = options.quietMs ?? QUIET_MS;
  const maxWait = options.maxWaitMs ?? MAX_WAIT_MS;
  const retryFor = options.retryForMs ?? RETRY_FOR_MS;
  const win = doc.defaultView;
  const startedAt = Date.now();
  let run = begin();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let burstAt = 0;

  const restart = (): R => {
    run.stop();
    run = begin();
    return run;
  };
  const check = (): void => {
    timer = null;
    const url = canonicalUrl(doc.location?.href ?? '') ?? '';
    const moved = url !== run.url;
    const detached = !!run.root && !run.root.isConnected;
    const waiting = !run.root && Date.now() - startedAt < retryFor;
    if (moved || detached || waiting) restart();
  };
  const schedule = (): void => {
    const now = Date.now();
    if (timer === null) burstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, Math.min(quiet, burstAt + maxWait - now)));
  };

  const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(schedule);
  observer?.observe(doc, { childList: true, subtree: true });
  const listening = new AbortController();
  win?.addEventListener('popstate', schedule, { signal: listening.signal });
  // The Navigation API (Chromium) also reports pushState and replaceState, which fire no event.
  const nav = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  nav?.addEventListener?.('currententrychange', schedule, { signal: listening.signal });

  return {
    current: () => run,
    restart,
    stop() {
      observer?.disconnect();
      listening.abort();
      if (timer !== null) clearTimeout(timer);
      run.stop();
    },
  };
}
