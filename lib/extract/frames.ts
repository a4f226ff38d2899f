// What frames a picture with its caption, and what makes a table of figures, inside an article body.

import { walkBounded } from './walk';

/** Elements that frame a picture together with its caption. */
const FRAMES = new Set(['TABLE', 'FIGURE']);
/** Most text a picture's frame holds: more, and it is a layout table around the article. */
const MAX_FRAME_TEXT = 200;

/**
 * A table or figure holding a picture and at most a caption's worth of text; or a small `<div>`
 * holding one picture and, after it only, at most a caption's worth of text (`div.attachment > img + p`).
 */
export function isPictureFrame(el: Element, tag: string): boolean {
  if (tag === 'DIV') return isPictureDiv(el);
  if (!FRAMES.has(tag) || !el.querySelector('img, picture')) return false;
  return (el.textContent ?? '').trim().length <= MAX_FRAME_TEXT;
}

/** Nodes read at most to tell whether a `<div>` is a picture's frame (a caption frame is small). */
const DIV_NODE_BUDGET = 24;

/** A `<div>` of a few nodes: one picture, no text before it, at most a caption's worth after it. */
function isPictureDiv(el: Element): boolean {
  let pictures = 0;
  let text = 0;
  const whole = walkBounded(el, DIV_NODE_BUDGET, (n) => {
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim().length;
      text += t;
      return !(t > 0 && pictures === 0) && text <= MAX_FRAME_TEXT;
    }
    if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'IMG' && !isIcon(n as Element)) pictures++;
    return pictures <= 1;
  });
  return whole && pictures === 1;
}

/** Largest side (px, from the markup) of an image that is an icon or a bullet, not a picture. */
const ICON_PX = 32;

/** An image the markup sizes as an icon (`<img width="12" height="12">`): a paragraph's bullet, not a picture with a caption. */
function isIcon(img: Element): boolean {
  const side = (name: string): number => Number.parseInt(img.getAttribute(name) ?? '', 10);
  const w = side('width');
  const h = side('height');
  return (w > 0 && w <= ICON_PX) || (h > 0 && h <= ICON_PX);
}

/** Most characters a cell of a table of figures holds. */
const MAX_CELL = 40;

/** The elements that make a table's structure. */
export const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COLGROUP', 'COL']);

/**
 * A table of figures inside the article: rows of two or more short cells (a cell may hold its
 * text in a `<p>`, as tables pasted from a word processor do), no picture, list or nested table
 * (layout tables and picture frames hold those, or long text).
 */
export function isFigureTable(el: Element): boolean {
  if (el.querySelector('table, img, picture, ul, ol')) return false;
  const rows = Array.from(el.querySelectorAll('tr'));
  if (rows.length < 2) return false;
  let wide = 0;
  for (const tr of rows) {
    const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.some((c) => (c.textContent ?? '').trim().length > MAX_CELL)) return false;
    if (cells.length >= 2) wide++;
  }
  return wide >= 2;
}
