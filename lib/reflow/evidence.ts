// Page-wide evidence for the line-wrap repair: what a blank line means on this page and how
// tall its print columns are. Each boundary is then decided on all of it together.
import { endsSentence, firstChar, NO_START } from './chars';
import { columnWidthFor, type Line } from './columns';

/** What the page as a whole says about its blank lines and columns. */
export interface PageEvidence {
  /**
   * Blank lines (or `<p>` boundaries) mark paragraph ends on this page, not only column ends:
   * paragraphs end just before a blank line and never inside a run of lines.
   */
  blankIsParagraph: boolean;
  /** Regular column height in lines and the position of the first column end, when regular. */
  height?: number;
  firstCut?: number;
}

const fullWidth = (l: Line, w: number | undefined): boolean => w !== undefined && l.width >= w - 1.25;

/** A column cut nobody can doubt: a full line cut mid-sentence, or a line that may not start one. */
function sureCut(a: Line, b: Line, w: number | undefined): boolean {
  return NO_START.has(firstChar(b.text)) || (fullWidth(a, w) && !endsSentence(a.text) && !/[：:]$/u.test(a.text));
}

/** Reads the page-wide evidence from the measured lines and their column widths. */
export function pageEvidence(lines: readonly Line[], widths: readonly (number | undefined)[]): PageEvidence {
  let endsAtBlank = 0;
  let endsInRun = 0;
  const cuts: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const w = columnWidthFor(widths, a, b);
    const shortEnd = endsSentence(a.text) && (w === undefined || a.width < w - 1.25);
    if (b.gap > 0) {
      if (shortEnd) endsAtBlank++;
      if (sureCut(a, b, w)) cuts.push(b.ord);
    } else if (endsSentence(a.text) && a.width < (w ?? Math.max(b.width, lines[i - 2]?.width ?? 0)) - 1.25) endsInRun++;
  }
  const evidence: PageEvidence = { blankIsParagraph: endsAtBlank >= 2 && endsInRun <= endsAtBlank * 0.1 };
  const height = regularHeight(cuts);
  if (height !== undefined) {
    evidence.height = height;
    evidence.firstCut = (cuts[0] as number) % height;
  }
  return evidence;
}

/**
 * The column height when the sure cuts fall on a regular grid: the commonest distance between
 * neighbouring cuts, which at least two distances share and every cut fits.
 */
function regularHeight(cuts: readonly number[]): number | undefined {
  if (cuts.length < 3) return undefined;
  const counts = new Map<number, number>();
  for (let i = 1; i < cuts.length; i++) {
    const d = (cuts[i] as number) - (cuts[i - 1] as number);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d < best)) [best, bestCount] = [d, c];
  if (best < 3 || bestCount < 2) return undefined;
  const base = (cuts[0] as number) % best;
  return cuts.every((c) => c % best === base) ? best : undefined;
}

/** True when a column of the regular grid ends right before line `b`. */
export function atColumnEnd(ev: PageEvidence, b: Line): boolean | undefined {
  if (ev.height === undefined || ev.firstCut === undefined) return undefined;
  return b.ord % ev.height === ev.firstCut;
}
