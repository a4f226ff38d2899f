// The hardest boundary of the line-wrap repair: a sentence ending on a full print line where
// nothing else (no indentation, no blank line that means a paragraph, no short last line) marks
// the paragraph. The editor's paragraph may go on or end there; the next line's wording and
// how long the two paragraphs would be decide it together.
import { NAME_CREDIT } from './classify';
import { atColumnEnd } from './evidence';
import type { Line } from './columns';
import type { Context } from './headlines';

/**
 * Openings that begin a news paragraph (`据介绍，`, `会上，`, `下一步，`, `日前，`, a numbered
 * item `1.` / `一、` / `（一）`, a notice's contact field): after a full line ending a sentence,
 * the paragraph ended there.
 */
export const NEW_PARAGRAPH =
  /^(?:本报讯|本报|■|据(?:介绍|悉|了解|统计|报道|测算|初步)|会上|会议(?:指出|强调|要求|认为)|下一步|下阶段|日前|近年来|值得一提|记者|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．]|联系(?:人|电话|方式)|第[一二三四五六七八九十]+[，,、]|首先|其次|最后)/u;

/**
 * Openings that lean on the sentence before (`同时，`, `其中`, `这些`, `然而`, `因此`, `此后`):
 * after a full line ending a sentence, the paragraph goes on.
 */
export const CONTINUES = /^(?:同时|其中|其[^他实]|这[是些种个样里一]|此时|然而|但是?|而且?|因此|所以|尽管|并且?|也|还|另外|对此|为此|随后|此后)/u;

/**
 * News paragraphs shorter than this (characters) are rare: a paragraph this short so far goes
 * on, and so does one whose next part, up to the next short line, would be this short.
 */
const SHORT_PARAGRAPH = 60;

/**
 * True when a blank line before `b` may be no more than a column cut: it falls where the page's
 * regular column ends (on a page that does not mark paragraphs by indentation).
 */
export function onlyColumnCut(ctx: Context, b: Line): boolean {
  return b.gap > 0 && !ctx.indentUsed && atColumnEnd(ctx.ev, b) === true;
}

/**
 * Decides the boundary before `b` after a full line ending a sentence, with no other mark:
 * the next line's opening first (a new paragraph's wording, or a word leaning on the sentence
 * before), then the lengths — a paragraph of fewer than `SHORT_PARAGRAPH` characters so far
 * goes on, and so does one whose next part would end, at a short line, within as many.
 * Returns true to join.
 */
export function fullStopJoins(ctx: Context, a: Line, paragraphChars: number, b: Line): boolean {
  if (NAME_CREDIT.test(b.text)) return true;
  if (NEW_PARAGRAPH.test(b.text)) return false;
  if (CONTINUES.test(b.text)) return true;
  const next = sentenceAhead(ctx, b);
  // `…。”` then `区文明办有关负责人表示。`: the speaker of the quotation, in the same paragraph.
  if (/[”」』]$/u.test(a.text) && ATTRIBUTION.test(next)) return true;
  // A quotation spoken in full (`“以前要跑到区里……。”`) opens a paragraph; a quoted term does not.
  if (/^[“「]/u.test(b.text) && SPOKEN_QUOTE.test(next)) return false;
  // On a page of column pieces the lengths tell nothing: a piece starting a column is as often a
  // short paragraph of its own as the rest of a long one.
  if (ctx.grid) return false;
  return paragraphChars < SHORT_PARAGRAPH || charsAhead(ctx, b) < SHORT_PARAGRAPH;
}

/** A short sentence that names who said the quotation before it (`…负责人表示。`, `…王女士说。`). */
const ATTRIBUTION = /^[^，。！？“”]{2,24}(?:表示|说|介绍|指出|认为|坦言|感慨|强调|告诉记者)[。！]$/u;
/** A quotation that closes at a sentence end (`“……。”`, `“……！”`). */
const SPOKEN_QUOTE = /^[“「][^”」]*[。！？!?][”」]/u;
/** How far ahead the next sentence is read (characters). */
const SENTENCE_AHEAD = 80;

/**
 * The text from line `b` up to its first sentence end (through column cuts), at most about
 * `SENTENCE_AHEAD` characters.
 */
function sentenceAhead(ctx: Context, b: Line): string {
  let text = '';
  for (let k = b.ord; k < ctx.lines.length && text.length < SENTENCE_AHEAD; k++) {
    const l = ctx.lines[k] as Line;
    if (k > b.ord && l.gap > 0 && !onlyColumnCut(ctx, l)) break;
    text += l.text;
    if (/[。！？!?]/u.test(l.text)) break;
  }
  const end = text.search(/[。！？!?][”’」』）)]*/u);
  return end < 0 ? text : text.slice(0, end + (/^[。！？!?][”’」』）)]*/u.exec(text.slice(end))?.[0].length ?? 1));
}

/**
 * Characters from line `b` to the end of its paragraph where that is sure — the next line
 * short of its column, or a blank line that marks a paragraph on this page — through column
 * cuts; `SHORT_PARAGRAPH` when that is further (or unsure, or the text ends first).
 */
function charsAhead(ctx: Context, b: Line): number {
  let chars = 0;
  for (let k = b.ord; k < ctx.lines.length && chars < SHORT_PARAGRAPH; k++) {
    const l = ctx.lines[k] as Line;
    if (k > b.ord && l.gap > 0 && !onlyColumnCut(ctx, l)) {
      return ctx.ev.blankIsParagraph && atColumnEnd(ctx.ev, l) === false ? chars : SHORT_PARAGRAPH;
    }
    chars += l.text.length;
    const own = ctx.widths[l.run];
    if (own === undefined) return SHORT_PARAGRAPH;
    if (l.width < own - ctx.ev.slack) return chars;
  }
  return SHORT_PARAGRAPH;
}

