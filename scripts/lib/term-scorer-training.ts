// Logistic regression for scripts/train-term-scorer.ts: deterministic SGD (fixed seed, fixed
// epochs), balanced classes, pruned to the strongest weights, and a threshold chosen on a fifth of
// the training examples kept out of the fit (never on development or held-out sentences).

/** A training example: the span, its pieces, 1 for a policy compound, 0 for ordinary prose. */
export interface Example {
  readonly text: string;
  readonly pieces: readonly string[];
  readonly label: 0 | 1;
}

const EPOCHS = 12;
const RATE = 0.05;
const L2 = 1e-5;
/** Weights shipped (the strongest by absolute value). */
export const KEEP = 900;
/** The largest share of kept-out negatives the threshold may let through. */
const MAX_FALSE_RATE = 0.0005;

/** FNV-1a hash of a string, for the fold and the shuffle. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function score(w: ReadonlyMap<string, number>, fs: readonly string[]): number {
  let z = 0;
  for (const f of fs) z += w.get(f) ?? 0;
  return z;
}

function fit(data: readonly { fs: string[]; label: 0 | 1; weight: number }[], allowed?: ReadonlySet<string>): Map<string, number> {
  const w = new Map<string, number>();
  // A fixed order: sorted by a hash of the features, different each epoch by a salt.
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = data.map((d, i) => [hash(`${epoch}:${d.fs.join('|')}:${i}`), i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, i] of order) {
      const d = data[i] as (typeof data)[number];
      const fs = allowed ? d.fs.filter((f) => allowed.has(f)) : d.fs;
      const p = 1 / (1 + Math.exp(-score(w, fs)));
      const g = (d.label - p) * d.weight * RATE;
      for (const f of fs) {
        const old = w.get(f) ?? 0;
        w.set(f, old + g - RATE * L2 * old);
      }
    }
  }
  return w;
}

function prune(w: ReadonlyMap<string, number>): Map<string, number> {
  const kept = [...w].filter(([f]) => f !== 'bias').sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP - 1);
  return new Map([['bias', w.get('bias') ?? 0], ...kept]);
}

/** Weights rounded to hundredths (as shipped), features sorted. */
function quantise(w: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...w].map(([f, v]) => [f, Math.round(v * 100)] as [string, number]).filter(([, v]) => v !== 0).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Trains, prunes and retrains; the threshold comes from a kept-out fifth. Weights ×100, rounded. */
export function trainScorer(pos: readonly Example[], neg: readonly Example[], features: (pieces: readonly string[]) => string[]): { weights: Map<string, number>; threshold: number; report: string } {
  const prep = (xs: readonly Example[], weight: number): { fs: string[]; label: 0 | 1; weight: number; text: string }[] => xs.map((x) => ({ fs: features(x.pieces), label: x.label, weight, text: x.text }));
  const wPos = neg.length / pos.length / 4;
  const all = [...prep(pos, wPos), ...prep(neg, 1)];
  const held = (d: { text: string }): boolean => hash(d.text) % 5 === 0;
  // 1. Threshold on the kept-out fifth.
  const trainPart = all.filter((d) => !held(d));
  const w1 = quantise(fit(trainPart.filter(() => true), new Set(prune(fit(trainPart)).keys())));
  const heldScores = all.filter(held).map((d) => ({ s: score(w1, d.fs), label: d.label }));
  const negScores = heldScores.filter((d) => d.label === 0).map((d) => d.s).sort((a, b) => b - a);
  const allowedFalse = Math.floor(negScores.length * MAX_FALSE_RATE);
  const threshold = Math.max(0, (negScores[allowedFalse] ?? 0) + 1);
  const heldPos = heldScores.filter((d) => d.label === 1);
  const caught = heldPos.filter((d) => d.s >= threshold).length;
  const falses = negScores.filter((s) => s >= threshold).length;
  // 2. The shipped weights: all examples, pruned, refitted on the kept features.
  const full = fit(all);
  const weights = quantise(fit(all, new Set(prune(full).keys())));
  const trainCaught = all.filter((d) => d.label === 1 && score(weights, d.fs) >= threshold).length;
  const trainFalse = all.filter((d) => d.label === 0 && score(weights, d.fs) >= threshold).length;
  const report = [
    `examples: ${pos.length} positives, ${neg.length} negatives`,
    `kept-out fifth: ${caught}/${heldPos.length} positives above the threshold ${threshold}, ${falses}/${negScores.length} negatives`,
    `all training examples, shipped weights: ${trainCaught}/${pos.length} positives, ${trainFalse}/${neg.length} negatives`,
  ].join('\n');
  return { weights, threshold, report };
}
