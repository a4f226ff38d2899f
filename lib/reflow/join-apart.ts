// Tests of the line-wrap repair's sure rules (./join-rule.ts) for lines that stand apart from the paragraph
// around them: a table's row printed as a text line, an element of its own with no mark, a marked item's end,
// a bracketed note, text that starts anew in the other script.
import { endsSentence } from './chars';
import { latinShare } from './latin-text';
import type { Line } from './columns';
import type { Context } from './headlines';
import { figureList, markOf } from './marked-items';
import { cellsOf, isHeadRow, isRowLine, isUnitNote } from './set-apart';
import { lineEndsSentence, lineIsRow } from './line-tests';

/** A boundary at a table's row printed as a text line, or at its unit note (see `joinRule`). */
export function rowBoundary(cur: string, a: Line, b: Line, full: boolean, next?: Line): boolean {
  if ((isUnitNote(cur) || isUnitNote(b.text)) && (b.gap > 0 || !full)) return true;
  const rowA = isRowLine(cur);
  const rowB = lineIsRow(b);
  // A table's head after a finished sentence, a row of as many cells under it (`…现予以公示。` / `项目名称 所在区域 房源（套）` /
  // `秀湖人才公寓 南湖区 420`), opens the table, even where the sentence filled its line: a head is no sentence's rest.
  if (lineEndsSentence(a) && next !== undefined && isHeadRow(b.text) && lineIsRow(next) && cellsOf(b.text).length === cellsOf(next.text).length) return true;
  if (rowA && rowB && cellsOf(cur).length === cellsOf(b.text).length) return true;
  // A row ends before an indented line of sentences (`3 朱家尖街道 2 3 7` / `　　据了解，…`; a cell a line end cut holds no clause mark).
  if (rowA && (!full || (b.indent && /[，。；！？]/u.test(b.text)))) return true;
  return rowB && b.gap > 0 && !full && lineEndsSentence(a);
}

/** A text that is one bracketed note and nothing else. */
const WHOLE_BRACKET = /^[（(][^（()）]+[)）]$/u;
/** `text`, trimmed, is one bracketed note (see `WHOLE_BRACKET`); a text opening otherwise is answered without the pattern. */
export const wholeBracket = (text: string): boolean => {
  const t = text.trim();
  return (t.startsWith('（') || t.startsWith('(')) && WHOLE_BRACKET.test(t);
};

/** `Keywords: …`, `Abstract: …`: an English label opening a line. */
const LATIN_LABEL = /^[A-Z][a-z]+(?: [A-Za-z]+){0,2}\s*[:：]\s*\S/u;

/** No clause or sentence mark in the text, and no `、` at its end. */
const unmarked = (text: string): boolean => !/[，。；！？：,;!?:]|、$/u.test(text);

/** A line ending in a mark that closes a sentence, an item or a label (not `，` or `、`, inside a clause). */
const CLOSED_LINE = /[。！？!?；;：:…”’」』）)]$/u;

/** Longest element `standsAlone` takes for a line of its own. */
const ALONE_MAX = 40;

/**
 * On a page that indents its paragraphs, `b` is an element of its own that is not indented, holds
 * no clause or sentence mark and does not end in `、`, and the next element is indented (or there
 * is none), after a line closed by a mark (`。`, `；`, `：`, a closing quote) or after another such
 * element: were it the last piece of a
 * paragraph of sentences cut by a column, it would end in a mark, so it is a line of its own
 * (`一、天气情况`, `记者 朱 颖` under a `——记…` subtitle). After a line with no mark inside an element
 * (a list of names and posts, `赵建国　江西省商务厅副` / `厅长职务`) it may be a column's cut.
 */
export function standsAlone(ctx: Context, a: Line, b: Line): boolean {
  if (b.gap === 0 || b.indent || !ctx.indentUsed || b.text.length > ALONE_MAX || unmarked(b.text) === false) return false;
  if (!CLOSED_LINE.test(a.text) && !((a.gap > 0 || a.ord === 0) && unmarked(a.text))) return false;
  if (ctx.lines[b.ord] !== b) return false;
  const next = ctx.lines[b.ord + 1];
  return next === undefined || (next.gap > 0 && next.indent);
}

/**
 * Across an explicit break, text that starts anew in the other script: a Chinese sentence
 * ended, then English prose (an abstract: three words or more, nearly all Latin letters); or an
 * English sentence ended, then an English label (`Keywords: …`).
 */
export function startsAnewInOtherScript(a: string, b: string): boolean {
  // Either way `b` holds Latin letters (a label opens with a capital): a Chinese line (nearly every one) is answered by one pass.
  const share = latinShare(b);
  if (share === 0) return false;
  if (share >= 0.8 && /[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+/u.test(b)) {
    if (latinShare(a) <= 0.2 && endsSentence(a)) return true;
  }
  return latinShare(a) >= 0.8 && /[.!?][”"’')）]?$/u.test(a.trim()) && LATIN_LABEL.test(b);
}

/**
 * A marked item (`■…`) ends before `b`: its last line short of a measured column, or it is an item
 * of a list of figures with no punctuation (see `figureList`) and `b` holds a sentence's.
 */
export function endsMarkedItem(lines: readonly Line[], item: string, b: string, short: boolean): boolean {
  const mark = markOf(item);
  if (mark === null) return false;
  return short || (/[，。；！？]/u.test(b) && figureList(lines, mark));
}
