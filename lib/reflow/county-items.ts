// Shapes of the county papers' columns and boxes whose items are set line under line with no indentation or blank line
// between them: a 街道动态 column's items opening with their town in 【】, a forecast's days named 今天/明天/后天, and a
// brief's bracketed credit the line end cut before a padded name.
import { CLOSED_CREDIT, endsSentence, PHONE_NUMBER } from './chars';
import { isFieldLine, isSignatureLine } from './notice-lines';

/**
 * `【柳市镇】近日，…`, `【乐成街道】…`: a 乡镇 column's item, opening with its place in 【】 — a town, township, street,
 * village or community (`【记者】`, `【编者按】`, `【本報訊】` open turns, notes and leads other rules read).
 */
const BRACKET_LEAD = /^[ \u3000]*【[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|村|社区|开发区)】\S/u;

/**
 * `【柯城】…`, `【杭州】…`, `【说法】…`: two to six ideographs in 【】 opening a line, text after them — a column's item led by
 * its place with no town ending, or a labelled part.
 */
const BRACKET_OPENING = /^[ \u3000]*【[\u4e00-\u9fff]{2,6}】[^\s】]/u;

/**
 * `b` opens a 乡镇 column's next item (`【虹桥镇】12月5日，…`) after a finished sentence: the item before it ended, whether or
 * not its last line filled the column (print sets the items run on, each opening with its place in 【】). So does any
 * line opening with a bracketed lead of two to six ideographs (`BRACKET_OPENING`, a county's name with no ending too)
 * where the paragraph before it, read whole, closes with a brief's credit (`…意向。（通讯员　沈佳琪` / `）` /
 * `【益农镇】…`: the credit's bracket the line end cut, so the last line alone ends nothing).
 */
export function bracketLeadOpens(a: string, b: string, para?: string): boolean {
  if (!b.includes('】')) return false;
  if (BRACKET_LEAD.test(b) && endsSentence(a)) return true;
  return BRACKET_OPENING.test(b) && para !== undefined && CLOSED_CREDIT.test(para.slice(-40));
}

/** A forecast's days named relative to today, in order (`今天：…` / `明天：…` / `后天：…`). */
const RELATIVE_DAYS = [['今天', '明天', '后天'], ['今日', '明日', '后日']];
const RELATIVE_DAY = /^[ \u3000]*(今天|明天|后天|今日|明日|后日)[：:]/u;

/**
 * `b` opens with the day after the one the paragraph `opening` opens with (`今天：多云，5℃～14℃` / `明天：晴，…`), the row
 * before it (`last`, its last line) set as a row with no full stop: rows of one forecast. Rows written as sentences
 * (`今天：多云转小雨，6℃～11℃。`) are left to the sentence rules (outside a table cell, an unindented element after a
 * sentence may go on).
 */
export function nextRelativeDay(opening: string, b: string, last: string): boolean {
  const ma = RELATIVE_DAY.exec(opening);
  const mb = ma ? RELATIVE_DAY.exec(b) : null;
  if (!ma || !mb || endsSentence(last)) return false;
  return RELATIVE_DAYS.some((days) => days.includes(ma[1] as string) && days.indexOf(mb[1] as string) === days.indexOf(ma[1] as string) + 1);
}

/**
 * A forecast's row set as a row, with no full stop (`后天：晴转多云，4℃～16℃`), before an indented element after a break
 * (`　　温馨提示：…`): the forecast ended and a paragraph opens, though the page indents few of its elements.
 */
export function relativeDayRowEnds(opening: string, last: string, indented: boolean): boolean {
  return indented && RELATIVE_DAY.test(opening) && !endsSentence(last) && !/[，、：:；]$/u.test(last);
}

/** `（通讯员　汪　洋` at a line's end: a brief's credit in brackets, opened and not closed, its last name padded or whole. */
const OPEN_CREDIT = /[（(](?:本报)?(?:融媒|全媒体|见习)?(?:通讯员|记者)(?:[\u3000 ][^（()）。，；！？]*)?$/u;
/** `　记者　许　静）`: the rest of such a credit, its next post and names, closing the bracket (a space may open it). */
const CREDIT_REST = /^[ \u3000]?(?:本报)?(?:融媒|全媒体|见习)?(?:通讯员|记者)?[\u3000 ]?[\u4e00-\u9fff\u3000 ·]{1,16}[)）]$/u;

/**
 * A brief's bracketed credit that the line end cut (`…观看。（通讯员　汪　洋` / `　记者　许　静）`): the rest closes the
 * bracket, so it goes on, though the full-width space that parts the credit's names fell at the next line's start and
 * reads like an indentation.
 */
export function creditBracketGoesOn(a: string, b: string): boolean {
  return b.length <= 20 && OPEN_CREDIT.test(a) && CREDIT_REST.test(b);
}

/**
 * A contact field whose value is a whole telephone number (`盐官镇：0573-87812345`), then the organisation that signs the
 * notice (`海宁市征兵办公室`): the field ends — a number does not go on into a name, whatever the line's width.
 */
export function phoneFieldSigned(a: string, b: string): boolean {
  return /[0-9]$/u.test(a) && isSignatureLine(b) && isFieldLine(a);
}

/**
 * A clock time the line end cut after its colon (`…至12月11日6:` / `00`): the minutes on the next line go on, as a
 * number's other digits do. Two digits of minutes, no more (`1:` / `10000` is a ratio's cut, read otherwise).
 */
export function clockCutAtColon(a: string, b: string): boolean {
  return /(?:^|[^0-9])[0-9]{1,2}[:：]$/u.test(a) && /^[0-5][0-9](?![0-9])/u.test(b);
}

/** `电话：0579-82345678`, `热线：13957981234`: a telephone field's whole number ending the text. */
const PHONE_END = new RegExp(`(?:电话|热线|手机)[：:][ \\u3000]*${PHONE_NUMBER}$`, 'u');

/** `…必有重谢。电话：13957981234`: a text (an item of a 分类广告) ending in a telephone field's whole number — it has ended. */
export const endsInPhoneField = (text: string): boolean => PHONE_END.test(text.slice(-40).trimEnd());

/**
 * `五马街道　88212345`, `梧桐街道便民服务中心 庆丰南路88号 0573-88012345`: a contact list's row, a place or an office (and
 * its address) and its whole telephone number, parted by spaces, with no mark of a sentence or clause — the list's label
 * (`咨询电话：`) stands on the line above it.
 */
const PHONE_ROW = new RegExp(String.raw`^[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,15}(?:[ \u3000]+[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,15})?[ \u3000]+(?:\d{7,8}|${PHONE_NUMBER})$`, 'u');

/**
 * A line ending in a telephone field's whole number (`…价格公道。电话：0579-82345678`, or the number alone under its label,
 * `电话：` / `13957981234`, the line `before`), then a line opening with a Chinese character (`空调清洗、…`): the item or
 * paragraph ends there — a number does not go on into words (a number the line end cut goes on with digits, see join-rule.ts).
 * So does a line ending in a telephone label's colon (`五、咨询电话：`) over a contact list's row (`五马街道　88212345`):
 * the label announces the list, each row a block of its own.
 */
export function phoneFieldEnds(before: string | undefined, a: string, b: string): boolean {
  const c = b.charCodeAt(0);
  if (c < 0x4e00 || c > 0x9fff) return false;
  if (/(?:电话|热线)[：:]$/u.test(a)) return PHONE_ROW.test(b);
  if (!/[0-9]$/u.test(a)) return false;
  return PHONE_END.test(a) || PHONE_ROW.test(a) || (before !== undefined && /^[-－0-9]+$/u.test(a) && PHONE_END.test(before.trim() + a));
}

/** A whole telephone number and nothing else (but the full stop that ends its sentence, `82651120。`): a line that is a field's value alone. */
const PHONE_ALONE = new RegExp(String.raw`^[ \u3000]*(?:${PHONE_NUMBER}|\d{7,8})[。；;]?[ \u3000]*$`, 'u');

/**
 * A telephone label's colon at a line's end (`…128平方米。电话：`), then a line that is a whole number alone
 * (`15967923456`; or, where a column cut the sentence after the label, `…咨询电话：` / `82651120。`): the number is the
 * field's value and goes on with it, however short the label's line (a label and its number are one field; a number
 * never stands as a paragraph of its own).
 */
export function phoneNumberUnderLabel(a: string, b: string): boolean {
  return /(?:电话|热线|手机)[：:]$/u.test(a) && PHONE_ALONE.test(b);
}
