// A series of items numbered with circled figures (`①…`, `②…`), set flush on a page that indents its paragraphs: the
// numbered captions of a 组图 under its text, a 便民 box's numbered places. Print sets such items flush left, so on
// such a page the missing indent does not make the first item a piece of the paragraph above it.
import type { Line } from './columns';

/** How far below the first item its second may stand (an item wraps over a few print lines). */
const SERIES_REACH = 8;

/**
 * Line `b` opens with `①` and a character of text (not a mark: a note's reference mark stands after a sentence's
 * end, `…所示。①`), and one of the next few lines opens with `②`: the first item of a circled series starts a block,
 * though it is not indented. `lines` are the page's lines; the caller has read that `b`'s line above ends a sentence.
 */
export function circledSeriesOpens(lines: readonly Line[], b: Line): boolean {
  const t = b.text.trimStart();
  if (t.charCodeAt(0) !== 0x2460 || !/^.[\u4e00-\u9fff0-9“《]/u.test(t)) return false;
  const end = Math.min(lines.length, b.ord + 1 + SERIES_REACH);
  for (let k = b.ord + 1; k < end; k++) if ((lines[k] as Line).text.trimStart().charCodeAt(0) === 0x2461) return true;
  return false;
}
