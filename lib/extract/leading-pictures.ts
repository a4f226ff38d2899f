// The picture a template prints right before the article's body, outside the body's element, with its caption: a
// table or box holding the picture and a short caption (`table#newspic`, `td.pic-desc`, `td.pic-text`), set between the
// page's title and the body's container (`div#ozoom`). The detector takes the cell holding the two as the body where
// nothing else stands in it (lib/detect/leading-captions.ts); where the title stands in the same cell, the body stays the
// body and its extraction reads the picture first, so the caption is kept as a caption, in reading order.
import { hanCount } from '../detect/han';

/** Most Han characters a picture's element may hold for them to be its captions. */
const MAX_CAPTION_HAN = 200;
/** The body elements of Founder's templates. */
const FOUNDER_BODY = new Set(['FOUNDER-CONTENT']);
/**
 * How many wrappers adding no text of their own (`div#ozoom` around `founder-content`, its table cell) may stand between the
 * body and the picture; one more where the last is the cell's table row (`<tr><td><div id="ozoom">`), the picture's table
 * then standing in the row before it (`<tr><td><table id="newspic">`), as the classic 永康日报 and 湖州日报 templates print it.
 */
const MAX_WRAPPERS = 2;

/**
 * On a Founder page (the body `<founder-content>` or `div#ozoom`), the element right before the body's container that holds a picture and its caption: a picture (`<img>`), some Han text
 * and at most `MAX_CAPTION_HAN` of it, no link with text (a page's navigation or a list of articles), and no element of
 * the body's own. The body's container is the body or a wrapper around it holding no other text. Null where there is none.
 */
export function leadingPictures(body: Element): Element | null {
  // Founder's templates only (`<founder-content>`, or its `div#ozoom`): on a portal's article the element before the text
  // holding a picture and a few words is the account's box (an avatar and `杭州日报官方账号`), not a caption.
  if (!FOUNDER_BODY.has(body.tagName.toUpperCase()) && body.id !== 'ozoom') return null;
  const bodyHan = hanCount(body.textContent ?? '');
  if (bodyHan === 0) return null;
  let box: Element = body;
  for (let k = 0; ; k++) {
    const before = box.previousElementSibling;
    if (before) return isPictureWithCaption(before) ? before : null;
    // Only text-free wrappers are climbed: a container holding more than the body is the page's, not the body's.
    const up = box.parentElement;
    if (!up || k > MAX_WRAPPERS || (k === MAX_WRAPPERS && up.tagName.toUpperCase() !== 'TR')) return null;
    if (up.tagName.toUpperCase() === 'BODY' || hanCount(up.textContent ?? '') !== bodyHan) return null;
    box = up;
  }
}

/**
 * The picture boxes read before the body, in reading order: `leadingPictures`'s element and the boxes right before it, each a
 * picture with its caption too (a 图片新闻 page prints two or more pictures, each over its caption, before the body). A
 * caption under a picture is a caption whatever its credit's form, so every box of the run is read, not the nearest alone.
 */
export function leadingPictureRun(body: Element): Element[] {
  const nearest = leadingPictures(body);
  if (!nearest) return [];
  const run = [nearest];
  for (let el = nearest.previousElementSibling; el && isPictureWithCaption(el); el = el.previousElementSibling) run.unshift(el);
  return run;
}

function isPictureWithCaption(el: Element): boolean {
  if (!el.querySelector('img')) return false;
  const han = hanCount(el.textContent ?? '');
  if (han === 0 || han > MAX_CAPTION_HAN) return false;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) if (hanCount(a.textContent ?? '') > 0) return false;
  return true;
}
