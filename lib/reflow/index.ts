// Line-wrap repair: print-layout lines in, the editor's paragraphs out. Pure, no DOM.
import { textToLines } from './lines';
import { repairPunctuation } from './punct';
import { withFramedCaptions } from './framed-captions';
import { joinLineElements } from './line-elements';
import { segment } from './segment';
import type { Block, ReflowOptions, RepairedBlock, SourceLine } from './types';

export type { Block, BlockKind, ReflowOptions, RepairedBlock, SourceLine } from './types';
export { textToLines, hasIndent } from './lines';
export { repairPunctuation } from './punct';

/**
 * Repairs source lines into blocks with provenance (source line indices and the offsets where
 * a break was removed). Never throws; the same input always gives the same output.
 */
export function reflowLines(lines: readonly SourceLine[], options: ReflowOptions = {}): RepairedBlock[] {
  const blocks = unpunctuated(lines);
  if (options.punctuation === false) return blocks;
  return blocks.map((b) => ({ ...b, text: repairPunctuation(b.text) }));
}

/** The blocks before the punctuation repair. */
const unpunctuated = (lines: readonly SourceLine[]): RepairedBlock[] => withFramedCaptions(joinLineElements(lines), (ls, pictured) => segment(ls, undefined, undefined, pictured));

/** Repairs plain text (print lines separated by newlines, blank lines where columns ended). */
export function reflowText(text: string, options: ReflowOptions = {}): Block[] {
  // One new object per block (the provenance is dropped here, not copied first).
  const punctuate = options.punctuation !== false;
  return unpunctuated(textToLines(text)).map(({ kind, text: t }) => ({ kind, text: punctuate ? repairPunctuation(t) : t }));
}

/** The text form of blocks: one block per paragraph, separated by a blank line. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
