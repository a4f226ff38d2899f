// Words that open a news paragraph after a sentence ended on a full line, in print lines with no other mark of a
// paragraph's end (no indentation, no blank line): a report's turn to what came before or after (`此前，`, `此外，`),
// to its source (`据悉，`, `记者了解到，`) and a 会议报道's turns (`会议指出，`, `会议强调，`, `会议要求，`).
import { endsSentence } from './chars';

/** A paragraph's opening turn, its comma after it (`会议还` takes its verb: `会议还对…作了部署`). */
const OPENER = /^(?:(?:此前|此外|另外|据悉|据了解|据介绍|记者了解到|记者获悉|记者注意到|与此同时|会议指出|会议强调|会议要求|会议认为|会议提出)[，,]|会议还)/u;

/**
 * A sentence ended on line `a` (a full line: the caller asks only where the scorer would weigh it) and line `b` opens
 * with a paragraph's opening turn (`…缩短至10分钟。` / `此前，不少村民反映…`): the paragraph ends there.
 */
export function discourseOpens(a: string, b: string): boolean {
  return endsSentence(a.trimEnd()) && OPENER.test(b.trimStart());
}
