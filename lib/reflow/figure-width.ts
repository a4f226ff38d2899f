// A sentence ending on a line that holds figures (`…受益学生3万多人次。`), a whole character or more short of its column,
// in print lines with no other mark of a paragraph's end (no indentation, no blank line that means a paragraph).
// The page's slack (`PageEvidence.slack`) lets a line with digits or Latin letters fall up to 1¼ characters short and
// still be full, as justified print may set them wider than half a character; where the page's own lines cut
// mid-sentence show its figures set at exactly half a character (every such line holding digits fills its column to
// a quarter), a line of full-width characters and figures only that falls a whole character short is short, as one
// of full-width characters only already is (`unmarked-short` in ./join-rule.ts): its paragraph ends there.
// Asked by the shipped decider (`fullStopJoins` in ./full-stop.ts) where the scorer would weigh a sentence end on a
// full line, so the scorer's training, which leaves out only the opening classes, stays what it was.
import { endsSentence } from './chars';
import { columnWidthFor, type Line } from './columns';
import type { Context } from './headlines';

/** Full-width characters and figures only (digits, a decimal point, a per cent sign), at least one digit. */
const FIGURED = /^(?=[^0-9]*[0-9])[\u2e80-\uffff0-9.%]+$/u;
const DIGIT = /[0-9]/u;
const HANGS = /[，、；：]$/u;

/** Per page (its measured lines): its figures are set at half a character, as its lines cut mid-sentence show. */
const halfSet = new WeakMap<readonly Line[], boolean>();

function figuresSetHalf(ctx: Context): boolean {
  const known = halfSet.get(ctx.lines);
  if (known !== undefined) return known;
  let seen = 0;
  let exact = true;
  for (let i = 1; i < ctx.lines.length && exact; i++) {
    const a = ctx.lines[i - 1] as Line;
    const b = ctx.lines[i] as Line;
    if (b.gap > 0 || a.indent || endsSentence(a.text) || !FIGURED.test(a.text.trim())) continue;
    const w = columnWidthFor(ctx.widths, a, b);
    if (w === undefined) continue;
    seen++;
    // (A clause mark may hang past the column's edge: `…新建城市书房26家，` fills it.)
    exact = Math.abs(a.width - w) <= 0.25 || (HANGS.test(a.text) && Math.abs(a.width - 1 - w) <= 0.25);
  }
  const half = exact && seen >= 2;
  halfSet.set(ctx.lines, half);
  return half;
}

/**
 * Line `a` ends a sentence a whole character or more short of its column, holding full-width characters and figures
 * only, on a page that sets its figures at half a character (see above): its paragraph ends there.
 */
export function figuredLineShort(ctx: Context, a: Line, b: Line): boolean {
  if (ctx.indentUsed || ctx.ev.blankIsParagraph || !DIGIT.test(a.text) || !endsSentence(a.text.trimEnd())) return false;
  const w = columnWidthFor(ctx.widths, a, b);
  return w !== undefined && a.width <= w - 1 && FIGURED.test(a.text.trim()) && figuresSetHalf(ctx);
}
