/**
 * A learned scorer of unquoted policy compounds the glossary does not hold, tried as one more kind
 * of the jargon detector and not kept (README, glossary: "tried, not kept"): a stretch of two to
 * four words and characters (./term-features.ts) whose pieces, bigrams and head look like glossary
 * forms and unlike ordinary prose (异地就医备案, 医银合作). The weights come from
 * scripts/train-term-scorer.ts (./term-scorer.generated.ts); scripts/term-scorer-marks.ts measures
 * what it would add. Pure.
 */
import { candidates, features } from './term-features';
import { TERM_SCORER_THRESHOLD, TERM_SCORER_WEIGHTS } from './term-scorer.generated';

let weights: Map<string, number> | null = null;

/** The shipped weights (×100), read once. */
function scorerWeights(): Map<string, number> {
  weights ??= new Map(
    TERM_SCORER_WEIGHTS.split('\n').map((line) => {
      const sp = line.lastIndexOf(' ');
      return [line.slice(0, sp), Number(line.slice(sp + 1))] as [string, number];
    }),
  );
  return weights;
}

/** The score (×100) of a stretch of pieces; a policy compound scores {@link TERM_SCORER_THRESHOLD} or more. */
export function termScore(pieces: readonly string[]): number {
  const w = scorerWeights();
  let z = 0;
  for (const f of features(pieces)) z += w.get(f) ?? 0;
  return z;
}

/**
 * The policy compounds of `text` the scorer finds, best first where two overlap, none overlapping
 * `taken` (glossary matches and the other detected terms), in text order.
 */
/** A compound the scorer finds: [start, end) of the text. */
export interface ScoredCompound {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

export function learnedMatches(text: string, isWord: (w: string) => boolean, taken: readonly { start: number; end: number }[] = []): ScoredCompound[] {
  const scored = candidates(text, isWord)
    .map((c) => ({ c, s: termScore(c.pieces) }))
    .filter((x) => x.s >= TERM_SCORER_THRESHOLD)
    .sort((a, b) => b.s - a.s || a.c.start - b.c.start);
  const out: ScoredCompound[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const { c } of scored) {
    if (taken.some((t) => overlaps(t, c)) || out.some((o) => overlaps(o, c))) continue;
    out.push({ term: text.slice(c.start, c.end), start: c.start, end: c.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
