// Quotation marks in a print line: the repair measures `“”‘’` at half a character (web text sets them narrow), but a
// Chinese paper's type gives them a whole character's width. A line of pre-wrapped print text holding them
// can so measure a character or more short of its column while print filled it (the next character did not fit).
// Only a line ending in a clause mark is read so: no headline or paragraph ends there.
import { endsSentence } from './chars';
import type { Line } from './columns';

const QUOTES = /[“”‘’]/gu;
/** A clause mark last: no headline or paragraph ends so (a headline with quotation marks, `“三农”工作再上新台阶`, is left to the other rules). */
const CLAUSE_END = /[，、]\s*$/u;

/**
 * The line `a` ends in a clause mark (`“预约+分时”游览新模式，`) and, its
 * quotation marks counted whole, fills the column of width `w` (within `slack`): a full print line, not a paragraph's
 * last, though it measures short.
 */
export function fullWithQuotes(a: Line, w: number, slack: number): boolean {
  const quotes = a.text.match(QUOTES)?.length ?? 0;
  return quotes > 0 && CLAUSE_END.test(a.text) && !endsSentence(a.text) && a.width + (a.indent ? 2 : 0) + quotes / 2 >= w - slack;
}
