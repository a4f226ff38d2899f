// Re-wraps paragraph-true articles into the print shapes e-paper pages come in, so the
// line-wrap repair can be scored on text it never saw. The shapes follow
// /work/shared/epaper-sites.md and the corpus README: print lines ending in <br> with a blank
// line at paragraph and column ends (萧山日报), one <p> per column piece (浙江日报), pre-wrap
// text with and without 　　 indentation (嘉兴日报), and photo captions printed between the
// two halves of a paragraph cut by a column.
import { visualWidth } from '../../lib/reflow/chars';
import { rng } from '../../scripts/lib/polyphone-training';
import type { Block } from '../../lib/reflow';

/** How the page marks print lines, paragraph ends and column ends. */
export type PrintShape = 'br-blank' | 'p-cut' | 'prewrap-indent' | 'prewrap-plain';

/** Every print shape the generator knows. */
export const PRINT_SHAPES: readonly PrintShape[] = ['br-blank', 'p-cut', 'prewrap-indent', 'prewrap-plain'];

/** One generated page: its text as the page prints it, and the gold blocks. */
export interface PrintPage {
  name: string;
  text: string;
  gold: Block[];
}

/** Characters that Chinese typesetting never puts at the start of a line (they hang at the end). */
const NO_LINE_START = new Set([...'，。、；：？！）」』”’…—%》】,.;:?!)']);

/** Deterministic pseudo-random numbers (mulberry32): the polyphone training script's generator. */
export const seeded = rng;

/** Cuts a paragraph into print lines of `width` characters (first line narrower by `indent`). */
export function wrap(text: string, width: number, indent = 0): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let cur = '';
  let limit = width - indent;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (visualWidth(cur + ch) > limit && cur && !NO_LINE_START.has(ch)) {
      lines.push(cur);
      cur = '';
      limit = width;
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

interface Piece {
  /** Print lines of this piece (one line for headings, bylines and captions). */
  lines: string[];
  kind: Block['kind'];
}

/** A printed page line by line, with the gold block each line was printed from. */
export interface PrintLayout {
  /** The page's lines ('' for a blank line; never two blank lines in a row). */
  lines: string[];
  /** For each line, the index of its block in the gold (-1 for a blank line). */
  owners: number[];
}

/**
 * Lays out blocks in columns of `height` lines and prints them in `shape`. A caption block
 * that follows a body paragraph in the gold is printed at the first column cut inside that
 * paragraph when there is one (between its halves), else after it.
 */
export function printBlocks(blocks: readonly Block[], shape: PrintShape, width: number, height: number): string {
  return printLayout(blocks, shape, width, height).lines.join('\n');
}

/** `printBlocks`, line by line, each line with the index of the block it was printed from. */
export function printLayout(blocks: readonly Block[], shape: PrintShape, width: number, height: number): PrintLayout {
  const indent = shape === 'prewrap-indent' ? 2 : 0;
  const pieces: Piece[] = blocks.map((b) => ({ kind: b.kind, lines: b.kind === 'body' ? wrap(b.text, width, indent) : [b.text] }));
  const lines: string[] = [];
  const owners: number[] = [];
  const push = (owner: number, ...ls: string[]): void => {
    for (const l of ls) {
      if (l === '' && lines.length > 0 && lines[lines.length - 1] === '') continue; // one blank line at most
      lines.push(l);
      owners.push(l === '' ? -1 : owner);
    }
  };
  let inColumn = 0;
  const columnEnd = (): void => {
    if (shape !== 'prewrap-plain' || lines[lines.length - 1] !== '') push(-1, '');
    inColumn = 0;
  };
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as Piece;
    if (piece.kind === 'caption' && pieces[p - 1]?.kind === 'body') continue; // printed inside the paragraph
    const caption = pieces[p + 1]?.kind === 'caption' && piece.kind === 'body' ? pieces[p + 1] : undefined;
    let captionDone = caption === undefined;
    let run: string[] = [];
    const flushRun = (): void => {
      if (run.length === 0) return;
      if (shape === 'p-cut') push(p, run.join(''));
      else push(p, ...run);
      run = [];
    };
    piece.lines.forEach((line, i) => {
      if (inColumn >= height) {
        flushRun();
        columnEnd();
        if (!captionDone && i > 0 && caption) {
          push(p + 1, caption.lines[0] as string, '');
          captionDone = true;
        }
      }
      const lead = i === 0 && piece.kind === 'body' && indent ? '　　' : '';
      run.push(lead + line);
      inColumn++;
    });
    flushRun();
    if (caption && !captionDone) push(p + 1, '', caption.lines[0] as string);
    // A paragraph end: a blank line, a new <p>, or (pre-wrap) only the next line's indentation.
    const nextIsBody = pieces[p + 1]?.kind === 'body' || (caption && pieces[p + 2]?.kind === 'body');
    if (shape === 'br-blank' || shape === 'p-cut' || piece.kind !== 'body' || !nextIsBody) push(-1, '');
  }
  return { lines, owners };
}

/** The gold of a printed page: blocks in reading order (a caption after the paragraph it cut). */
export function goldOf(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => ({ kind: b.kind, text: b.text }));
}

/** Every shape at several column widths and heights, for one list of articles. */
export function printPages(name: string, articles: readonly Block[][], widths: readonly number[], heights: readonly number[]): PrintPage[] {
  const pages: PrintPage[] = [];
  const blocks = articles.flat();
  for (const shape of PRINT_SHAPES) {
    for (const w of widths) {
      for (const h of heights) pages.push({ name: `${name} ${shape} w${w} h${h}`, text: printBlocks(blocks, shape, w, h), gold: goldOf(blocks) });
    }
  }
  return pages;
}
