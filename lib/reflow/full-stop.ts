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

import { openingOf } from './boundary-features';

export { onlyColumnCut } from './boundary-features';

/**
 * What the next line's wording alone decides after a sentence end: a new paragraph's opening
 * (`据介绍，`, `会上，`, `1.`, `（一）`) or a quotation spoken in full ends the paragraph; an author's
 * credit (`(朱艳佳)`), a word leaning on the sentence before (`同时`, `其中`, `因此`) or the speaker
 * of the quotation just closed (`…。”` / `…负责人表示。`) continues it. Undefined otherwise.
 */
export function openingDecides(ctx: Context, a: Line, b: Line): boolean | undefined {
  if (NAME_CREDIT.test(b.text)) return true;
  const opening = openingOf(ctx, a, b);
  if (opening === 'new' || opening === 'list' || opening === 'spoken') return false;
  if (opening === 'leans' || opening === 'speaker') return true;
  return undefined;
}

/**
 * Decides the ambiguous boundary before `b` after the paragraph `para` ending in line `a`:
 * an author's credit on a line of its own (`(朱艳佳)`) stays with its paragraph; everything else
 * is the boundary scorer's (`model`, the shipped one by default). Returns true to join.
 */
export function fullStopJoins(ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind, model: BoundaryModel = BOUNDARY_MODEL): boolean {
  return openingDecides(ctx, a, b) ?? modelJoins(ctx, a, para, b, kind, model);
}
