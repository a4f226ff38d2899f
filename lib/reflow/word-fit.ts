// A print line that measures short of its column because the next word did not fit: type does not break a
// run of figures or Latin letters (`1500`, `5G`, `3.5`, `2026-01`, `GDP`) over two lines, so a line ending
// mid-clause a character or two short, the next opening with such a run wider than the room left
// (`…按每人` / `1500元给予…`, 15 wide), was as full as print could set it: no paragraph's last line.
// So was a line ending in a character that its quotation marks (print sets them a whole character wide) and Latin
// letters leave half a character short, no ideograph fitting there (see `nextCharDidNotFit`). And so was a line ending
// in a character a character short, the next opening with a mark print may not set at a line's end (`“`, `《`, `（`):
// the mark went down with the character after it (see `openingMarkWentDown`).
import type { Line } from './columns';
import { endsIn } from './chars';
import { lineEndsSentence } from './line-tests';

/** The run of figures and Latin letters (with the marks print keeps inside one: `.`, `%`, `-`, `/`, `:`) opening `text`. */
const LEADING_RUN = /^[0-9A-Za-z](?:[0-9A-Za-z.%\-/:]*[0-9A-Za-z%])?/u;

/** Two cells of a row, spaces between them. */
const CELLS_APART = /\S[ \u3000\u00a0]+\S/u;

/** Width of that run in print (each character half a character wide, as the repair measures them), 0 when `text` opens otherwise. */
export function leadingRunWidth(text: string): number {
  const m = LEADING_RUN.exec(text);
  return m ? m[0].length / 2 : 0;
}

/**
 * Line `a` ends mid-clause (no sentence's end, no colon or semicolon: those may end a block at any width) in a paragraph
 * that holds a clause mark (`inClause`: a sentence under way — a headline, a byline or a table's row holds none), and the
 * run of figures or Latin letters opening `b`, a character wide or more, would not have fitted in what is left of the
 * column of width `w`: `a` is a full line, though it measures short.
 */
export function nextRunDidNotFit(a: Line, b: Line, w: number, inClause: boolean): boolean {
  // (A table's row printed as a line, its cells apart by spaces, ends at any width: `规划用途　起始价（万元）` / `2024-LX-031…`.)
  if (lineEndsSentence(a) || endsIn(a.text, '：:；;') || CELLS_APART.test(a.text)) return false;
  if (nextCharDidNotFit(a, b, w) || (inClause && openingMarkWentDown(a, b, w))) return true;
  const run = leadingRunWidth(b.text);
  return inClause && run >= 1 && a.width + (a.indent ? 2 : 0) + run > w;
}

/** Quotation marks, which print sets a whole character wide (the repair measures them at half). */
const QUOTES = /[“”‘’]/gu;
/** A last character that is no mark: an ideograph, a figure or a Latin letter. */
const ENDS_IN_CHARACTER = /[\u4e00-\u9fff0-9A-Za-z]$/u;

/**
 * Line `a`, ending in a character (no sentence's end, colon or semicolon, no cells apart), holds quotation marks and Latin
 * letters or figures, and what is left of the column once its quotation marks are counted whole is narrower than
 * the ideograph opening `b`: print set `a` full (`…打开“浙里办”APP` / `或云闪付APP…`, 14 wide: the Latin letters,
 * half a character each, leave half a character that no ideograph fits).
 */
function nextCharDidNotFit(a: Line, b: Line, w: number): boolean {
  const c = b.text.charCodeAt(0);
  if (c < 0x4e00 || c > 0x9fff || !ENDS_IN_CHARACTER.test(a.text) || !/[0-9A-Za-z]/u.test(a.text)) return false;
  const quotes = a.text.match(QUOTES)?.length ?? 0;
  return quotes > 0 && a.width + (a.indent ? 2 : 0) + quotes / 2 + 1 > w;
}

/** A mark print may not set last on a line (it opens what follows: it goes down with the character after it), and its close. */
const OPENING_MARK = /^([“‘《〈（「『【])[\u4e00-\u9fff0-9A-Za-z]/u;
const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '「': '」', '『': '』', '【': '】' };

/**
 * Line `a` ends in a character (no mark), `b` opens with a mark print may not set at a line's end and closes it again
 * (a quoted word, a title, a note: `“不就业”，…`, `《条例》…`, `（街道）…` — not an utterance opening a paragraph, which
 * runs on past its first line) and the room left in the column of width `w`, `a`'s quotation marks counted whole, is
 * narrower than that mark and the character it opens: print sent both down (`受访专家认为，“慢就业”不等于` / `“不就业”，学校…`,
 * 16 wide), so `a` is full though it measures short.
 */
function openingMarkWentDown(a: Line, b: Line, w: number): boolean {
  const open = OPENING_MARK.exec(b.text)?.[1];
  if (!open || !b.text.includes(CLOSE_OF[open]!, 1) || !ENDS_IN_CHARACTER.test(a.text)) return false;
  const quotes = a.text.match(QUOTES)?.length ?? 0;
  return a.width + (a.indent ? 2 : 0) + quotes / 2 + 2 > w;
}
