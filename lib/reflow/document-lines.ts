// Lines of the official documents papers print in full (a 公告 or 通告 with its signer and date, a 条例's or a 规划纲要's
// part heads) that stand as paragraphs of their own where print sets them with nothing else to mark them.
import { columnWidthFor, type Line } from './columns';
import { isDateLine, isSignatureLine } from './notice-lines';

/** What goes on from a date at a sentence's start (`2026年1月7日` / `起施行`, `至…`, `前…`, `以来…`, `上午…`). */
const DATE_GOES_ON = /^[\s\u3000]*(?:[起至前后以止，,、]|上午|下午|晚上?|凌晨|期间|当天)/u;

/**
 * The date under a notice's signer (`杭州市萧山区住房和城乡建设局` / `2026年1月7日`), a paragraph of its own so far, ends
 * before the next line, whatever it is (the draft's title, a 名单's title): a signature's date is the notice's last line.
 * `lineBefore` is the line before the date's paragraph, `lines` the paragraph's print lines so far. (A date that opens a
 * sentence goes on: `2026年1月7日` / `起，…`; and a date not under a signer is left to the other rules.)
 */
export function signedDateEnds(lineBefore: string | undefined, lines: number, a: string, b: string): boolean {
  if (lines !== 1 || lineBefore === undefined || !isDateLine(a)) return false;
  return isSignatureLine(lineBefore) && !DATE_GOES_ON.test(b);
}

/**
 * A document's part head alone on its line: `第` and a number in words, `编`/`篇`/`章`/`节`, a space and a title with no
 * mark of a clause (`第一章　总　则`, `第二篇　加快建设现代化产业体系`), as a 条例, a 规划纲要 or a 报告 sets its parts. Prose
 * never puts a space after `第三章` (`…见第三章。`, `第三章节目…`), and a title that a mark or a figure is in is left alone.
 */
const PART_HEAD = /^[\s\u3000]*第[一二三四五六七八九十百零〇]{1,4}[编篇章节][\s\u3000]+[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000“”‘’《》、]{0,24}$/u;
export const isPartHead = (t: string): boolean => t.includes('第') && PART_HEAD.test(t);

/** Where a clause goes on past the line end (`…，`, `…、`, an open bracket or quotation mark). */
const CLAUSE_GOES_ON = /[，,、（(“‘《]$/u;

/**
 * Print line `i` is a document's part head (see `isPartHead`) standing as a heading: not after a line that goes on
 * mid-clause (`…，`, an open bracket) with no break between, and short of its column (its title not cut by the line
 * end; where no column is measured, a break after it). It opens and ends its block after a sentence, a table's last row,
 * a bracketed note or another head (`第二篇　…` / `第三章　…`), and before its first `第一条`, blank line or not.
 */
export function partHeadLine(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], slack: number): boolean {
  const l = lines[i] as Line;
  if (!isPartHead(l.text)) return false;
  const prev = lines[i - 1];
  if (prev && l.gap === 0 && CLAUSE_GOES_ON.test(prev.text.trimEnd())) return false;
  const next = lines[i + 1];
  if (!next) return true;
  const w = columnWidthFor(widths, l, next);
  if (w === undefined) return next.gap > 0;
  return l.width + (l.indent ? 2 : 0) < w - slack;
}
