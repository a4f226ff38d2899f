// Words that open a news paragraph after a sentence ended on a full line, in print lines with no other mark of a
// paragraph's end (no indentation, no blank line): a report's turn to what came before it or beside it (`此前，`,
// `此外，`, `另外，`, `与此同时，`). (A source's or a meeting's opening, `据悉，`, `记者了解到，`, `会议指出，`, is read by the
// scorer's opening class, `NEW_PARAGRAPH` in ./openings.ts, which ends the paragraph there already.)
// Asked by the shipped decider (`fullStopJoins` in ./full-stop.ts) after those classes, where the scorer would weigh a
// sentence end on a full line or before a blank line: the scorer's training, which leaves out only the boundaries the
// opening classes decide, still learns from these, so the committed model stays what training produces.
import { endsSentence } from './chars';

/** A paragraph's opening turn and its comma (not `同时，`, a word leaning on the sentence before). */
const OPENER = /^(?:此前|此外|另外|与此同时)[，,]/u;

/**
 * A sentence ended on line `a` (the caller asks only where the scorer would weigh it) and line `b` opens
 * with a paragraph's opening turn (`…缩短至10分钟。` / `此前，不少村民反映…`): the paragraph ends there.
 */
export function discourseOpens(a: string, b: string): boolean {
  return endsSentence(a.trimEnd()) && OPENER.test(b.trimStart());
}
