// An indented line in a run of print lines right after a short line set flush (a notice's labelled row,
// `公示期：2028年7月13日至7月15日`, then `　　投标人或者其他利害关系人…`) opens a paragraph, on a page too few of whose lines
// are indented for indentation to count as its paragraph mark (`indentUsed`): the row did not fill its line, and print
// sets no continuation in from the margin.
import type { Line } from './columns';
import { LABELLED_ROW } from './notice-parts';

/** `b`, indented, opens a paragraph after `a`, a labelled row (`公示期：…`) flush and short of the column, in the same run. */
export const indentAfterShortFlush = (indentUsed: boolean, a: Line, b: Line, short: boolean): boolean =>
  !indentUsed && b.indent && b.gap === 0 && !a.indent && short && !/[，,、（(“]$/u.test(a.text.trim()) && LABELLED_ROW.test(a.text.trim());
