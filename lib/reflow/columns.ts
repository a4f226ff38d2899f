// Print-column geometry: which lines form a column run, and how wide that column is.
import { farWidth } from './far-width';
import { endsSentence, isNoStartCode, lastCode, visualWidth } from './chars';
import { isRowLine } from './set-apart';
import type { SourceLine } from './types';

/** A non-empty source line with its measurements. */
export interface Line {
  /** Index into the caller's SourceLine array. */
  idx: number;
  /** Position among the non-empty lines. */
  ord: number;
  text: string;
  gap: number;
  indent: boolean;
  afterMedia: boolean;
  /** A row of a table of figures (`SourceLine.row`). */
  row: boolean;
  /** Set in bold as an element of its own (`SourceLine.bold`). */
  bold: boolean;
  /** Set wholly in bold as a print line between breaks (`SourceLine.boldLine`). */
  boldLine: boolean;
  /** The table cell the line is set in (`SourceLine.cell`; 0: none). */
  cell: number;
  width: number;
  /** Index of the run (lines with no gap between them) this line belongs to. */
  run: number;
  /** True when the next line of the same run does not exist. */
  lastOfRun: boolean;
  /** `isRoleByline` of the text once asked (see `line-tests.ts`). */
  bylineMemo?: boolean | undefined;
  /** `isCaptionLine` of the text once asked (see `line-tests.ts`). */
  captionMemo?: boolean | undefined;
  /** `isHeadingCandidate` of the text once asked (see `line-tests.ts`). */
  headingMemo?: boolean | undefined;
  /** `countSentenceEnds` of the text once asked (see `boundary-features.ts` `lineSentences`). */
  sentencesMemo?: number | undefined;
  /** `isFieldLine` of the text once asked (see `line-tests.ts`). */
  fieldMemo?: boolean | undefined;
  /** `isRowLine` of the text once asked (see `line-tests.ts`). */
  rowLineMemo?: boolean | undefined;
  /** `endsSentence` of the text once asked (see `line-tests.ts`). */
  endsMemo?: boolean | undefined;
  /** `isDateLine` of the text once asked (see `line-tests.ts`). */
  dateMemo?: boolean | undefined;
  /** `isSignatureLine` of the text once asked (see `line-tests.ts`). */
  signatureMemo?: boolean | undefined;
}

/** Drops empty lines (adding them to the next line's gap) and measures the rest. */
export function measure(lines: readonly SourceLine[]): Line[] {
  const out: Line[] = [];
  let gap = 0;
  let run = -1;
  lines.forEach((l, idx) => {
    const text = l.text.trim();
    if (!text) {
      gap += Math.max(1, l.gap);
      return;
    }
    const g = out.length === 0 ? 0 : gap + l.gap;
    if (out.length === 0 || g > 0) run++;
    const prev = out[out.length - 1];
    if (prev && prev.run !== run) prev.lastOfRun = true;
    out.push({ idx, ord: out.length, text, gap: g, indent: l.indent, afterMedia: l.afterMedia === true, row: l.row === true, bold: l.bold === true, boldLine: l.boldLine === true, cell: l.cell ?? 0, width: l.spaceOpens ? visualWidth(text) + 1 : visualWidth(text), run, lastOfRun: false, bylineMemo: undefined, captionMemo: undefined, headingMemo: undefined, sentencesMemo: undefined, fieldMemo: undefined, rowLineMemo: undefined, endsMemo: undefined, dateMemo: undefined, signatureMemo: undefined });
    gap = 0;
  });
  const last = out[out.length - 1];
  if (last) last.lastOfRun = true;
  return out;
}

/** Runs of at most this many lines are measured by their own lines only if none is wider than the width they vote for (longer ones: see `shortLinesVoted`). */
const SHORT_RUN = 5;

/**
 * The full-line width of each run's column, or undefined where the run is too short or too
 * irregular to tell (then neighbouring runs lend theirs, see `columnWidthFor`).
 */
export function runWidths(lines: readonly Line[]): (number | undefined)[] {
  // Each full line votes for its width. A line ending in a character fills its column (two
  // votes, and it is a sure full line); one ending in a mark may hang the mark past the column,
  // or not (a vote for each width: with the mark, and without it).
  // (The lines come run by run: one pair of tallies serves every run in turn, no map made per run.)
  const counts = new Map<number, number>();
  const sure = new Map<number, number>();
  const own: (number | undefined)[] = [];
  // Each run's widest line and its count of lines.
  const widest: number[] = [];
  const size: number[] = [];
  // Each run's first line (its index in `lines`).
  const first: number[] = [];
  // Runs whose full lines all end in a mark: their width waits for the page's sure votes (see `hungOrNot`).
  const hanging: number[] = [];
  let start = 0;
  while (start < lines.length) {
    const run = (lines[start] as Line).run;
    counts.clear();
    sure.clear();
    let wide = 0;
    let end = start;
    for (; end < lines.length && (lines[end] as Line).run === run; end++) {
      const l = lines[end] as Line;
      wide = Math.max(wide, l.width);
      if (!l.lastOfRun) voteLine(l, counts, sure);
    }
    widest[run] = wide;
    size[run] = end - start;
    first[run] = start;
    const w = widestCommon(counts, sure);
    own[run] = w;
    if (w !== undefined && sure.size === 0) hanging.push(run);
    start = end;
  }
  if (hanging.length > 0) {
    // The page's sure votes, all runs together, counted only when a run asks.
    const page = new Map<number, number>();
    const none = new Map<number, number>();
    for (const l of lines) if (!l.lastOfRun) voteLine(l, none, page);
    for (const run of hanging) own[run] = hungOrNot(own[run], page);
  }
  // No print line is wider than its column, a hanging mark aside: a short run with one far wider
  // is a run of short lines (a notice's last fields after a column cut), no column of that width,
  // where another run of the page is measured to lend its width. A longer run is one only where
  // the lines of the width it voted for may all end a paragraph (see `shortLinesVoted`).
  const odd = own.map((w, run) => w !== undefined && (widest[run] ?? 0) > w + 1.5 &&
    ((size[run] ?? 0) <= SHORT_RUN || shortLinesVoted(lines, first[run] as number, w)));
  const lender = own.some((w, run) => w !== undefined && !odd[run]);
  return own.map((w, run) => (odd[run] && lender ? undefined : w));
}

/** A clause or sentence mark anywhere in a line. */
const CLAUSE_MARK = /[，。、；：？！,.;:?!]/u;

/**
 * The run from `lines[start]`, with a line wider than the width `w` its lines voted for, is a run
 * of short lines: every line of that width (the run's last aside) ends a sentence or holds no
 * clause or sentence mark (a 小标题, a 名单's entry, a row), so each may be a paragraph's end, and
 * the wider line is the column's full line (衢州日报's `乡村医生余志强。` and `一只药箱走村串户`,
 * 8 wide, outvoting the 20-wide line over them). Not where a line of the run is indented: there
 * the indentation marks the paragraphs, and their first lines, an indentation short of the
 * column, may outvote its full lines; nor where one is a table's row printed as a line
 * (`乌镇镇便民服务中心 子夜路21号 0573`): a row is a line of its own however wide, and its wrapped
 * cells (`-88734567`) are no paragraph's end.
 */
function shortLinesVoted(lines: readonly Line[], start: number, w: number): boolean {
  const run = (lines[start] as Line).run;
  for (let i = start; i < lines.length && (lines[i] as Line).run === run; i++) {
    const l = lines[i] as Line;
    if (l.indent || isRowLine(l.text)) return false;
    if (!l.lastOfRun && l.width >= w - 0.5 && l.width <= w + 1 && !endsSentence(l.text) && CLAUSE_MARK.test(l.text)) return false;
  }
  return true;
}

/** Adds `n` votes for the width `w` (to the half character). */
function vote(m: Map<number, number>, w: number, n: number): void {
  const k = Math.round(w * 2) / 2;
  m.set(k, (m.get(k) ?? 0) + n);
}

/** A full line's votes (see `runWidths`); `l` is no run's last line. */
function voteLine(l: Line, counts: Map<number, number>, sure: Map<number, number>): void {
  // (Its last character's code: every mark that may hang is one code unit, set half wide below U+2E80 as `visualWidth` sets it.)
  const end = lastCode(l.text);
  if (isNoStartCode(end)) {
    vote(counts, l.width, 1);
    vote(counts, l.width - (end < 0x2e80 ? 0.5 : 1), 1);
  } else {
    vote(counts, l.width, 2);
    vote(sure, l.width, 1);
  }
}

/**
 * The widest width most votes go to: a justified column's full lines differ by half a character
 * at most, and the column is as wide as the wider of them — unless only lines ending in a mark
 * (which may hang past the column) are that wide and lines ending in a character stop half a
 * character short: then the column is that half character narrower. Undefined under one and a
 * half lines' votes, or under 30% of all of them.
 */
function widestCommon(counts: Map<number, number>, sure: Map<number, number>): number | undefined {
  let total = 0;
  for (const n of counts.values()) total += n;
  let best = 0;
  let bestCount = 0;
  for (const k of counts.keys()) {
    const c = (counts.get(k) as number) + (counts.get(k - 0.5) ?? 0);
    if (c > bestCount || (c === bestCount && k > best)) {
      best = k;
      bestCount = c;
    }
  }
  if (bestCount < 3 || bestCount < total * 0.3 || best > 40) return undefined;
  return !sure.has(best) && sure.has(best - 0.5) ? best - 0.5 : best;
}

/**
 * A run whose full lines all end in a mark (no line of it ends in a character before its last)
 * votes as much for the width with the marks hanging past the column as without them: where the
 * page's other lines ending in a character fill the width a character narrower more often than
 * the wider one, the marks hang and the column is the narrower width (`…出席听证会后，` /
 * `…亚洲开发银行合` is no short line before a column's end). Columns are alike on a page.
 */
function hungOrNot(w: number | undefined, page: Map<number, number>): number | undefined {
  if (w === undefined) return w;
  return (page.get(w - 1) ?? 0) > (page.get(w) ?? 0) ? w - 1 : w;
}

/** Column width for the boundary between two lines: their own runs first, then the nearest measured run, however far (columns are alike on a page). */
export function columnWidthFor(widths: readonly (number | undefined)[], a: Line, b: Line): number | undefined {
  const own = widths[a.run] ?? widths[b.run];
  if (own !== undefined) return own;
  for (let d = 1; d <= 4; d++) {
    const before = widths[a.run - d];
    if (before !== undefined) return before;
    const after = widths[b.run + d];
    if (after !== undefined) return after;
  }
  return farWidth(widths, a.run, b.run);
}

/**
 * Line `i` is a sentence on a line of its own (blank lines around it) far wider than the page's
 * column: not set in the column at all (a photo caption set beside or across the columns).
 */
export function sentenceBesideColumn(lines: readonly Line[], widths: readonly (number | undefined)[], i: number): boolean {
  const l = lines[i] as Line;
  const next = lines[i + 1];
  if (l.gap === 0 || (next !== undefined && next.gap === 0) || !endsSentence(l.text)) return false;
  const w = columnWidthFor(widths, l, l);
  return w !== undefined && l.width > w + 2;
}
