// A 小标题 that is one quotation (`“好品种是在田里跑出来的”`, `“采下来三天不卖，就得降价”`) on a print line of its own, in
// print lines with no indentation and no empty line between paragraphs: the rule for such a line set apart by breaks
// (./comma-heads.ts, `quotedCommaHead`) cannot see it there, and the rule for a plain line in such a run
// (./lines-apart.ts, `plainRunHead`) asks for a line with no mark but a short quoted word.
import { columnWidthFor, type Line } from './columns';
import type { PageEvidence } from './evidence';
import { lineEndsSentence } from './line-tests';
import { blankEndsColumn } from './lines-apart';

/**
 * One quotation of five characters or more and nothing else, with no sentence mark inside. A short word of reply
 * (`“好，真好”`) is a speaker's, which dialogue sets on a line of its own; the 21 headings of this form hold five or more.
 */
const WHOLE_QUOTE = /^“[^“”。！？；!?;…]{5,24}”$/u;

/**
 * Line `i` is a 小标题 that is one quotation, on a page with no indented line: not indented, under a line that ends a sentence, a whole character or
 * more short of its column, over a line of prose that fills its column (or a blank line that ends a column). A
 * paragraph's last line ends in a sentence's mark inside the quotation (`…就得降价。”`), not in the closing mark alone,
 * and a column's cut leaves a full line: such a line is no piece of a paragraph (the blind golds outside the held-back
 * half: 21 headings are one quotation with no sentence mark in it, no paragraph).
 */
export function quotedRunHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], ev: PageEvidence): boolean {
  const l = lines[i];
  // The cheap test first: a line that opens no quotation is no such head.
  if (l === undefined || l.indent || !l.text.startsWith('“') || !WHOLE_QUOTE.test(l.text.trim())) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev === undefined || next === undefined || next.indent || !lineEndsSentence(prev)) return false;
  // On a page that indents a paragraph's first line anywhere, the indent marks paragraphs (`quotedAboveIndent` reads those).
  if (lines.some((x) => x.indent)) return false;
  if (next.gap > 0 && !blankEndsColumn(ev, next)) return false;
  const w = columnWidthFor(widths, prev, l);
  return w !== undefined && l.width <= w - 1 && next.width >= w - ev.slack;
}
