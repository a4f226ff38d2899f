// A poem set one line to an element (`<p>太湖的风</p><p>从南岸吹到北岸</p>…`, stanzas parted by blank
// elements): each line short and unmarked, as a headline's are, but a headline block holds at most
// three or four such lines, and verse runs on for stanza after stanza.
import { ANY_MARK, visualWidth } from './chars';
import type { Line } from './columns';
import { lineIsByline } from './line-tests';

/** A verse line set alone is at most this wide (a headline or a print line may be wider). */
const VERSE_WIDTH = 16;
/** This many such elements in a row are verse: more than a headline block (引题, 主题, 副题, a second subtitle) holds. */
const MIN_VERSE_ELEMENTS = 6;

/** Line `i` is an element of its own: a break before it (or the text's start) and after it (or the text's end). */
const alone = (lines: readonly Line[], i: number): boolean => ((lines[i] as Line).gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0;

/** A short element with no mark and no figure, not bold (a poem's title is), no byline. */
function verseLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i] as Line;
  return alone(lines, i) && !l.bold && !l.row && !ANY_MARK.test(l.text) && visualWidth(l.text.trim()) <= VERSE_WIDTH && !lineIsByline(l);
}

/** Commas inside a line (not at its end): a verse line's pause (`流过去，又流回来`, `十月，山坡还青着`). */
const INNER_COMMAS = /，(?=.)/gu;
/** One clause or sentence mark ending a line: a verse line's pause or a stanza's end (`每天数过往的车辆，`, `把一年的话说完。`). */
const END_MARK = /[，。！？；]$/u;

/**
 * Such an element but for a comma or two inside it (`流过去，又流回来`) or one clause or sentence mark at its end
 * (`每天数过往的车辆，`, a poem's last line's `。`): a verse line that pauses. It counts towards a run of verse only
 * beside lines with no mark at all (see `verseElements`); alone it may be a column's piece.
 */
function pausedVerseLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i] as Line;
  const t = l.text.trim();
  return alone(lines, i) && !l.bold && !l.row && ANY_MARK.test(t) && !ANY_MARK.test(t.replace(INNER_COMMAS, '').replace(END_MARK, '')) && visualWidth(t) <= VERSE_WIDTH && !lineIsByline(l);
}

/** A long verse line set alone is at most this wide: two short ones' worth (`看一只白鹭从水面起飞，把初冬的黄昏衔进了…`). */
const LONG_VERSE_WIDTH = 2 * VERSE_WIDTH;

/**
 * An element wider than a verse line but for a comma or two inside it and no other mark, no figure, no Latin letter and no
 * space, ending on a character (`看一只白鹭从水面起飞，把初冬的黄昏衔进了更远的芦苇深处`): a poem's long line, set whole in its
 * element. It counts as a pausing line (see `verseElements`): a run of verse holds it only beside lines with no mark; a
 * sentence of prose ends on its full stop, a row of a list holds its spaces or figures, and a headline holds no comma.
 */
function longVerseLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i] as Line;
  const t = l.text.trim();
  const w = visualWidth(t);
  if (w <= VERSE_WIDTH || w > LONG_VERSE_WIDTH || !alone(lines, i) || l.bold || l.row) return false;
  const rest = t.replace(INNER_COMMAS, '');
  return rest !== t && /^\p{Script=Han}+$/u.test(rest) && !lineIsByline(l);
}

/** At most this share of a verse run's lines may pause on a comma: a poem's lines mostly hold no mark at all. */
const PAUSED_SHARE = 1 / 3;

/**
 * A poem's number over its lines in a 组诗 (`一　江心屿`, `二`): a Chinese numeral alone or before a short title, set apart
 * by a space. Inside a run of verse it is the head of the poem it numbers.
 */
const NUMBERED_POEM_HEAD = /^[一二三四五六七八九十]{1,3}(?:[\u3000 ]+[\u4e00-\u9fff·]{1,10})?$/u;

/** The element `text`, a line of a run of verse, is a numbered poem's head (see `NUMBERED_POEM_HEAD`). */
export const isVersePoemHead = (text: string): boolean => NUMBERED_POEM_HEAD.test(text.trim());

/** This many such elements in a row are verse when a poem's own title and author stand right before them. */
const MIN_SIGNED_VERSE_ELEMENTS = 3;

/**
 * A short poem under its own title and author (`<p><strong>稻花</strong></p><p>□ 沈　蓉</p><p>七月的风</p>…`, a 副刊 page of
 * several): a bold title alone, its author's byline alone, then three or more such elements in a row — a headline block
 * never follows a byline with its lines in that order.
 */
function signedVerseStart(lines: readonly Line[], i: number): boolean {
  const title = lines[i - 2];
  const author = lines[i - 1];
  return title !== undefined && author !== undefined && title.bold && alone(lines, i - 2) && alone(lines, i - 1) && !author.bold && lineIsByline(author);
}

/**
 * The indices of lines that are verse set one line to an element: six or more such elements in a row, or three under a
 * poem's title and author — some of them, no more than a third, pausing on a comma inside (see `pausedVerseLine`) or
 * long with a comma inside (see `longVerseLine`).
 */
export function verseElements(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  let paused = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && verseLine(lines, i)) continue;
    if (i < lines.length && (pausedVerseLine(lines, i) || longVerseLine(lines, i))) {
      paused++;
      continue;
    }
    const least = signedVerseStart(lines, start) ? MIN_SIGNED_VERSE_ELEMENTS : MIN_VERSE_ELEMENTS;
    if (i - start - paused >= least && paused <= (i - start) * PAUSED_SHARE) for (let k = start; k < i; k++) out.add(k);
    start = i + 1;
    paused = 0;
  }
  return out;
}
