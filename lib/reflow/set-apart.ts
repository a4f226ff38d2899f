// Lines print sets apart by their form, whatever their length or marks: an item of a data box
// (`612.3亿元　1—10月进出口额`), a document number (`丽土告字〔2025〕28号`), a quiz's answer options
// (`A.1954年　B.1978年`) and the question before them (`…的机关是（　）`), a book's details (`《书名》　某某 著　某出版社　2025年9月`), a section head
// (`一、竞买人资格要求`), and captions numbered to their pictures (`①…`, `②…`); a table given as text
// lines (`青菜　3.50　涨0.40`, `定海　高潮 05:12 / 17:36　低潮 11:20`) and its unit note (`单位：元/500克`).
// None is a headline by its shortness; each is a line (or a caption) of its own.
import { hasHan, isWhiteCode } from './chars';
import { OPENS_WITH_MARK } from './marked-items';

/**
 * An amount with its unit opening the line, a space, then a short label (`612.3亿元　1—10月进出口额`,
 * `18.6%　同比增幅`, `186家　区内企业`): an item of a 数说 box or a chart's figures given as text.
 */
const FIGURE_ITEM =
  /^[0-9][0-9.,，]*\s*(?:%|％|‰|个百分点|[万亿千百]*(?:亿元|万元|元|美元|吨|亩|平方米|平方公里|公里|千米|米|千瓦时|人次|人|家|个|单|件|项|户|座|辆|台|套|次|所|名|篇|场|份|架|艘|棵|株|GB|TB|MW|kW))[ \u3000]+[^ \u3000，。；！？,;!?]/u;

/** An item of a data box (see `FIGURE_ITEM`). */
export const isFigureItem = (text: string): boolean => {
  const t = text.trim();
  // It opens with a digit: other lines (nearly all) are answered without the pattern.
  const c = t.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && t.length <= 40 && FIGURE_ITEM.test(t);
};

/** `丽土告字〔2025〕28号`, `浙政发〔2024〕5号`, `〔2025〕第12号`: a document number alone on a line. */
const DOC_NUMBER = /^[\u4e00-\u9fff]{0,10}\s*[〔［[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\s*\d{1,5}\s*号$/u;
/** A document number alone (see `DOC_NUMBER`). */
export const isDocNumber = (text: string): boolean => {
  const t = text.trim();
  // It ends in 号: other lines are answered without the pattern.
  return t.endsWith('号') && DOC_NUMBER.test(t);
};

/** An answer option: a capital letter and a full stop or 、 (`A.`, `Ｂ．`, `C、`). */
const OPTION = /(?:^|[ \u3000])[A-FＡ-Ｆ]\s*[.．、]\s*\S/gu;

/** `A.1954年　B.1978年　C.1982年　D.2004年`, `C.国务院　D.最高人民法院`: a quiz's answer options, two or more to a line in order. */
export function isOptionsLine(text: string): boolean {
  const t = text.trim();
  // It opens with an option's letter: other lines are answered without a pattern.
  const c = t.charCodeAt(0);
  if (!((c >= 0x41 && c <= 0x46) || (c >= 0xff21 && c <= 0xff26))) return false;
  if (!/^[A-FＡ-Ｆ]\s*[.．、]/u.test(t) || /[。！？；!?;]/u.test(t)) return false;
  const letters = Array.from(t.matchAll(OPTION), (m) => m[0].trim()[0] as string).map((c) => c.normalize('NFKC'));
  if (letters.length < 2) return false;
  return letters.every((c, k) => k === 0 || c.charCodeAt(0) === (letters[k - 1] as string).charCodeAt(0) + 1);
}

/** A question's blank answer bracket at the end of its line (`…的机关是（　）`). */
export const ANSWER_BLANK = /[（(][ \u3000]*[)）]$/u;
/** `text` ends in a blank answer bracket (see `ANSWER_BLANK`); a line not ending in a closing bracket is answered without the pattern. */
export function endsAnswerBlank(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x29 || last === 0xff09) && ANSWER_BLANK.test(text);
}

/** `《太湖溇港》　徐建明 著　浙江人民出版社　2025年9月`: a book's title, its author and its publisher (or year). */
const BOOK_DETAILS = /^《[^》]{1,30}》[ \u3000]*[^，。；！？]{0,24}?(?:著|编著|主编|编|译|绘)(?=[ \u3000/／]|$)[^，。；！？]*(?:出版社|出版|[12]\d{3}年)/u;

/** An Arabic item number opening a text (`1.`, `2、`, `（3）`, a source's `[3]` or `［3］`, a circled `②`), with its form. */
const ARABIC_ITEM = /^\s*(?:([0-9]{1,2})([.．、])(?![0-9])|[（(]([0-9]{1,2})[)）]|[[［]([0-9]{1,2})[\]］]|([①-⑳]))/u;

/** The first character of `text` after white space is a digit or an opening bracket, as an `ARABIC_ITEM` opens. */
function mayOpenArabicItem(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhiteCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || c === 0xff08 || c === 0x28 || c === 0x5b || c === 0xff3b || (c >= 0x2460 && c <= 0x2473);
}

/** `b` opens with the item number right after the one `a` opens with, in the same form. */
export function nextArabicItem(a: string, b: string): boolean {
  // Both open (after white space) with a digit or a bracket: other texts (asked at every explicit break) are answered without the pattern.
  if (!mayOpenArabicItem(a) || !mayOpenArabicItem(b)) return false;
  const ma = ARABIC_ITEM.exec(a);
  const mb = ARABIC_ITEM.exec(b);
  if (!ma || !mb) return false;
  // ①–⑳ are U+2460–U+2473 in order: a circled number counts as its number, in a form of its own.
  const num = (m: RegExpExecArray): number => (m[5] !== undefined ? m[5].charCodeAt(0) - 0x245f : Number(m[1] ?? m[3] ?? m[4]));
  const na = num(ma);
  const nb = num(mb);
  const form = (m: RegExpExecArray): string => (m[5] !== undefined ? '①' : m[3] !== undefined ? '()' : m[4] !== undefined ? '[]' : (m[2] as string).normalize('NFKC'));
  return nb === na + 1 && form(ma) === form(mb);
}

/** A day's label opening a text (`16日：`, `10月17日：`): a forecast's or a schedule's entry, the month if given. */
const DAY_ITEM = /^\s*(?:([0-9]{1,2})月)?([0-9]{1,2})日[：:]/u;

/**
 * `b` opens with the label of the day after the one `a` opens with (`16日：多云转阴，14℃～23℃` / `17日：阴有小雨，…`, a
 * forecast's days; `10月31日：…` / `11月1日：…`): entries of one dated list, each a paragraph — however short, and set
 * unindented on a page that indents its paragraphs. Both give the month, or neither does.
 */
export function nextDayItem(a: string, b: string): boolean {
  if (!mayOpenArabicItem(a) || !mayOpenArabicItem(b)) return false;
  const ma = DAY_ITEM.exec(a);
  const mb = DAY_ITEM.exec(b);
  if (!ma || !mb || (ma[1] === undefined) !== (mb[1] === undefined)) return false;
  const da = Number(ma[2]);
  const db = Number(mb[2]);
  if (ma[1] === undefined || ma[1] === mb[1]) return db === da + 1;
  // Into the next month: its first day, after one of the last days of a month.
  return Number(mb[1]) === (Number(ma[1]) % 12) + 1 && db === 1 && da >= 28;
}

/**
 * `青菜　3.50　涨0.40`, `12月3日　多云转阴　东北风6～7级　9℃～14℃`, `定海　高潮 05:12 / 17:36　低潮 11:20 / 23:48`: a
 * row of a table printed as a text line — three or more short cells parted by full-width spaces (or
 * runs of spaces), one of them holding a figure, and no clause or sentence mark anywhere. A byline's
 * names (`记者　X　通讯员　Y`) hold no figure; a guest's or pupil's line (`name　post`) has two cells.
 */
export function isRowLine(text: string): boolean {
  const t = text.trim();
  // With no cell separator (a space) the line is one cell: no pattern to run, no array to build.
  if (t.length > 60 || (!t.includes('\u3000') && !t.includes(' ')) || /[，。；！？,;!?]/u.test(t) || !hasHan(t)) return false;
  const wide = t.includes('\u3000') || t.includes('  ');
  const cells = cellsOf(t);
  if (cells.length < 3 || cells.some((c) => c.length > 20)) return false;
  // Cells parted by single spaces (`粮食 86420 2.1`, `1 王建国 城关镇`) open or end with a figure alone (not `2024-LX-032 9870 零售商`, a row cut).
  return wide ? cells.some((c) => /[0-9０-９]/u.test(c)) : FIGURE_CELL.test(cells[0] as string) || FIGURE_CELL.test(cells[cells.length - 1] as string);
}

/** `名次 代表队 胜 负 积分`, `品种 产量（吨） 同比增长（%）`: a table's head, three or more short cells and no clause or sentence mark (a row of figures must follow). */
export function isHeadRow(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || !t.includes(' ') && !t.includes('\u3000') || /[，。；！？,;!?：:]/u.test(t)) return false;
  const cells = cellsOf(t);
  return cells.length >= 3 && cells.every((c) => c.length <= 10);
}

const FIGURE_CELL = /^[-+]?[0-9][0-9.,%]*$/u;

/** A row line's cells (see `isRowLine`): parted by full-width spaces or runs of spaces, or by single spaces where the line has neither. */
export const cellsOf = (text: string): string[] => {
  const t = text.trim();
  return t.split(t.includes('\u3000') || t.includes('  ') ? /\u3000+|[ \u3000]{2,}/u : / /u).filter((c) => c !== '');
};

/** `单位：元/500克`, `单位：亿元、%`: a table's unit note, a line of its own. */
const UNIT_NOTE = /^(?:计量|金额|价格)?单位\s*[：:]\s*[^，。；！？,;!?]{1,20}$/u;
/** A table's unit note (see `UNIT_NOTE`). */
export const isUnitNote = (text: string): boolean => {
  const t = text.trim();
  // `单位` opens the note or follows its two-character qualifier: other texts (a paragraph is asked at every line) are answered without the pattern.
  return (t.startsWith('单位') || t.startsWith('单位', 2)) && UNIT_NOTE.test(t);
};

/** `【案情】`, `【法官说法】`: a bracketed label alone, a section head (bold or not). */
export const isBracketHead = (text: string): boolean => text.includes('【') && /^【[\u4e00-\u9fff]{2,8}】$/u.test(text.trim());

/** A line print sets apart by its form (see the file's head): never a headline. */
export function isSetApart(text: string): boolean {
  const t = text.trim();
  return isFigureItem(t) || isDocNumber(t) || isOptionsLine(t) || (t.startsWith('《') && BOOK_DETAILS.test(t)) || endsAnswerBlank(t) || isRowLine(t) || isUnitNote(t);
}

/**
 * `一、竞买人资格要求`: a section's numeral and a short head with no mark after it — a section head
 * (not `三、公示时间：…`, a labelled item, nor an item with a clause in it). A 政策问答's numbered question
 * (`一、哪些支出可以享受专项附加扣除？`) is one too: one question mark at its end, after a Han character, none before it.
 * So is a head of two comma-parted phrases (`TWO_PHRASES`) on a line `alone` (an empty line under it): a paragraph's first
 * print line can break right after such a pair (`二、管制期间，过往车辆请` / `按照现场交通标志绕行…`). Not a question: a
 * numbered question with a clause (`一、稻虾共养这条路，当初是怎么选定的？`) is an interview's turn.
 */
export function isSectionHead(text: string, alone = false): boolean {
  const t = text.trim();
  const m = /^[一二三四五六七八九十]{1,3}、(.+)$/u.exec(t);
  const words = m === null ? '' : (m[1] as string).replace(/(?<=\p{Script=Han})[？?]$/u, '');
  return m !== null && (m[1] as string).length <= 24 && hasHan(words) && (!/[，。；！？：、,.;:!?“”"（）()]/u.test(words) || (alone && words === m[1] && TWO_PHRASES.test(words)));
}

/**
 * A 理论 article's head of two short phrases parted by one comma (`一、以港促产，做强临港产业`, `二、分好蛋糕，促进城乡融合`):
 * Han characters only on either side, no mark at its end (an item with a clause, a figure or a label is none).
 */
const TWO_PHRASES = /^\p{Script=Han}{2,8}[，,]\p{Script=Han}{2,8}$/u;

const NUMERALS = '一二三四五六七八九十';
/**
 * The section head `text` (`二、考试时间`) follows the page's last heading, its series' head before it (`一、报名时间`): the
 * series goes on as headings whatever ended the part before it (a row, `…3月13日`; a list's last item, `3.会计　1名`), as
 * a part's last line is no sentence a break cuts. Only over a line with a clause or sentence mark (the part's text): over
 * a row with none (`3月13日9:00—11:00　科目一`) the rows would be read as the head's own lines. (Single numerals only.)
 */
export function partSeriesGoesOn(out: readonly { kind?: string; text: string }[], text: string, next: string | undefined): boolean {
  const n = NUMERALS.indexOf(text.trim().charAt(0));
  if (n < 1 || text.trim().charAt(1) !== '、' || next === undefined || !/[，。；：、！？]/u.test(next)) return false;
  for (let k = out.length - 1; k >= 0; k--) {
    const b = out[k] as { kind?: string; text: string };
    if (b.kind === 'heading') return b.text.trim().startsWith(`${NUMERALS.charAt(n - 1)}、`) && isSectionHead(b.text);
  }
  return false;
}


/** The picture number a caption opens with (`①11月28日，…` → 1), or 0. */
export function pictureNumber(text: string): number {
  const t = text.trim();
  // ①–⑳ are U+2460–U+2473 in order (an empty text gives 1, as the search of ①…⑳ for '' did).
  if (t.length === 0) return 1;
  const c = t.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : 0;
}

/** The text after a caption's picture number (`①11月28日，…` → `11月28日，…`). */
export const withoutPictureNumber = (text: string): string => (pictureNumber(text) > 0 ? text.trim().slice(1).trim() : text);

/** `◆ 从“各自种”到“统一管”`, `■ 多方联动破难题`: a mark, then a head of five to twenty characters with no clause or sentence mark. */
const MARKED_HEAD = /^([◆◇■□★☆])\s*([^，。；！？：、,.;:!?（）()]{5,20})$/u;

/** `■整村授信全覆盖`, `★路桥开通定制公交`: one marked head (see `MARKED_HEAD`), the whole of a line. */
export function isMarkedHeadLine(text: string): boolean {
  const m = MARKED_HEAD.exec(text.trim());
  return m !== null && hasHan(m[2] as string);
}

/**
 * The elements that are a page's marked subheads: two or more elements of their own (a break before and after)
 * opening with the same mark, each a short head (see `MARKED_HEAD`) and none followed by another marked element
 * (a list's items follow each other). Indices into `lines`.
 */
export function markedHeads(lines: readonly { text: string; gap: number }[]): Set<number> {
  const own = lines.map((l, k) => (l.gap > 0 || k === 0) && (lines[k + 1]?.gap ?? 1) > 0);
  const marked = lines.map((l, k) => (own[k] ? MARKED_HEAD.exec(l.text.trim()) : null));
  const found = new Set<number>();
  for (let k = 0; k < lines.length; k++) if (marked[k] && hasHan(marked[k]?.[2] as string) && !OPENS_WITH_MARK.test(lines[k + 1]?.text.trim() ?? '')) found.add(k);
  const marks = new Set(Array.from(found, (k) => marked[k]?.[1]));
  const all = marked.filter((m) => m !== null).length;
  return found.size >= 2 && marks.size === 1 && found.size === all ? found : new Set();
}
