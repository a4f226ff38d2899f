// Lines of the official documents papers print in full (a 公告 or 通告 with its signer and date) that stand as paragraphs
// of their own where print sets them with nothing else to mark them.
import { isDateLine, isSignatureLine } from './notice-lines';

/** What goes on from a date at a sentence's start (`2026年1月7日` / `起施行`, `至…`, `前…`, `以来…`, `上午…`). */
const DATE_GOES_ON = /^[\s\u3000]*(?:[起至前后以止，,、]|上午|下午|晚上?|凌晨|期间|当天)/u;

/**
 * The date under a notice's signer (`杭州市萧山区住房和城乡建设局` / `2026年1月7日`), a paragraph of its own so far, ends
 * before the next line, whatever it is (the draft's title, a 名单's title): a signature's date is the notice's last line.
 * `lineBefore` is the line before the date's paragraph, `lines` the paragraph's print lines so far. (A date that opens a
 * sentence goes on: `2026年1月7日` / `起，…`; and a date not under a signer is left to the other rules.)
 */
export function signedDateEnds(lineBefore: string | undefined, lines: number, a: string, b: string): boolean {
  if (lines !== 1 || lineBefore === undefined || !isDateLine(a)) return false;
  return isSignatureLine(lineBefore) && !DATE_GOES_ON.test(b);
}
