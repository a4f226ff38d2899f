/**
 * Unquoted policy compounds the glossary does not hold, found by a learned scorer rather than a
 * rule: a stretch of two to four words and characters (./term-features.ts) whose pieces, bigrams
 * and head look like glossary forms and unlike ordinary prose (异地就医备案, 医银合作). The weights come
 * from scripts/train-term-scorer.ts (./term-scorer.generated.ts). Pure.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';
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
export function learnedMatches(text: string, isWord: (w: string) => boolean, taken: readonly { start: number; end: number }[] = []): DetectedTerm[] {
  const scored = candidates(text, isWord)
    .map((c) => ({ c, s: termScore(c.pieces) }))
    .filter((x) => x.s >= TERM_SCORER_THRESHOLD)
    .sort((a, b) => b.s - a.s || a.c.start - b.c.start);
  const out: DetectedTerm[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const { c } of scored) {
    if (taken.some((t) => overlaps(t, c)) || out.some((o) => overlaps(o, c))) continue;
    out.push(detectedTerm(text, c.start, c.end, 'compound'));
  }
  return out.sort((a, b) => a.start - b.start);
}
