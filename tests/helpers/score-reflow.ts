// A faithful TypeScript port of tests/fixtures/corpus/score_reflow.py (the corpus scorer), so
// the gold tests run inside vitest. Same definitions: NFKC, white space removed.
import type { Block } from '../../lib/reflow';

export interface ReflowScore {
  bodyRecall: number;
  blockPrecision: number;
  f1: number;
  kindAcc: number;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

/** Scores system blocks against gold blocks exactly as score_reflow.py does. */
export function scoreReflow(gold: readonly Block[], system: readonly Block[]): ReflowScore {
  const g = gold.map((b) => [b.kind, norm(b.text)] as const).filter(([, t]) => t);
  const s = system.map((b) => [b.kind ?? 'body', norm(b.text ?? '')] as const).filter(([, t]) => t);
  const kindOf = new Map<string, string>();
  for (const [k, t] of g) if (!kindOf.has(t)) kindOf.set(t, k);
  const headings = g.filter(([k]) => k !== 'body').map(([, t]) => t);
  const merged = new Set<string>();
  for (let i = 0; i < g.length; i++) {
    let acc = '';
    for (let j = i; j < Math.min(i + 4, g.length); j++) {
      const [k, t] = g[j] as readonly [string, string];
      if (k === 'body') break;
      acc += t;
      merged.add(acc);
    }
  }
  let matched = 0;
  let kindOk = 0;
  const hk = new Set(['heading', 'byline']);
  for (const [k, t] of s) {
    const gk = kindOf.get(t);
    if (gk !== undefined) {
      matched++;
      if (gk === k || (hk.has(gk) && hk.has(k))) kindOk++;
    } else if (merged.has(t) || headings.some((h) => t.length >= 2 && h.includes(t))) {
      matched++;
      if (k !== 'body') kindOk++;
    }
  }
  const produced = new Set(s.map(([, t]) => t));
  const bodies = g.filter(([k]) => k === 'body').map(([, t]) => t);
  const bodyRecall = bodies.filter((t) => produced.has(t)).length / Math.max(1, bodies.length);
  const blockPrecision = matched / Math.max(1, s.length);
  const f1 = bodyRecall + blockPrecision === 0 ? 0 : (2 * bodyRecall * blockPrecision) / (bodyRecall + blockPrecision);
  return { bodyRecall, blockPrecision, f1, kindAcc: kindOk / Math.max(1, s.length) };
}
