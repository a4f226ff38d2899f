// A subheading set in bold and cut over print lines: the bold run opens at a print line's start after a finished
// sentence and ends at a break (`…提高1000元。<br><b>4.个人账户的钱还能用来付门<br>诊费用吗？</b><br>　　可以。…`).
import { isHeadingCandidate } from './classify';
import { visualWidth } from './chars';
import type { Line } from './columns';

/** A bold run of print lines is at most this many lines long (a 问答's numbered question, a 小标题 cut by a narrow column). */
const MAX_RUN = 3;
const ANSWER_TURN = /^(?:[问答]|[QA])\s*[：:]/u;

/** A bold run's words read as a head: a heading candidate, or one or two short questions ending in a question mark
 * (`3.需要提供哪些材料？购房多久内可以申请？`). */
function readsAsHead(text: string): boolean {
  if (isHeadingCandidate(text)) return true;
  return /[？?]$/u.test(text) && !/[。！；!;]/u.test(text) && visualWidth(text) <= 34 && !ANSWER_TURN.test(text);
}

/**
 * The index of the last print line of a bold run that opens at line i and is a subheading, or -1: two or three print
 * lines each set wholly in bold between breaks (`Line.boldLine`), the line above not in bold, every line but the last
 * with no full stop, exclamation mark or semicolon, the line after the run not in bold and opening a paragraph (indented, or after an empty line),
 * and the run's words a head (see `readsAsHead`). The caller asks it only after a finished sentence. Cheap tests first.
 */
export function boldRunHeadEnd(lines: readonly Line[], i: number): number {
  const l = lines[i];
  const second = lines[i + 1];
  if (!l?.boldLine || !second?.boldLine || second.gap > 0 || i === 0) return -1;
  const prev = lines[i - 1] as Line;
  if (prev.bold || prev.boldLine) return -1;
  let j = i + 1;
  while (j - i + 1 < MAX_RUN && lines[j + 1]?.boldLine && (lines[j + 1] as Line).gap === 0) j++;
  const after = lines[j + 1];
  if (!after || after.bold || after.boldLine || !(after.indent || after.gap > 0)) return -1;
  const run = lines.slice(i, j + 1);
  if (run.slice(0, -1).some((r) => /[。！；!;]/u.test(r.text))) return -1;
  return readsAsHead(run.map((r) => r.text.trim()).join('')) ? j : -1;
}
