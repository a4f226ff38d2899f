// Pinyin made ready before the reader asks for it: on an article page, once the page has settled,
// a reader who has turned pinyin on before (on any page) gets the annotator loaded and the
// article read in idle time, so turning pinyin on only has to draw. Pages that are not articles,
// and readers who never use pinyin, pay nothing. Once read, one block is also drawn with its ruby
// out of sight and laid out once, so that the fonts, text shaping and styles ruby needs are ready
// too (in Chromium the first ruby laid out in a tab costs far more than later ones).
import { DisplayModel, wordStarts } from './display';
import { renderBlock } from './render';
import { blocksOnScreen, later } from './geometry';
import type { PageContext } from './context';

/** After the page's load event, wait this long before preparing (ms): the page's own scripts run first. */
const SETTLE_MS = 1500;
/** Characters read per idle slice (about 10–20 ms of work on a laptop). */
const SLICE_CHARS = 1200;

/** Whether the reader has used pinyin before (stored on this device; see lib/storage.ts). */
export interface PinyinUse {
  used(): Promise<boolean>;
  /** Remembers that the reader used pinyin (called at most once per page). */
  note(): void;
}

/**
 * Loads the annotator and reads the article (blocks on screen first) in idle time, when the page
 * is an article, pinyin is off and `use.used()` says the reader has turned it on before. The
 * readings go into the article's reading cache, so the reader's first switch draws at once.
 * Stops at `signal`; a failed load is left for the switch itself to report.
 */
export function preparePinyin(ctx: PageContext, use: PinyinUse, signal: AbortSignal): void {
  const { doc, recognition, deps } = ctx;
  const win = doc.defaultView;
  const loadAnnotator = deps.loadAnnotator;
  if (recognition.kind !== 'article' || !win || !loadAnnotator) return;
  let task: { cancel(): void } | null = null;
  signal.addEventListener('abort', () => task?.cancel());
  const idle = (f: () => void): void => {
    if (signal.aborted) return;
    if (win.requestIdleCallback) {
      const id = win.requestIdleCallback(f, { timeout: 2000 });
      task = { cancel: () => win.cancelIdleCallback(id) };
    } else task = later(win, f, 50);
  };
  const settled = (): void => {
    task = later(win, () => idle(() => void start()), SETTLE_MS);
  };
  const start = async (): Promise<void> => {
    if (signal.aborted || ctx.state.settings.pinyin !== 'off' || !(await use.used().catch(() => false))) return;
    const an = await ctx.once('annotator', loadAnnotator).catch(() => null);
    if (!an || signal.aborted) return;
    performance.mark('dubao:pinyin-prepared');
    const order = readingOrder(ctx);
    const first = order[0] ?? 0;
    const step = (): void => {
      if (signal.aborted || order.length === 0) return;
      const { state } = ctx;
      const blocks = state.repaired()?.blocks ?? [];
      const slice: number[] = [];
      for (let chars = 0; order.length && chars < SLICE_CHARS; ) {
        const i = order.shift() as number;
        slice.push(i);
        chars += blocks[i]?.text.length ?? 0;
      }
      // A model as pinyin-on would draw it (same script and helpers, so the same cache entry).
      const model = new DisplayModel(blocks, { ...state.settings, pinyin: 'all' }, an, null, state.toggled, state.cn2t, state.readings);
      model.prepare(slice);
      for (const i of slice) wordStarts(model.text(i));
      if (order.length) idle(step);
      else {
        performance.mark('dubao:pinyin-read');
        idle(() => rehearseRuby(ctx, model, first));
      }
    };
    idle(step);
  };
  if (doc.readyState === 'complete') settled();
  else win.addEventListener('load', settled, { once: true, signal });
}

/** The repaired view's blocks, those on screen first, then those below, then those above. */
function readingOrder(ctx: PageContext): number[] {
  const { state, doc } = ctx;
  const n = state.repaired()?.blocks.length ?? 0;
  const seen = state.view === 'repaired' ? [...blocksOnScreen(doc, state.root, state.blockEls)] : [];
  const from = seen.length ? Math.min(...seen) : 0;
  const all = Array.from({ length: n }, (_, i) => i);
  return [...all.slice(from), ...all.slice(0, from).reverse()];
}

/**
 * Draws block `i` with ruby (as `model` shows it) into a hidden copy of the article, lays it out
 * once and removes it, all in one task: nothing reaches the screen, the page's observers do not
 * see it, and the reader's first switch finds fonts and shaping caches warm. Records
 * `dubao:ruby-rehearsed`. Does nothing when the repaired view is not shown.
 */
export function rehearseRuby(ctx: PageContext, model: DisplayModel, i: number): void {
  const { state, doc, features } = ctx;
  const repaired = state.repaired();
  const live = state.blockEls[i];
  const article = live?.parentElement;
  const b = repaired?.blocks[i];
  if (state.view !== 'repaired' || !repaired || !b || !article || !live.isConnected) return;
  const t0 = performance.now();
  const stage = doc.createElement('div');
  stage.className = article.className;
  stage.classList.add('dubao-with-ruby');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position:absolute;visibility:hidden;pointer-events:none;inset-inline-start:0;top:0;inline-size:${article.clientWidth}px`;
  const el = renderBlock(doc, b, i, repaired.extraction, state.root, { showRepairs: state.showRepairs, joinLabel: '', displayOf: (k) => model.get(k) });
  stage.appendChild(el);
  features.view.mutate(() => {
    article.appendChild(stage);
    try {
      stage.getBoundingClientRect();
    } finally {
      stage.remove();
    }
  });
  performance.measure('dubao:ruby-rehearsed', { start: t0, end: performance.now() });
}
