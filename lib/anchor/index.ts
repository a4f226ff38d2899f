// Anchoring highlights in repaired article text (pure; no DOM).
//
// An article is a list of repaired block texts. A highlight is described by two selectors
// (see lib/highlights/types.ts): the quote with ~32 characters of context on either side, and
// the position in block offsets. Both are computed on the blocks joined with '\n', so a
// highlight may span blocks and its context runs across block boundaries.
//
// anchor() re-attaches a highlight to a (possibly changed) article, in this order:
//   1. position: the stored position is inside the article and the text there equals the quote;
//   2. quote: the exact quote occurs in the text, block separators left out (a paragraph split or
//      joined differently by a re-print); among several occurrences the one whose
//      surroundings agree best with the stored prefix and suffix (weight 20 each: 1 − edit
//      distance / length) wins, closeness to the stored position (weight 2) breaking ties; with
//      more than 32 occurrences (a one-character quote) only the 32 best by a cheap score
//      (characters agreeing right next to the quote) are compared by edit distance;
//   3. fuzzy: approximate search (approx-string-match, Myers' bit-parallel algorithm, the one
//      Hypothesis uses) with at most ⌊length / 4⌋ edits; each best match is scored by quote
//      similarity (weight 50), prefix and suffix agreement (20 each, left out when the stored
//      context is empty) and closeness to the stored position (2); the best candidate is kept
//      if its score reaches 0.5 of the maximum. Quotes shorter than 4 characters get no fuzzy
//      step (no edit budget).
// Otherwise the highlight is an orphan: null. Nothing here throws on bad input.
//
// Traditional display: the reader may show the article in traditional characters. Selectors
// are always taken and anchored on simplified text: callers anchor against
// toSimplified(block) for each block (lib/convert) and map offsets to the display with
// simplifiedShadow().

import search from 'approx-string-match';
import type { HighlightPosition, HighlightQuote, HighlightRecord } from '../highlights/types';
import { contextScore } from './similarity';
import { articleText, fromGlobal, seamlessText, snapEnd, snapStart, toGlobal, withoutSeparators } from './text';
import type { ArticleText, BlockRange } from './text';

export { articleText } from './text';
export type { ArticleText, BlockRange } from './text';

/** Characters of context kept on either side of the quote. */
export const CONTEXT_CHARS = 32;
/** Edit budget of the fuzzy step, as a share of the quote length. */
export const MAX_ERROR_RATIO = 0.25;
/** Smallest normalised score a fuzzy candidate needs. */
export const MIN_FUZZY_SCORE = 0.5;
/** Above this many exact occurrences the rest are not looked at. */
const MAX_OCCURRENCES = 10_000;
/** Exact occurrences whose context is compared by edit distance (the best by a cheap score). */
const MAX_SCORED = 32;

const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchoredRange extends BlockRange {
  method: AnchorMethod;
}

export type Anchorable = Pick<HighlightRecord, 'quote' | 'position'>;

export interface Selectors {
  quote: HighlightQuote;
  position: HighlightPosition;
}

export interface AnchorAllResult<T> {
  placed: { highlight: T; range: AnchoredRange }[];
  orphans: T[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const clampInt = (v: unknown, lo: number, hi: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.trunc(v))) : lo;

/**
 * The selectors of a selection in the article. Out-of-range blocks and offsets are clamped,
 * a reversed selection is put in order, a start at the very end of a block moves to the start
 * of the next block and an end at the very start of a block to the end of the previous one (so
 * the quote does not begin or end with the block separator), and no surrogate pair is split.
 */
export function describe(blocks: readonly string[], sel: BlockRange): Selectors {
  return describeIn(articleText(blocks), sel);
}

/** describe() on a prepared article. */
export function describeIn(article: ArticleText, sel: BlockRange): Selectors {
  const n = article.blocks.length;
  if (n === 0) {
    return { quote: { exact: '', prefix: '', suffix: '' }, position: { startBlock: 0, start: 0, endBlock: 0, end: 0 } };
  }
  const at = (block: unknown, offset: unknown): number => {
    const b = clampInt(block, 0, n - 1);
    const len = article.blocks[b]?.length ?? 0;
    return (article.starts[b] ?? 0) + clampInt(offset, 0, len);
  };
  const s = isObj(sel) ? sel : ({} as Partial<BlockRange>);
  let g1 = at(s.startBlock, s.start);
  let g2 = at(s.endBlock, s.end);
  if (g1 > g2) [g1, g2] = [g2, g1];
  const { text } = article;
  g1 = snapStart(text, g1);
  g2 = snapEnd(text, g2);
  const position = fromGlobal(article, g1, g2);
  g1 = toGlobal(article, position.startBlock, position.start) ?? g1;
  g2 = toGlobal(article, position.endBlock, position.end) ?? g2;
  let prefix = text.slice(Math.max(0, g1 - CONTEXT_CHARS), g1);
  if (prefix !== '' && snapStart(text, g1 - prefix.length) !== g1 - prefix.length) prefix = prefix.slice(1);
  let suffix = text.slice(g2, g2 + CONTEXT_CHARS);
  if (suffix !== '' && snapEnd(text, g2 + suffix.length) !== g2 + suffix.length) suffix = suffix.slice(0, -1);
  return { quote: { exact: text.slice(g1, g2), prefix, suffix }, position };
}

/** Re-attaches a highlight to the article; null when it cannot be found (an orphan). */
export function anchor(blocks: readonly string[], h: Anchorable): AnchoredRange | null {
  return anchorIn(articleText(blocks), h);
}

/** Anchors many highlights on one article; the joined text is built once. */
export function anchorAll<T extends Anchorable>(blocks: readonly string[], highlights: readonly T[]): AnchorAllResult<T> {
  const article = articleText(blocks);
  const result: AnchorAllResult<T> = { placed: [], orphans: [] };
  if (!Array.isArray(highlights)) return result;
  for (const highlight of highlights) {
    const range = anchorIn(article, highlight);
    if (range) result.placed.push({ highlight, range });
    else result.orphans.push(highlight);
  }
  return result;
}

/** Characters at the end of `stored` equal to those of `text` right before `at`. */
function commonSuffix(stored: string, text: string, at: number): number {
  let n = 0;
  while (n < stored.length && at - n > 0 && stored.charCodeAt(stored.length - 1 - n) === text.charCodeAt(at - 1 - n)) n++;
  return n;
}

/** Characters at the start of `stored` equal to those of `text` from `at`. */
function commonPrefix(stored: string, text: string, at: number): number {
  let n = 0;
  while (n < stored.length && at + n < text.length && stored.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

/** Where the stored position points in the current text, roughly; null when it says nothing. */
function expectedOffset(article: ArticleText, pos: Record<string, unknown>): number | null {
  const exact = toGlobal(article, pos.startBlock, pos.start);
  if (exact !== null) return exact;
  const b = pos.startBlock;
  if (typeof b !== 'number' || !Number.isInteger(b) || b < 0) return null;
  if (b >= article.blocks.length) return article.text.length;
  const len = article.blocks[b]?.length ?? 0;
  return (article.starts[b] ?? 0) + clampInt(pos.start, 0, len);
}

/** anchor() on a prepared article. */
export function anchorIn(article: ArticleText, h: Anchorable): AnchoredRange | null {
  try {
    return anchorUnsafe(article, h);
  } catch {
    // Defensive: malformed input must give an orphan, never an exception.
    return null;
  }
}

function anchorUnsafe(article: ArticleText, h: Anchorable): AnchoredRange | null {
  if (!isObj(h) || !isObj(h.quote)) return null;
  const { exact, prefix: rawPrefix, suffix: rawSuffix } = h.quote as Partial<HighlightQuote>;
  if (typeof exact !== 'string' || exact === '') return null;
  const prefix = typeof rawPrefix === 'string' ? rawPrefix : '';
  const suffix = typeof rawSuffix === 'string' ? rawSuffix : '';
  const { text } = article;
  if (text.length === 0) return null;
  const pos: Record<string, unknown> = isObj(h.position) ? (h.position as unknown as Record<string, unknown>) : {};

  // 1. Position.
  const gs = toGlobal(article, pos.startBlock, pos.start);
  const ge = toGlobal(article, pos.endBlock, pos.end);
  if (gs !== null && ge !== null && ge - gs === exact.length && text.startsWith(exact, gs)) {
    return {
      startBlock: pos.startBlock as number,
      start: pos.start as number,
      endBlock: pos.endBlock as number,
      end: pos.end as number,
      method: 'position',
    };
  }

  const expected = expectedOffset(article, pos);
  const positionScore = (a: number): number | null =>
    expected === null ? null : 1 - Math.min(1, Math.abs(a - expected) / Math.max(1, text.length));
  const context = (a: number, b: number): { p: number | null; s: number | null } => ({
    p: contextScore(prefix, text.slice(Math.max(0, a - prefix.length), a), 'prefix'),
    s: contextScore(suffix, text.slice(b, b + suffix.length), 'suffix'),
  });

  // 2. Exact quote, looked for with the block separators left out of the quote, its context and
  // the text: a paper that re-prints the article may split a paragraph inside the highlighted
  // words or join two it spanned, and a short quote (under 4 characters) has no fuzzy step to
  // fall back on. Every occurrence gets a cheap score (characters of context that agree right
  // next to it, and closeness); the best few are then scored by edit distance of the context.
  const seamless = seamlessText(article);
  const flat = seamless.text;
  const q = withoutSeparators(exact);
  const p0 = withoutSeparators(prefix);
  const s0 = withoutSeparators(suffix);
  const occurrences: { at: number; cheap: number }[] = [];
  for (let i = q ? flat.indexOf(q) : -1; i !== -1 && occurrences.length < MAX_OCCURRENCES; i = flat.indexOf(q, i + 1)) {
    const p = p0 ? commonSuffix(p0, flat, i) / p0.length : 0;
    const s = s0 ? commonPrefix(s0, flat, i + q.length) / s0.length : 0;
    occurrences.push({ at: i, cheap: W_PREFIX * p + W_SUFFIX * s + W_POSITION * (positionScore(seamless.at[i] ?? 0) ?? 0) });
  }
  if (occurrences.length > MAX_SCORED) {
    occurrences.sort((a, b) => b.cheap - a.cheap || a.at - b.at);
    occurrences.length = MAX_SCORED;
  }
  let best: { a: number; b: number; score: number; same: boolean } | null = null;
  for (const { at } of occurrences) {
    const a = seamless.at[at] ?? 0;
    const b = (seamless.at[at + q.length - 1] ?? 0) + 1;
    const p = contextScore(p0, flat.slice(Math.max(0, at - p0.length), at), 'prefix');
    const s = contextScore(s0, flat.slice(at + q.length, at + q.length + s0.length), 'suffix');
    const score = W_PREFIX * (p ?? 0) + W_SUFFIX * (s ?? 0) + W_POSITION * (positionScore(a) ?? 0);
    // On a tie, the words as they were stored (the same breaks between blocks) win.
    const same = text.slice(a, b) === exact;
    if (!best || score > best.score || (score === best.score && same && !best.same)) best = { a, b, score, same };
  }
  if (best) return { ...fromGlobal(article, best.a, best.b), method: 'quote' };

  // 3. Fuzzy.
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATIO);
  if (maxErrors < 1) return null;
  const edgeNewline = exact.startsWith('\n') || exact.endsWith('\n');
  let fuzzy: { a: number; b: number; score: number } | null = null;
  for (const m of search(text, exact, maxErrors)) {
    let a = snapStart(text, m.start);
    let b = snapEnd(text, m.end);
    if (!edgeNewline) {
      while (a < b && text.charCodeAt(a) === 10) a++;
      while (b > a && text.charCodeAt(b - 1) === 10) b--;
    }
    if (b <= a) continue;
    const q = 1 - m.errors / exact.length;
    const { p, s } = context(a, b);
    const ps = positionScore(a);
    const total = W_QUOTE * q + W_PREFIX * (p ?? 0) + W_SUFFIX * (s ?? 0) + W_POSITION * (ps ?? 0);
    const max = W_QUOTE + (p === null ? 0 : W_PREFIX) + (s === null ? 0 : W_SUFFIX) + (ps === null ? 0 : W_POSITION);
    const score = total / max;
    if (!fuzzy || score > fuzzy.score) fuzzy = { a, b, score };
  }
  if (!fuzzy || fuzzy.score < MIN_FUZZY_SCORE) return null;
  return { ...fromGlobal(article, fuzzy.a, fuzzy.b), method: 'fuzzy' };
}
