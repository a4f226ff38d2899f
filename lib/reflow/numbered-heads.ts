// Numbered subheadings (`一、从源头减量`, `（一）支持企业吸纳就业`, `2.预留进站时间`) in print lines that lost their
// indentation and their bold: a line of its own between two paragraphs, nothing but its place in the sequence and
// its shortness to set it apart.
import { endsSentence } from './chars';
import { isHeadingCandidate } from './classify';
import { columnWidthFor, type Line } from './columns';
import { lineIsByline, lineIsHeadingCandidate } from './line-tests';
import { isIssuerLine } from './issuers';
import { fullWithQuotes } from './quote-width';
import { OPENS_LABELLED_ROW, withoutWeekday } from './part-head-words';

/** A section's number (`一、`, `（一）`, `(一)`, `1.`, `1．`, `1、`) and the head after it. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))(.+)$/u;

/** A mark of a sentence or a clause in a head's words (a pair of quotation marks around a word is none: `让垃圾“变废为宝”`). */
const HEAD_MARK = /[，,。．！？!?；;、：:（()）《》—…·"]/u;

/** A line that may be a heading; a numbered question is read without its question mark. */
export const headCandidate = (l: Line): boolean => (/[？?]$/u.test(l.text.trim()) ? isHeadingCandidate(l.text.trim().slice(0, -1)) : lineIsHeadingCandidate(l));

/** A line ending in a colon (`…现将有关事项通告如下：`): what follows is the notice's parts. */
const COLON_END = /[：:][\s\u3000]*$/u;
/** Two cells of a table's row parted by spaces. */
const SPACED_CELLS = /\S[ \u3000]+\S/u;

/** The number's style (`一、` → `一、`, `（三）` → `（）`, `2.` → `1.`): items of one list share it. */
function numberStyle(text: string): string {
  const t = text.trim();
  if (/^[一二三四五六七八九十]{1,3}、/u.test(t)) return '一、';
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/u.test(t)) return '（）';
  if (/^\d{1,2}[.．、](?!\d)/u.test(t)) return '1.';
  return '';
}

/**
 * The words of a numbered head with no mark of a sentence or a clause (quotation marks around a word allowed), or null.
 * A 政策解读's numbered question (`一、补贴标准是多少？`, `1.哪些人需要备案？`) is such a head: one question mark at its
 * end, none before it (a Q&A's label, `1.问：…？`, is a mark).
 */
export function numberedHeadWords(text: string): string | null {
  const m = NUMBERED.exec(text.trim());
  if (m === null) return null;
  const words = m[1] as string;
  if (words.length > 20 || !/\p{Script=Han}/u.test(words)) return null;
  // Quotation marks only in pairs around words: `让垃圾“变废为宝”`, not `“一是` cut open.
  // A date's bracketed weekday may end it (`一、10月24日（星期二）`: see ./part-head-words.ts).
  const unquoted = withoutWeekday(words).replace(/“[^“”]{1,10}”/gu, '').replace(/(?<=\p{Script=Han})[？?]$/u, '');
  return /[“”]/u.test(unquoted) || HEAD_MARK.test(unquoted) ? null : words;
}

/**
 * On a page that indents its paragraphs: an unindented print line holding a numbered question and nothing else
 * (`1.哪些人需要备案？`), a character and a half or more short of its column, under a line ending a sentence and over an
 * indented line, is a subheading. A paragraph's line that goes on under it would fill it and not open with a number; a
 * paragraph's last line would not open with one either, and one opening a paragraph is indented.
 */
export function numberedQuestionUnindented(lines: readonly Line[], i: number, widths: readonly (number | undefined)[]): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || !next.indent || l.gap > 0 || l.bold || !/[？?]$/u.test(l.text)) return false;
  if (numberedHeadWords(l.text) === null || !endsSentence(prev.text)) return false;
  const w = columnWidthFor(widths, prev, l);
  return w !== undefined && l.width <= w - 1.5 && !lineIsByline(l) && headCandidate(l);
}

/**
 * Print lines with no indentation (`…综合利用率达到99.2%。` / `一、从源头减量` / `在长兴县，一家蓄电池企业…`): a numbered
 * line with no mark in its head, short of its column by more than a character and a half, after a finished sentence
 * and before a line of prose that fills its column, within a character (a blank line of a column end between them or not), is a
 * subheading — an item of a list cut there would fill its line or end in a mark. (A line under it that measures short only by
 * its quotation marks, `要弘扬“和合文化”和“台州`, fills its column: see ./quote-width.ts.) Not where the paragraph before opens
 * with a number of the same style (the next item of a list: `1.本人身份证。` / `2.户口簿`), nor before a numbered line of its own
 * style. A notice's part head stands so after the colon that opens its parts too (`…现将有关事项通告如下：` / `一、管制时间`), and
 * over the first item of its own list (`二、管制路段及措施` / `1.机场城市大道（红十五线至…`): the caller asks it after a finished
 * paragraph or one ending in a colon.
 */
export function numberedPlainHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], slack: number, before: string): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || next.indent || l.bold || l.boldLine) return false;
  // (A bulletin's first part head may stand right under its issuers, `湖州市统计局` / `一、农业生产稳定`: see ./issuers.ts.)
  if (numberedHeadWords(l.text) === null) return false;
  // (After a colon, not over a table's head row, its cells parted by spaces: `一、管制路段及时间` / `路段　管制时间　管制方式`.)
  const read = endsSentence(prev.text) || (COLON_END.test(prev.text) && !SPACED_CELLS.test(next.text.trim()));
  if (!read && !issuersAbove(lines, i)) return false;
  // (A numbered line under it of another style is the first item under the head: `二、管制路段及措施` / `1.机场城市大道…`.)
  const nextStyle = numberStyle(next.text);
  if (nextStyle !== '' && (nextStyle === numberStyle(l.text) || !read)) return false;
  if (numberStyle(before) !== '' && numberStyle(before) === numberStyle(l.text)) return false;
  const w = columnWidthFor(widths, prev, next);
  // (Or over a labelled row, `停电时间：7:30—16:30`, short as it may be: see ./part-head-words.ts.)
  return w !== undefined && l.width <= w - 1.5 && (next.width >= w - Math.max(slack, 1) || fullWithQuotes(next, w, Math.max(slack, 1)) || OPENS_LABELLED_ROW.test(next.text)) && !lineIsByline(l) && headCandidate(l);
}

/**
 * On a page that indents its paragraphs: a sub-head numbered in another style (`（一）推进秸秆还田`) right under a numbered
 * part head the caller made a heading (`二、综合利用措施`), unindented, its head with no mark, a character and a half or more
 * short of its column, over an indented line (the paragraph under it), is a heading too: a paragraph's line under a heading
 * would be indented, and an item of a list would end on a mark. In the golds outside the held-back half, each numbered line
 * whose head holds no mark right under a numbered heading is a heading (4 of 4).
 */
export function subHeadUnderPartHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[]): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || !next.indent || l.gap > 0 || next.gap > 0 || l.bold || l.boldLine) return false;
  const style = numberStyle(l.text);
  const above = numberStyle(prev.text);
  if (style === '' || above === '' || style === above || numberedHeadWords(l.text) === null || numberedHeadWords(prev.text) === null) return false;
  const w = columnWidthFor(widths, prev, l) ?? next.width + 2;
  return l.width <= w - 1.5 && !lineIsByline(l) && headCandidate(l);
}

/** The lines above line `i`, one or two (a wrapped line), are the text's first and name a bulletin's issuers. */
const issuersAbove = (lines: readonly Line[], i: number): boolean => i <= 2 && isIssuerLine(lines.slice(0, i).map((l) => l.text.trim()).join(''));
