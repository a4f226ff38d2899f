// Training data and training for the line-wrap repair's boundary scorer (lib/reflow/boundary.ts).
// Used by scripts/train-reflow.ts and tests/unit/reflow-boundary.test.ts. Examples come from
// tuning text only: the corpus gold pages, the fixture pages not held out, and synthetic
// paragraphs of CPP sentences that neither the dev nor the held-out set uses.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundaryFeatures, FEATURES, joinProbability, type BoundaryModel } from '../../lib/reflow/boundary';
import { balanced } from '../../lib/reflow/chars';
import { openingDecides } from '../../lib/reflow/full-stop';
import { textToLines } from '../../lib/reflow/lines';
import { segment, type Decider } from '../../lib/reflow/segment';
import type { Block, SourceLine } from '../../lib/reflow';
import { printLayout, seeded, type PrintShape } from '../../tests/helpers/print-shapes';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');

/** One ambiguous boundary: its features and whether the paragraph went on in the gold. */
export interface Example {
  x: number[];
  join: boolean;
}

/**
 * Runs the repair over `lines`, recording every ambiguous boundary's features (those the next
 * line's wording does not decide) and answering it from `gold` (source line index pairs → join), so that later boundaries see the true paragraph
 * so far. Boundaries `gold` says nothing about (undefined) are decided by the shipped model.
 */
export function recordBoundaries(lines: readonly SourceLine[], gold: (a: number, b: number) => boolean | undefined, out: Example[]): void {
  const record: Decider = (ctx, a, para, b, kind) => {
    const join = gold(a.idx, b.idx);
    const decided = openingDecides(ctx, a, b);
    if (decided !== undefined) return join ?? decided; // the wording decides these: no example
    const x = boundaryFeatures(ctx, a, para, b, kind);
    if (join === undefined) return joinProbability(x) >= 0.5;
    out.push({ x, join });
    return join;
  };
  segment(lines, record);
}

/** Examples from `blocks` printed in every shape at every width × height (labels from the layout). */
export function printedExamples(blocks: readonly Block[], shapes: readonly PrintShape[], widths: readonly number[], heights: readonly number[]): Example[] {
  const out: Example[] = [];
  for (const shape of shapes) {
    for (const w of widths) {
      for (const h of heights) {
        const layout = printLayout(blocks, shape, w, h);
        const owners = layout.owners.filter((_, i) => (layout.lines[i] as string).trim() !== '');
        const lines = textToLines(layout.lines.join('\n'));
        if (lines.length !== owners.length) throw new Error(`layout and lines disagree (${shape} w${w} h${h})`);
        recordBoundaries(lines, (a, b) => owners[a] === owners[b], out);
      }
    }
  }
  return out;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

/**
 * Labels for a real page's lines from its gold blocks: a boundary joins when the two lines'
 * texts stand together in one gold paragraph.
 */
export function goldJoins(lines: readonly SourceLine[], gold: readonly Block[]): (a: number, b: number) => boolean {
  const bodies = gold.filter((b) => b.kind === 'body').map((b) => norm(b.text));
  return (a, b) => {
    const pair = norm((lines[a] as SourceLine).text) + norm((lines[b] as SourceLine).text);
    return bodies.some((t) => t.includes(pair));
  };
}

/** The corpus gold pages (tuning text) as lists of blocks. */
export function corpusBlocks(): Block[] {
  return ['xsrb-page-narrow-columns', 'zj-page-column-breaks'].flatMap(
    (name) => (JSON.parse(readFileSync(join(FIXTURES, `corpus/${name}.gold.json`), 'utf8')) as { blocks: Block[] }).blocks,
  );
}

/** Sentences of another set (dev, dev2 or held-out), read only to leave them out of the training text. */
function setSentences(dir: 'dev' | 'dev2' | 'dev3' | 'heldout'): Set<string> {
  return new Set(readFileSync(join(FIXTURES, `corpus/${dir}/sentences.txt`), 'utf8').split('\n').filter(Boolean));
}

/**
 * Synthetic articles of CPP development sentences (`tests/fixtures/cpp/cpp-dev.sent`, marks
 * removed, 12–90 characters, balanced, none used by the dev, dev2, dev3 or held-out set), shuffled with
 * `seed`: the headlines and bylines of the corpus pages, then 3–5 paragraphs of 1–4 sentences.
 * `syntheticArticles` returns the same text as one list per article.
 */
export function syntheticBlocks(count: number, seed: number): Block[] {
  return syntheticArticles(count, seed).flat();
}

/**
 * How many sentences the paragraphs of each run of `PAGE_ARTICLES` synthetic articles hold (fewest,
 * most), in turn, `REGIME_ARTICLES` articles each: papers differ, from pages of one-sentence paragraphs to pages of long ones, and
 * the boundary scorer reads what the page's own paragraphs hold (`pageParagraphs`).
 */
export const PARAGRAPH_SENTENCES: readonly (readonly [number, number])[] = [[1, 4], [1, 4], [1, 3], [2, 5], [1, 4], [1, 2], [1, 4], [1, 6]];
/** How many synthetic articles are printed together as one training page, in turn (an article page of some eight paragraphs; a newspaper page). */
export const PAGE_ARTICLES: readonly number[] = [2, 8];
/** Synthetic articles that share one paragraph-length regime. */
const REGIME_ARTICLES = 8;

/** The fewest and most sentences of the paragraphs of synthetic article `k`. */
export function regimeOf(k: number): readonly [number, number] {
  return PARAGRAPH_SENTENCES[Math.floor(k / REGIME_ARTICLES) % PARAGRAPH_SENTENCES.length] as readonly [number, number];
}

/** The synthetic articles of `syntheticBlocks`, one list of blocks each. */
export function syntheticArticles(count: number, seed: number): Block[][] {
  const taken = new Set([...setSentences('dev'), ...setSentences('heldout')]);
  const all = readFileSync(join(FIXTURES, 'cpp/cpp-dev.sent'), 'utf8').split('\n').map((s) => s.replace(/\u2581/gu, '').trim());
  const pool = all.filter((s) => s.length >= 12 && s.length <= 90 && balanced(s) && !taken.has(s));
  const rnd = seeded(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  // The dev2 and dev3 sentences were drawn from what this shuffle leaves unused; leaving them out
  // after it keeps the training text the same.
  const later = new Set([...setSentences('dev2'), ...setSentences('dev3')]);
  const usable = pool.filter((t) => !later.has(t));
  const corpus = corpusBlocks();
  const headings = corpus.filter((b) => b.kind === 'heading');
  const bylines = corpus.filter((b) => b.kind === 'byline');
  const out: Block[][] = [];
  let s = 0;
  for (let k = 0; k < count && s < usable.length; k++) {
    const article: Block[] = [headings[k % headings.length] as Block, bylines[k % bylines.length] as Block];
    const [fewest, most] = regimeOf(k);
    const paragraphs = 3 + Math.floor(rnd() * 3);
    for (let p = 0; p < paragraphs; p++) {
      const n = fewest + Math.floor(rnd() * (most - fewest + 1));
      article.push({ kind: 'body', text: usable.slice(s, s + n).join('') });
      s += n;
    }
    out.push(article);
  }
  return out;
}

/**
 * L2-regularised logistic regression by Newton's method (exact and deterministic: no
 * learning rate, no order of examples). `weight(i)` weighs example i.
 */
export function trainLogistic(examples: readonly Example[], l2: number, weight: (i: number) => number = () => 1): number[] {
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const grad = w.map((v, j) => (j === 0 ? 0 : l2 * v));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (__, j) => (i === j && i > 0 ? l2 : 0)));
    examples.forEach(({ x, join }, i) => {
      const p = joinProbability(x, { features: FEATURES, weights: w, threshold: 0.5 });
      const c = weight(i);
      const r = (p - (join ? 1 : 0)) * c;
      const s = p * (1 - p) * c;
      for (let a = 0; a < d; a++) {
        const xa = x[a] as number;
        if (xa === 0) continue;
        grad[a] = (grad[a] as number) + r * xa;
        const row = hess[a] as number[];
        for (let b = 0; b < d; b++) row[b] = (row[b] as number) + s * xa * (x[b] as number);
      }
    });
    const step = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j < d; j++) {
      w[j] = (w[j] as number) - (step[j] as number);
      moved = Math.max(moved, Math.abs(step[j] as number));
    }
    if (moved < 1e-9) break;
  }
  return w;
}

/** Solves `m · x = v` by Gaussian elimination with partial pivoting (a ridge keeps `m` regular). */
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[p] as number[])[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    const pivot = (a[c] as number[])[c] as number;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (a[r] as number[])[k] = ((a[r] as number[])[k] as number) - f * ((a[c] as number[])[k] as number);
    }
  }
  return a.map((row, i) => (Math.abs(row[i] as number) < 1e-12 ? 0 : (row[n] as number) / (row[i] as number)));
}

/** Weights rounded for the committed file (4 decimals), as a model with `threshold`. */
export function roundedModel(weights: readonly number[], threshold: number): BoundaryModel {
  return { features: [...FEATURES], weights: weights.map((v) => Math.round(v * 1e4) / 1e4), threshold };
}
