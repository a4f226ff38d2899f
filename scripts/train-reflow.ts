// npm run train:reflow — trains the line-wrap repair's boundary scorer (lib/reflow/boundary.ts)
// on tuning text only, chooses its threshold on the development set, and writes
// lib/reflow/boundary-model.generated.ts. Deterministic: the same data always gives the same file
// (`npm run train:reflow -- --check` exits 1 when the committed file differs from it).
// The held-out set is never read here except to leave its sentences out of the training text;
// `npm run score:reflow` reports it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../lib/detect';
import { extractLines } from '../lib/extract';
import { FEATURES, PAGE_FEATURES, type BoundaryModel } from '../lib/reflow/boundary';
import { fullStopJoins } from '../lib/reflow/full-stop';
import { segment } from '../lib/reflow/segment';
import { textToLines } from '../lib/reflow/lines';
import { FIXTURES, fixtureDocument, fixtureGold } from '../tests/helpers/fixtures';
import { PRINT_SHAPES } from '../tests/helpers/print-shapes';
import { generatedPages } from '../tests/helpers/reflow-sets';
import { BLIND_SETS, blindGold } from '../tests/helpers/blind-pages';
import { scoreSet } from '../tests/helpers/set-score';
import { corpusBlocks, goldJoins, printedExamples, recordBoundaries, PAGE_ARTICLES, regimeOf, roundedModel, syntheticArticles, trainLogistic, type Example } from './lib/reflow-training';

/** Column widths and heights the training pages are printed at (none of the scoring sets' widths). */
export const TRAIN_WIDTHS = [9, 12, 13, 15, 16, 19, 21, 26];
export const TRAIN_HEIGHTS = [4, 6, 7, 11, 13, 20];
const SYNTHETIC_ARTICLES = 160;
const SEED = 20261201;
const L2 = 1;
/** News boundaries weigh this much more than synthetic ones (they are fewer, and what readers read). */
const NEWS_WEIGHT = 4;

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../lib/reflow/boundary-model.generated.ts');
const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');

/** Ambiguous boundaries of the fixture pages that are not held out, labelled from their gold. */
function fixtureExamples(): Example[] {
  const out: Example[] = [];
  for (const page of FIXTURES.filter((p) => p.gold && p.heldout !== true)) {
    const body = detect(page.url, fixtureDocument(page))?.body;
    if (!body) continue;
    const { lines } = extractLines(body, { isPre: inlinePre });
    recordBoundaries(lines, goldJoins(lines, fixtureGold(page)), out);
  }
  return out;
}

/**
 * The blind sets whose gold text the scorer is trained on: the fitting half of `npm run
 * score:blind-halves` (blind2–blind18); the held-back half (blind19–blind27) and the sets written
 * after the split (blind28 on) are never read here, so that they say how the scorer does on news it
 * was not trained on.
 */
export const BLIND_TRAINING = BLIND_SETS.filter((s) => Number(s.name.replace(/\D/gu, '')) <= 18);
/** Column widths and heights the blind pages' gold text is printed at for training (none of the scoring widths 11/13/15, heights 6/12). */
const BLIND_WIDTHS = [9, 13, 16, 21];
const BLIND_HEIGHTS = [4, 7, 13];

/** Ambiguous boundaries of the training blind pages' gold text printed in every shape, page by page. */
function blindExamples(): Example[] {
  return BLIND_TRAINING.flatMap((set) => set.pages).flatMap((page) => {
    const gold = blindGold(page);
    return gold.length === 0 ? [] : printedExamples(gold, PRINT_SHAPES, BLIND_WIDTHS, BLIND_HEIGHTS);
  });
}

/** Paragraphs exact on the dev pages with `model`. */
function devExact(model: BoundaryModel): number {
  const pages = generatedPages('dev').map((p) => ({
    name: p.name,
    gold: p.gold,
    system: segment(textToLines(p.text), (ctx, a, para, b, kind) => fullStopJoins(ctx, a, para, b, kind, model)),
  }));
  return scoreSet(pages).paragraphsExact;
}

/** The threshold in 0.3…0.85 that makes the most dev paragraphs exact (ties: nearest 0.5), for the model `at` gives. */
function bestThreshold(label: string, at: (threshold: number) => BoundaryModel): { threshold: number; exact: number } {
  let best = { threshold: 0.5, exact: -1 };
  for (let t = 0.3; t <= 0.851; t += 0.025) {
    const threshold = Math.round(t * 1000) / 1000;
    const exact = devExact(at(threshold));
    console.log(`${label}: threshold ${threshold.toFixed(3)}  dev paragraphs exact ${(exact * 100).toFixed(2)}%`);
    if (exact > best.exact + 1e-12 || (Math.abs(exact - best.exact) < 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5))) best = { threshold, exact };
  }
  return best;
}

const accuracy = (ex: readonly Example[], m: BoundaryModel, p: (x: number[]) => number): string =>
  `${((ex.filter((e) => p(e.x) >= m.threshold === e.join).length / Math.max(1, ex.length)) * 100).toFixed(1)}%`;

function main(): void {
  const news = [...printedExamples(corpusBlocks(), PRINT_SHAPES, TRAIN_WIDTHS, TRAIN_HEIGHTS), ...fixtureExamples(), ...blindExamples()];
  // The synthetic articles are printed in pages of each size of PAGE_ARTICLES (an article page, a
  // whole newspaper page), so that the page's own measure of its paragraphs is read both short and long.
  const articles = syntheticArticles(SYNTHETIC_ARTICLES, SEED);
  const synthetic: Example[] = [];
  // Examples of pages whose paragraphs hold the usual one to four sentences (the page-blind model's).
  const usual = new Set<Example>();
  for (const size of PAGE_ARTICLES) {
    for (let k = 0; k < articles.length; k += size) {
      const printed = printedExamples(articles.slice(k, k + size).flat(), PRINT_SHAPES, TRAIN_WIDTHS, TRAIN_HEIGHTS);
      const [fewest, most] = regimeOf(k);
      if (fewest === 1 && most === 4) for (const e of printed) usual.add(e);
      synthetic.push(...printed);
    }
  }
  const examples = [...news, ...synthetic];
  const weigh = (i: number): number => (i < news.length ? NEWS_WEIGHT : 1 / PAGE_ARTICLES.length);
  // The page-blind model first (the page features zeroed, so their weights stay 0): it decides on
  // pages that show too few paragraph ends; then the whole model, its threshold chosen with it.
  const pageIndexes = PAGE_FEATURES.map((f) => FEATURES.indexOf(f));
  const blindSource = [...news, ...synthetic.filter((e) => usual.has(e))];
  const pageBlindExamples = blindSource.map((e) => ({ join: e.join, x: e.x.map((v, j) => (pageIndexes.includes(j) ? 0 : v)) }));
  // blindSource begins with the news examples, as `examples` does: `weigh` weighs both.
  const blindWeights = trainLogistic(pageBlindExamples, L2, weigh);
  const pageBlind = roundedModel(blindWeights, bestThreshold('page-blind', (t) => roundedModel(blindWeights, t)).threshold);
  const weights = trainLogistic(examples, L2, weigh);
  const best = bestThreshold('with the page', (t) => ({ ...roundedModel(weights, t), pageBlind }));
  const model: BoundaryModel = { ...roundedModel(weights, best.threshold), pageBlind };
  const text = modelFile(model, news.length, synthetic.length);
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'the committed model is what training produces' : 'the committed model differs from what training produces');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(OUT, text);
  const prob = (x: number[]): number => 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + v * (model.weights[i] as number), 0)));
  console.log(`examples: news ${news.length} (joins ${news.filter((e) => e.join).length}), synthetic ${synthetic.length} (joins ${synthetic.filter((e) => e.join).length})`);
  console.log(`training accuracy: news ${accuracy(news, model, prob)}, synthetic ${accuracy(synthetic, model, prob)}`);
  console.log(`threshold ${model.threshold} (dev paragraphs exact ${(best.exact * 100).toFixed(2)}%)`);
  FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(20)} ${(model.weights[i] as number).toFixed(4)}`));
}

/** The generated module's text. */
export function modelFile(model: BoundaryModel, news: number, synthetic: number): string {
  return `// Generated by \`npm run train:reflow\` (scripts/train-reflow.ts) — do not edit by hand.
// The line-wrap repair's boundary scorer: a logistic regression over the features of
// lib/reflow/boundary.ts, trained on ambiguous boundaries of tuning text only (${news} from the
// corpus pages printed in every shape and the fixture pages not held out, ${synthetic} from synthetic
// paragraphs of CPP sentences no other set uses, in pages of ${PAGE_ARTICLES.join(' and ')} articles), L2 ${L2}; thresholds chosen
// on the dev set; the page-blind model (page features 0) decides on pages showing too few paragraph ends.
import type { BoundaryModel } from './boundary';

/** The shipped boundary model (feature names in \`FEATURES\` order, one weight each). */
export const BOUNDARY_MODEL: BoundaryModel = {
  features: ${JSON.stringify(model.features)},
  weights: ${JSON.stringify(model.weights)},
  threshold: ${model.threshold},
  pageBlind: {
    features: ${JSON.stringify(model.pageBlind?.features ?? [])},
    weights: ${JSON.stringify(model.pageBlind?.weights ?? [])},
    threshold: ${model.pageBlind?.threshold ?? 0.5},
  },
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
