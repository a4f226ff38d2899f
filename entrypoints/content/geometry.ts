// Where the article sits on screen: which blocks are visible before they are drawn, and the
// size hints that keep the scroll bar right while off-screen blocks are not laid out.
import type { RepairedBlock } from '../../lib/reflow';

/** Runs `f` after `ms` milliseconds; cancellable. */
export function later(win: Window | null, f: () => void, ms: number): { cancel(): void } {
  const set = win?.setTimeout.bind(win) ?? setTimeout;
  const clear = win?.clearTimeout.bind(win) ?? clearTimeout;
  const id = set(f, ms);
  return { cancel: () => clear(id) };
}

/** Where the article root is and how big its text is, for estimating block heights. */
export interface Geometry {
  top: number;
  viewport: number;
  perLine: number;
  /** Estimated height of one line with pinyin above it (px). */
  line: number;
  /** Space between blocks (px). */
  gap: number;
}

/** The article's position and text metrics, or null when it has no width (not laid out). */
export function articleGeometry(root: Element, doc: Document): Geometry | null {
  const width = root.clientWidth;
  if (!width) return null;
  const win = doc.defaultView;
  const font = Number.parseFloat(win?.getComputedStyle(root).fontSize ?? '') || 16;
  // Lines of the repaired view are 1.9em high, pinyin included (style.css); the indent and
  // punctuation that cannot start a line take about one character a line.
  return { top: root.getBoundingClientRect().top, viewport: win?.innerHeight || 800, perLine: Math.max(1, Math.floor(width / font) - 1), line: font * 1.95, gap: font * 0.9 };
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

/**
 * Off-screen blocks of a pinyin view are not laid out (content-visibility: auto, see style.css);
 * each gets an estimated height from its length so that the scroll bar stays about right.
 */
export function sizeHints(article: HTMLElement, g: Geometry, length: (i: number) => number): void {
  for (const el of Array.from(article.children)) {
    if (!(el instanceof HTMLElement) || el.dataset.dubaoBlock === undefined) continue;
    el.style.setProperty('contain-intrinsic-block-size', `auto ${Math.round(estimatedHeight(g, length(Number(el.dataset.dubaoBlock))))}px`);
  }
}

/**
 * Keeps the article at its present width while ruby is put in: with inline-size containment
 * the table cell around it (most e-paper templates) no longer measures every ruby for its
 * column widths, which cuts the layout of the first frame by about a third in Chromium. The
 * article's intrinsic width becomes its present width, so the cell keeps its size. Does nothing
 * on an article that has no width (not laid out).
 */
export function holdInlineSize(article: HTMLElement): void {
  const width = article.getBoundingClientRect().width;
  if (!width) return;
  article.style.setProperty('contain-intrinsic-inline-size', `${width}px`);
  article.style.setProperty('contain', 'inline-size');
}

/** A block drawn again keeps the size hint of the one it replaces. */
export function keepSizeHint(old: Element, el: HTMLElement): void {
  const hint = (old as HTMLElement).style?.getPropertyValue('contain-intrinsic-block-size');
  if (hint) el.style.setProperty('contain-intrinsic-block-size', hint);
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
 * Records, after the next frame (layout and paint included), how long a drawing begun at
 * `started` took to reach the screen (`dubao:render-painted`) and, when a settings change asked
 * for it at `switched`, the whole wait since then (`dubao:switch-painted`).
 */
export function measurePainted(win: Window | null, started: number, switched: number | null): void {
  win?.requestAnimationFrame?.(() => win.setTimeout(() => {
    const end = performance.now();
    performance.measure('dubao:render-painted', { start: started, end });
    if (switched !== null) performance.measure('dubao:switch-painted', { start: switched, end });
  }, 0));
}
