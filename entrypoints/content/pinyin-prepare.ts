// Pinyin made ready before the reader asks for it: on an article page, once the page has settled,
// a reader who has turned pinyin on before (on any page) gets the annotator loaded and the
// article read (readings, word starts and glossary terms of the annotated text) in idle time, so
// turning pinyin on only has to draw. Pages that are not articles,
// and readers who never use pinyin, pay nothing. A reader reaching for the popup's pinyin control
// starts the same preparation at once (preparePinyinNow). Once read, the blocks on screen are also
// drawn with their ruby out of sight and laid out once, so that the fonts, the shaping of those
// readings and the styles ruby needs are ready too (in Chromium the first ruby laid out in a tab
// costs far more than later ones).
import { DisplayModel, wordStarts, type AnnotatorLike } from './display';
import { renderBlock } from './render';
import { blocksOnScreen, idleTask, later } from './geometry';
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
  /** How long after the page's load event preparing waits (ms): SETTLE_MS unless given (tests give a shorter one). */
  settleMs?: number;
}

/** Pages whose preparation has begun (by idle time or by the reader's intent): it runs once. */
const PREPARING = new WeakSet<PageContext>();
/** Pages whose whole article has been read into the reading cache. */
const PREPARED = new WeakSet<PageContext>();
/** Pages whose preparation (or rehearsal) the popup's opening asked for, until that popup's pointer reaches the choice. */
const BY_OPENING = new WeakSet<PageContext>();

/**
 * Loads the annotator and reads the article (blocks on screen first) in idle time, when the page
 * is an article, pinyin is off and `use.used()` says the reader has turned it on before. The
 * readings go into the article's reading cache, so the reader's first switch draws at once.
 * Stops at `signal`; a failed load is left for the switch itself to report.
 */
export function preparePinyin(ctx: PageContext, use: PinyinUse, signal: AbortSignal): void {
  const { doc, recognition, deps } = ctx;
  const win = doc.defaultView;
  if (recognition.kind !== 'article' || !win || !deps.loadAnnotator) return;
  let task: { cancel(): void } | null = null;
  signal.addEventListener('abort', () => task?.cancel());
  const settled = (): void => {
    task = later(win, () => {
      task = idleTask(win, () => void use.used().then((used) => {
        if (used) void runPreparation(ctx, signal, false);
      }, () => undefined), 2000, signal);
    }, use.settleMs ?? SETTLE_MS);
  };
  if (doc.readyState === 'complete') settled();
  else win.addEventListener('load', settled, { once: true, signal });
}

/**
 * The reader is about to choose pinyin (the popup opened, `byOpening`, or the pointer or the focus
 * reached its pinyin control): loads the annotator and reads the blocks on screen now, the rest of
 * the article in idle time, so that the choice, a moment later, only has to draw. Does nothing when
 * pinyin is on, the page is not an article, or preparing has begun already.
 */
export function preparePinyinNow(ctx: PageContext, signal: AbortSignal, byOpening = false): void {
  if (ctx.recognition.kind !== 'article' || !ctx.doc.defaultView || !ctx.deps.loadAnnotator) return;
  // The popup's opening began it a moment ago: its pointer reaching the choice finds the screen
  // read (or being read) and laid out, and a second rehearsal would only compete with the choice.
  if (byOpening) BY_OPENING.add(ctx);
  else if (BY_OPENING.delete(ctx) && (PREPARED.has(ctx) || PREPARING.has(ctx))) return;
  if (PREPARED.has(ctx)) void warmAgain(ctx, signal);
  else void runPreparation(ctx, signal, true);
}

/**
 * The article was read a while ago (in idle time after the page loaded): lays the blocks on screen
 * out with ruby out of sight once more, so that the styles and font shaping the drawing needs are
 * fresh when the reader's choice comes (paired runs on a loaded machine: 106–147 ms against
 * 116–161 without; noisy). A few idle tasks of work; nothing changes on screen.
 */
async function warmAgain(ctx: PageContext, signal: AbortSignal): Promise<void> {
  const loadAnnotator = ctx.deps.loadAnnotator;
  if (!loadAnnotator || ctx.state.settings.pinyin !== 'off') return;
  const an = await ctx.once('annotator', loadAnnotator).catch(() => null);
  if (!an || signal.aborted || ctx.state.settings.pinyin !== 'off') return;
  rehearseRuby(ctx, drawingModel(ctx, an), 0, signal);
}

/** A model of the article as pinyin-on would draw it (same script and helpers, so the same reading cache entries). */
function drawingModel(ctx: PageContext, an: AnnotatorLike): DisplayModel {
  const { state } = ctx;
  const blocks = state.repaired()?.blocks ?? [];
  return new DisplayModel(blocks, { ...state.settings, pinyin: 'all' }, an, null, state.toggled, state.cn2t, state.readings, state.clickedWords);
}

/**
 * Loads the annotator, reads the article a slice at a time (the first slice at once when `urgent`,
 * later ones in idle time) into the reading cache, then rehearses the ruby of the blocks on screen out of sight.
 * Once per page; stops at `signal` or when pinyin has been turned on meanwhile.
 */
async function runPreparation(ctx: PageContext, signal: AbortSignal, urgent: boolean): Promise<void> {
  const win = ctx.doc.defaultView;
  const loadAnnotator = ctx.deps.loadAnnotator;
  if (!win || !loadAnnotator || signal.aborted || ctx.state.settings.pinyin !== 'off' || PREPARING.has(ctx)) return;
  PREPARING.add(ctx);
  const an = await ctx.once('annotator', loadAnnotator).catch(() => null);
  if (!an || signal.aborted) return;
  performance.mark('dubao:pinyin-prepared');
  const { order, screen } = readingOrder(ctx);
  const first = order[0] ?? 0;
  const blocks = ctx.state.repaired()?.blocks ?? [];
  // The urgent first read is the screen only (the rest waits for idle time): its characters.
  const screenChars = Math.max(1, order.slice(0, screen).reduce((n, i) => n + (blocks[i]?.text.length ?? 0), 0));
  let task: { cancel(): void } | null = null;
  signal.addEventListener('abort', () => task?.cancel(), { once: true });
  const step = (limit = SLICE_CHARS): void => {
    // Pinyin turned on meanwhile: the drawing reads what it needs itself.
    if (signal.aborted || order.length === 0 || ctx.state.settings.pinyin !== 'off') return;
    const slice = takeSlice(order, ctx.state.repaired()?.blocks ?? [], limit);
    const model = drawingModel(ctx, an);
    model.prepare(slice);
    for (const i of slice) wordStarts(model.text(i));
    // The glossary terms of these texts too, as the drawing will ask for them.
    if (ctx.state.settings.glossaryMarks !== 'off') for (const i of slice) ctx.features.terms.termsAt(model, i, an);
    if (order.length) task = idleTask(win, () => step(), 2000, signal);
    else {
      performance.mark('dubao:pinyin-read');
      PREPARED.add(ctx);
      if (!rehearsedEarly) task = idleTask(win, () => rehearseRuby(ctx, model, first, signal), 2000, signal);
    }
  };
  // When urgent, the screen is rehearsed as soon as it is read, before the rest of the article.
  let rehearsedEarly = false;
  if (urgent) {
    // The blocks on screen read the moment the annotator arrived (nothing when pinyin was turned on meanwhile).
    const t0 = performance.now();
    step(screenChars);
    performance.measure('dubao:screen-read', { start: t0, end: performance.now(), detail: screenChars });
    // The reader may choose in a moment: the ruby of the screen laid out once out of sight now (its
    // own idle tasks, between the reading's), not after the whole article has been read.
    // (A screen that holds the whole article was read whole: its rehearsal is already asked for.)
    if (!signal.aborted && ctx.state.settings.pinyin === 'off' && !PREPARED.has(ctx)) {
      rehearsedEarly = true;
      idleTask(win, () => rehearseRuby(ctx, drawingModel(ctx, an), first, signal), 2000, signal);
    }
  } else task = idleTask(win, () => step(), 2000, signal);
}

/** Takes block indices off the front of `queue` until they hold `limit` characters (at least one while any are left). */
function takeSlice(queue: number[], blocks: readonly { text: string }[], limit: number): number[] {
  const slice: number[] = [];
  for (let chars = 0; queue.length && chars < limit; ) {
    const i = queue.shift() as number;
    slice.push(i);
    chars += blocks[i]?.text.length ?? 0;
  }
  return slice;
}

/** The repaired view's blocks, those on screen first (`screen` of them), then those below, then those above. */
function readingOrder(ctx: PageContext): { order: number[]; screen: number } {
  const { state, doc } = ctx;
  const n = state.repaired()?.blocks.length ?? 0;
  const seen = state.view === 'repaired' ? [...blocksOnScreen(doc, state.root, state.blockEls)] : [];
  const from = seen.length ? Math.min(...seen) : 0;
  const all = Array.from({ length: n }, (_, i) => i);
  return { order: [...all.slice(from), ...all.slice(0, from).reverse()], screen: seen.length };
}

/** Characters of ruby one rehearsal task lays out (each task stays well under a long task). */
const REHEARSE_CHARS = 250;

/**
 * Draws the blocks on screen (those of `first`'s screen when none is) with ruby, as `model` shows
 * them, into a hidden copy of the article, a few hundred characters per idle task, lays each copy
 * out once and removes it in the same task: nothing reaches the screen, the page's observers do
 * not see it, and the reader's first switch finds fonts and the shaping of these very readings
 * warm (laying out ruby the tab has not shaped yet costs about twice as much). Records
 * `dubao:ruby-rehearsed` (the work's total time) once all are done. Does nothing when the repaired
 * view is not shown.
 */
export function rehearseRuby(ctx: PageContext, model: DisplayModel, first: number, signal?: AbortSignal): void {
  const { state, doc } = ctx;
  const win = doc.defaultView;
  if (state.view !== 'repaired' || !win) return;
  const seen = [...blocksOnScreen(doc, state.root, state.blockEls)];
  const todo = seen.length ? seen : [first];
  let spent = 0;
  const step = (): void => {
    // Pinyin turned on meanwhile: its own drawing is on screen, a rehearsal would only compete with it.
    if (signal?.aborted || state.view !== 'repaired' || state.settings.pinyin !== 'off') return;
    const slice = takeSlice(todo, state.repaired()?.blocks ?? [], REHEARSE_CHARS);
    const t0 = performance.now();
    rehearseBlocks(ctx, model, slice);
    spent += performance.now() - t0;
    if (todo.length) idleTask(win, step, 2000, signal);
    else performance.measure('dubao:ruby-rehearsed', { start: t0, duration: spent });
  };
  step();
}

/** Lays out blocks `list` with ruby in a hidden copy of the article and removes it, in one task. */
function rehearseBlocks(ctx: PageContext, model: DisplayModel, list: readonly number[]): void {
  const { state, doc, features } = ctx;
  const repaired = state.repaired();
  const live = state.blockEls.find((el) => el?.isConnected);
  const article = live?.parentElement;
  if (!repaired || !article) return;
  const stage = doc.createElement('div');
  stage.className = article.className;
  stage.classList.add('dubao-with-ruby');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position:absolute;visibility:hidden;pointer-events:none;inset-inline-start:0;top:0;inline-size:${article.clientWidth}px`;
  for (const i of list) {
    const b = repaired.blocks[i];
    if (b) stage.appendChild(renderBlock(doc, b, i, repaired.extraction, state.root, { showRepairs: state.showRepairs, joinLabel: '', displayOf: (k) => model.get(k) }));
  }
  features.view.mutate(() => {
    article.appendChild(stage);
    try {
      stage.getBoundingClientRect();
    } finally {
      stage.remove();
    }
  });
}
