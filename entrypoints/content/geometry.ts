// Where the article sits on screen: which blocks are visible before they are drawn, and the
// frame that keeps the layout of an article with pinyin to itself.
import type { RepairedBlock } from '../../lib/reflow';

/** Runs `f` after `ms` milliseconds; cancellable. */
export function later(win: Window | null, f: () => void, ms: number): { cancel(): void } {
  const set = win?.setTimeout.bind(win) ?? setTimeout;
  const clear = win?.clearTimeout.bind(win) ?? clearTimeout;
  const id = set(f, ms);
  return { cancel: () => clear(id) };
}

/**
 * Runs `f` in the page's idle time, at the latest after `timeout` ms (where idle callbacks are
 * missing, after `fallbackMs` instead); cancellable. Returns null when `signal` has aborted.
 */
export function idleTask(win: Window | null, f: () => void, timeout: number, signal?: AbortSignal, fallbackMs = 50): { cancel(): void } | null {
  if (signal?.aborted) return null;
  if (win?.requestIdleCallback) {
    const id = win.requestIdleCallback(() => f(), { timeout });
    return { cancel: () => win.cancelIdleCallback(id) };
  }
  return later(win, f, fallbackMs);
}

/**
 * The part of the window the page is seen in (px), its scrollbars left out: what Dubao's cards
 * and toolbar must stay inside. innerWidth / innerHeight count the scrollbars, so on a system
 * with classic scrollbars (Firefox and Chrome on Windows and Linux) a toolbar placed 8 px from
 * innerWidth's edge lay partly under the page's scrollbar, and a card ended under the sideways
 * scrollbar of a paper wider than the window. The scrolling element is <html>, or <body> in quirks mode.
 */
export function visibleViewport(doc: Document): { width: number; height: number } {
  const view = doc.defaultView;
  const w = view?.innerWidth || 1024;
  const h = view?.innerHeight || 768;
  const el = doc.scrollingElement;
  return { width: Math.min(w, el?.clientWidth || w), height: Math.min(h, el?.clientHeight || h) };
}

/** Where the article root is and how big its text is, for estimating block heights. */
export interface Geometry {
  top: number;
  /** Width of the root's content box (px): the width of the article's frame. */
  width: number;
  viewport: number;
  perLine: number;
  /** Estimated height of one line with pinyin above it (px). */
  line: number;
  /** Space between blocks (px). */
  gap: number;
}

/** The article's position and text metrics, or null when it has no width (not laid out). */
export function articleGeometry(root: Element, doc: Document): Geometry | null {
  const win = doc.defaultView;
  const style = win?.getComputedStyle(root);
  const width = root.clientWidth ? contentWidth(style) : 0;
  if (width <= 0) return null;
  const font = Number.parseFloat(style?.fontSize ?? '') || 16;
  // Lines of the repaired view are 1.9em high, pinyin included (style.css); the indent and
  // punctuation that cannot start a line take about one character a line.
  return { top: root.getBoundingClientRect().top, width, viewport: win?.innerHeight || 800, perLine: Math.max(1, Math.floor(width / font) - 1), line: font * 1.95, gap: font * 0.9 };
}

/**
 * The content-box width of an element from its computed style, in its own CSS pixels (the page's
 * `zoom` on an ancestor, as in Founder's text-size buttons, is not counted: rects are zoomed).
 */
function contentWidth(style: CSSStyleDeclaration | undefined): number {
  const px = (v: string | undefined): number => Number.parseFloat(v ?? '') || 0;
  const width = px(style?.width);
  if (style?.boxSizing !== 'border-box') return width;
  return width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
}

/** Estimated height of a block of `chars` characters with pinyin (px). */
export function estimatedHeight(g: Geometry, chars: number): number {
  return (Math.ceil(chars / g.perLine) || 1) * g.line;
}

/** Blocks estimated to be on screen (a block cut by the bottom edge included), top first. */
export function estimateOnScreen(g: Geometry | null, blocks: readonly RepairedBlock[]): number[] {
  if (!g) return blocks.map((_, i) => i);
  const out: number[] = [];
  let y = g.top;
  for (let i = 0; i < blocks.length && y < g.viewport; i++) {
    const h = estimatedHeight(g, blocks[i]?.text.length ?? 0) + g.gap;
    if (y + h >= -g.viewport * 0.1) out.push(i);
    y += h;
  }
  return out;
}

/** Estimated height of a whole article of `blocks` with pinyin (px). */
export function estimateArticleHeight(g: Geometry, blocks: readonly RepairedBlock[]): number {
  return blocks.reduce((y, b) => y + estimatedHeight(g, b.text.length) + g.gap, 0);
}

/** Class of the element the repaired article is drawn in (see isolateArticle). */
export const FRAME_CLASS = 'dubao-frame';

/** The frames framed() made: a page script that re-writes the article from its markup makes look-alikes. */
const FRAMES = new WeakSet<Node>();

/** `article` in a new frame: the element that goes in place of the page's article body. */
export function framed(doc: Document, article: HTMLElement): HTMLElement {
  const frame = doc.createElement('div');
  frame.className = FRAME_CLASS;
  frame.appendChild(article);
  FRAMES.add(frame);
  return frame;
}

/** True for a frame framed() made; false for any other node, a copy of one included. */
export function isOwnFrame(n: Node): boolean {
  return FRAMES.has(n);
}

/**
 * What the page's article is after its own scripts changed `root` while the repaired view was
 * shown (`records`), given the `original` it had: content that replaced our frame is the new
 * original on its own, content added next to it joins the original; null when neither happened.
 * A copy of our frame (the page wrote the article back from its own markup) stands for the
 * original it was drawn from: its nodes are our drawing, not the page's text.
 */
export function originalAfterChange(root: Element, records: readonly MutationRecord[], original: readonly Node[]): Node[] | null {
  const copy = (n: Node): boolean => n instanceof Element && n.classList.contains(FRAME_CLASS) && !isOwnFrame(n);
  const current = Array.from(root.childNodes);
  const replaced = !current.some(isOwnFrame);
  const added: Node[] = [];
  for (const r of records) {
    if (r.target === root) for (const n of Array.from(r.addedNodes)) if (!isOwnFrame(n) && !copy(n) && n.parentNode === root) added.push(n);
  }
  if (!replaced && added.length === 0) return null;
  return replaced ? current.flatMap((n) => (copy(n) ? [...original] : [n])) : [...original, ...added];
}

/** The height of `el`'s margin box, given its border box's (the page's styles may give our elements margins). */
function marginBox(el: HTMLElement, height: number): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return height + (Number.parseFloat(style?.marginTop ?? '') || 0) + (Number.parseFloat(style?.marginBottom ?? '') || 0);
}

/** Class of a frame whose article is laid out on its own (style.css). */
const ISOLATED_CLASS = 'dubao-isolated';

/** The observers keeping isolated frames as high as their articles. */
const ISOLATED = new WeakMap<Element, ResizeObserver>();

/**
 * Lays out the article with pinyin on its own: the article is taken out of the page's flow
 * (absolutely positioned in its frame) and the frame, with size and layout containment, holds its
 * place at the article's height (kept by a ResizeObserver, so text size, window width or a
 * picture loading are followed before the next paint) and at `size.width` for a table's column
 * widths. Most e-paper templates put the article in a table cell, and Chromium lays a table's
 * cells out again, ruby and all, whenever anything in them changes size (measured: 0.3 s for one
 * block growing by a line in a 10,000-character article); in its own layout the article is not
 * laid out again when the frame's height follows it, ruby drawn in idle time lays out only the
 * blocks it changed, and scrolling lays out nothing. `size` defaults to the frame's present width
 * and the article's present height. Does nothing without a frame, a width or ResizeObserver.
 */
export function isolateArticle(article: HTMLElement, size?: { width: number; height: number }): void {
  const frame = article.parentElement;
  const RO = article.ownerDocument.defaultView?.ResizeObserver;
  if (!frame?.classList.contains(FRAME_CLASS) || !RO || ISOLATED.has(frame)) return;
  // Own CSS pixels, as the styles set below are (rects would count the page's zoom).
  const view = article.ownerDocument.defaultView;
  const width = size?.width ?? (frame.getBoundingClientRect().width ? contentWidth(view?.getComputedStyle(frame)) : 0);
  if (!width) return;
  const height = size?.height ?? (Number.parseFloat(view?.getComputedStyle(article).height ?? '') || 0);
  const observer = new RO((entries) => {
    if (!article.isConnected || article.parentElement !== frame) {
      observer.disconnect();
      ISOLATED.delete(frame);
      return;
    }
    const box = entries.at(-1)?.borderBoxSize?.[0];
    frame.style.setProperty('height', `${marginBox(article, box ? box.blockSize : article.getBoundingClientRect().height)}px`);
  });
  ISOLATED.set(frame, observer);
  frame.style.setProperty('height', `${marginBox(article, height)}px`);
  frame.style.setProperty('contain-intrinsic-inline-size', `${width}px`);
  frame.classList.add(ISOLATED_CLASS);
  observer.observe(article);
}

/** Indices of the drawn blocks that are on screen, top first (the same bounds as estimateOnScreen). */
export function blocksOnScreen(doc: Document, root: Element, blockEls: readonly (HTMLElement | undefined)[]): Set<number> {
  const out = new Set<number>();
  const height = doc.defaultView?.innerHeight || 800;
  for (const [i, el] of blockEls.entries()) {
    if (!el?.isConnected || !root.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.top >= height) break;
    if (r.bottom >= -height * 0.1) out.add(i);
  }
  return out;
}

/**
 * Calls `f` with the time the next frame's rendering took (ms, from its animation-frame callbacks
 * to the task after it: style, layout and paint). Without animation frames (a page in the
 * background, a test environment) `f` gets 0 after a short wait.
 */
export function afterFrame(win: Window | null, f: (frameMs: number) => void): void {
  if (!win?.requestAnimationFrame) {
    later(win, () => f(0), 0);
    return;
  }
  win.requestAnimationFrame(() => {
    const start = performance.now();
    win.setTimeout(() => f(performance.now() - start), 0);
  });
}

/**
 * Records, after the next frame (layout and paint included), how long a drawing begun at
 * `started` took to reach the screen (`dubao:render-painted`) and, when a settings change asked
 * for it at `switched`, the whole wait since then (`dubao:switch-painted`).
 */
export function measurePainted(win: Window | null, started: number, switched: number | null): void {
  if (!win?.requestAnimationFrame) return;
  afterFrame(win, () => {
    const end = performance.now();
    performance.measure('dubao:render-painted', { start: started, end });
    if (switched !== null) performance.measure('dubao:switch-painted', { start: switched, end });
  });
}
