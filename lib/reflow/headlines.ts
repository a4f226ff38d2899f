// Headline cues of the line-wrap repair: where a run of lines is a headline rather than column
// text, and what right after it says so (a byline, a clear new start).
import { lastChar, NO_START, sayingVerbs, startsNoStart } from './chars';
import { isNameLine } from './classify';
import { lineEndsSentence, lineIsByline, lineIsCaption, lineIsHeadingCandidate, lineIsRow } from './line-tests';
import { bylineAt } from './credit-place';
import { columnWidthFor, sentenceBesideColumn, type Line } from './columns';
import { atColumnEnd, type PageEvidence } from './evidence';
import { cutAtColumnEnd, endsCredited, type PieceGrid } from './piece-grid';
import { OPENS_PARAGRAPH, TIME_OPENING } from './openings';
import { cellsOf, isHeadRow, isSetApart, nextArabicItem } from './set-apart';
import { commaHeadAlone, quotedAboveIndent, quotedCommaHead } from './comma-heads';
import { documentRowLine } from './document-rows';
export { endsLikeHead } from './quoted-heads';

/** What the repair knows about the whole page while it decides each boundary. */
export interface Context {
  lines: Line[];
  widths: (number | undefined)[];
  indentUsed: boolean;
  ev: PageEvidence;
  /** The column grid of a page printed one `<p>` per column piece, when it has one. */
  grid?: PieceGrid;
  /** Runs (by `Line.run`) of set lines: items or verse lines, each ending in a punctuation mark (see `setLineRuns`). */
  setRuns?: ReadonlySet<number>;
}

/** Words a phrase cannot end on (`…瘦弱的`, `…流水以及`, `…被称为`): the line was cut mid-clause. */
const DANGLING = /(?:[的地得和与及或把被将对从向于并而且之]|以及|称为|成为|作为|认为|分为|合并成)$/u;
const oddAsciiQuotes = (run: readonly Line[]): boolean => run.reduce((n, l) => n + (l.text.match(/"/gu)?.length ?? 0), 0) % 2 === 1;

/**
 * If a headline run starts at line `i`, the index just past it; otherwise `i`. A headline run
 * is up to three short lines with no sentence punctuation, followed by something that clearly
 * starts anew. Where the column width is known, the lines must also not look like a column.
 */
export function headingRunEnd(ctx: Context, i: number): number {
  const { lines } = ctx;
  const first = lines[i] as Line;
  // Where indentation marks paragraphs, an indented line opens one: headlines are not indented.
  if (ctx.indentUsed && first.indent) return i;
  // A first line no headline's line could be opens none (the loop below says so too; asked first, it spares the byline
  // and table tests most run starts).
  // (Nor does a full-text document's row of names, its 附件 line or a table's title or head row: see `documentRowLine`.)
  if (!lineIsHeadingCandidate(first) || documentRowLine(lines, i)) return i;
  // A table's head (`名次 代表队 胜 负 积分`) before a row of as many cells is no headline.
  const below = lines[i + 1];
  if (below && lineIsRow(below) && isHeadRow(first.text) && cellsOf(first.text).length === cellsOf(below.text).length) return i;
  let end = i;
  while (end < lines.length && (end === i || (lines[end] as Line).gap === 0)) {
    const line = lines[end] as Line;
    const { indent } = line;
    // Where indentation marks paragraphs, an indented line opens one: a run ends before it.
    if (end > i && ctx.indentUsed && indent) break;
    // A byline or credit is never (part of) a headline: a run ends before one.
    if (lineIsByline(line)) {
      if (end === i) return i;
      break;
    }
    if (!lineIsHeadingCandidate(line)) return i;
    end++;
    // No headline runs over more than three lines (below): a run of column lines with no mark is read no further.
    if (end - i > 3) return i;
  }
  const run = lines.slice(i, end);
  // A headline does not stop on a particle, preposition or conjunction: that is a column cut.
  if (DANGLING.test((run[run.length - 1] as Line).text) || oddAsciiQuotes(run)) return i;
  // Column text is full of commas; a headline wrapped over lines has none.
  // (The 、 of a section's numeral, `一、天气情况`, is no clause mark.)
  const commas = run.some((l) => /[，,、]/u.test(l.text.replace(ITEM_MARK, '')));
  if (commas && run.length > 1) return i;
  // One quotation alone between breaks (`“台上一分钟，台下十年功”`) is a 小标题 whatever follows it: see `quotedCommaHead`.
  // Where indentation marks paragraphs, an indented line under it is such a break (`quotedAboveIndent`).
  const quoted = commas && run.length === 1 && ((lines[end]?.gap ?? 1) > 0 || quotedAboveIndent(ctx, end)) && quotedCommaHead(first.text);
  // Photo captions stand beside the columns: what follows the run is the line after them.
  let k = end;
  while (k < lines.length && lineIsCaption(lines[k] as Line)) k++;
  const next = lines[k];
  // Clause punctuation or a dash at the very end of the text: a fragment, as it would be with
  // anything after it (so that repairing the repaired text changes nothing).
  // (A dash on any line of the run: its lines, repaired, become blocks of their own, each read alone.)
  if (!next) return commas || run.some((l) => dashed(l.text)) ? i : end;
  if (startsNoStart(next.text)) return i;
  // A lone line before the tail of a word or figure a column cut (`…山区面积` / `大，…`, `…总额13` / `2.7亿元`),
  // read with the marks that hang from it on lines of their own (`医` / `”`: one line once repaired).
  if (run.length === 1 && cutTailNext(first.text, withHangingMarks(lines, k))) return i;
  // An item numbered `1.` right before item `2.`: a list's first item (a programme's), not a headline over it.
  if (run.length === 1 && nextArabicItem(first.text, next.text)) return i;
  if (quoted) return end;
  // A lone piece ending where a column ends, before a piece that does not clearly start anew:
  // the foot of a column, cut mid-sentence (`会馆由旅居上海的福建商`).
  // With a clause mark in it, it is a fragment whatever follows.
  // (Not before a notice's opening sentence: a notice's title stands over it.)
  if (run.length === 1 && cutAtColumnEnd(ctx.grid, first) && (commas || (!startsClearly(ctx, k) && !isNameLine(next.text) && !plainHeadline(next) && !opensNotice(lines, k)))) return i;
  const w = columnWidthFor(ctx.widths, first, next);
  // A lone line set apart by empty lines whose words the paragraph under it repeats as it opens (`沙溪镇完成首批农房…` /
  // `沙溪镇近日完成首批…`): a news lead restates its title, and a column's foot with no comma in it seldom shares four
  // characters running with the line after it.
  if (run.length === 1 && ctx.grid === undefined && w !== undefined && !first.indent && !commas && (lines[end]?.gap ?? 1) > 0 && echoedBelow(first.text, lines, k)) return end;
  // Clause punctuation in a one-line "headline" is the mark of a column-cut fragment of a
  // sentence; without a column width, only a clear new start after it makes it a headline.
  // A dash with no clause mark and a byline set right under it, though, make a headline
  // (`“让山里娃也能上好课”——访县教育局局长潘丽君` / `记者 方卓然`): no column cut leaves a byline there.
  // A lone line with one comma set apart by blank lines (the paragraph before it finished), a whole character or more
  // short of its column or wider than it (`建管并重，让绿地常新`), is a subheading: a column is cut after a full line only.
  // (On a page of one `<p>` per column piece, a piece that is no column's last ends its paragraph by the grid: not asked.)
  if (run.length === 1 && commas && !dashed(first.text) && !first.indent && (lines[end]?.gap ?? 1) > 0 && shortOfColumn(ctx, first, w)) return end;
  if (commas || dashed(first.text)) return (w === undefined && startsClearly(ctx, k)) || (!commas && bylineAt(lines, k)) ? end : i;
  if (w === undefined) return end;
  // Wider than the column (beyond a hanging mark), or a lone line too short to be cut by a
  // column end: not column text. A column measured a half character short of a whole one
  // (every line of it holds a quotation mark or a digit, set narrow) is that whole width.
  if (run.some((l) => l.width > w + 1 || (l.width > Math.ceil(w) && !NO_START.has(lastChar(l.text))))) return end;
  if (run.length === 1 && ctx.ev.regular && !first.indent && first.width < w - 1.25) return end;
  if (startsAnew(ctx, k, w)) return end;
  // A lone line set apart by a blank line that is no column end of the page's regular grid:
  // nothing cut it there, so it stands alone (a subheading between two paragraphs).
  const after = lines[end];
  if (run.length === 1 && after !== undefined && after.gap > 0 && atColumnEnd(ctx.ev, after) === false) return end;
  return i;
}

/**
 * Line `next` opens with what only ends a sentence or figure cut at a line end: one character and a
 * clause or sentence mark (`大，`, `备。`; not a numeral's `五、` nor a label's `注：`), or the digits of a number the line
 * `text` left open (`…总额13` / `2.7亿元`; not an item `2.…` after a figure).
 */
export function cutTailNext(text: string, next: string): boolean {
  // (Half-width `,;?!)` too: the repair's punctuation step makes them full-width, and the repaired
  // text must read as the text it was made from.)
  if (/^\p{Script=Han}[，。；！？）”’,;?!)]/u.test(next)) return true;
  // The particle 的 opens no sentence (`…是最早报名` / `的农户之一。`; not 的确, 的士, 的哥, 的姐).
  if (/^的(?![确士哥姐])/u.test(next)) return true;
  if (WORD_TAIL.test(next)) return true;
  // A verb of saying and its comma or colon (`表示，…`, `介绍：…`): the speaker is the line before (`…相关负责人`).
  if (SAYING_NEXT.test(next)) return true;
  // Digits run on from a word (`总额13`), not a table's cells parted by spaces (`5 0 10` / `2 东港街道`).
  return /[^\s0-9０-９][0-9０-９]+$/u.test(text) && /^[0-9０-９]+(?:[.．][0-9０-９]|[^\s.、．0-9０-９])/u.test(next);
}

/**
 * The tail of a word a column cut, before a figure or as a whole sentence's end: one character
 * that opens no phrase of number and a figure (`投` / `诉23件，`, `…安全检` / `查320余次`; not `约300名`,
 * `近3年`, `第2批`, `对160千瓦…`: a preposition), or two or three characters and a full stop (`…安全生产` /
 * `情况。`; not a letter's `敬礼！`, `您好！`).
 */
const WORD_TAIL = /^(?:(?![约近共超逾达第每前后仅有各全余多再已这那该上下去今明本首逐至从自在为是按占计对向给与和将把被比较以用因当如若于到经满距离])\p{Script=Han}[0-9０-９]|\p{Script=Han}{2,3}。)/u;

/** A verb of saying with nothing before it, then its comma or colon: no sentence opens so (`透露`, `告诉记者` too). */
const SAYING_NEXT = new RegExp(`^${sayingVerbs('透露', '告诉记者')}[，：,:]`, 'u');

/** Line `k`'s text and the lines right after it (blank lines between or not) that open with a mark no line may start with: the repair joins those to it. */
function withHangingMarks(lines: readonly Line[], k: number): string {
  let text = (lines[k] as Line).text;
  for (let j = k + 1; j < lines.length && startsNoStart((lines[j] as Line).text); j++) text += (lines[j] as Line).text;
  return text;
}

/** A section's numeral and its 、 opening a line with no label in it (`一、天气情况`; not `三、公示时间：…`). */
const ITEM_MARK = /^[一二三四五六七八九十]{1,3}、(?=[^：:]*$)/u;

/** A dash that marks a clause (`——`), not a range between figures (`1—4月`, `2024—2025`). */
const dashed = (text: string): boolean => /—/u.test(text.replace(/(?<=[0-9０-９一二三四五六七八九十])—(?=[0-9０-９一二三四五六七八九十])/gu, ''));

/** A headline candidate with no clause mark (a subtitle, the next headline). */
const plainHeadline = (l: Line): boolean => lineIsHeadingCandidate(l) && !/[，,、]/u.test(l.text);

/** A notice's opening sentence up to its first colon: `…现予以公示：`, `…有关事项公告如下：`. */
const NOTICE_OPENING = /(?:予以公示|公示如下|公告如下|通告如下|通知如下)[：:]$/u;

/**
 * Line `k` opens a notice: the text from it up to its first colon, within two sentences, announces
 * the notice's items (`经…评审，确定以下5人为…拟表彰对象，现予以公示：`). A line right above it is the
 * notice's title, even one exactly as wide as a column, not the foot of a column cut mid-sentence.
 */
export function opensNotice(lines: readonly Line[], k: number): boolean {
  let text = '';
  for (let j = k; j < lines.length && j < k + 8 && text.length < 160; j++) {
    const t = (lines[j] as Line).text.trim();
    const colon = firstColon(t);
    if (colon >= 0) {
      const head = text + t.slice(0, colon + 1);
      return NOTICE_OPENING.test(head) && (head.match(/[。！？]/gu)?.length ?? 0) <= 1;
    }
    text += t;
  }
  return false;
}

/** Index of the first `：` or `:` in `text`, or -1. */
function firstColon(text: string): number {
  const full = text.indexOf('：');
  const half = text.indexOf(':');
  return full < 0 ? half : half < 0 ? full : Math.min(full, half);
}

/** Line `k` begins a new paragraph, byline or caption by its own wording. */
function startsClearly(ctx: Context, k: number): boolean {
  const l = ctx.lines[k] as Line;
  return OPENS_PARAGRAPH.test(l.text) || lineIsByline(l) || lineIsCaption(l);
}

/**
 * Line `i`, inside a run of print lines with no empty line, is a 小标题 of two comma-parted phrases (./comma-heads.ts)
 * with a line after it that clearly starts anew.
 */
export function commaHeadInRun(ctx: Context, i: number): boolean {
  const prev = ctx.lines[i - 1];
  const w = prev && ctx.lines[i + 1] ? columnWidthFor(ctx.widths, prev, ctx.lines[i] as Line) : undefined;
  return w !== undefined && (ctx.lines[i] as Line).gap === 0 && commaHeadAlone(ctx.lines, i, w) && startsAnew(ctx, i + 1, w);
}

/** Does line `k` clearly begin something (a new article, paragraph, headline or byline)? */
function startsAnew(ctx: Context, k: number, w: number): boolean {
  const l = ctx.lines[k] as Line;
  if (OPENS_PARAGRAPH.test(l.text) || lineIsByline(l) || lineIsCaption(l) || TIME_OPENING.test(l.text)) return true;
  // A table's row or unit note (`单位：亿元、%`), a data box's item: a line print sets apart begins anew.
  if (isSetApart(l.text)) return true;
  if (l.indent && ctx.indentUsed) return true;
  if (!l.lastOfRun && l.width <= w - 1.5) return true;
  if (opensNotice(ctx.lines, k)) return true;
  // The next headline: up to three short lines, with no clause mark where it takes two or more.
  let end = k;
  let commas = false;
  while (end < ctx.lines.length && (end === k || (ctx.lines[end] as Line).gap === 0)) {
    const line = ctx.lines[end] as Line;
    if (!lineIsHeadingCandidate(line)) return false;
    commas ||= /[，,、]/u.test(line.text);
    end++;
  }
  return end - k <= 3 && !(commas && end - k > 1);
}


/**
 * Line `i` is a caption printed where a column cut a paragraph: a sentence far wider than the
 * column (`sentenceBesideColumn`), or on a page of column pieces a piece signed with a credit
 * (`…活动。(陈薇)`, as an article ends) right after a piece cut mid-sentence at a column end and
 * before a piece that does not start anew. Only asked while a paragraph is left open: the
 * paragraph goes on after it.
 */
export function captionBesideColumn(ctx: Context, i: number): boolean {
  const { grid, lines } = ctx;
  const l = lines[i] as Line;
  const next = lines[i + 1];
  const prev = lines[i - 1];
  if (next !== undefined && startsNoStart(next.text)) return false;
  // After a run set line by line (a poem's stanza), no column was cut: its last line ends where its writer ended it.
  if (prev !== undefined && prev.run !== l.run && ctx.setRuns?.has(prev.run)) return false;
  if (grid === undefined) return sentenceBesideColumn(lines, ctx.widths, i);
  return prev !== undefined && next !== undefined && endsCredited(l.text) && !lineEndsSentence(prev) &&
    cutAtColumnEnd(grid, prev) && !startsClearly(ctx, i + 1) && !lineIsHeadingCandidate(next);
}

/**
 * Line `l` (a lone print line) is no print line of its measured column on a regular page: a whole character or more
 * short of it, or wider than it beyond a hanging mark.
 */
const shortOfColumn = (ctx: Context, l: Line, w: number | undefined): boolean =>
  w !== undefined && ctx.ev.regular && (l.width < w - 1.25 || l.width > w + 1 || (l.width > Math.ceil(w) && !NO_START.has(lastChar(l.text))));

/** Four Han characters running in `text` recur in line `k` (with the next line of its run): the lead under a title repeats it. */
function echoedBelow(text: string, lines: readonly Line[], k: number): boolean {
  const below = (lines[k]?.text ?? '') + (lines[k + 1]?.gap === 0 ? (lines[k + 1] as Line).text : '');
  // A title run into its item's text (`…文化` / `节　12月13日，…`, or on one line): a space parts it from the text that repeats it.
  if (/\S[\u3000 ]+\S/u.test(below) || /\S[\u3000 ]+\S/u.test(text)) return false;
  for (const han of text.match(/\p{Script=Han}{4,}/gu) ?? []) {
    for (let j = 0; j + 4 <= han.length; j++) if (below.includes(han.slice(j, j + 4))) return true;
  }
  return false;
}
