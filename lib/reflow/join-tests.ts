// The patterns and small tests the sure rules of ./join-rule.ts read a boundary with: a list item's or a clause's
// opening, a 电头 and its reporters' bracket, a colon at a paragraph's end, a line announcing a list.
import { isWhiteCode } from './chars';
import { isFieldLine } from './notice-lines';
import { holdsMark, type ParagraphLines } from './paragraph-read';

/** A list item's marker: `（二）`, `二、`, `2.` (also before a month, `1.1月1日…`), `（2）`, `②`, the numbered points of official prose `二是…`, `第二，`, `其二，`, and a guide's steps `第二步：`. */
export const ITEM = /^(?:（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9])|[0-9]{1,2}[.．](?=[0-9]{1,2}月)|[（(][0-9]{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]是(?![，。；、])|(?:第|其)[一二三四五六七八九十][，,、]|第[一二三四五六七八九十]{1,2}步[：:，,]|第[一二三四五六七八九十百零〇]{1,5}条[\u3000 ])/u;
/** `第一条　…`, `第十二条　…`: a clause of a regulation or a notice, its number and a space opening it. */
const CLAUSE = /^第[一二三四五六七八九十百零〇]{1,5}条[\u3000 ]+\S/u;

/**
 * A full print line that stops mid-clause (on a character or figure, a clause mark, an opening
 * quotation mark or bracket) in a paragraph that already holds a clause mark, no notice field: a
 * column was cut there, whatever the page's column count says (it drifts where a caption or
 * headline took lines), and a paragraph goes on.
 */
export function cutMidClause(cur: ParagraphLines, para: string | undefined, a: string, full: boolean): boolean {
  return full && /[\u4e00-\u9fff0-9，、“‘（《]$/u.test(a) && holdsMark(cur, para, CLAUSE_MARK) && !isFieldLine(para ?? '') && !isFieldLine(a);
}
export const CLAUSE_MARK = /[，、；]/u;
export const PROSE_MARK = /[，、]/u;
/** `text` opens a clause (see `CLAUSE`); a text opening otherwise is answered without the pattern. */
export const isClause = (text: string): boolean => text.startsWith('第') && CLAUSE.test(text);

/** `本报讯`, `本报无锡12月14日讯`, `新华社杭州12月14日电`: a 电头 and nothing after it. */
const DATELINE = String.raw`(?:本报讯|(?:本报|新华社|中新社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:讯|电))`;
export const DATELINE_ONLY = new RegExp(`^${DATELINE}$`, 'u');
/** The first or last code unit of `text` that `trim` keeps (white space as `\s` reads it skipped), or -1. */
function trimmedEnd(text: string, end: 'first' | 'last'): number {
  const step = end === 'first' ? 1 : -1;
  let i = end === 'first' ? 0 : text.length - 1;
  while (i >= 0 && i < text.length && isWhiteCode(text.charCodeAt(i))) i += step;
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
/** Whether `text` ends in a colon, white space after it aside (as `trim` leaves it): the paragraph ends as its last line does. */
export function endsInColon(text: string): boolean {
  const c = trimmedEnd(text, 'last');
  return c === 0xff1a || c === 0x3a;
}
/** The characters a 电头 opens with (本报, 新华社, 中新社): a paragraph opening otherwise is answered without reading it. */
export const DATELINE_FIRST: ReadonlySet<number> = new Set([0x672c, 0x65b0, 0x4e2d]);

/** `本报讯（记者 彭 程 通讯员 谭`, `本报讯（记者 徐 斌）`: a 电头 and its reporters' bracket, closed or not — the lead's text follows it. */
export const DATELINE_OPEN_CREDIT = new RegExp(String.raw`^${DATELINE}[ \u3000]*[（(][^（()）。，；！？]*[）)]?$`, 'u');

/** A line announcing the list, table or items that follow it (a note in brackets may stand before its colon: `…名单如下（按姓氏笔画排序）：`). */
export const ANNOUNCES_LIST = /(?:如下|以下|如下表所示|见下表)(?:[（(][^（）()]{1,12}[）)])?[：:]$/u;
