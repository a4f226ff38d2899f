// The evidence at an ambiguous print-line boundary — a sentence ending where nothing else marks
// the paragraph (a full line of pre-wrap text without indentation, a blank line where a column
// ends, a column piece ending where the page's grid ends a column) — as numbers for the learned
// boundary scorer (`boundary.ts`). The rules decide every other boundary.
import { atColumnEnd } from './evidence';
import { columnWidthFor, type Line } from './columns';
import { sayingVerbs } from './chars';
import type { Context } from './headlines';
import { CONTINUES, ENTRY, FRAMING_OPENING, LIST_ITEM, NEW_PARAGRAPH } from './openings';
import { lineEndsSentence } from './line-tests';

/** The three kinds of ambiguous boundary. */
export type BoundaryKind = 'full' | 'blank' | 'grid';

/** The paragraph the boundary would continue, as far as it has been built. */
export interface ParagraphSoFar {
  /** Its text (print breaks removed). */
  text: string;
  /** Print lines it was built from. */
  lines: number;
  /** Sentences ended in it (see `countSentenceEnds`). */
  sentences: number;
  /** Quotation marks and brackets opened and not closed. */
  depth: number;
}

/** A short sentence that names who said the quotation before it (`…负责人表示。`, `…王女士说。`). */
const ATTRIBUTION = new RegExp(`^[^，。！？“”]{2,24}${sayingVerbs('感慨', '告诉记者')}[。！]$`, 'u');
/** A quotation that closes at a sentence end (`“……。”`, `“……！”`). */
const SPOKEN_QUOTE = /^[“「][^”」]*[。！？!?][”」]/u;
/** The marks whose runs `countSentenceEnds` counts. */
/** Per UTF-16 code unit, 1 for those marks (a table read: cheaper than a set lookup for every character of every line). */
const SENTENCE_FINAL = new Uint8Array(0x10000);
for (const ch of '。！？!?') SENTENCE_FINAL[ch.charCodeAt(0)] = 1;

/** How far ahead (characters) the text to the next sure paragraph end is read; keeps it linear. */
export const AHEAD_LIMIT = 400;
/** How far back the last sentence is measured (characters). */
const BACK_LIMIT = 200;

/** Sentence ends in `text`: runs of `。！？!?` with their closing marks (a `？！` counts once). */
export function countSentenceEnds(text: string): number {
  // Each run of final marks is one sentence end (the closers after it belong to it).
  let n = 0;
  let before = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (An ideograph, most of any line, is no mark: answered without the table, whose lines it would pull into the cache.)
    const final = !(c >= 0x4e00 && c <= 0x9fff) && SENTENCE_FINAL[c] === 1;
    if (final && !before) n++;
    before = final;
  }
  return n;
}

/** `countSentenceEnds` of a line's text, counted once per line (the paragraph it joins, the scorer's look ahead and the page's measure each ask). */
export const lineSentences = (l: Line): number => (l.sentencesMemo ??= countSentenceEnds(l.text));

/** What the next line's opening says, in order of strength. */
export type Opening = 'new' | 'list' | 'leans' | 'speaker' | 'spoken' | 'quote' | 'other';

/**
 * The class of line `b`'s opening after line `a`: a new paragraph's wording, a numbered item, a
 * word leaning on the sentence before, the speaker of the quotation `a` closed, a quotation
 * spoken in full, another opening quotation mark (a quoted term), or none of these.
 */
export function openingOf(ctx: Context, a: Line, b: Line): Opening {
  if (LIST_ITEM.test(b.text) || ENTRY.test(b.text)) return 'list';
  if (NEW_PARAGRAPH.test(b.text) || FRAMING_OPENING.test(b.text)) return 'new';
  if (CONTINUES.test(b.text)) return 'leans';
  const next = sentenceAhead(ctx, b);
  if (/[”」』]$/u.test(a.text) && ATTRIBUTION.test(next)) return 'speaker';
  if (/^[“「]/u.test(b.text) && SPOKEN_QUOTE.test(next)) return 'spoken';
  return /^[“「]/u.test(b.text) ? 'quote' : 'other';
}

/**
 * True when a blank line before `b` may be no more than a column cut: it falls where the page's
 * regular column ends (on a page that does not mark paragraphs by indentation).
 */
export function onlyColumnCut(ctx: Context, b: Line): boolean {
  return b.gap > 0 && !ctx.indentUsed && atColumnEnd(ctx.ev, b) === true;
}

/** A blank line (or a new piece) before `b` that surely ends a paragraph on this page. */
function sureBreakBefore(ctx: Context, b: Line): boolean {
  if (b.gap === 0) return false;
  const prev = ctx.lines[b.ord - 1];
  if (ctx.grid) return prev !== undefined && lineEndsSentence(prev) && !ctx.grid.columnEnds.has(prev.ord);
  return !onlyColumnCut(ctx, b) && !(ctx.ev.blankIsParagraph && atColumnEnd(ctx.ev, b) === true);
}

/** Line `l` (at `k`) surely ends a paragraph: short of its column, or followed by a sure break or nothing. */
export function sureEnd(ctx: Context, k: number, l: Line): boolean {
  const next = ctx.lines[k + 1];
  if (next === undefined || sureBreakBefore(ctx, next)) return true;
  const w = ctx.grid ? undefined : columnWidthFor(ctx.widths, l, l);
  return w !== undefined && l.width < w - ctx.ev.slack;
}

/** The text from `b` to the next sure paragraph end: its length, sentences and whether it was found. */
export interface Ahead {
  chars: number;
  sentences: number;
  /** A sure end was found within `AHEAD_LIMIT` characters (else the figures are lower bounds). */
  known: boolean;
}

/**
 * Reads from line `b` to the next sure paragraph end: a line short of its column, or a blank
 * line (a new piece) that surely marks a paragraph, through column cuts and the other ambiguous
 * boundaries; at most `AHEAD_LIMIT` characters.
 */
export function aheadOf(ctx: Context, b: Line): Ahead {
  let chars = 0;
  let sentences = 0;
  for (let k = b.ord; k < ctx.lines.length; k++) {
    const l = ctx.lines[k] as Line;
    chars += l.text.length;
    sentences += lineSentences(l);
    if (chars >= AHEAD_LIMIT) return { chars, sentences, known: false };
    if (sureEnd(ctx, k, l)) return { chars, sentences, known: true };
  }
  return { chars, sentences, known: true };
}

/** What a page's own paragraphs hold, read from those whose end is sure. */
export interface PageParagraphs {
  /** Of the paragraphs that surely end (runs between sure ends holding a sentence end), how many hold at least n sentences, by n (n ≤ `MOST_COUNTED`; index 0 counts them all). */
  atLeast: readonly number[];
}

const pages = new WeakMap<Context, PageParagraphs>();
/** How many paragraphs' worth of prior a page's own measure is read with. */
const PRIOR = 4;
/** The prior: the share of paragraphs holding at least n sentences (a news page of paragraphs of one to four sentences). */
const PRIOR_AT_LEAST = [1, 1, 0.75, 0.5, 0.25, 0.1, 0.05];
/** Paragraph sizes are counted up to this many sentences (a longer one counts as this long). */
const MOST_COUNTED = 12;

/**
 * The page's own measure of its paragraphs: how many sentences the paragraphs that surely end
 * hold. Pages of one-sentence paragraphs and pages of long ones differ; the rare sentence end on
 * a full line is weighed against what the page does elsewhere.
 */
export function pageParagraphs(ctx: Context): PageParagraphs {
  const known = pages.get(ctx);
  if (known !== undefined) return known;
  let run = 0;
  const atLeast = new Array<number>(MOST_COUNTED + 1).fill(0);
  for (let k = 0; k < ctx.lines.length; k++) {
    const l = ctx.lines[k] as Line;
    run += lineSentences(l);
    if (!sureEnd(ctx, k, l)) continue;
    if (run > 0) for (let n = 0; n <= Math.min(run, MOST_COUNTED); n++) atLeast[n] = (atLeast[n] as number) + 1;
    run = 0;
  }
  const page = { atLeast };
  pages.set(ctx, page);
  return page;
}

/** Of the page's surely ended paragraphs, the share holding at least `n` sentences (read with the prior, worth four paragraphs). */
export function shareAtLeast(page: PageParagraphs, n: number): number {
  const all = page.atLeast[0] as number;
  const m = Math.min(n, MOST_COUNTED);
  return ((page.atLeast[m] as number) + PRIOR * (PRIOR_AT_LEAST[m] ?? 0.02)) / (all + PRIOR);
}

/** How far ahead the next sentence is read (characters). */
const SENTENCE_AHEAD = 80;

/**
 * Line `a` closes a quotation at its sentence's end and the next sentence, read across print lines, is only who said it
 * (`…就能常下楼走走了。”` / `住在5楼的82岁居民孙大` / `爷说。`): the two halves of one sentence, which no paragraph opens with.
 */
export function speakerAhead(ctx: Context, a: Line, b: Line): boolean {
  return /[。！？!?][”」』]$/u.test(a.text.trimEnd()) && ATTRIBUTION.test(sentenceAhead(ctx, b));
}

/** The text from line `b` up to its first sentence end (through column cuts), about 80 characters at most. */
export function sentenceAhead(ctx: Context, b: Line): string {
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

/** Length of the last sentence of `text` (which ends one), read back at most `BACK_LIMIT` characters. */
export function lastSentenceLength(text: string): number {
  const tail = text.slice(-BACK_LIMIT).replace(/[。！？!?]+[”’」』）)]*$/u, '');
  const cut = Math.max(tail.lastIndexOf('。'), tail.lastIndexOf('！'), tail.lastIndexOf('？'), tail.lastIndexOf('!'), tail.lastIndexOf('?'));
  return tail.length - cut - 1;
}
