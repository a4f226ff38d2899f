// A 图片新闻's or 组图's captions printed as a run before the article, only the last one signed (`5月13日，在秀洲区王江泾镇，
// 收割机在麦田里来回穿梭。` / `农户在晾晒刚收下的小麦。（记者　金　晶　摄）` / `　　本报讯　眼下，…`): the signed one is read
// as a caption by its credit, the ones above it have none, and each stood as a paragraph of one sentence.
import { BRIEF_DATELINE } from './classify';
import type { Line } from './columns';
import type { BlockKind } from './types';

/** Longer than this, an element of its own is a paragraph, not a caption (photo-run.ts reads none longer either). */
const MAX_RUN_CAPTION = 60;
/** How a caption's words end: a finished sentence. */
const SENTENCE_END = /[。！？!?]$/u;

interface Block {
  kind: BlockKind;
  text: string;
  lines: readonly Line[];
}

/**
 * The width of the text's print column: the commonest width of the print lines a paragraph goes on after (none in text
 * given one element to a paragraph, where no line is a print line).
 */
function columnWidth(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    for (const l of b.lines.slice(0, -1)) counts.set(l.width, (counts.get(l.width) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [w, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = w;
  return best;
}

/**
 * Block `b` could be a caption with no credit in such a run: body, one print line set apart by a break above (or the
 * text's first line) and wider than the column `w` (a caption is set to its picture's width, a paragraph's line never
 * passes its column but by a mark hung at its end), one finished sentence or two of at most sixty characters, not a
 * news brief's dateline (`本报讯…`).
 */
function unsignedCaption(b: Block, next: Block | undefined, w: number): boolean {
  const l = b.lines[0];
  if (b.kind !== 'body' || b.lines.length !== 1 || l === undefined || !(l.gap > 0 || l.ord === 0) || l.width <= w + 1) return false;
  const t = b.text.trim();
  const nextLine = next?.lines[0];
  return Array.from(t).length <= MAX_RUN_CAPTION && SENTENCE_END.test(t) && !BRIEF_DATELINE.test(t) && nextLine !== undefined && nextLine.gap > 0;
}

/**
 * A run of such blocks at the text's start, each set apart from the next, that ends right over a caption is a run of
 * captions (the last signs them all): not a run after body or after a caption further down (a one-sentence paragraph
 * between two pictures of a photo story), nor one that ends over anything but a caption (a lead's short paragraphs),
 * nor in text with no print column.
 */
export function captionsOverSigned<T extends Block>(blocks: T[]): T[] {
  // First without the column: most texts have no such run, and the column's test can only shorten one.
  const loose = runEnd(blocks, -Infinity);
  if (loose === 0 || blocks[loose]?.kind !== 'caption') return blocks;
  const w = columnWidth(blocks);
  if (w === undefined) return blocks;
  const end = runEnd(blocks, w);
  if (end > 0 && blocks[end]?.kind === 'caption') for (let k = 0; k < end; k++) (blocks[k] as T).kind = 'caption';
  return blocks;
}

/** Where the run of caption candidates at the text's start ends, with the column `w` (`-Infinity` to leave it out). */
function runEnd(blocks: readonly Block[], w: number): number {
  let end = 0;
  while (end < blocks.length && unsignedCaption(blocks[end] as Block, blocks[end + 1], w)) end++;
  return end;
}
