// The ellipsis `……` and the dash `——` in a print line: the repair measures `…` and `—` at half a character (their code
// points lie below the CJK range, and web text may set them narrow), but a Chinese paper's type gives each a whole
// character's width, two to the mark. A print line ending a sentence with or after them can so measure a character or
// more short of its column while print filled it (`红烧肉、清蒸鲈鱼、番茄炒蛋……`, fifteen wide in a fifteen-wide column,
// measures fourteen): such a line is a full line, whose paragraph may go on, not a short last line that ends it.
import type { Line } from './columns';

const LONG_MARKS = /[…—]/gu;

/** Line `a`'s width, its indentation counted and each mark matching `marks` (a global pattern) at a whole character, not half. */
export const widthMarksWhole = (a: Line, marks: RegExp): number => a.width + (a.indent ? 2 : 0) + (a.text.match(marks)?.length ?? 0) / 2;

/**
 * Line `a` holds the ellipsis or the dash and, each `…` and `—` counted at a whole character, fills the column of width
 * `w` (within `slack`): a full print line, though it measures short.
 */
export function fullWithLongMarks(a: Line, w: number, slack: number): boolean {
  if (a.text.indexOf('…') < 0 && a.text.indexOf('—') < 0) return false; // cheap test first
  return widthMarksWhole(a, LONG_MARKS) >= w - slack;
}
