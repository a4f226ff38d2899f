// The repaired view: the article's paragraphs drawn in place of the page's print lines, the
// exact original nodes put back on request, the selection kept across redraws, copying without
// pinyin, and pages whose scripts change the article after load.
import { browser } from 'wxt/browser';
import type { ArticleView } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import type { BlockRange } from '../../lib/anchor';
import { articleGeometry, blocksOnScreen, estimateArticleHeight, estimateOnScreen, FRAME_CLASS, framed, isolateArticle, measurePainted, originalAfterChange } from './geometry';
import { articleSelection, selectArticleRange } from './marks';
import { keepFocus } from './keep-focus';
import { LeadingBox } from './leading-box';
import { listenCopyAndSelect } from './copy';
import { CLS, renderBlock, renderBlocks, type RenderOptions } from './render';
import type { Feature, PageContext } from './context';

/** Attribute on the article root: `repaired` or `original`. */
export const MARK = 'data-dubao';
/** Attribute on the repaired article once what the settings asked for at load is drawn (term marks, script, pinyin). */
export const SETTLED = 'data-dubao-settled';

/** A UI string, or '' where the runtime has none (tests, odd embedders). */
function message(key: 'joinLabel'): string {
  try {
    return browser.i18n.getMessage(key);
  } catch {
    return '';
  }
}

/** Shows the repaired article or the original, and keeps both in step with the page. */
export class RepairedView implements Feature {
  private ctx!: PageContext;
  private original: Node[] = [];
  private observer: MutationObserver | null = null;
  private listening: AbortController | null = null;
  /** The reader has a non-empty selection somewhere (tracked by selectionchange). */
  private selecting = false;
  /** A mouse button or finger is down: a redraw now would pull the text from under a drag-selection. */
  private pressed = false;
  /** A redraw was asked for while pressed: it runs on release. */
  private pending = false;
  /** The page's picture box read before the body, hidden while the repaired view shows (./leading-box.ts). */
  private leading = new LeadingBox();
  /** What the settings asked for at page load has been drawn (see settle()). */
  private settled = false;
  /** The settings and helpers the repaired view on the page was drawn with. */
  drawnWith: { settings: Settings; helpers: unknown[] } | null = null;

  /** Takes the article's nodes as the original, shows the default view and starts watching. */
  start(ctx: PageContext): void {
    this.ctx = ctx;
    const root = ctx.state.root;
    const state = ctx.state;
    this.original = Array.from(root.childNodes);
    root.setAttribute(MARK, 'original');
    this.listening = new AbortController();
    const signal = this.listening.signal;
    listenCopyAndSelect(ctx.doc, root, () => state.view === 'repaired', signal);
    ctx.doc.addEventListener('selectionchange', () => {
      const sel = ctx.doc.getSelection?.();
      this.selecting = !!sel && sel.rangeCount > 0 && !sel.isCollapsed;
    }, { signal });
    ctx.doc.addEventListener('pointerdown', (e) => {
      if (e.isTrusted) this.pressed = true;
    }, { signal, capture: true });
    const release = (e: Event): void => {
      if (!e.isTrusted || !this.pressed) return;
      this.pressed = false;
      if (this.pending) {
        this.pending = false;
        this.redraw();
      }
    };
    ctx.doc.addEventListener('pointerup', release, { signal, capture: true });
    ctx.doc.addEventListener('pointercancel', release, { signal, capture: true });
    if (ctx.state.settings.defaultView === 'repaired') this.setView('repaired');
    this.observe();
  }

  /** Stops watching and puts the original article back. */
  stop(): void {
    this.listening?.abort();
    this.observer?.disconnect();
    this.observer = null;
    this.setView('original');
    this.ctx.state.root.removeAttribute(MARK);
  }

  /** Switches between the repaired paragraphs and the exact original DOM. */
  setView(view: ArticleView): void {
    const { state } = this.ctx;
    if (view === state.view) return;
    this.mutate(() => {
      if (view === 'original') {
        this.ctx.features.pinyin.cancel();
        state.root.replaceChildren(...this.original);
        this.leading.show();
      } else {
        this.renderRepaired(null);
        const extraction = this.ctx.state.repaired()?.extraction;
        this.leading.hide(extraction?.leading, this.ctx.doc, extraction?.leadingBefore);
      }
      state.root.setAttribute(MARK, view);
      state.view = view;
    });
    this.ctx.features.highlights.draw();
  }

  /** Turns the "show repairs" marks on or off. */
  setShowRepairs(on: boolean): void {
    this.ctx.state.showRepairs = on;
    this.redraw();
  }

  /** Draws the repaired view again (if shown), keeping the selection and the blocks on screen first. */
  redraw(): void {
    const { state, doc } = this.ctx;
    if (state.view !== 'repaired') return;
    if (this.pressed) {
      this.pending = true;
      return;
    }
    const selected = this.selectionRange();
    const focus = keepFocus(doc, state.root, (i) => state.blockEls[i]);
    const onScreen = blocksOnScreen(doc, state.root, state.blockEls);
    this.mutate(() => this.renderRepaired(onScreen));
    this.ctx.features.highlights.draw();
    if (selected) this.select(selected);
    focus();
  }

  /** Draws the given blocks again with what they should show now (the selection, if in them, is kept). */
  fillBlocks(indices: readonly number[]): void {
    const { state, doc } = this.ctx;
    const repaired = state.repaired();
    if (!repaired || indices.length === 0 || state.view !== 'repaired') return;
    const focus = keepFocus(doc, state.root, (i) => state.blockEls[i]);
    this.mutate(() => {
      // (Asking Chromium for the selection makes it lay out the page: only when there is one.)
      const selected = this.selecting ? this.selectionRange() : null;
      state.model()?.prepare(indices);
      const options = this.renderOptions(() => true);
      let touched = false;
      for (const i of indices) {
        this.ctx.features.pinyin.done(i);
        const old = state.blockEls[i];
        const b = repaired.blocks[i];
        if (!old?.isConnected || !b) continue;
        const el = renderBlock(doc, b, i, repaired.extraction, state.root, options);
        old.replaceWith(el);
        state.blockEls[i] = el;
        if (selected && i >= selected.startBlock && i <= selected.endBlock) touched = true;
      }
      if (touched && selected) this.select(selected);
    });
    focus();
  }

  /**
   * The term list arrived after the article was drawn: draws again only the blocks that hold
   * terms, so the rest of the article (and the reader's place in it) is left alone. False when
   * there is no repaired view to fill (the caller then redraws as usual).
   */
  fillTerms(): boolean {
    const { state } = this.ctx;
    const repaired = state.repaired();
    if (state.view !== 'repaired' || !repaired || this.pressed) return false;
    const terms = this.ctx.features.terms.marksFor(state.model());
    const indices: number[] = [];
    if (terms) for (let i = 0; i < repaired.blocks.length; i++) if (terms(i).length > 0 && !this.ctx.features.pinyin.isPending(i)) indices.push(i);
    this.drawnWith = { settings: state.settings, helpers: state.helpers() };
    this.fillBlocks(indices);
    if (indices.length > 0) this.ctx.features.highlights.draw();
    return true;
  }

  /** What the settings asked for at page load is drawn: the article says so (`data-dubao-settled`), now and on every later drawing. */
  settle(): void {
    this.settled = true;
    this.ctx.state.root.querySelector(`:scope > .${FRAME_CLASS} > .${CLS.article}`)?.setAttribute(SETTLED, '');
  }

  /** The article range of the current selection (repaired view), or null. */
  selectionRange(): BlockRange | null {
    const { state, doc } = this.ctx;
    return state.view === 'repaired' ? articleSelection(doc, state.root, state.blockEls) : null;
  }

  /** Selects a block range of the repaired view. */
  select(r: BlockRange): void {
    selectArticleRange(this.ctx.doc, this.ctx.state.blockAt, r);
  }

  /** How blocks are drawn: with pinyin where `withRuby(i)`, else in the script only; blocks in `later` get their term marks when drawn again. */
  private renderOptions(withRuby: (i: number) => boolean, later?: ReadonlySet<number>): RenderOptions {
    const model = this.ctx.state.model();
    const terms = this.ctx.features.terms.marksFor(model);
    return {
      showRepairs: this.ctx.state.showRepairs,
      joinLabel: message('joinLabel') || 'A print line break was removed here',
      displayOf: !model || model.plainOnly ? undefined : (i) => (withRuby(i) ? model.get(i) : model.plain(i)),
      termsOf: terms && ((i) => (later?.has(i) ? [] : terms(i))),
    };
  }

  /**
   * Builds the repaired article and puts it in place of the original. With pinyin, only the
   * blocks on screen (`onScreen`, else estimated) get their ruby now; the pinyin feature draws
   * the rest in idle time, so a long article never holds the page up.
   */
  private renderRepaired(onScreen: ReadonlySet<number> | null): void {
    const { state, doc } = this.ctx;
    const pinyin = this.ctx.features.pinyin;
    pinyin.cancel();
    this.drawnWith = { settings: state.settings, helpers: state.helpers() };
    performance.mark('dubao:render:start');
    const repaired = state.article();
    const blocks = repaired.blocks;
    performance.mark('dubao:display:start');
    const model = state.model();
    const ruby = !!model && model.hasRuby;
    // Where the article sits, read before it changes (the layout is usually clean by then).
    const geometry = articleGeometry(state.root, doc);
    const plan = pinyin.plan(ruby ? model : null, onScreen ?? estimateOnScreen(ruby ? geometry : null, blocks));
    const options = this.renderOptions((i) => plan.now.has(i), plan.pending);
    performance.measure('dubao:display', 'dubao:display:start');
    const article = renderBlocks(doc, blocks, repaired.extraction, state.root, options);
    const frame = framed(doc, article);
    if (ruby) article.classList.add('dubao-with-ruby');
    // Laid out on its own with or without pinyin, so that turning pinyin on later changes only
    // the blocks that get it (isolating it then would lay the whole article out again).
    if (geometry) isolateArticle(article, { width: geometry.width, height: estimateArticleHeight(geometry, blocks) });
    if (this.settled) article.setAttribute(SETTLED, '');
    state.root.replaceChildren(frame);
    state.blockEls = [];
    for (const el of Array.from(article.children)) {
      if (el instanceof HTMLElement && el.dataset.dubaoBlock !== undefined) state.blockEls[Number(el.dataset.dubaoBlock)] = el;
    }
    performance.mark('dubao:render:end');
    const started = performance.measure('dubao:render', 'dubao:render:start', 'dubao:render:end').startTime;
    // From here to the screen; from the settings change (if one asked for this drawing) to the screen.
    measurePainted(doc.defaultView, started, state.switchedAt);
    state.switchedAt = null;
    pinyin.begin(plan);
  }

  /** Runs a change of ours without our observer seeing it. */
  mutate(change: () => void): void {
    this.observer?.disconnect();
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      if (this.observer) this.observer.observe(this.ctx.state.root, { childList: true, subtree: true, characterData: true });
    }
  }

  /**
   * The page's own scripts change the article after load. In the original view the changed
   * nodes are the new original. In the repaired view, content added next to ours joins the
   * original; content that replaced ours is the new original on its own (nothing of the old
   * article is merged in). Either way the article is repaired again. Our own changes are
   * invisible to the observer, so it never loops.
   */
  private observe(): void {
    const { state } = this.ctx;
    const root = state.root;
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (state.view !== 'repaired') {
        this.original = Array.from(root.childNodes);
        this.forget();
        return;
      }
      const next = originalAfterChange(root, records, this.original);
      if (!next) return;
      this.original = next;
      this.mutate(() => root.replaceChildren(...this.original));
      this.forget();
      state.view = 'original';
      this.setView('repaired');
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private forget(): void {
    this.ctx.features.pinyin.cancel();
    this.ctx.state.forgetRepair();
  }
}
