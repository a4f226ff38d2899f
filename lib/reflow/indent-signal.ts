// Indentation as the page's paragraph mark where every print line is an element of its own (one <p> per print line):
// there only the paragraphs' first lines are indented, so a page of long paragraphs indents few of its elements.
import { endsSentence } from './chars';
import type { Line } from './columns';

/** Fewest indented elements that make the mark. */
const MIN_INDENTED = 3;
/** Share of the page's lines that must each stand in an element of their own. */
const LINE_ELEMENTS = 0.9;
/** A line with none of these at its end or inside is a head or a byline, not a paragraph's rest. */
const CLAUSE_MARK = /[，。、；：？！,;:?!“”‘’（）()《》…—]/u;
/** Widest a print column may be, in characters. */
const MAX_COLUMN = 30;
/** Share of the lines within two characters of the median width (print lines fill their column alike). */
const ALIKE = 0.6;

/** True where the lines are print lines of one column: the median width a column's, most lines within two characters of it. */
function columnLines(lines: readonly Line[]): boolean {
  const widths = lines.map((l) => l.width + (l.indent ? 2 : 0)).sort((x, y) => x - y);
  const median = widths[widths.length >> 1] as number;
  return median <= MAX_COLUMN && widths.filter((w) => Math.abs(w - median) <= 2).length >= widths.length * ALIKE;
}

/**
 * True where the page sets one print line to an element and indents its paragraphs' first lines: three or more
 * elements indented (not all), each right after a line that ends a sentence or after a line with no clause mark at all
 * (a 小标题 or a byline alone), never after a line whose sentence goes on; and the elements print lines of one column
 * (most within two characters of their median width, a column's).  (The share rule in ./segment.ts asks a fifth of
 * the elements to be indented, which a page of paragraphs five print lines or longer does not reach.)
 */
export function indentMarksLineElements(lines: readonly Line[]): boolean {
  if (lines.length < 8) return false;
  let own = 0;
  let indented = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (k === 0 || l.gap > 0) own += 1;
    if (k === 0 || !l.indent) continue;
    if (l.gap === 0) return false;
    const before = (lines[k - 1] as Line).text.trim();
    if (!endsSentence(before) && CLAUSE_MARK.test(before)) return false;
    indented += 1;
  }
  return indented >= MIN_INDENTED && own >= lines.length * LINE_ELEMENTS && indented < own * 0.9 && columnLines(lines);
}
