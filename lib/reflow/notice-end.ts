// Where a notice's last parts end inside one run of print lines (`<br>` lines, no break between them):
// a contact field with a whole number, a closing formula, a field after a labelled line, the date
// under the signature. Nothing goes on from any of them, though no sentence mark or break says so. And where a
// notice's closing run opens on a page that indents its paragraphs (`opensFieldRun`).
import { CLAUSE_MARK, CLAUSE_OR_COLON, endsSentence } from './chars';
import { isClosingFormula, isDateLine, isFieldLine, isSignatureLine } from './notice-lines';
import { lineIsDate, lineIsField } from './line-tests';
import type { Line } from './columns';
export { endsInPhoneField } from './county-items'; // an item ending in a telephone field's whole number, for the segmenter

/** A contact field's label and a whole number: an area code and a local number, or a mobile's eleven digits. */
const WHOLE_PHONE = /^(?:联系电话|电话|手机|咨询电话|监督电话|举报电话|投诉电话|报名电话|服务热线|\p{Script=Han}{2,6}热线)\s*[：:]\s*(?:0\d{2,3}[-－]?\d{7,8}|1\d{10})$/u;

/** `联系电话：0579-87035119`: a paragraph that is a contact field with a whole number. */
export function isWholePhoneField(text: string): boolean {
  const t = text.trim();
  // It ends in a digit: other paragraphs (asked at every line) are answered without the pattern.
  const last = t.charCodeAt(t.length - 1);
  return last >= 0x30 && last <= 0x39 && WHOLE_PHONE.test(t);
}

/** `三、投稿邮箱：tougao@163.com`, `报名时间：即日起至12月31日`: a label (after an item's number, if any) and a value with no clause mark. */
const LABELLED_ITEM = /^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])?[\u4e00-\u9fff]{2,6}[：:][^，。；！？,;!?]+$/u;
/** A line a sentence goes on from: a clause mark, or a word that takes what follows (`于`, `至`, `在`, `到`). */
const GOES_ON = /[，、：,:于至在到和及与的]$/u;

/**
 * `b` is the date under the signing office (`…交通警察支队` / `2025年12月15日`): a date alone on its
 * line after a line with no clause mark, either as the text's last line (or its run's) after a
 * line no sentence goes on from, short of its column or on a page too uneven to measure one, or
 * on a line of a run short of its measured column (`bShort`) under an office that is the
 * paragraph's one line and holds no colon either (`cur`).
 */
function signatureDate(cur: string, oneLine: boolean, a: string, b: Line, bLast: boolean, short: boolean, bShort: boolean): boolean {
  if (!lineIsDate(b) || CLAUSE_MARK.test(a)) return false;
  return (bLast && short && !GOES_ON.test(a.trim())) || (bShort && oneLine && !CLAUSE_OR_COLON.test(cur));
}

/**
 * At a print-line boundary with no break (`b.gap === 0`), or at any: the notice part the paragraph
 * so far is ends there — a closing formula (`特此通告。`, `谨此讣告。`), a contact field with a whole
 * number; a field (`联系人：…`) after a labelled line (`三、投稿邮箱：…`); the date under the
 * signature (see `signatureDate`; `oneLine`: the paragraph is one print line, `bShort`: `b` is a
 * line of the run short of its measured column).
 */
export function noticePartEnds(cur: string, oneLine: boolean, a: string, b: Line, bLast: boolean, short: boolean, bShort: boolean): boolean {
  const t = cur.trim();
  // (A number's tail on the next line, `0579-8521234` / `5`, goes on: a local number may have eight digits.)
  if (isClosingFormula(t) || (isWholePhoneField(t) && !/^[0-9]/u.test(b.text))) return true;
  if (lineIsField(b) && LABELLED_ITEM.test(a.trim())) return true;
  return signatureDate(cur, oneLine, a, b, bLast, short, bShort);
}

/** The indentation and text of a print line, as the repair measures it. */
interface LineLike { text: string; indent: boolean }

/**
 * On a page that indents its paragraphs, an unindented contact field (`咨询电话：0579-…`) after a finished
 * sentence, itself followed by another closing line of the notice (a field, a signature or a date), opens the
 * notice's closing run: the paragraph before it has ended. (A field alone after a sentence may be that
 * paragraph's last words, `…敬请谅解。` / `咨询电话：…` read as one; a field after a clause mark goes on.)
 */
export function opensFieldRun(indentUsed: boolean, a: LineLike, b: LineLike, next: LineLike | undefined): boolean {
  if (!indentUsed || b.indent || next === undefined || next.indent || !endsSentence(a.text) || !isFieldLine(b.text)) return false;
  const n = next.text.trim();
  return isFieldLine(n) || isSignatureLine(n) || isDateLine(n);
}

/**
 * On a page that indents its paragraphs, an unindented contact field with no mark at its end (`咨询电话：0573-…`) after a
 * finished sentence, the text's last line or one over an indented paragraph, is a line of its own: a paragraph that went
 * on into it would close it with a sentence's mark (`…负责解释。咨询电话：0579-…。`), and the indentation opens none here.
 */
export function fieldAloneLast(indentUsed: boolean, a: LineLike, b: LineLike, next: LineLike | undefined): boolean {
  if (!indentUsed || b.indent || (next !== undefined && !next.indent) || !endsSentence(a.text)) return false;
  return unmarkedField(b.text.trim());
}

/** A contact field with no sentence's or semicolon's mark at its end (`咨询电话：0573-88012345`): a line that ended no sentence. */
function unmarkedField(t: string): boolean {
  return !/[。！？；.!?;]$/u.test(t) && isFieldLine(t);
}

/**
 * The text's last line (no `next`) is a contact field with no mark at its end (`价格举报电话：12345`) after a finished
 * sentence on a full line: a line of its own on any page, indenting or not (a paragraph going on into it would close it
 * with a sentence's mark). Asked by the shipped decider where the scorer would weigh the boundary (./full-stop.ts).
 */
export function fieldLastLine(a: LineLike, b: LineLike, next: LineLike | undefined): boolean {
  if (next !== undefined || !endsSentence(a.text)) return false;
  const t = b.text.trim();
  return unmarkedField(t) || PHONE_LABELLED.test(t); // (a labelled number ends in no such mark)
}
/** `价格举报电话：12345`, `市长热线：12345`: a telephone's label (what the number is for, then 电话 or 热线) and its number alone. */
const PHONE_LABELLED = /^\p{Script=Han}{0,8}(?:电话|热线)\s*[：:]\s*[0-9０-９][-－0-9０-９ 、，,/转（）()]*$/u;
