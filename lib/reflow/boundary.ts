// The learned boundary scorer: at a print-line boundary the rules leave open (a sentence ending
// where nothing else marks the paragraph), a logistic regression over all the evidence together
// says whether the paragraph goes on. Its weights are trained by `npm run train:reflow` on the
// tuning text only, its threshold chosen on the development set (boundary-model.generated.ts).
import { BOUNDARY_MODEL } from './boundary-model.generated';
import { aheadOf, lastSentenceLength, openingOf, pageParagraphs, shareAtLeast, type BoundaryKind, type ParagraphSoFar } from './boundary-features';
import type { Line } from './columns';
import { lastLineFill } from './piece-grid';
import type { Context } from './headlines';

/** A trained boundary model: one weight per feature (same order as `FEATURES`) and the join threshold. */
export interface BoundaryModel {
  features: readonly string[];
  weights: readonly number[];
  /** The paragraph goes on when the model's join probability is at least this. */
  threshold: number;
  /**
   * The model that decides instead on a page showing fewer than `PAGE_EVIDENCE_LEAST` surely ended
   * paragraphs (its page features weigh nothing): there the page tells nothing of its paragraphs.
   */
  pageBlind?: BoundaryModel;
}

/** The features read from the page's own paragraphs (`pageParagraphs`). */
export const PAGE_FEATURES = ['page-longer-total', 'page-longer-so-far'] as const;
/** Surely ended paragraphs a page must show before the page features are read. */
export const PAGE_EVIDENCE_LEAST = 3;

/**
 * The features, in order (documented in docs/line-wrap-repair.md): the kind of
 * boundary, the next line's opening, the paragraph so far (sentences, characters, lines, the
 * last sentence), the text to the next sure paragraph end (sentences, characters) and the two
 * together, and what the page's own surely ended paragraphs hold (`pageParagraphs`): the share
 * as long as the paragraph would be if it went on, and the share longer than it is so far.
 */
export const FEATURES = [
  'bias', 'blank', 'grid',
  'opens-quote', 'closes-quote',
  'so-far-2', 'so-far-3', 'so-far-4', 'so-far-5+', 'so-far-chars', 'so-far-short', 'so-far-lines',
  'last-sentence', 'mean-sentence',
  'ahead-known', 'ahead-1', 'ahead-2', 'ahead-3', 'ahead-4+', 'ahead-chars', 'ahead-short',
  'total-3', 'total-4', 'total-5', 'total-6+', 'both-long',
  'grid-last-full', 'grid-height-width',
  ...PAGE_FEATURES,
] as const;

/** log2(1 + x) / scale: lengths enter the model on a log scale, roughly within 0..1. */
const logScaled = (x: number, scale: number): number => Math.log2(1 + x) / scale;

/**
 * The feature vector (`FEATURES` order) of the boundary between line `a`, the last line of
 * `para`, and line `b`. Reads at most `AHEAD_LIMIT` characters ahead.
 */
export function boundaryFeatures(ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind): number[] {
  const opening = openingOf(ctx, a, b);
  const ahead = aheadOf(ctx, b);
  const s = Math.max(1, para.sentences);
  const chars = para.text.length;
  const known = ahead.known ? 1 : 0;
  const aheadSentences = Math.max(1, ahead.sentences);
  const total = s + aheadSentences;
  const flag = (x: boolean): number => (x ? 1 : 0);
  const page = pageParagraphs(ctx);
  return [
    1, flag(kind === 'blank'), flag(kind === 'grid'),
    flag(opening === 'quote'), flag(/[”」』]$/u.test(a.text)),
    flag(s === 2), flag(s === 3), flag(s === 4), flag(s >= 5), logScaled(chars, 8), flag(chars < 60), logScaled(para.lines, 4),
    logScaled(lastSentenceLength(para.text), 7), logScaled(chars / s, 7),
    known, known * flag(aheadSentences === 1), known * flag(aheadSentences === 2), known * flag(aheadSentences === 3),
    flag(aheadSentences >= 4), logScaled(ahead.chars, 9), known * flag(ahead.chars < 60),
    known * flag(total === 3), known * flag(total === 4), known * flag(total === 5), known * flag(total >= 6),
    flag(chars >= 60 && ahead.chars >= 60),
    ...gridFeatures(ctx, a, kind),
    Math.log(shareAtLeast(page, total)), Math.log(shareAtLeast(page, s + 1)),
  ];
}

/**
 * On a page of column pieces: whether the piece's last print line is full under the page's
 * grid (a piece cut by a column end always is), and log2(height / width) of the grid (the taller
 * and narrower the columns, the likelier a column ends on a sentence end inside a paragraph).
 */
function gridFeatures(ctx: Context, a: Line, kind: BoundaryKind): [number, number] {
  const { grid } = ctx;
  if (kind !== 'grid' || !grid) return [0, 0];
  const fill = lastLineFill(a.text, grid.width, a.indent ? 2 : 0);
  return [fill >= grid.width - 1 ? 1 : 0, Math.log2(grid.height / grid.width)];
}

/** The model's probability that the paragraph goes on, for a feature vector. */
export function joinProbability(features: readonly number[], model: BoundaryModel = BOUNDARY_MODEL): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (features[i] as number) * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Decides an ambiguous boundary with `model` (the shipped one by default; its page-blind model on a
 * page that shows too few paragraph ends): true when the paragraph goes on.
 */
export function modelJoins(ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind, model: BoundaryModel = BOUNDARY_MODEL): boolean {
  const m = model.pageBlind && (pageParagraphs(ctx).atLeast[0] as number) < PAGE_EVIDENCE_LEAST ? model.pageBlind : model;
  return joinProbability(boundaryFeatures(ctx, a, para, b, kind), m) >= m.threshold;
}

