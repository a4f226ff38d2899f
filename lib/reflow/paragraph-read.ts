// How the rules of `joinRule` read the paragraph so far at a print-line boundary. The paragraph is
// built a line at a time by `+=`; reading it whole (a pattern, `trim`, `startsWith`) copies it into
// one flat string first, so a rule that reads it at every boundary costs time quadratic in the
// paragraph's length (a text of thousands of print lines with no sentence end took seconds).
import type { Line } from './columns';

/** The paragraph in progress, as the rules read it: its print lines, its text and its open quotes. */
export interface ParagraphLines {
  lines: readonly Line[];
  text: string;
  depth: number;
}

/**
 * The longest paragraph of several print lines the rules read whole. Every shape they look for in
 * the whole paragraph (a dateline alone, a speaker's label alone, a bracketed note, a named entry or
 * a 名单's row, a document number, a signature, a closing formula, a list's title) is a few print
 * lines long: a longer paragraph is none of them. A paragraph of one line is its line, read as it is.
 */
export const READ_WHOLE = 2000;

/** The paragraph's text where the rules may read it whole (see `READ_WHOLE`), else undefined. */
export function wholeText(cur: ParagraphLines): string | undefined {
  return cur.lines.length === 1 || cur.text.length <= READ_WHOLE ? cur.text : undefined;
}

/** Characters of the paragraph's opening the rules that read its start need (an item's number, a clause's, a list mark). */
const OPENING = 32;

/**
 * The paragraph's opening: its text where it is read whole, else its first print lines up to
 * `OPENING` characters (the lines' texts end to end: what an opening's pattern reads is the same).
 */
export function openingText(cur: ParagraphLines, whole: string | undefined): string {
  if (whole !== undefined) return whole;
  let s = '';
  for (const l of cur.lines) {
    s += l.text;
    if (s.length >= OPENING) break;
  }
  return s;
}

/** How far each paragraph's lines were searched for a set of marks, and whether one was found. */
const searched = new WeakMap<readonly Line[], Map<RegExp, { upTo: number; found: boolean }>>();

/**
 * The paragraph holds a character `marks` matches (a pattern without flags `g` or `y`): its text
 * where it is read whole; else its lines, each searched once however often it is asked (the
 * paragraph only grows, and a mark found stays found).
 */
export function holdsMark(cur: ParagraphLines, whole: string | undefined, marks: RegExp): boolean {
  if (whole !== undefined) return marks.test(whole);
  let byMarks = searched.get(cur.lines);
  if (!byMarks) searched.set(cur.lines, (byMarks = new Map()));
  const s = byMarks.get(marks) ?? { upTo: 0, found: false };
  for (; !s.found && s.upTo < cur.lines.length; s.upTo++) s.found = marks.test((cur.lines[s.upTo] as Line).text);
  byMarks.set(marks, s);
  return s.found;
}
