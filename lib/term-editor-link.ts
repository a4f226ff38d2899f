// The library page opened on one of the reader's own terms, with a new explanation filled in
// for the reader to save: what a page asks for when the reader chose to replace a term they
// already have (a page itself may add terms but never replace one: lib/grant.ts).
import { TERM_LIMITS } from './records';

/** A term to open in the library's terms editor, and the explanation proposed for it. */
export interface TermEditRequest {
  term: string;
  explanation: string;
}

const TERM_PARAM = 'edit-term';
const EXPLANATION_PARAM = 'explanation';

/** The query string (with its `?`) that opens the library's editor on `term` with `explanation` filled in. */
export function termEditorSearch(request: TermEditRequest): string {
  return `?${new URLSearchParams({ [TERM_PARAM]: request.term, [EXPLANATION_PARAM]: request.explanation }).toString()}`;
}

/**
 * The edit request in a library page's query string, or null when there is none or it is not
 * one (an empty or over-long term, an over-long explanation).
 */
export function parseTermEditorSearch(search: string): TermEditRequest | null {
  const params = new URLSearchParams(search);
  const term = params.get(TERM_PARAM)?.trim() ?? '';
  const explanation = params.get(EXPLANATION_PARAM) ?? '';
  if (!term || term.length > TERM_LIMITS.term || explanation.length > TERM_LIMITS.explanation) return null;
  return { term, explanation };
}
