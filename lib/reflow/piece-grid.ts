// The character-count column grid of pages that print one `<p>` per column piece (浙江日报's
// markup: a paragraph cut by a column end becomes two `<p>`s). Such a page carries no line
// widths, but its pieces still fill columns of `width` characters × `height` lines: the grid
// that puts every piece cut mid-sentence at a column end, and no column end inside a piece,
// tells which other pieces ended where a column ended too.
import { lastChar, NO_START, startsNoStart } from './chars';
import { lineEndsSentence, lineIsByline, lineIsCaption, lineIsDate, lineIsField, lineIsHeadingCandidate, lineIsSignature } from './line-tests';
import type { Line } from './columns';

/** The column grid of a page of column pieces. */
export interface PieceGrid {
  /** Characters per column line. */
  width: number;
  /** Lines per column. */
  height: number;
  /** Ords (`Line.ord`) of the pieces whose last line is a column's last line. */
  columnEnds: Set<number>;
}

/** A sentence signed with a credit: `…活动。(陈薇)`. */
const CREDITED_SENTENCE = /[。！？][（(][\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}[)）]$/u;

/** Whether `text` ends with a sentence signed with a credit (`…活动。(陈薇)`; only its end is read). */
export const endsCredited = (text: string): boolean => CREDITED_SENTENCE.test(text.slice(-24));

/** Pieces read to find the grid (the grid of a page is the same all through; keeps it cheap). */
const SAMPLE = 160;
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
const MIN_HEIGHT = 3;
const MAX_HEIGHT = 60;

/**
 * Print lines a piece of `text` takes in a column `w` characters wide, set as Chinese print is:
 * each line filled to the width, a mark that may not start a line hanging at the end of the
 * line before (`indent`: the paragraph's first-line indentation, in characters).
 */
export function printLines(text: string, w: number, indent = 0): number {
  return setInColumn(text, w, indent).lines;
}

/** How much of its last print line (characters) a piece of `text` fills, set as `printLines` sets it. */
export function lastLineFill(text: string, w: number, indent = 0): number {
  return setInColumn(text, w, indent).used;
}

function setInColumn(text: string, w: number, indent: number): { lines: number; used: number } {
  let lines = 1;
  let used = indent;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xdc00 && c <= 0xdfff) || c <= 0x20) continue; // a surrogate's second half, a space
    const cw = c < 0x2e80 ? 0.5 : 1; // as `visualWidth`
    if (used + cw > w && used > 0 && NO_START_CODE[c] !== 1) {
      lines++;
      used = 0;
    }
    used += cw;
  }
  return { lines, used };
}

const NO_START_CODE = new Uint8Array(0x10000);
for (const ch of NO_START) NO_START_CODE[ch.charCodeAt(0)] = 1;

/** `isHeadingCandidate`, with its cheapest test first (no headline is wider than 34). */
const headlineLike = (l: Line): boolean => l.width <= 34 && lineIsHeadingCandidate(l);

/**
 * Print lines a piece takes whatever the width: 0 for a photo caption (it stands beside the
 * columns), 1 for a headline or byline (set wider or smaller than the column's text), else
 * undefined (its text is set in the column).
 */
function fixedLines(l: Line, headline: boolean, caption: boolean): number | undefined {
  if (caption) return 0;
  if (lineIsByline(l) || (headline && !/[，,、]/u.test(l.text))) return 1;
  return undefined;
}

const linesAt = (l: Line, fixed: number | undefined, w: number): number => fixed ?? printLines(l.text, w, l.indent ? 2 : 0);

/**
 * A piece certainly cut by a column end: it ends mid-sentence and is no headline (a clause mark
 * inside, or longer than a headline), or the next piece may not start a line.
 */
function sureCut(a: Line, headline: boolean, caption: boolean, b: Line | undefined): boolean {
  if (b !== undefined && startsNoStart(b.text)) return true;
  if (lineEndsSentence(a) || /[：:]$/u.test(a.text) || b === undefined) return false;
  if (headline || caption || /[)）]$/u.test(lastChar(a.text))) return false;
  // A piece with no Chinese character (`8`, the end of a number a column cut) tells nothing.
  if (!/[\u4e00-\u9fff]/u.test(a.text)) return false;
  // A notice's fields, signature and date end without punctuation and end their paragraph (the
  // length test first: no signature is that long, and its pattern is slow on long text).
  return !lineIsField(a) && !lineIsDate(a) && !(a.text.length <= 30 && lineIsSignature(a));
}

/** True when the page is one piece per run: nearly every `<p>` or blank-line run is one line. */
function isPiecePage(lines: readonly Line[]): boolean {
  const runs = (lines[lines.length - 1]?.run ?? 0) + 1;
  return lines.length >= 6 && runs >= lines.length * 0.9;
}

/**
 * Finds the grid of a page of column pieces: the width and height under which most pieces cut
 * mid-sentence end a column, less twice the column ends that would fall inside a piece. None
 * when the page is not made of pieces, or fewer than three cuts agree on a grid.
 */
export function pieceGrid(lines: readonly Line[]): PieceGrid | undefined {
  if (!isPiecePage(lines)) return undefined;
  const headline = lines.map(headlineLike);
  const caption = lines.map(lineIsCaption);
  const sure = lines.map((l, i) => sureCut(l, headline[i] as boolean, caption[i] as boolean, lines[i + 1]));
  // A piece signed with a credit right after a piece a column cut mid-sentence is a photo caption
  // set there (an article signed so would not begin with the second half of a sentence) — not
  // right above a headline: there it is the signed second half of a brief a column cut
  // (`…第三项国家级奖` / `项。（陈立新 许静）` / the next brief's headline), and the brief's column counts it.
  lines.forEach((l, i) => {
    if (sure[i - 1] === true && i + 1 < lines.length && headline[i + 1] !== true && endsCredited(l.text)) caption[i] = true;
  });
  const fixed = lines.map((l, i) => fixedLines(l, headline[i] as boolean, caption[i] as boolean));
  const best = bestGrid(lines.slice(0, SAMPLE), fixed, sure);
  if (!best) return undefined;
  const { width, height } = best;
  const columnEnds = new Set<number>();
  const counts = lines.map((l, i) => linesAt(l, fixed[i], width));
  const asText = columnTextLines(lines, fixed, width);
  let pos = 0;
  lines.forEach((l, i) => {
    pos = advance(pos, counts[i] as number, asText[i], height);
    if (pos > 0 && pos % height === 0) columnEnds.add(l.ord);
    if (sure[i]) pos = 0;
  });
  return { width, height, columnEnds };
}

/**
 * For each piece counted as one line because it reads like a headline but that, set as column
 * text `w` wide, fills its last print line without ending a sentence
 * (`青春期是青少年生理成熟和心理发展的重`): the print lines it takes as column text. Such a piece
 * may be the foot of a column a paragraph was cut at.
 */
function columnTextLines(lines: readonly Line[], fixed: readonly (number | undefined)[], w: number): (number | undefined)[] {
  return lines.map((l, i) => {
    if (fixed[i] !== 1 || lineEndsSentence(l) || lineIsByline(l)) return undefined;
    const { lines: n, used } = setInColumn(l.text, w, l.indent ? 2 : 0);
    return used >= w - 1 ? n : undefined;
  });
}

/** The column position after a piece: as column text where that ends a column exactly, else as counted. */
const advance = (pos: number, count: number, asText: number | undefined, h: number): number =>
  asText !== undefined && (pos + asText) % h === 0 ? pos + asText : pos + count;

/** The best-scoring width and height for the first pieces of a page; none under the bar. */
function bestGrid(sample: readonly Line[], fixed: readonly (number | undefined)[], sure: readonly boolean[]): { width: number; height: number } | undefined {
  const cutCount = sure.slice(0, sample.length).filter(Boolean).length;
  if (cutCount < 3) return undefined;
  let best: { width: number; height: number; score: number } | undefined;
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
    const counts = sample.map((l, i) => linesAt(l, fixed[i], w));
    const asText = columnTextLines(sample, fixed, w);
    // A piece cut mid-sentence fills its last line (a column is cut after a full line only).
    const full = sample.map((l, i) => !sure[i] || fixed[i] !== undefined || lastLineFill(l.text, w, l.indent ? 2 : 0) >= w - 1);
    for (let h = MIN_HEIGHT; h <= MAX_HEIGHT; h++) {
      const score = gridScore(counts, asText, sure, full, h);
      if (score >= 3 && (!best || score > best.score)) best = { width: w, height: h, score };
    }
  }
  return best && best.score >= cutCount * 0.6 ? best : undefined;
}

/**
 * Sure cuts at a column end with a full last line, less the other sure cuts and twice the column
 * ends falling inside a piece.
 */
function gridScore(counts: readonly number[], asText: readonly (number | undefined)[], sure: readonly boolean[], full: readonly boolean[], h: number): number {
  let pos = 0;
  let score = 0;
  for (let i = 0; i < counts.length; i++) {
    const before = pos;
    pos = advance(pos, counts[i] as number, asText[i], h);
    const atEnd = pos % h === 0;
    // A column end strictly inside a piece would have cut it in two.
    if ((Math.floor(before / h) + 1) * h < pos) score -= 2;
    if (sure[i]) {
      score += atEnd && full[i] ? 1 : -1;
      pos = 0; // the next piece starts a column, whatever came before
    }
  }
  return score;
}

/**
 * True when the piece `a` ends where a column of `grid` ends and fills its last print line (a
 * column is cut after a full line only): it may have been cut mid-paragraph there.
 */
export function cutAtColumnEnd(grid: PieceGrid | undefined, a: Line): boolean {
  return grid !== undefined && grid.columnEnds.has(a.ord) && lastLineFill(a.text, grid.width, a.indent ? 2 : 0) >= grid.width - 1;
}
