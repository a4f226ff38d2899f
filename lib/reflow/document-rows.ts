// Lines of a full-text document that print sets apart with no mark and that are never its headlines: a 名单's row of
// names with their units, the 附件 line under a notice's text, a table's title and head row printed as text lines.
import type { Line } from './columns';
import { lineIsRow } from './line-tests';
import { cellsOf, isHeadRow } from './set-apart';
import { appointmentRowEnds } from './appointment-rows';
import { colonItemEnds } from './colon-items';
import { labelRowAcrossBreak, labelRowUnder } from './notice-parts';
import type { BlockKind } from './types';

/** A 名单's entry: a name of two to four characters (`朱　敏` padded to three) and its unit in brackets. */
const ENTRY = '[\\u4e00-\\u9fff](?:[\\u3000 ]?[\\u4e00-\\u9fff]){1,3}[（(][^（）()。；！？，]{2,30}[)）]';

/** A 名单's row of two entries or more parted by spaces (`王建国（嘉兴市第一医院）　　钱海峰（浙江嘉化能源化工股份有限公司）`). */
const ENTRY_ROW = new RegExp(`^[\\s\\u3000]*${ENTRY}(?:[\\s\\u3000]+${ENTRY})+[\\s\\u3000]*$`, 'u');
/** Longer than any row of entries print sets (five entries of a name and a unit fit in some 150 characters): read no further. */
const ROW_MAX = 200;
export const isEntryRow = (t: string): boolean => t.length <= ROW_MAX && (t.includes('）') || t.includes(')')) && ENTRY_ROW.test(t);

/** How an entry row opens (a name and its bracket: eight characters at most) and how a table's title does (`附表123` and a space). */
const ENTRY_START = new RegExp(`^[\\s\\u3000]*[\\u4e00-\\u9fff](?:[\\u3000 ]?[\\u4e00-\\u9fff]){1,3}[（(]`, 'u');
/** Enough of a paragraph's first print line to hold either opening: where the line opens with neither, the paragraph does not. */
const OPENING_LENGTH = 8;

/**
 * A paragraph whose first print line `first` (trimmed, as the repair measures lines) is eight characters or more and opens
 * neither as a 名单's entry nor as a table's title can be neither a row of entries nor a table's title: the segmenter asks
 * this first, from the line, without reading the paragraph's whole text (which it asks at every line).
 */
export const opensNoRowOrTitle = (first: string): boolean => {
  // Asked twice at each boundary of a paragraph, always of its first line: the last answer is kept.
  if (first === lastFirst) return lastOpensNone;
  lastFirst = first;
  lastOpensNone = first.length >= OPENING_LENGTH && !ENTRY_START.test(first) && !TABLE_TITLE.test(first);
  return lastOpensNone;
};
let lastFirst = '';
let lastOpensNone = false;

/**
 * The one 附件 line under a decision's text (`附件：2025年度…名单`): a label and the title it names. (A numbered list, `附件：1.…`
 * / `2.…`, is left to the other rules: its items stand apart as headlines would.)
 */
const ATTACHMENT_LINE = /^[\s\u3000]*附件[\s\u3000]*[：:][\s\u3000]*(?![0-9]{1,2}[.．、])/u;

/** A table's number and title (`表1　2025年全市地区生产总值主要指标`, `附表2　…`). */
const TABLE_TITLE = /^[\s\u3000]*附?表[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]+[^\s\u3000]/u;

/** A table's cells, a label padded with a space to the column's width read as one (`指　标`, `项　目`: two cells of a character). */
function headCells(text: string): number {
  let n = 0;
  let single = false;
  for (const c of cellsOf(text)) {
    const one = c.length === 1;
    if (!(one && single)) n++;
    single = one && !single;
  }
  return n;
}

/** A row of figures ends on one (`地区生产总值　23120　5.6`); a head row's brackets close on the line (not `本报讯（记者　余　勤　通讯`). */
const FIGURE_END = /[0-9０-９%][\s\u3000]*$/u;
const OPEN_BRACKET = /[（(][^）)]*$/u;

/** Line `t` is a table's head over row `below` (three cells or more each, a padded label read as one cell). */
const headOver = (t: string, below: Line | undefined): boolean => below !== undefined && lineIsRow(below) && FIGURE_END.test(below.text) && !OPEN_BRACKET.test(t) &&
  isHeadRow(t) && headCells(t) === cellsOf(below.text).length;

/** A document's date in brackets under its title (`（2026年3月16日）`): a bold part head may follow it. */
const BRACKET_DATE = /^[\s\u3000]*[（(][0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[)）][\s\u3000]*$/u;
export const opensDocumentPart = (para: string): boolean => BRACKET_DATE.test(para);

/**
 * A table's title (see `TABLE_TITLE`) ends before the table's head row or first row, and a head row whose label print
 * pads (see `headOver`) before its first row: each a line of its own.
 */
export const tableTitleEnds = (para: string | undefined, b: Line): boolean =>
  para !== undefined && ((TABLE_TITLE.test(para) && (isHeadRow(b.text) || lineIsRow(b))) || headOver(para, b));

/**
 * Print line `i` is one of a full-text document's lines that are never a headline: a 名单's row of names with units
 * (see `ENTRY_ROW`), the 附件 line, a table's title right over its head row or first row, or a table's head row whose
 * label print pads (`指　标　绝对数（亿元）　比上年增长（%）` over `地区生产总值　23120　5.6`).
 */
export function documentRowLine(lines: readonly Line[], i: number): boolean {
  const t = (lines[i] as Line).text;
  if (isEntryRow(t) || ATTACHMENT_LINE.test(t)) return true;
  const below = lines[i + 1];
  if (TABLE_TITLE.test(t)) return below !== undefined && (headOver(below.text, lines[i + 2]) || lineIsRow(below));
  return headOver(t, below);
}

/**
 * The block `para` ends before line `b`: a 名单's row of two entries or more is a row of its own
 * (see `isEntryRow`), a table's title and padded head row lines of their own (see `tableTitleEnds`), a 任免名单's row ending in a
 * semicolon before the next row (see `appointmentRowEnds`), an item ending in a semicolon under a colon's lead where the page parts
 * elements (see `colonItemEnds`, given the blocks `above`), a labelled row or a colon before a line opening with a label (see
 * `labelRowUnder`), a labelled row ending in a semicolon before an empty line and the next label (see `labelRowAcrossBreak`). (Asked by the segmenter before the boundary scorer, so its training is as it was; at every line of a paragraph, so a long one is
 * answered by its length: reading it whole each time would make a paragraph of many lines cost their square.)
 */
export const documentRowEnds = (para: string, b: Line, first: string = para, above: readonly { kind: BlockKind; text: string }[] = []): boolean =>
  para.length <= ROW_MAX && ((!opensNoRowOrTitle(first) && (isEntryRow(para) || tableTitleEnds(para, b))) || headOver(para, b) || appointmentRowEnds(para, b.text) || colonItemEnds(above, para, b.gap) || labelRowUnder(para, b.text) || labelRowAcrossBreak(para, b.text, b.gap));

/** `isEntryRow` of a paragraph whose first print line is `first`, answered from that line where it can be (see `opensNoRowOrTitle`). */
export const entryRowFrom = (para: string, first: string): boolean => !opensNoRowOrTitle(first) && isEntryRow(para);
