// A caption printed over its photographer's credit alone, with no picture in the markup to say so: the credit signs the
// line right above it, and that line is the picture's caption when it stands apart from the paragraphs.
import { isPhotoCreditLine } from './classify';
import { columnWidthFor, type Line } from './columns';
import { lineEndsSentence } from './line-tests';

/**
 * Line `i` is a whole sentence (the line before it ends one too, or there is none) on a print line or element of its
 * own wider than the column measured around it, right over a photographer's credit alone that ends its run
 * (`3月2日，…农机手驾驶旋耕机整地备耕。` / `湖北日报全媒记者　方　舟　摄` / empty line): the caption the credit signs,
 * each a caption of its own. A paragraph's last line over such a credit stays the paragraph's: it is never wider than
 * its column. Cheap tests first: the credit's words, then the widths.
 */
export function captionOverCreditAlone(lines: readonly Line[], widths: readonly (number | undefined)[], i: number): boolean {
  const l = lines[i];
  const credit = lines[i + 1];
  if (!l || !credit || l.afterMedia || credit.afterMedia || !isPhotoCreditLine(credit.text) || isPhotoCreditLine(l.text)) return false;
  const after = lines[i + 2];
  if ((after !== undefined && after.gap === 0 && after.run === credit.run && !after.indent) || !lineEndsSentence(l)) return false;
  const prev = lines[i - 1];
  if (prev !== undefined && !lineEndsSentence(prev)) return false;
  const w = columnWidthFor(widths, l, l);
  return w !== undefined && l.width > w + 1;
}
