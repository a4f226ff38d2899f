// A service box's rows printed as lines with no break between them (pre-wrap, or a `<p>` per print line): a group's head
// alone (`心血管内科`, `公用事业`, `数据看台`) over rows of cells parted by full-width spaces (`周一上午　叶建华　主任医师`,
// `供电服务　95598`, `进出口总值　2160.4亿元`), the next head after the group's last row, and the closing prose after the
// list. The rows set no measure of the column (they are as wide as their cells), so a row is read as ended where the next
// character would still have fitted in the column the page's prose fills, or where a telephone number ends it and the next
// line opens with words: no sentence for a line end to cut, and never a place to join a head, the next row or the prose after the list.
import type { Line } from './columns';
import { visualWidth } from './chars';

/** A sentence's or clause's mark, a colon (a field or a label), or a bracket (a name's unit, a note). */
const NOT_CELL = /[，。；！？,;!?：:（）()]/u;
/** A credit's role opening a line (`记者　韩　露　通讯员　邵佳宁`, `（记者　王　婷　整理）`): a byline, no row. */
const CREDIT = /^(?:本报)?(?:记者|通讯员|特约|实习生|摄影|编辑|责任编辑|整理)/u;
/** A head's words: two to ten ideographs (and a figure or letter), no mark (as `PLAIN_HEAD` of ./marked-lines.ts). */
const HEAD = /^[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]{1,9}$/u;
/** The list's end: prose (a sentence's or clause's mark), a field (`数据来源：温州海关`) or a bracketed credit (`（记者　王　婷　整理）`). */
const CLOSES = /^[（(]|[，。：:]/u;
/** A row's last cell a telephone number or a code (`0576-88201119`, `12345`: figures and hyphens, five or more), or a share (`88.7%`). */
const NUMBER_END = /\u3000[0-9-]{5,}$|[0-9][%％]$/u;
/** A unit or measure word, which may open the rest of a figure the line end cut (`63218` / `元　…`). */
const UNIT_START = /^[元万亿千百个家人户名次件所项号年月日时分秒岁]/u;
/** A village's, a town's, a street's or a community's name. */
const PLACE_END = /(?:村|镇|街道|社区|乡)$/u;
const HAN_START = /^[\u4e00-\u9fff]/u;
const OPEN_BRACKET = /^[（(]/u;
const HAN_END = /[\u4e00-\u9fff]$/u;

/**
 * `t` is a box's row: two to five cells parted by full-width spaces, each of sixteen characters at most, no sentence,
 * clause or colon mark and no bracket (a `、` only in the first cell, `周六、周日上午　专家门诊`: in a later one it is a
 * description the line end may cut, `城乡规划、建筑学`), opening with an ideograph (not a quiz's options, `A.12月1日　B.…`, nor a figure's item), no credit, and not a 名单's row of names (./marked-lines.ts reads those).
 */
export function isCellRow(text: string): boolean {
  const t = text.trim();
  if (t.length > 30 || !HAN_START.test(t) || !t.includes('\u3000') || NOT_CELL.test(t) || CREDIT.test(t)) return false;
  const cells = t.split(/\u3000+/u);
  if (cells.length < 2 || cells.length > 5 || cells.some((c) => c.length > 16)) return false;
  if (cells.slice(1).some((c) => c.includes('、'))) return false;
  // (A 名单's row: every cell a person's name, padded or not; a household, `朱建林家庭`; a person's padded name, `王　军　…`;
  // or a person and their village or street, `孔德明　河上镇东山村`: the 名单 rules read those.)
  if (cells[0]!.length === 1 || cells.some((c) => c.endsWith('家庭')) || cells.slice(1).some((c) => PLACE_END.test(c))) return false;
  return !cells.every((c) => c.length <= 3);
}

const HEAD_LINE = (l: Line | undefined): boolean => l !== undefined && !l.indent && HEAD.test(l.text.trim());

/**
 * The page's prose column: the width (indentation counted) that two lines reach of those a line of the same run follows,
 * ending on an ideograph, no row and no head (a headline or a line the writer set wide, alone, sets none).
 */
const columns = new WeakMap<readonly Line[], number>();
function proseColumn(lines: readonly Line[]): number {
  let w = columns.get(lines);
  if (w !== undefined) return w;
  let first = 0;
  let second = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    if ((lines[i + 1] as Line).gap > 0 || l.text.includes('\u3000') || !HAN_END.test(l.text) || HEAD.test(l.text)) continue;
    const lw = l.width + (l.indent ? 2 : 0);
    if (lw > first) [first, second] = [lw, first];
    else if (lw > second) second = lw;
  }
  w = second;
  columns.set(lines, w);
  return w;
}

/**
 * Row `a` ends where it stops, before line `b`: `b`'s first cell (its words up to a full-width space, or all of it) would
 * still have fitted in the prose column after a space (print breaks a row between its cells where the next cell does not
 * fit: `周一上午　张建华` / `主任医师`), or a telephone number or a share ends it and `b` opens with words (a number is not
 * cut before an ideograph; not a unit's, `63218` / `元`).
 */
function rowEnds(lines: readonly Line[], a: Line, b: Line): boolean {
  if (!isCellRow(a.text)) return false;
  if (NUMBER_END.test(a.text) && (HAN_START.test(b.text) || OPEN_BRACKET.test(b.text)) && !UNIT_START.test(b.text)) return true;
  const col = proseColumn(lines);
  const cut = b.text.indexOf('\u3000');
  const cell = cut < 0 ? b.width : visualWidth(b.text.slice(0, cut));
  return col > 0 && a.width + (a.indent ? 2 : 0) + 1 + cell <= col;
}

/** A head over rows: a short plain line right over a row, after a finished sentence, a colon or a row that ended (a heading). */
export function headOverCellRows(lines: readonly Line[], i: number): boolean {
  const h = lines[i];
  const next = lines[i + 1];
  if (!HEAD_LINE(h) || next === undefined || next.gap > 0 || !isCellRow(next.text)) return false;
  const prev = lines[i - 1];
  if (prev === undefined) return true;
  return /[。！？：:]$/u.test(prev.text.trim()) || rowEnds(lines, prev, h as Line);
}

/**
 * The boundary before line `b` (no break before it) parts a box's rows and heads: before a head over rows (after a finished
 * sentence, a colon or a row that ended, even on a page that indents its paragraphs), after it, before the next row after a
 * row that ended, and before the list's end (prose, a field or a bracketed credit) after a row that ended under a head or
 * another row.
 */
export function cellRowsApart(lines: readonly Line[], a: Line, b: Line): boolean {
  if (b.gap > 0) return false;
  if (!a.text.includes('\u3000')) return b.text.includes('\u3000') ? headOverCellRows(lines, a.ord) : !b.indent && headOverCellRows(lines, b.ord);
  if (!rowEnds(lines, a, b)) return false;
  if (isCellRow(b.text) || headOverCellRows(lines, b.ord)) return true;
  const before = lines[a.ord - 1];
  return CLOSES.test(b.text) && before !== undefined && (headOverCellRows(lines, before.ord) || rowEnds(lines, before, a));
}
