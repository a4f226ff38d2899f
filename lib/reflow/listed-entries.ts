// A list printed one entry to an element, each entry a name — of a person, a household, a project or a place — and
// its place, unit or post in brackets, with no mark of a sentence or clause (`“海岸守护”净滩行动（环翠区）` /
// `“银龄课堂”助老服务（文登区）`, `王建平家庭（吴宁街道）`): no entry of such a run is a headline, though a
// paragraph the repair reads as finished stands before it (`…（5个）` after a closing quotation mark reads as a
// sentence and its credit), and each entry is a paragraph of its own, though the entries are set unindented on a page
// that indents its paragraphs (as a column's continuation is).
import type { Line } from './columns';
import { isSurnamed } from './name-rows';
import { lineEndsSentence } from './line-tests';

/** A whole entry: two to twenty characters with no sentence or clause mark, then two to twelve Han characters in brackets (no figure: not `（5个）`, `（1909年）`), nothing else. */
const ENTRY = /^[^，。；！？：、,;!?:（）()\s]{2,20}（[\u4e00-\u9fff]{2,12}）$/u;
/** Not an entry: a dateline's source or a credit (`本报讯（…）`, `（新华社供图）`, `（据新华社报道）`), a jump line (`（下转第二版）`). */
const NOT_AN_ENTRY = /^(?:本报|新华社|据|记者|通讯员|图)|(?:记者|通讯员|电|摄|图|发|报道|转[^）]*版)）$/u;

/**
 * A 获奖名单's entry: the trade or event, a space, a person's name (padded or not) and the unit in brackets
 * (`焊工　王海军（舟山中远海运重工有限公司）`, `海鲜烹饪　陈　磊（舟山海中洲大酒店）`).
 */
const TRADE_ENTRY = /^[\u4e00-\u9fff]{2,6}[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})（[\u4e00-\u9fff]{2,14}）$/u;

/** The text `t` is one whole entry of such a list. */
export function isListedEntry(t: string): boolean {
  const s = t.trim();
  if (!s.endsWith('）') || NOT_AN_ENTRY.test(s)) return false;
  if (ENTRY.test(s)) return true;
  const m = TRADE_ENTRY.exec(s);
  return m !== null && isSurnamed((m[1] as string).replace(/[ \u3000]/gu, ''));
}

/** The element (lines between breaks) that opens at line `k` and its text, or undefined where no break stands before `k`. */
function elementFrom(lines: readonly Line[], k: number): { text: string; end: number } | undefined {
  const l = lines[k];
  if (l === undefined || (l.gap === 0 && k > 0)) return undefined;
  let text = l.text.trim();
  let end = k + 1;
  // (An entry is short: an element of more than three print lines is none.)
  for (; end < lines.length && (lines[end] as Line).gap === 0 && end - k < 3; end++) text += (lines[end] as Line).text.trim();
  return (lines[end]?.gap ?? 1) > 0 ? { text, end } : undefined;
}

/** The element opening at line `k` is one whole entry; the line just past it, or -1. */
function entryAt(lines: readonly Line[], k: number): number {
  const e = elementFrom(lines, k);
  return e !== undefined && isListedEntry(e.text) ? e.end : -1;
}

/** The start of the element that ends at line `k` (the line after it opens with a break). */
function elementStart(lines: readonly Line[], k: number): number {
  let s = k;
  while (s > 0 && (lines[s] as Line).gap === 0) s--;
  return s;
}

/** Line `i` opens an element of one whole entry next to another such element: an entry of a list, no headline. */
export function inEntryRun(lines: readonly Line[], i: number): boolean {
  const end = entryAt(lines, i);
  if (end < 0) return false;
  return entryAt(lines, end) >= 0 || (i > 0 && entryAt(lines, elementStart(lines, i - 1)) === i);
}

/** The element that ends with the line `a` and the element that opens with the line `b` after a break are each one whole entry: the first ends its paragraph. */
export function entriesApart(lines: readonly Line[], a: Line, b: Line): boolean {
  return b.gap > 0 && entryAt(lines, elementStart(lines, a.ord)) === b.ord && entryAt(lines, b.ord) >= 0;
}

/**
 * The element opening with the line `b`, one whole entry, opens a run of them (the element after it is another)
 * after a line `a` that ends a sentence or an announcement (`…名单如下：`, `“优秀志愿服务项目”（5个）`): the list
 * starts a paragraph there, though the break between them may be a column's end.
 */
export function entriesStart(lines: readonly Line[], a: Line, b: Line): boolean {
  if (b.gap === 0 || !(lineEndsSentence(a) || /[：:]\s*$/u.test(a.text))) return false;
  const end = entryAt(lines, b.ord);
  return end >= 0 && entryAt(lines, end) >= 0;
}
