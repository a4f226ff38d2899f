// The blind pages (tests/fixtures/pages/blind2-* … blind56-*): Founder and news pages of papers and shapes the other
// fixtures do not have, written before any rule was changed for them and never tuned against.
// Each is read the way the CLI reads a saved page (strict decoding of its bytes, linkedom, the
// page's own pre-formatting rules) and the way the content script's tests read one (happy-dom),
// and scored per page: recognised, title, date, paragraphs exact, headlines that are no headline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { reflowText, type Block } from '../../lib/reflow';
import { decode } from '../../scripts/lib/decode';
import { parseHtml } from '../../scripts/lib/html';
import { parsePage } from '../../scripts/lib/parse-page';
import { isPreformatted } from '../../scripts/lib/pre-style';
import { PAGES_DIR } from './fixtures';
import { PRINT_SHAPES, printBlocks, type PrintShape } from './print-shapes';
import { scoreReflow } from './score-reflow';
import { scoreSet, type ScoredPage, type SetScore } from './set-score';

import type { BlindPage } from './blind-manifest';
import { BLIND_PAGES } from './blind-sets';

// The sets themselves are registered in ./blind-sets.ts (the manifests' reader in ./blind-manifest.ts).
export type { BlindPage } from './blind-manifest';
export * from './blind-sets';

/** The gold blocks of a blind page. */
export function blindGold(page: BlindPage): Block[] {
  return (JSON.parse(readFileSync(join(PAGES_DIR, page.gold as string), 'utf8')) as { blocks: Block[] }).blocks;
}

/** Which DOM reads the page: the CLI's (linkedom) or the DOM tests' (happy-dom). */
export type Reader = 'cli' | 'happy-dom';

/** What Dubao made of one blind page, against its expectations. */
export interface BlindResult {
  file: string;
  /** Recognised (or left alone) as expected, with the expected site and kind. */
  recognition: boolean;
  title: boolean;
  date: boolean;
  /** Gold paragraphs (every kind) reproduced exactly: the same text and the same kind. */
  exact: number;
  total: number;
  f1: number;
  kindAcc: number;
  /** Headlines the repair made of text that is no headline (a byline, a credit, a fragment). */
  falseHeadlines: string[];
  /** Gold paragraphs the output lacks, or gives another kind (for a reader of the figures). */
  missing: string[];
  /**
   * The output is the gold and nothing else, block for block in the gold's order (kind and text, white
   * space aside): what the end-to-end test (tests/e2e/blind-pages.e2e.ts) compares in the browser.
   */
  inOrder: boolean;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
// As the content script's own test (`defaultIsPre`): a <pre> is pre-formatted by the browser's own style sheet.
const inlinePre = (el: Element): boolean => el.tagName === 'PRE' || /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');

function read(page: BlindPage, reader: Reader): { doc: Document; isPre: (el: Element) => boolean } {
  const text = decode(new Uint8Array(readFileSync(join(PAGES_DIR, page.file))), page.file);
  return reader === 'cli' ? { doc: parsePage(text), isPre: isPreformatted } : { doc: parseHtml(text, page.url), isPre: inlinePre };
}

/** Recognises and repairs one blind page (forced where the page must be left alone) and scores it. */
export function scoreBlindPage(page: BlindPage, reader: Reader): BlindResult {
  const { doc, isPre } = read(page, reader);
  const plain = detect(page.url, doc);
  const e = page.expect;
  const forcedRun = page.forced || page.forcedRefused ? detect(page.url, doc, { force: true }) : null;
  const recognition = (plain !== null) === e.recognized && (plain?.site ?? null) === e.site && (plain?.kind ?? null) === e.kind &&
    !(page.forcedRefused && forcedRun !== null);
  const r = page.forced ? forcedRun : plain;
  const want = page.forced ?? e;
  const blocks = r?.body ? repairBody(r.body, { isPre }).blocks : [];
  const gold = blindGold(page);
  const key = (b: Block): string => `${b.kind ?? 'body'}\u0000${norm(b.text)}`;
  const produced = new Set(blocks.map(key));
  const goldHeadings = new Set(gold.filter((b) => b.kind === 'heading').map((b) => norm(b.text)));
  const s = scoreReflow(gold, blocks);
  return {
    file: page.file,
    recognition,
    title: (r?.title ?? null) === want.title,
    date: (r?.date ?? null) === want.date,
    exact: gold.filter((b) => produced.has(key(b))).length,
    total: gold.length,
    f1: s.f1,
    kindAcc: s.kindAcc,
    falseHeadlines: blocks.filter((b) => b.kind === 'heading' && !goldHeadings.has(norm(b.text))).map((b) => b.text),
    missing: gold.filter((b) => !produced.has(key(b))).map((b) => `${b.kind}: ${b.text.slice(0, 24)}${blocks.some((x) => norm(x.text) === norm(b.text)) ? ' (text right, kind wrong)' : ''}`),
    inOrder: sameBlocks(blocks, gold),
  };
}

/** `kind: text` of each block, white space removed: the form tests/e2e/blind-pages.e2e.ts reads from the page. */
export const blockLines = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);
const sameBlocks = (a: readonly Block[], b: readonly Block[]): boolean => JSON.stringify(blockLines(a)) === JSON.stringify(blockLines(b));

/** One line per page: `file  rec ✓ title ✓ date ✓  exact 7/9  f1 0.94  false headlines: …`. */
export function formatBlind(r: BlindResult): string {
  const m = (ok: boolean): string => (ok ? 'ok' : 'NO');
  const heads = r.falseHeadlines.length ? `  false headlines: ${r.falseHeadlines.join(' | ')}` : '';
  return `${r.file.padEnd(34)} recognised ${m(r.recognition)}  title ${m(r.title)}  date ${m(r.date)}  exact ${String(r.exact).padStart(2)}/${String(r.total).padEnd(2)}  f1 ${r.f1.toFixed(3)}  kinds ${r.kindAcc.toFixed(3)}${heads}`;
}

/** Column widths and heights the blind pages' text is re-printed at (see `blindShapeScores`). */
const WIDTHS = [11, 13, 15];
const HEIGHTS = [6, 12];

/**
 * The blind pages' gold text re-printed in every print shape of tests/helpers/print-shapes at
 * several column widths and heights, repaired as plain text and scored per shape: text the
 * rules never saw, in shapes its page did not have.
 */
export function blindShapeScores(set: BlindPage[] = BLIND_PAGES): { shape: PrintShape; score: SetScore }[] {
  return PRINT_SHAPES.map((shape) => {
    const pages: ScoredPage[] = [];
    for (const page of set) {
      const gold = blindGold(page);
      if (gold.length === 0) continue; // a print page (layout) has no article text to re-print
      for (const w of WIDTHS) for (const h of HEIGHTS) {
        pages.push({ name: `${page.file} ${shape} w${w} h${h}`, gold, system: reflowText(printBlocks(gold, shape, w, h), { punctuation: false }) });
      }
    }
    return { shape, score: scoreSet(pages) };
  });
}
