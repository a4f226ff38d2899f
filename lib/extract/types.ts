// What the extraction gives the repair and the repaired view: the body's lines, where each stretch of a line's text
// came from in the DOM, the body's pictures, and the options of `extractLines` (./index.ts).
import type { SourceLine } from '../reflow';

/** Where a stretch of a line's text came from. */
export interface Piece {
  node: Text;
  /** Offsets into `node.data`. */
  nodeStart: number;
  nodeEnd: number;
  /** Offset into the line's text where this piece starts. */
  lineStart: number;
}

/** An image (or other media) of the body, and the line it follows (-1: before every line). */
export interface Media {
  node: Element;
  afterLine: number;
}

/** The body as the repair sees it. */
export interface Extraction {
  lines: SourceLine[];
  pieces: Piece[][];
  media: Media[];
  /** The element outside the body read before it (`ExtractOptions.leading`), where one was: the repaired view stands in for it too. */
  leading?: Element;
  /** The picture boxes right before `leading`, each read before it (a run of pictures over their captions), in reading order. */
  leadingBefore?: Element[];
}

/** Options of `extractLines`. */
export interface ExtractOptions {
  /** Whether an element preserves newlines (white-space: pre, pre-wrap, pre-line). */
  isPre?: (el: Element) => boolean;
  /** Elements left out of the article (default: portal boilerplate, see `isBoilerplate`). */
  skip?: (el: Element) => boolean;
  /** An element outside the body read before it: the picture and caption printed right before the body (see ./leading-pictures.ts). */
  leading?: Element | readonly Element[] | null;
}
