// Lines of the official documents papers print in full (a 公告 or 通告 with its signer and date, a 人事任免名单 with its
// 任命：/免去：/批准： labels) that stand as paragraphs of their own where print sets them with nothing else to mark them.
import { endsIn, endsSentence } from './chars';
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

/**
 * A 任免名单's part label and its colon alone on a line (`任命：`, `免去：`, `批准：`, `决定任命：`, `接受辞职：`): the labels
 * such lists print, a closed set (any other word and a colon may be the tail of a sentence a full line left: `…重要。` /
 * `对此他表示：`).
 */
const LABEL_ALONE = /^[\s\u3000]*(?:(?:决定|提请)?(?:任命|免去|批准|撤销|通过)|接受\p{Script=Han}{0,4}辞职)[：:][\s\u3000]*$/u;

/**
 * A 任免名单's part label alone on its line after a finished row or sentence (`赵　敏的…职务。` / `批准：`) opens the list
 * part it labels: print sets a 任免名单's parts so, and nothing of the row before goes on in a label and a colon. (Any
 * other word and a colon, `…。` / `他说：`, is left to the other rules; so is a label after a line that ends inside a clause.)
 */
export function labelAloneOpens(a: string, b: string): boolean {
  if (!LABEL_ALONE.test(b)) return false;
  const t = a.trimEnd();
  return endsSentence(t) || endsIn(t, '；;');
}
