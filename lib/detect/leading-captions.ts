// Pictures and their captions a template prints before the article's body, outside the body's element: kept with it,
// in reading order.
import { titleBlockBefore } from '../extract/repeated-title';
import { hanCount } from './han';

/** Most text a container may hold besides the body for its pictures and captions to count. */
const MAX_LEAD_HAN = 200;

/**
 * The pad template prints photos and their captions before `<founder-content>`, inside the same
 * container: then the container is the body, so the captions are kept, in reading order.
 * The classic 萧山日报 / 湖州日报 template may print its picture table (`table#newspic`, a picture and its caption)
 * right before the body's own container (`div#ozoom`), the two alone in one cell: then that cell is the body.
 */
export function withLeadingCaptions(body: Element): Element {
  const parent = body.parentElement;
  if (body.tagName.toUpperCase() !== 'FOUNDER-CONTENT' || !parent || parent.tagName === 'BODY') return body;
  if (!parent.querySelector('img')) return picturesBeside(body, parent) ?? body;
  const extra = hanCount(parent.textContent ?? '') - hanCount(body.textContent ?? '');
  return extra > 0 && extra <= MAX_LEAD_HAN ? parent : body;
}

/**
 * The element holding the body's container `box` and, right before it, the pictures printed with the article (an
 * element with a picture and a few captions' text), nothing else but, before the pictures, the title block the template
 * prints there (引题, title, subtitle: see `titleBlockBefore`; the repair leaves its lines out); null where `box` holds
 * more text than the body, where anything else stands beside it, or where the pictures' element holds no picture or too
 * much text to be captions.
 */
function picturesBeside(body: Element, box: Element): Element | null {
  const outer = box.parentElement;
  const pictures = box.previousElementSibling;
  if (!outer || outer.tagName.toUpperCase() === 'BODY' || !pictures || box.nextElementSibling || !pictures.querySelector('img')) return null;
  const title = outer.children.length === 2 ? [] : titleBlockBefore(pictures);
  if (!title) return null;
  const bodyHan = hanCount(body.textContent ?? '');
  if (hanCount(box.textContent ?? '') !== bodyHan) return null;
  const extra = hanCount(outer.textContent ?? '') - bodyHan - title.reduce((n, el) => n + hanCount(el.textContent ?? ''), 0);
  return extra > 0 && extra <= MAX_LEAD_HAN ? outer : null;
}
