// The hardest boundary of the line-wrap repair: a sentence ending where nothing else (no
// indentation, no blank line that means a paragraph, no short last line) marks the paragraph —
// on a full print line, before a blank line where a column ends, or at a column piece's end
// where the page's grid ends a column. The editor's paragraph may go on or end there; the
// learned boundary scorer weighs the evidence together (boundary.ts).
import { modelJoins, type BoundaryModel } from './boundary';
import { BOUNDARY_MODEL } from './boundary-model.generated';
import type { BoundaryKind, ParagraphSoFar } from './boundary-features';
import { NAME_CREDIT } from './classify';
import type { Line } from './columns';
import type { Context } from './headlines';

export { onlyColumnCut } from './boundary-features';

/**
 * Decides the ambiguous boundary before `b` after the paragraph `para` ending in line `a`:
 * an author's credit on a line of its own (`(朱艳佳)`) stays with its paragraph; everything else
 * is the boundary scorer's (`model`, the shipped one by default). Returns true to join.
 */
export function fullStopJoins(ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind, model: BoundaryModel = BOUNDARY_MODEL): boolean {
  if (NAME_CREDIT.test(b.text)) return true;
  return modelJoins(ctx, a, para, b, kind, model);
}
