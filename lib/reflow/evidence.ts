// Page-wide evidence for the line-wrap repair: what a blank line means on this page and how
// tall its print columns are. Each boundary is then decided on all of it together.
import { endsIn, startsNoStart } from './chars';
import { lineEndsSentence, lineIsCaption, lineIsDate, lineIsField, lineIsSignature } from './line-tests';
import { columnWidthFor, sentenceBesideColumn, type Line } from './columns';

/** What the page as a whole says about its blank lines and columns. */
export interface PageEvidence {
  /**
   * Blank lines (or `<p>` boundaries) mark paragraph ends on this page, not only column ends:
   * paragraphs end just before a blank line and never inside a run of lines.
   */
  blankIsParagraph: boolean;
  /**
   * Every line (nine in ten) broken mid-sentence inside a run fills its column: print set on a regular grid,
   * where a line short of the column width cannot be where a column was cut. So is a page where
   * half of those lines or more fill it to within ¾ of a character (eight at least) and hardly any
   * (one in ten at most) falls a little short of it (by ¾ to 2½ characters): the others, far short,
   * are elements' last lines (a poem's lines, a list's items, a table's rows set one to a line, with
   * no mark at their ends), not lines a loose justification left short.
   */
  regular: boolean;
  /**
   * Too few paragraphs end short to say that blank lines mark them (`blankIsParagraph`), but what there is says so
   * (`blanksEndSentences`): a sentence ending on a full line inside a run goes on with the next line.
   */
  runsGoOn?: boolean;
  /** Regular column height in lines, when the sure column cuts fall on a grid of it. */
  height?: number;
  /** Column positions (see `columnPositions`) of the sure cuts on the grid, ascending. */
  cuts: number[];
  /** Each line's position in the column flow (indexed by `Line.ord`). */
  positions: number[];
  /**
   * How far short of its column width a line may fall and still be full: a quarter more than
   * the lines cut mid-sentence on this page fall short (nearly all of them), between ¾ and 1¼
   * characters. Justified print with digits and Latin letters set narrow varies by more; print
   * set on a strict grid varies by half a character, and there a line one character short
   * ended its paragraph.
   */
  slack: number;
}

/** The allowance for a full line where the page has too few lines to tell (`PageEvidence.slack`). */
const LOOSE_SLACK = 1.25;
const TIGHT_SLACK = 0.75;

/**
 * The slack of a page from how far its lines cut mid-sentence fall short of their column, counted
 * in half characters (`deficits[k]`: lines short by k/2, the last bucket for 3 or more).
 */
function slackOf(deficits: readonly number[]): number {
  let total = 0;
  for (const n of deficits) total += n;
  if (total < 8) return LOOSE_SLACK;
  let seen = 0;
  let k = 0;
  while (k < deficits.length - 1 && (seen += deficits[k] as number) <= total * 0.97) k++;
  return Math.min(LOOSE_SLACK, Math.max(TIGHT_SLACK, k / 2 + 0.25));
}

/**
 * Each line's position in the column flow: photo captions (and sentences far wider than the
 * column) stand beside the columns, not in them, so they take no place (and do not shift the
 * grid of column ends after them).
 */
function columnPositions(lines: readonly Line[], widths: readonly (number | undefined)[]): number[] {
  const out: number[] = [];
  let pos = 0;
  lines.forEach((l, i) => {
    out.push(pos);
    if (!lineIsCaption(l) && !sentenceBesideColumn(lines, widths, i)) pos++;
  });
  return out;
}

const fullWidth = (l: Line, w: number | undefined): boolean => w !== undefined && l.width >= w - 1.25;

/**
 * A column cut nobody can doubt: a line that may not start one, or a full line cut
 * mid-sentence that continues a run (a lone full-width line may be a headline or a byline).
 */
function sureCut(a: Line, inRun: boolean, b: Line, w: number | undefined): boolean {
  if (startsNoStart(b.text)) return true;
  return inRun && fullWidth(a, w) && !lineEndsSentence(a) && !/[：:]$/u.test(a.text);
}

/** A numbered item's opening (`1.`, `2、`, `（三）`, `四、`), not a decimal (`2.7亿元`). */
const ITEM_OPENING = /^(?:[0-9]{1,2}[.．、](?![0-9])|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)/u;

/** Line `b` opens a notice's field, date or signature or a numbered item, or `a` is a signature or ends in a colon. */
const endsUnit = (a: Line, b: Line): boolean =>
  endsIn(a.text, '：:') || lineIsField(b) || lineIsDate(b) || lineIsSignature(b) || lineIsSignature(a) || (ITEM_FIRST.includes(b.text[0] ?? '') && ITEM_OPENING.test(b.text));
/** The characters an `ITEM_OPENING` may open with (a line opening otherwise is answered without the pattern). */
const ITEM_FIRST = '0123456789（一二三四五六七八九十';

/**
 * Blank lines mark paragraphs on a page where few paragraphs end short: one sentence at least ends short right before a
 * blank line, none ends short inside a run, and four sentences or more end right before a blank line at any width (a
 * paragraph's last line that happens to fill its column, `…正在跑出加速度。`), between runs of two lines or more. A page whose blank lines are only where
 * columns end ends its paragraphs inside runs, short.
 */
export const blanksEndSentences = (shortAtBlank: number, atBlank: number, shortInRun: number): boolean => shortAtBlank >= 1 && shortInRun === 0 && atBlank >= 4;

/** How many lines each run holds. */
function runLengths(lines: readonly Line[]): Map<number, number> {
  const lengths = new Map<number, number>();
  for (const l of lines) lengths.set(l.run, (lengths.get(l.run) ?? 0) + 1);
  return lengths;
}

/**
 * The runs of lines between blank lines are of uneven length: of the inner runs of two lines or more (four at least),
 * no more than half are as long as the commonest. Where blank lines stand only where columns end, most runs are a
 * column tall.
 */
export function unevenRuns(lines: readonly Line[], lengths: ReadonlyMap<number, number> = runLengths(lines)): boolean {
  const first = lines[0]?.run;
  const last = lines[lines.length - 1]?.run;
  const inner = [...lengths].filter(([run, n]) => run !== first && run !== last && n >= 2).map(([, n]) => n);
  if (inner.length < 4) return false;
  const counts = new Map<number, number>();
  for (const n of inner) counts.set(n, (counts.get(n) ?? 0) + 1);
  return Math.max(...counts.values()) * 2 <= inner.length;
}

/**
 * Indentation and blank lines agree: every run of two lines or more opens indented, no line inside a run is indented, and
 * every such run (four boundaries at least between them) ends on a sentence's end right before the blank line. A page
 * that indents every column piece cuts some of them mid-sentence; one whose blank lines stand only where columns end
 * leaves indented lines inside its runs. Both marks then say the same, and indentation counts (`indentUsed`,
 * ./segment.ts): a flush line inside a run goes on however short the line before it measures (`…上调了300元。`, its
 * figures set narrow), as a page that indents only its paragraphs reads.
 */
export function marksAgree(lines: readonly Line[]): boolean {
  const lengths = runLengths(lines);
  let boundaries = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const opens = i === 0 || l.gap > 0;
    if (!opens && l.indent) return false;
    if (!opens || (lengths.get(l.run) ?? 0) < 2) continue;
    if (!l.indent) return false;
    if (i === 0) continue;
    const a = lines[i - 1] as Line;
    if ((lengths.get(a.run) ?? 0) < 2) continue;
    if (!lineEndsSentence(a)) return false;
    boundaries++;
  }
  return boundaries >= 4;
}

/** Reads the page-wide evidence from the measured lines and their column widths. */
export function pageEvidence(lines: readonly Line[], widths: readonly (number | undefined)[]): PageEvidence {
  let endsAtBlank = 0;
  let endsInRun = 0;
  let sentenceAtBlank = 0;
  // (Sentence ends before a blank line are counted between runs of two lines or more: a headline, a subheading or a
  // byline alone stands between blank lines whatever the page's blank lines mean.)
  const runLength = runLengths(lines);
  let midLines = 0;
  let midFull = 0;
  let midExact = 0;
  let midNear = 0;
  const deficits = [0, 0, 0, 0, 0, 0];
  const cuts: number[] = [];
  const positions = columnPositions(lines, widths);
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const w = columnWidthFor(widths, a, b);
    const shortEnd = lineEndsSentence(a) && (w === undefined || a.width < w - 1.25);
    if (b.gap > 0) {
      if (shortEnd) endsAtBlank++;
      if (lineEndsSentence(a) && (runLength.get(a.run) ?? 0) >= 2 && (runLength.get(b.run) ?? 0) >= 2) sentenceAtBlank++;
      if (sureCut(a, lines[i - 2]?.run === a.run, b, w) && cuts[cuts.length - 1] !== positions[b.ord]) cuts.push(positions[b.ord] as number);
    } else if (lineEndsSentence(a) && a.width < (w ?? Math.max(b.width, lines[i - 2]?.width ?? 0)) - 1.25) endsInRun++;
    else if (w !== undefined && !a.indent && !lineEndsSentence(a)) {
      // A line before a notice's field, date or signature or a numbered item, a signature or a colon ends its
      // block at any width: it says nothing of how full the page sets its column text.
      if (!endsUnit(a, b)) {
        midLines++;
        if (fullWidth(a, w)) midFull++;
        if (a.width >= w - 0.75) midExact++;
        else if (a.width > w - 2.5) midNear++;
      }
      // Lines far short of the column (a contact field, a signature) are not full lines at all.
      const half = Math.max(0, Math.round((w - a.width) * 2));
      if (half < deficits.length) deficits[half]!++;
    }
  }
  const evidence: PageEvidence = {
    blankIsParagraph: endsAtBlank >= 2 && endsInRun <= endsAtBlank * 0.1,
    regular: midLines >= 5 && (midFull >= midLines * 0.9 || (midExact >= 8 && midExact >= midLines * 0.5 && midNear <= midLines * 0.1)),
    cuts,
    positions,
    slack: slackOf(deficits),
  };
  if (!evidence.blankIsParagraph && blanksEndSentences(endsAtBlank, sentenceAtBlank, endsInRun) && unevenRuns(lines, runLength)) evidence.runsGoOn = true;
  const height = regularHeight(cuts);
  if (height !== undefined) {
    evidence.height = height;
    evidence.cuts = onGrid(cuts, height);
  }
  return evidence;
}

/**
 * The column height when the sure cuts fall on a regular grid: the tallest height that at least
 * three quarters of the distances between neighbouring cuts are whole multiples of (a picture or
 * a headline across columns may shift the grid once in a while).
 */
function regularHeight(cuts: readonly number[]): number | undefined {
  if (cuts.length < 3) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < cuts.length; i++) gaps.push((cuts[i] as number) - (cuts[i - 1] as number));
  for (let h = Math.min(60, gaps.reduce((m, d) => Math.max(m, d), 0)); h >= 3; h--) {
    const fit = gaps.filter((d) => d % h === 0).length;
    if (fit >= 2 && fit >= gaps.length * 0.75) return h;
  }
  return undefined;
}

/** The cuts that lie on the grid: a whole number of columns from a neighbouring cut. */
function onGrid(cuts: readonly number[], h: number): number[] {
  const fits = (i: number, j: number): boolean => j >= 0 && j < cuts.length && ((cuts[i] as number) - (cuts[j] as number)) % h === 0;
  return cuts.filter((_, i) => fits(i, i - 1) || fits(i, i + 1));
}

/**
 * True when a column of the regular grid ends right before line `b`: it lies a whole number
 * of columns from the nearest sure cut before it (or, before the first, after it).
 */
export function atColumnEnd(ev: PageEvidence, b: Line): boolean | undefined {
  const { height, cuts } = ev;
  if (height === undefined) return undefined;
  const pos = ev.positions[b.ord] as number;
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cuts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.abs(pos - (cuts[lo] as number)) % height === 0;
}
