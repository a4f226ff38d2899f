// Scores the repair over a set of pages: paragraphs exact, f1 and kind accuracy (mean and worst).
import type { Block } from '../../lib/reflow';
import { scoreReflow } from './score-reflow';

/** One page to score: its gold and what the repair made of it. */
export interface ScoredPage {
  name: string;
  gold: readonly Block[];
  system: readonly Block[];
}

/** Figures of a whole set. */
export interface SetScore {
  pages: number;
  /** Gold body paragraphs reproduced exactly, over all pages. */
  paragraphsExact: number;
  meanF1: number;
  minF1: number;
  meanKindAcc: number;
  minKindAcc: number;
  /** The page with the lowest f1 (for a reader chasing a regression). */
  worst: string;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

/** Scores every page with the corpus scorer and sums up. */
export function scoreSet(pages: readonly ScoredPage[]): SetScore {
  let bodies = 0;
  let exact = 0;
  let f1 = 0;
  let kind = 0;
  let minF1 = 1;
  let minKind = 1;
  let worst = '';
  for (const p of pages) {
    const s = scoreReflow(p.gold, p.system);
    const produced = new Set(p.system.map((b) => norm(b.text)));
    const golds = p.gold.filter((b) => b.kind === 'body');
    bodies += golds.length;
    exact += golds.filter((b) => produced.has(norm(b.text))).length;
    f1 += s.f1;
    kind += s.kindAcc;
    if (s.f1 < minF1 || !worst) {
      minF1 = Math.min(minF1, s.f1);
      worst = p.name;
    }
    minKind = Math.min(minKind, s.kindAcc);
  }
  const n = Math.max(1, pages.length);
  return { pages: pages.length, paragraphsExact: exact / Math.max(1, bodies), meanF1: f1 / n, minF1, meanKindAcc: kind / n, minKindAcc: minKind, worst };
}

/** One line of figures: `paragraphs exact 97.1%  f1 mean 0.990 min 0.951  kinds mean 0.99 min 0.94`. */
export function formatScore(label: string, s: SetScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return `${label.padEnd(28)} ${String(s.pages).padStart(3)} pages  paragraphs exact ${pct(s.paragraphsExact).padStart(6)}  f1 mean ${s.meanF1.toFixed(3)} min ${s.minF1.toFixed(3)}  kinds mean ${s.meanKindAcc.toFixed(3)} min ${s.minKindAcc.toFixed(3)}`;
}
