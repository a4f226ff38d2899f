// Whether the print line the segmenter has reached is a heading of its own (asked in ./segment.ts after captions,
// bylines and credits): the ways a page sets a 小标题 or a part head apart, each a named test below, asked in one order.
import { endsIn } from './chars';
import { isHeadingCandidate } from './classify';
import type { Line } from './columns';
import type { Context } from './headlines';
import { boldPrintHead, briefItemTitle, flushPartHead, markedHeadUnindented, numberedPlainHead, numberedQuestionUnindented, opensDocumentPart, partHeadLine, plainPrintHead, plainRunHead, questionUnindented, roleLabelHead, subHeadUnderPartHead, unindentedHead } from './lines-apart';
import { headOverCellRows } from './cell-rows';
import { headOverLabelledRows, headOverMarkedRows, headOverNameRows } from './marked-lines';
import { isNameListLine } from './signed-names';
import { isFieldLine } from './notice-lines';
import { quotedRunHead } from './quoted-run-head';
import { boldLineOnPlainPage } from './bold-line-plain';
import { isBracketHead, isOptionsLine } from './set-apart';
import type { Draft } from './segment-steps';

/** What the heading tests read of the segmenter's state at line `i`. */
export interface HeadingState {
  readonly ctx: Context;
  readonly lines: readonly Line[];
  readonly i: number;
  /** The paragraph in progress is finished (`isClosed` in ./segment-steps.ts, or an entry before a bold label). */
  readonly closed: boolean;
  /** The paragraph in progress (`null` when a block was just set apart), and its text ('' then). */
  readonly cur: Draft | null;
  readonly curText: string;
  /** The blocks made so far. */
  readonly out: readonly Draft[];
  /** The page's question heads (./question-heads.ts). */
  readonly isQuestionHead: (text: string) => boolean;
}

/**
 * An element of its own set wholly in bold (or a bracketed head, `【…】`), with no sentence in it (or one short question, a
 * 调查's `堵点在哪？`), between breaks: a subheading — after a finished sentence, and also after a paragraph ending in a
 * colon (an explicit break after one stays a break), a list of names, a document's part, quiz options or a field row (an
 * event's detail, `购票：…`, then a box's next head).
 */
function boldElementHead({ lines, i, closed, curText, isQuestionHead }: HeadingState): boolean {
  const l = lines[i] as Line;
  return (l.bold || isBracketHead(l.text)) &&
    (closed || endsIn(curText, '：:') || isNameListLine(curText) || opensDocumentPart(curText) || isOptionsLine(curText) || isFieldLine(curText)) &&
    (l.gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0 && (isHeadingCandidate(l.text) || isQuestionHead(l.text));
}

/** After a finished sentence: a head set apart by print alone (bold print lines, a bold line on a page without indentation, a short plain line, a run head on a page without indentation, a role label, a brief's title, a head over marked or labelled rows). */
function headAfterSentence({ ctx, lines, i, closed, curText }: HeadingState): boolean {
  return closed && (boldPrintHead(lines, i) || boldLineOnPlainPage(ctx, i) || plainPrintHead(lines, i) ||
    (!ctx.indentUsed && (plainRunHead(lines, i, ctx.widths, ctx.ev) || quotedRunHead(lines, i, ctx.widths, ctx.ev) || numberedPlainHead(lines, i, ctx.widths, ctx.ev.slack, curText))) ||
    roleLabelHead(lines, i) || briefItemTitle(lines, i) || headOverMarkedRows(lines, i) || headOverLabelledRows(lines, i));
}

/** A head over rows of names (inside an unfinished list) or over rows of cells; a numbered head after a colon on a page without indentation; a document's part head. */
function headOverRowsOrPart({ ctx, lines, i, closed, curText }: HeadingState): boolean {
  return (!closed && headOverNameRows(lines, i, curText)) || headOverCellRows(lines, i) ||
    (!closed && !ctx.indentUsed && endsIn(curText, '：:') && numberedPlainHead(lines, i, ctx.widths, ctx.ev.slack, curText)) ||
    partHeadLine(lines, i, ctx.widths, ctx.ev.slack);
}

/**
 * On a page whose indentation marks its paragraphs: an unindented head (a sub-head right under a part head standing alone,
 * an unindented short line, a flush part head, an unindented numbered or plain question, a marked head).
 */
function unindentedHeadOnIndentedPage({ ctx, lines, i, cur, curText, out }: HeadingState): boolean {
  if (!ctx.indentUsed) return false;
  const last = out[out.length - 1];
  return (cur === null && last?.kind === 'heading' && last.lines[0] === lines[i - 1] && subHeadUnderPartHead(lines, i, ctx.widths)) ||
    unindentedHead(lines, i, ctx.widths) || flushPartHead(lines, i, ctx.widths, curText) || numberedQuestionUnindented(lines, i, ctx.widths) ||
    questionUnindented(lines, i, ctx.widths) || markedHeadUnindented(lines, i);
}

/** Whether line `i` is a heading of its own: the tests above, in this order. */
export function headsHere(state: HeadingState): boolean {
  return boldElementHead(state) || headAfterSentence(state) || headOverRowsOrPart(state) || unindentedHeadOnIndentedPage(state);
}
