// From an article body element to source lines for the repair, with a map from every line's
// text back to the DOM text nodes it came from. Works on the nodes it is given (a browser DOM
// or happy-dom); it never reaches for a global document or window.
import { endsInFullSpace, opensInCreditSpace } from '../reflow/credit-space';
import { isBoilerplate, isEditorLine, isPrintSourceLine, standsAsBlock } from './boilerplate';
import { isFigureTable, isPictureFrame, TABLE_PARTS } from './frames';
import { indentsFirstLine, isBold, isCentred, isDropCap, isHidden, namesCaption, setsBlock } from './styles';
import { defaultIsPre, preAround } from './pre-format';
import type { SourceLine } from '../reflow';
import type { Extraction, ExtractOptions, Media, Piece } from './types';

export { isBoilerplate } from './boilerplate';
export { defaultIsPre } from './pre-format';
export type { Extraction, ExtractOptions, Media, Piece } from './types';

/** Boilerplate is looked for only this near the body: deeper elements are article text. */
const SKIP_DEPTH = 12;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OBJECT']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'IFRAME', 'CANVAS']);
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH',
  'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'FOUNDER-CONTENT', 'CENTER', 'DD', 'DT', 'DL', 'FIGURE', 'FIGCAPTION', 'PRE',
  'HR', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'ADDRESS', 'CAPTION',
]);
/** One open element of the walk: the next child to visit, and how the element treats text. */
interface Frame {
  /** The element's children, walked by index (nextSibling is a linear search in some DOMs). */
  kids: NodeListOf<ChildNode>;
  next: number;
  pre: boolean;
  block: boolean;
  /** A picture's own frame (see `isPictureFrame`). */
  frame?: boolean;
  /** A table of figures (see `isFigureTable`). */
  figures?: boolean;
  /** A bold element (`<strong>`, `<b>`, see `isBold`). */
  bold?: boolean;
  /** A block the page centres (`<center>`, `align="center"`, `text-align:center`). */
  centred?: boolean;
  /** A block whose class names it a caption (see `namesCaption`). */
  captioned?: boolean;
  /** A paragraph element: the count of lines and pictures when it opened (see `emptyParagraph`). */
  opened?: { lines: number; media: number };
  /** A table cell: the cell the walk was in before it. */
  cellBefore?: number;
}

/** Longer than this, centred text under a picture is a paragraph set centred, not its caption. */
const MAX_CENTRED_CAPTION = 80;

/** Visible indentation in HTML: ideographic or no-break spaces (ordinary spaces collapse away). */
const INDENT = /^[\s]*[\u3000\u00a0]/u;
/** In pre-formatted text, ordinary spaces are visible too. */
const PRE_INDENT = /^(?:[\u3000\u00a0]| {2,}|\t)/u;

/** The text of the last line read and, with no blank line between, the one before it, run together. */
function creditTail(lines: readonly SourceLine[]): string {
  const last = lines[lines.length - 1] as SourceLine;
  const before = lines.length > 1 && last.gap === 0 ? (lines[lines.length - 2] as SourceLine).text : '';
  return before + last.text;
}

/** Splits the body into print lines (`<p>`, `<br>`, newlines in pre-formatted text). */
export function extractLines(body: Element, options: ExtractOptions = {}): Extraction {
  const isPre = options.isPre ?? defaultIsPre;
  const skip = options.skip ?? isBoilerplate;
  const lines: SourceLine[] = [];
  const pieces: Piece[][] = [];
  const media: Media[] = [];
  let text = '';
  let cur: Piece[] = [];
  let gap = 0;
  let brRun = 0;
  let linePre = false;
  let afterMedia = false;
  /** Picture frames open on the walk, and whether their picture came already. */
  let frames = 0;
  let framedPicture = false;
  /** Tables of figures open on the walk; the line in progress is one of their rows. */
  let figureTables = 0;
  let rowLine = false;
  /** Bold elements open on the walk; whether the line in progress has text in bold, and outside it. */
  let boldDepth = 0;
  let boldText = false;
  let plainText = false;
  /** Centred blocks open on the walk (see `isCentred`). */
  let centredDepth = 0;
  /** Blocks named captions by their class open on the walk (see `namesCaption`). */
  let captionDepth = 0;
  /** Whether the line in progress opens with a drop cap or in a block styled to indent it (`isDropCap`, `indentsFirstLine`): a paragraph's opening, as an indentation is. */
  let dropCap = false;
  /** Whether the line in progress began at an element boundary (not after a <br> inside one). */
  let ownElement = true;
  /** The table cell the walk is in (0: none), numbered in the order the cells open. */
  let cell = 0;
  let cells = 0;

  let closesElement = false;
  const endLine = (blank: boolean): void => {
    const lead = text.length - text.trimStart().length;
    const t = text.trim();
    // An editor's line among print lines (`…23.5%。<br>责任编辑：郑 洁<br>`) is left out, as its element would be; so is
    // a reprint's print-source line (`…信息。\n　　《台州日报》（2028年06月14日　第03版）`).
    if (t && (isEditorLine(t) || isPrintSourceLine(t))) {
      afterMedia = false;
    } else if (t) {
      // Short text right under a picture, centred like it and not set in bold (a subhead), is
      // the picture's caption whatever its wording (a 图说 page's captions are full sentences).
      // So is short text right under a picture in a block whose class names it a caption (`<p class="bjh-image-caption">`).
      const centredCaption = afterMedia && (centredDepth > 0 || captionDepth > 0) && t.length <= MAX_CENTRED_CAPTION && !(boldText && !plainText);
      // A line opening on a reporters' bracket's own full-width space, under words that leave the bracket open, is no
      // indented line, as textToLines (../reflow/lines.ts) reads it (`…通讯员` / `　周　亮）…`: see ../reflow/credit-space.ts).
      const creditSpace = gap === 0 && !dropCap && lines.length > 0 && lead > 0 && opensInCreditSpace(creditTail(lines), text.replace(/^[ \t\r\n]+/u, ''));
      lines.push({
        text: t, gap, indent: !creditSpace && (dropCap || (lead > 0 && (linePre ? PRE_INDENT : INDENT).test(text))),
        ...(creditSpace ? { spaceOpens: true } : {}),
        ...(afterMedia ? { afterMedia } : {}), ...(framedPicture || centredCaption ? { caption: true } : {}), ...(rowLine ? { row: true } : {}),
        ...(boldText && !plainText ? (ownElement && closesElement ? { bold: true } : { boldLine: true }) : {}), ...(cell > 0 ? { cell } : {}), ...(endsInFullSpace(text) ? { hangs: true } : {}),
      });
      afterMedia = false;
      pieces.push(trimPieces(cur, lead, t.length));
      gap = 0;
    } else if (blank) gap++;
    text = '';
    cur = [];
    linePre = false;
    rowLine = false;
    dropCap = false;
    boldText = false;
    plainText = false;
    ownElement = closesElement;
  };
  const blockBoundary = (): void => {
    closesElement = true;
    endLine(false);
    closesElement = false;
    if (lines.length > 0) gap = Math.max(gap, 1);
    brRun = 0;
  };
  const addText = (node: Text, pre: boolean): void => {
    const data = node.data;
    if (!pre) {
      // White space alone at a line's start is dropped, unless it is visible indentation
      // (`<p>&nbsp;&nbsp;<strong>问：…</strong></p>`); either way it is no text, so a line
      // holding nothing else (`<br>&nbsp;<br>`) is still a blank line.
      const blank = !data.trim();
      if (blank && !text && !/[\u3000\u00a0]/u.test(data)) return;
      push(node, 0, data.length, data.replace(/[\n\r\t\f]/gu, ' '));
      if (!blank) brRun = 0;
      return;
    }
    let start = 0;
    for (let i = 0; i <= data.length; i++) {
      if (i === data.length || data[i] === '\n') {
        if (i > start) push(node, start, i, data.slice(start, i).replace(/[\r\f]/gu, ' '), true);
        if (i < data.length) endLine(true);
        start = i + 1;
      }
    }
    brRun = 0;
  };
  const push = (node: Text, s: number, e: number, t: string, pre = false): void => {
    if (!text) linePre = pre;
    if (t.trim()) {
      if (boldDepth > 0) boldText = true;
      else plainText = true;
    }
    cur.push({ node, nodeStart: s, nodeEnd: e, lineStart: text.length });
    text += t;
  };
  // Iterative depth-first walk: pages nest thousands of elements deep at times, and a
  // recursive walk would run out of stack.
  const walk = (root: Element, rootPre: boolean): void => {
    const stack: Frame[] = [{ kids: root.childNodes, next: 0, pre: rootPre, block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      const n = frame.kids[frame.next++];
      if (!n) {
        stack.pop();
        if (frame.block) blockBoundary();
        // An empty paragraph between lines (`<p></p>`, `<p>&nbsp;</p>`) is a blank line, as an empty line is in
        // pre-formatted text and `<br><br>` is: where each print line is a <p>, it is what marks a paragraph's end.
        if (frame.opened && frame.opened.lines === lines.length && frame.opened.media === media.length && lines.length > 0) gap++;
        if (frame.frame && --frames === 0) framedPicture = false;
        if (frame.figures) figureTables--;
        if (frame.bold) boldDepth--;
        if (frame.centred) centredDepth--;
        if (frame.captioned) captionDepth--;
        if (frame.cellBefore !== undefined) cell = frame.cellBefore;
        continue;
      }
      if (n.nodeType === 3) {
        addText(n as Text, frame.pre);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(child)) continue;
      // (A link set between blocks with no text beside it, `<a>阅读原文</a>`, is read as one.)
      if (stack.length <= SKIP_DEPTH && (BLOCK.has(tag) || (tag === 'A' && standsAsBlock(child, BLOCK))) && skip(child)) {
        // A video's wrapper left out for its player's status and controls (`视频加载中，请稍候……`) still holds the video:
        // the line under it is the line under a video (its caption where centred), as under a bare <video>.
        const video = child.querySelector('video');
        if (video) {
          blockBoundary();
          media.push({ node: video, afterLine: lines.length - 1 });
          afterMedia = true;
        }
        continue;
      }
      // Inside a table of figures a cell's own paragraphs and line breaks are spaces in its row.
      if (figureTables > 0 && (tag === 'BR' || (BLOCK.has(tag) && !TABLE_PARTS.has(tag)))) {
        if (text.trim() && !/\s$/u.test(text)) text += ' ';
        if (tag !== 'BR') stack.push({ kids: child.childNodes, next: 0, pre: frame.pre || isPre(child), block: false });
        continue;
      }
      if (tag === 'BR') {
        endLine(brRun > 0);
        brRun++;
        continue;
      }
      if (MEDIA.has(tag)) {
        blockBoundary();
        media.push({ node: child, afterLine: lines.length - 1 });
        afterMedia = true;
        if (frames > 0) framedPicture = true;
        continue;
      }
      // A table of figures: one line per row, its cells joined by a space.
      if (figureTables > 0 && (tag === 'TD' || tag === 'TH')) {
        if (text.trim() && !/\s$/u.test(text)) text += ' ';
        rowLine = true;
        stack.push({ kids: child.childNodes, next: 0, pre: frame.pre || isPre(child), block: false });
        continue;
      }
      const block = BLOCK.has(tag) || setsBlock(child);
      if (block) blockBoundary();
      const pictureFrame = block && isPictureFrame(child, tag);
      if (pictureFrame) frames++;
      const figures = tag === 'TABLE' && !pictureFrame && isFigureTable(child);
      if (figures) figureTables++;
      if ((!block && !text.trim() && isDropCap(child)) || (block && indentsFirstLine(child))) dropCap = true;
      const bold = isBold(child, tag);
      if (bold) boldDepth++;
      const centred = block && isCentred(child, tag);
      if (centred) centredDepth++;
      const captioned = block && namesCaption(child);
      if (captioned) captionDepth++;
      const cellBefore = tag === 'TD' || tag === 'TH' ? cell : undefined;
      if (cellBefore !== undefined) cell = ++cells;
      const opened = tag === 'P' ? { lines: lines.length, media: media.length } : undefined;
      stack.push({ kids: child.childNodes, next: 0, pre: frame.pre || isPre(child), block, frame: pictureFrame, figures, bold, centred, captioned, cellBefore, opened });
    }
  };
  // The elements read before the body, in reading order: the last is the one right before the body's container.
  const leadingRun = options.leading ? (Array.isArray(options.leading) ? options.leading : [options.leading]) : [];
  const leading = leadingRun.length ? leadingRun[leadingRun.length - 1] : null;
  let fromLeading = false;
  for (const el of leadingRun) {
    walk(el, isPre(el) || preAround(el));
    blockBoundary();
  }
  fromLeading = lines.length > 0;
  walk(body, isPre(body) || preAround(body));
  closesElement = true;
  endLine(false);
  if (!leading || !fromLeading) return { lines, pieces, media };
  return leadingRun.length > 1 ? { lines, pieces, media, leading, leadingBefore: leadingRun.slice(0, -1) } : { lines, pieces, media, leading };
}

/** Re-bases pieces on the trimmed line text. */
function trimPieces(pieces: Piece[], lead: number, length: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const len = p.nodeEnd - p.nodeStart;
    let s = p.lineStart - lead;
    let e = s + len;
    let ns = p.nodeStart;
    if (s < 0) {
      ns -= s;
      s = 0;
    }
    if (e > length) e = length;
    if (e <= s) continue;
    out.push({ node: p.node, nodeStart: ns, nodeEnd: ns + (e - s), lineStart: s });
  }
  return out;
}
