// How an element's own markup sets its text: as a block, hidden, centred, in bold. Only the
// element's tag, attributes and inline style are read (the CLI has no style sheets to compute).

/**
 * An element its own inline style sets as a block (`<span style="display:block">`, as some
 * converters set each print line): it breaks lines like a <p>.
 */
const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*(?:block|list-item|flex|grid|table)\s*(?:!important\s*)?(?:;|$)/iu;

/** An element its inline style hides (`<p data-role="original-title" style="display:none">`). */
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/iu;

/** `font-weight: bold`, `bolder`, `600`–`900` in an inline style. */
const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\s*(?:!important\s*)?(?:;|$)/iu;
/**
 * A class that names the weight (`bjh-strong` on 百家号, utility classes `font-bold`, `fw-bold`,
 * `text-bold`, `bold`): the convention of CMS and CSS frameworks for text set in bold.
 */
const BOLD_CLASS = /^(?:[a-z0-9]+[-_])*(?:bold|strong)$/iu;

/** Tags that set their text in bold. */
const BOLD_TAGS = new Set(['STRONG', 'B']);

/** True when the element's inline style sets it as a block (see `DISPLAY_BLOCK`). */
export function setsBlock(el: Element): boolean {
  return DISPLAY_BLOCK.test(el.getAttribute('style') ?? '');
}

/** True when the page hides the element: the `hidden` attribute or an inline `display:none`. */
export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/** True when the element sets its text in bold: `<strong>`, `<b>`, an inline font weight, or a bold class. */
export function isBold(el: Element, tag: string): boolean {
  if (BOLD_TAGS.has(tag)) return true;
  if (BOLD_STYLE.test(el.getAttribute('style') ?? '')) return true;
  return (el.getAttribute('class') ?? '').split(/\s+/u).some((t) => t !== '' && BOLD_CLASS.test(t));
}

/** A block the page centres by its markup (`<center>`, `align="center"`, inline `text-align:center`). */
export function isCentred(el: Element, tag: string): boolean {
  if (tag === 'CENTER' || /^\s*center\s*$/iu.test(el.getAttribute('align') ?? '')) return true;
  return /text-align\s*:\s*center/iu.test(el.getAttribute('style') ?? '');
}

/** A class naming a picture's caption (`caption`, `img-caption`, `bjh-image-caption`, `pgc-img-caption`). */
const CAPTION_CLASS = /^(?:[a-z0-9]+[-_])*caption$/iu;

/** A block whose class names it a caption: text right under a picture in it is the picture's caption, set apart or not. */
export function namesCaption(el: Element): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/u).some((t) => CAPTION_CLASS.test(t));
}

/** A class naming a drop cap (`dropcap`, `drop-cap`, `first-letter`, `shouzi` 首字). */
const DROP_CAP_CLASS = /^(?:[a-z0-9]+[-_])*(?:drop[-_]?cap|first[-_]?letter|shouzi)$/iu;
/** An inline style floating the element beside the text in larger type (`float:left;font-size:3em`). */
const FLOATED_LARGE = /float\s*:\s*left/iu;

/**
 * A drop cap: one character in an element of its own, which its class names so or its inline style floats
 * left in a set font size. Print sets it where a paragraph opens, in place of the indentation.
 */
export function isDropCap(el: Element): boolean {
  // Its text is its own (no element inside): asked of every inline element opening a line, so no subtree is read.
  if (el.childElementCount !== 0) return false;
  const style = el.getAttribute('style') ?? '';
  const marked = (FLOATED_LARGE.test(style) && /font-size\s*:/iu.test(style)) ||
    (el.getAttribute('class') ?? '').split(/\s+/u).some((t) => t !== '' && DROP_CAP_CLASS.test(t));
  return marked && Array.from((el.textContent ?? '').trim()).length === 1;
}

/** A positive first-line indent in an inline style (`text-indent:2em`, `text-indent: 32px`), not `0` nor a negative hang. */
const TEXT_INDENT = /(?:^|;)\s*text-indent\s*:\s*(?:\+?0*[1-9]\d*(?:\.\d+)?|\+?0*\.\d*[1-9]\d*)\s*(?:em|rem|px|pt|ch|%)?\s*(?:!important\s*)?(?:;|$)/iu;

/**
 * A block whose inline style indents its first line (`<p style="text-indent:2em">`): the page indents its paragraphs
 * by style, not by spaces, so the line it opens is a paragraph's first line, as one opening with 　　 is.
 */
export function indentsFirstLine(el: Element): boolean {
  return TEXT_INDENT.test(el.getAttribute('style') ?? '');
}
