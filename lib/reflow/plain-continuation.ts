// The commonest print-line boundary, answered before the sure rules of ./join-rule.ts are read one by one:
// a full line of a run that stops inside a clause, the next line of the same run opening plainly.
// About nine boundaries in ten of a news page are of this kind; each of the sure rules before the last
// one (`mid-sentence`, "no sentence ends here") needs something this boundary lacks, so the answer is the
// same and the rules need not be asked. `tests/unit/reflow-plain-continuation.test.ts` checks that on
// every boundary of the project's pages, corpus and generated print, and what each condition guards.
import { isClosingFormula } from './notice-lines';
import { lineIsDate } from './line-tests';
import { columnWidthFor, type Line } from './columns';
import type { Context } from './headlines';
import type { ParagraphLines } from './paragraph-read';

/** A code unit of the CJK Unified Ideographs block (no mark, bracket, digit or letter). */
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** A digit, or the circled `①`…: with `.`, `、` after it, a numbered list's first item (`1.…`, after a list's title). */
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Line `b` holds no space (a table's row, a 名单's or a person's row have them between cells) and no colon (a
 * notice's field and a labelled part open with a label and one); it opens with an ideograph not followed by `、`,
 * an opening quotation mark or book-title mark, or a figure not followed by `.` or `、` (a numbered list's first
 * item, `一、…`, `1.…`, after a list's title; a bracket may open a jump line, `（下转第三版）`).
 */
function plainOpening(b: string): boolean {
  const c0 = b.charCodeAt(0);
  const c1 = b.charCodeAt(1);
  const opens = (isIdeograph(c0) && c1 !== 0x3001) || c0 === 0x201c || c0 === 0x300a ||
    (isDigit(c0) && c1 !== 0x2e && c1 !== 0xff0e && c1 !== 0x3001);
  if (!opens) return false;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0xff1a || c === 0x3a) return false;
  }
  return true;
}

/** `a` ends on an ideograph, `，` or `、`: inside a clause (no sentence, colon, bracket, quotation, figure or letter ends it). */
const plainEnding = (c: number): boolean => isIdeograph(c) || c === 0xff0c || c === 0x3001;

/**
 * The boundary before line `b` goes on mid-sentence whatever else the rules read: no break between the lines
 * (`gap` 0: no rule for elements, blank lines or bold applies), `b` not indented (`indent`, a table row's end)
 * and not in a run set line by line (`set-lines`); `a` ends on an ideograph, `，` or `、` (no sentence, colon,
 * bracket, quotation, figure or jump line ends there: every rule reading `a`'s end, a named entry's or a
 * number's, is out) and fills its column (every rule for a line short of its column, `unmarked-short` and the
 * notice's fields among them, is out); `b` opens plainly (see `plainOpening`) and is no date (a signature's
 * date under it); the paragraph is no closing formula (`此致`). `a` is the paragraph's last line.
 */
export function plainContinuation(ctx: Context, cur: ParagraphLines, a: Line, b: Line): boolean {
  if (b.gap !== 0 || b.indent || ctx.setRuns?.has(a.run) === true) return false;
  if (!plainEnding(a.text.charCodeAt(a.text.length - 1)) || !plainOpening(b.text)) return false;
  const w = columnWidthFor(ctx.widths, a, b);
  if (w === undefined || a.width + (a.indent ? 2 : 0) < w - ctx.ev.slack) return false;
  if (cur.text.length <= 8 && isClosingFormula(cur.text.trim())) return false;
  return !lineIsDate(b);
}
