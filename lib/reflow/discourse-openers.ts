// Words that open a news paragraph after a sentence ended on a full line, in print lines with no other mark of a
// paragraph's end (no indentation, no blank line): a report's turn to what came before it or beside it (`此前，`,
// `此外，`, `另外，`, `与此同时，`), and a story's turn to the present after a quotation closed (`…就能吃了。”` /
// `如今村子里…`). (A source's or a meeting's opening, `据悉，`, `记者了解到，`, `会议指出，`, is read by the
// scorer's opening class, `NEW_PARAGRAPH` in ./openings.ts, which ends the paragraph there already.)
// Asked by the shipped decider (`fullStopJoins` in ./full-stop.ts) after those classes, where the scorer would weigh a
// sentence end on a full line or before a blank line: the scorer's training, which leaves out only the boundaries the
// opening classes decide, still learns from these, so the committed model stays what training produces.
import { endsSentence } from './chars';

/** A paragraph's opening turn and its comma (not `同时，`, a word leaning on the sentence before). */
const OPENER = /^(?:此前|此外|另外|与此同时)[，,]/u;

/** A sentence ended inside a quotation, its closing mark last (`…。”`, `…！”`, `…？”`). */
const QUOTE_CLOSED = /[。！？!?]”$/u;

/**
 * `如今`, the story's turn from the past a quotation told of to the present: after a quotation closed it opens a
 * paragraph (the blind sets' gold outside the held-back half: two such turns open a paragraph, none goes on in one;
 * `如今` after any sentence end opens one 22 times in 29, too few to decide alone).
 */
const NOW_TURN = /^如今/u;

/**
 * A sentence ended on line `a` (the caller asks only where the scorer would weigh it) and line `b` opens
 * with a paragraph's opening turn (`…缩短至10分钟。` / `此前，不少村民反映…`), or `a` closed a quotation and `b`
 * turns to the present (`…她说：“…就能吃了。”` / `如今村子里修了绿道…`): the paragraph ends there.
 */
export function discourseOpens(a: string, b: string): boolean {
  const end = a.trimEnd();
  const next = b.trimStart();
  return endsSentence(end) && (OPENER.test(next) || (QUOTE_CLOSED.test(end) && NOW_TURN.test(next)));
}
