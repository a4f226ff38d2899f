// A poem set one line to an element (`<p>太湖的风</p><p>从南岸吹到北岸</p>…`, stanzas parted by blank
// elements): each line short and unmarked, as a headline's are, but a headline block holds at most
// three or four such lines, and verse runs on for stanza after stanza.
import { ANY_MARK, visualWidth } from './chars';
import type { Line } from './columns';
import { lineIsByline } from './line-tests';

/** A verse line set alone is at most this wide (a headline or a print line may be wider). */
const VERSE_WIDTH = 16;
/** This many such elements in a row are verse: more than a headline block (引题, 主题, 副题, a second subtitle) holds. */
const MIN_VERSE_ELEMENTS = 6;

/** Line `i` is an element of its own: a break before it (or the text's start) and after it (or the text's end). */
const alone = (lines: readonly Line[], i: number): boolean => ((lines[i] as Line).gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0;

/** A short element with no mark and no figure, not bold (a poem's title is), no byline. */
function verseLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i] as Line;
  return alone(lines, i) && !l.bold && !l.row && !ANY_MARK.test(l.text) && visualWidth(l.text.trim()) <= VERSE_WIDTH && !lineIsByline(l);
}

/** The indices of lines that are verse set one line to an element: six or more such elements in a row. */
export function verseElements(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && verseLine(lines, i)) continue;
    if (i - start >= MIN_VERSE_ELEMENTS) for (let k = start; k < i; k++) out.add(k);
    start = i + 1;
  }
  return out;
}
