// Pinyin drawing: which blocks get their ruby at once and which in idle time (nearest the
// screen first, a slice at a time), tone restyling in place, and a clicked word's pinyin.
import { warmSegmenter, type DisplayModel } from './display';
import { afterFrame, blocksOnScreen, idleTask, isolateArticle, later, measurePainted } from './geometry';
import { preparePinyin, preparePinyinNow } from './pinyin-prepare';
import { restyleBlock } from './render';
import type { Feature, PageContext } from './context';
import type { GesturePoint } from './gesture';
import { toggleWordAt } from './word-toggle';

/**
 * Pinyin is drawn at once only for the blocks on screen (and half a screen beyond), at most this
 * many characters; the rest of the article gets its pinyin in idle time, a few blocks at a go.
 */
const RUBY_NOW_CHARS = 4000;
/**
 * Characters of pinyin drawn by the first idle slice, and the time a slice aims at (ms) with the
 * frame that follows it: laying out and painting new rubies (the article alone: see geometry.ts
 * isolateArticle) costs several times the script that built them, so the size of later slices
 * follows what the last one took, script and frame together, within the bounds.
 */
const RUBY_SLICE_CHARS = 300;
const RUBY_SLICE_MS = 30;
const SLICE_BOUNDS = [100, 3000] as const;

/** Which blocks a drawing gives pinyin now, and which later. */
export interface FillPlan {
  now: Set<number>;
  pending: Set<number>;
}

/** Draws pinyin: the screen first, the rest in idle time; toggles a clicked word's pinyin. */
export class PinyinDrawing implements Feature {
  private ctx!: PageContext;
  /** Blocks drawn without the pinyin they should show yet (filled in idle time). */
  private pending = new Set<number>();
  private fillTask: { cancel(): void } | null = null;
  private fillStarted = 0;
  /** Characters the next idle slice draws (adjusted to RUBY_SLICE_MS, script and frame). */
  private sliceChars = RUBY_SLICE_CHARS;
  /** The first block that was on screen when the view was drawn (idle filling starts there). */
  private fillFrom = 0;
  private pointerHeld = false;
  /** Word toggles held back while a pointer is pressed (see toggleAt). */
  private afterPress: (() => void)[] = [];
  private waiters: (() => void)[] = [];
  private listening: AbortController | null = null;
  /** The reader's use of pinyin was stored for this page already. */
  private noted = false;

  /** Watches the pointer (no block is replaced under a selection being dragged). */
  start(ctx: PageContext): void {
    this.ctx = ctx;
    this.listening = new AbortController();
    const opts = { signal: this.listening.signal, capture: true };
    const held = (on: boolean) => (e: Event): void => {
      if (!e.isTrusted) return;
      this.pointerHeld = on;
      // Toggles that waited for the press to end go in after its click has been handled.
      if (!on && this.afterPress.length) later(ctx.doc.defaultView, () => this.afterPress.splice(0).forEach((f) => f()), 0);
    };
    ctx.doc.addEventListener('pointerdown', held(true), opts);
    ctx.doc.addEventListener('pointerup', held(false), opts);
    ctx.doc.addEventListener('pointercancel', held(false), opts);
    if (ctx.deps.pinyinUse) preparePinyin(ctx, ctx.deps.pinyinUse, this.listening.signal);
  }

  /**
   * The popup is opening (it asked for the page's state) on an article shown repaired with pinyin
   * off: the reader may turn pinyin on in a moment, often before the pointer has reached the
   * choice. Once the answer has gone, pinyin is prepared as for a reader reaching for the choice
   * (preparePinyinNow: the annotator asked for, the blocks on screen read when it arrives, the rest
   * of the article in idle time), and the word segmenter is made ready (Chromium loads its
   * dictionary on first use, 20–100 ms the first time in a tab's process). Not left to an idle
   * callback: the popup's opening and a choice made at once can be 200 ms apart, and asking for
   * the annotator costs the page nothing until it arrives. The cost, for a reader who opens the
   * popup and never turns pinyin on, is the annotator in that tab (see README).
   */
  popupOpening(): void {
    performance.mark('dubao:popup-opening');
    // Not started: the page is not one Dubao reads.
    const listening = this.listening;
    if (!listening) return;
    const { state, recognition, doc } = this.ctx;
    if (recognition.kind !== 'article' || state.view !== 'repaired' || state.settings.pinyin !== 'off') return;
    later(doc.defaultView, () => {
      if (listening.signal.aborted) return;
      preparePinyinNow(this.ctx, listening.signal, true);
      warmSegmenter();
    }, 0);
  }

  /** The reader is about to choose pinyin: loads and reads what the switch will need now (see preparePinyinNow). */
  prepare(): void {
    if (this.listening) preparePinyinNow(this.ctx, this.listening.signal);
  }

  /** Stops drawing and listening. */
  stop(): void {
    this.listening?.abort();
    this.afterPress = [];
    this.cancel();
  }

  /** The blocks of `order` (on screen, top first) that get pinyin now, up to a budget; the other blocks with pinyin wait. */
  plan(model: DisplayModel | null, order: Iterable<number>): FillPlan {
    const now = new Set<number>();
    const pending = new Set<number>();
    if (!model) return { now, pending };
    if (!this.noted && model.hasRuby) {
      this.noted = true;
      this.ctx.deps.pinyinUse?.note();
    }
    const blocks = this.ctx.state.article().blocks;
    let chars = 0;
    for (const i of order) {
      if (chars >= RUBY_NOW_CHARS) break;
      now.add(i);
      chars += blocks[i]?.text.length ?? 0;
    }
    model.prepare([...now]);
    blocks.forEach((_, i) => {
      if (!now.has(i) && model.blockHasRuby(i)) pending.add(i);
    });
    return { now, pending };
  }

  /** A drawing following `plan` is in place: fill its pending blocks in idle time. */
  begin(plan: FillPlan): void {
    this.pending = plan.pending;
    this.fillFrom = plan.now.size ? Math.min(...plan.now) : 0;
    // Only a drawing with pinyin records when all its pinyin is drawn (dubao:ruby-complete).
    this.fillStarted = plan.now.size + plan.pending.size > 0 ? performance.now() : 0;
    if (this.pending.size) this.schedule();
    else this.drawn();
  }

  /** Block `i` still waits for its ruby (and term marks) from the idle filling. */
  isPending(i: number): boolean {
    return this.pending.has(i);
  }

  /** Block `i` was drawn with everything it should show. */
  done(i: number): void {
    this.pending.delete(i);
  }

  /** Drops the idle filling (the drawing it was for is gone). */
  cancel(): void {
    this.fillTask?.cancel();
    this.fillTask = null;
    this.pending.clear();
    // Nothing is left to draw for whoever waited on the drawing just dropped.
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once every block of the repaired view shows its pinyin (at once if nothing is pending). */
  whenDrawn(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Pinyin turned on over a drawn view whose text stays the same: the blocks on screen get their
   * ruby in place and the rest in idle time, instead of the whole article being built again.
   * False (nothing done) when there is no such view.
   */
  switchOn(): boolean {
    const { state, doc, features } = this.ctx;
    const model = state.model();
    const article = state.blockEls.find((el) => el?.isConnected)?.parentElement;
    if (state.view !== 'repaired' || !model?.hasRuby || !article) return false;
    this.cancel();
    performance.mark('dubao:render:start');
    performance.mark('dubao:display:start');
    const plan = this.plan(model, blocksOnScreen(doc, state.root, state.blockEls));
    performance.measure('dubao:display', 'dubao:display:start');
    isolateArticle(article);
    features.view.drawnWith = { settings: state.settings, helpers: state.helpers() };
    features.view.mutate(() => article.classList.add('dubao-with-ruby'));
    features.view.fillBlocks([...plan.now]);
    features.highlights.draw();
    performance.mark('dubao:render:end');
    const started = performance.measure('dubao:render', 'dubao:render:start', 'dubao:render:end').startTime;
    measurePainted(doc.defaultView, started, state.switchedAt);
    state.switchedAt = null;
    this.begin(plan);
    return true;
  }

  /**
   * A tone style or colour switch: readings and classes change in place, nothing is rebuilt. Only
   * the blocks on screen change at once (new readings lay the whole article out again); the others
   * are drawn again by the idle filling.
   */
  restyle(): void {
    const { state, features, doc } = this.ctx;
    state.forgetModel();
    const model = state.model();
    if (state.view !== 'repaired' || !model) return;
    performance.mark('dubao:restyle:start');
    const onScreen = blocksOnScreen(doc, state.root, state.blockEls);
    const redo: number[] = [];
    const later: number[] = [];
    features.view.mutate(() => {
      for (const [i, el] of state.blockEls.entries()) {
        if (!el || this.pending.has(i) || !model.blockHasRuby(i)) continue;
        if (!onScreen.has(i)) later.push(i);
        else if (!restyleBlock(el, model.get(i))) redo.push(i);
      }
    });
    features.view.fillBlocks(redo);
    performance.measure('dubao:restyle', 'dubao:restyle:start');
    features.view.drawnWith = { settings: state.settings, helpers: state.helpers() };
    if (redo.length) features.highlights.draw();
    if (later.length === 0) return;
    for (const i of later) this.pending.add(i);
    this.fillFrom = onScreen.size ? Math.min(...onScreen) : 0;
    this.fillStarted ||= performance.now();
    this.schedule();
  }

  /**
   * Clicking or tapping a word in the repaired view toggles its pinyin; returns how to undo it
   * (a slow double-click). See word-toggle.ts.
   */
  toggleWordAt(at: GesturePoint): () => void {
    return toggleWordAt(this.ctx, at, { held: () => this.pointerHeld, afterRelease: (f) => this.afterPress.push(f) });
  }

  /** Gives pending blocks their pinyin in idle time, nearest the screen first, a slice at a time. */
  private schedule(): void {
    if (this.fillTask || this.pending.size === 0) return;
    const win = this.ctx.doc.defaultView;
    const run = (): void => {
      this.fillTask = null;
      if (this.ctx.state.view !== 'repaired' || this.pending.size === 0) return;
      if (this.pointerHeld) {
        // Replacing text under a selection being dragged would end the drag: wait.
        this.fillTask = later(win, () => run(), 150);
        return;
      }
      this.slice();
      this.ctx.features.highlights.draw();
      if (this.pending.size) this.schedule();
      else this.drawn();
    };
    this.fillTask = idleTask(win, run, 200, undefined, 0);
  }

  /** Draws one slice of pending blocks, nearest the screen first, then yields (never a long task). */
  private slice(): void {
    const t0 = performance.now();
    const blocks = this.ctx.state.repaired()?.blocks ?? [];
    const order = this.fillOrder();
    const slice: number[] = [];
    let chars = 0;
    for (const i of order) {
      if (slice.length && chars + (blocks[i]?.text.length ?? 0) > this.sliceChars) break;
      slice.push(i);
      chars += blocks[i]?.text.length ?? 0;
    }
    this.ctx.features.view.fillBlocks(slice);
    const spent = performance.now() - t0;
    performance.measure('dubao:ruby-slice', { start: t0, end: performance.now() });
    // The next slice's size follows this one's script and the frame that lays it out and paints it.
    const drawn = this.sliceChars;
    afterFrame(this.ctx.doc.defaultView, (frame) => {
      const next = Math.min(drawn * 2, Math.max(drawn / 2, (drawn * RUBY_SLICE_MS) / Math.max(1, spent + frame)));
      this.sliceChars = Math.round(Math.min(SLICE_BOUNDS[1], Math.max(SLICE_BOUNDS[0], next)));
    });
  }

  /** Pending blocks, those just below the screen first, then those above it (nearest first). */
  private fillOrder(): number[] {
    const pending = [...this.pending].sort((a, b) => a - b);
    const from = this.fillFrom;
    return [...pending.filter((i) => i >= from), ...pending.filter((i) => i < from).reverse()];
  }

  /** Every block shows what it should: record the time and tell whoever waits. */
  private drawn(): void {
    if (this.fillStarted) performance.measure('dubao:ruby-complete', { start: this.fillStarted, end: performance.now() });
    this.fillStarted = 0;
    for (const w of this.waiters.splice(0)) w();
  }
}
