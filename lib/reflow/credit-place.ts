// Where a byline or a credit stands relative to the text: a byline right after the next break, a bracketed credit on
// the text's last line after a short one, a credit that a column cut off from its paragraph. Asked by the segmenter
// (./segment.ts) and the headline run (./headlines.ts).
import { lineEndsSentence, lineIsByline } from './line-tests';
import { columnWidthFor, type Line } from './columns';
import { atColumnEnd } from './evidence';
import type { Context } from './headlines';
export { isIssuerLine, issuersFirst } from './issuers'; // a bulletin's issuers first, for the segmenter
export { creditSpaceAtBreak } from './credit-space'; // a credit's full-width space hanging at a line's end, for the segmenter
import { isCreditLine } from './classify';
import type { BlockKind } from './types';

/** The first line after a blank line within the next four is a byline. */
export function bylineSoon(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < lines.length; k++) if ((lines[k] as Line).gap > 0) return bylineAt(lines, k);
  return false;
}

/** A byline line (`新华社记者 X`, `■记者…通讯员…`) after a blank line at `k`. */
export function bylineAt(lines: readonly Line[], k: number): boolean {
  const l = lines[k];
  return l !== undefined && l.gap > 0 && lineIsByline(l);
}

/** Lines of text before a credit, at the least, for the widest of them to stand for a column no width was measured for. */
const WIDEST_LINES = 6;
/** The width of the widest of the first `n` lines (a loop: a page may have more lines than a call may take arguments). */
function widestBefore(lines: readonly Line[], n: number): number {
  let w = 0;
  for (let k = 0; k < n; k++) w = Math.max(w, (lines[k] as Line).width);
  return w;
}

/** Room a line leaves short of its column for a credit's opening (`（记者`) to have been printed on it. */
const CREDIT_OPENING_ROOM = 3;

/**
 * The text's last line, printed after a sentence that ended well short of its column: had the credit
 * run on in that paragraph, its opening would stand on that line. So a credit there (`（记者 X　通讯员
 * Y）`, see `isBracketCredit`) is a line of its own, the article's byline, though no break marks it.
 */
export function lastLineAlone(ctx: Context, i: number): boolean {
  const prev = ctx.lines[i - 1];
  if (i !== ctx.lines.length - 1 || prev === undefined || !lineEndsSentence(prev)) return false;
  // Where no column is measured (lines of uneven width), the column is at least as wide as the widest of the text's
  // lines before, where there are enough of them to tell (a line or two measure nothing).
  const w = columnWidthFor(ctx.widths, prev, prev) ?? (i >= WIDEST_LINES ? widestBefore(ctx.lines, i) : undefined);
  return w !== undefined && (prev.width + CREDIT_OPENING_ROOM <= w || creditWiderThanColumn(ctx.lines[i] as Line, w));
}

/** How far past its column a line may reach and still be a print line of it (a closing mark hung at its end). */
const HUNG_MARK = 1;

/**
 * The credit on the text's last line is wider than the column the line before filled, by more than a mark hung at a line's
 * end (a sentence ending on a full line fourteen wide / `（记者　X　通讯员　Y）` with two-character names spaced to three, sixteen): had it run on from that paragraph, the
 * print line would have been cut at the column, so it is an element of its own, the article's byline, after a full line too.
 */
export function creditWiderThanColumn(l: Line, w: number): boolean {
  return l.width > w + HUNG_MARK;
}

/**
 * Line `i` opens a column in the middle of the text, right after a full line that ended a sentence: a
 * bracketed credit there (`（通讯员 X）` closing a 简讯's item) is the paragraph's own, cut off by the column.
 */
export function creditCutOff(ctx: Context, i: number): boolean {
  const prev = ctx.lines[i - 1];
  const l = ctx.lines[i] as Line;
  if (i === ctx.lines.length - 1 || prev === undefined || atColumnEnd(ctx.ev, l) !== true) return false;
  const w = columnWidthFor(ctx.widths, prev, prev);
  return w !== undefined && prev.width + (prev.indent ? 2 : 0) >= w - 1;
}

/**
 * `（作者单位：…`, `（作者系…`, `（作者为…`, `（作者：…`: an author's note in brackets opening a line (closed on it or wrapped
 * to the next). The colon form names the writer's post (`（作者：中国人民大学公共管理学院教授）`, `（作者：陈　立，系…）`).
 */
const AUTHOR_NOTE_OPENING = /^[（(](?:作者(?:系|为|是|单位\s*[：:]|[：:]))/u;

/**
 * A sentence ended on line `a` and line `b` opens an author's note in brackets (`…越走越宽。` / `（作者单位：中共杭州市萧山区` /
 * `委党校）`): the note is an element of its own, the article's credit, never the paragraph's going on — though it wraps
 * over print lines, so no one line of it reads as a whole credit, and the page's indentation or a full line says nothing.
 */
export function authorNoteOpens(a: Line, b: Line): boolean {
  return b.text.charCodeAt(0) === 0xff08 || b.text.charCodeAt(0) === 0x28 ? AUTHOR_NOTE_OPENING.test(b.text) && lineEndsSentence(a) : false;
}

/**
 * Blocks of body each one author's note that wrapped over print lines (`（作者单位：中共杭州市萧山区` / `委党校）`), read whole: the
 * article's credit, as the note is on a line of its own. Changes the blocks in place and returns them.
 */
export function authorNotesCredited<T extends { kind: BlockKind; text: string; lines: readonly unknown[] }>(blocks: T[]): T[] {
  for (const b of blocks) if (b.kind === 'body' && b.lines.length > 1 && AUTHOR_NOTE_OPENING.test(b.text) && isCreditLine(b.text)) b.kind = 'byline';
  return blocks;
}
