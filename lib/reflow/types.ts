/** What a repaired block is: a headline, a byline, a body paragraph or a photo caption. */
export type BlockKind = 'heading' | 'byline' | 'body' | 'caption';

/** One repaired block of an article, in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
}

/**
 * One source line as the page printed it.
 * `gap` counts the paragraph boundaries or blank lines between this line and the previous one
 * (0: the previous print line simply wrapped; ≥ 1: a `<p>` boundary or blank line, where a
 * print column or a paragraph ended). `indent` is true when the line began with `　　`,
 * `&nbsp;` or several spaces.
 */
export interface SourceLine {
  text: string;
  gap: number;
  indent: boolean;
  /** True when the line comes right after a picture in the page (a caption candidate). */
  afterMedia?: boolean;
  /** True when the page sets the line in a picture's own frame (its table or figure): a caption. */
  caption?: boolean;
  /** True when the line is a row of a table of figures (its cells joined by spaces): a block of its own. */
  row?: boolean;
  /** True when the page sets the whole line, an element of its own, in bold (`<p><strong>…</strong></p>`). */
  bold?: boolean;
  /** True when the page sets the whole line in bold but the line is no element of its own (a print line between `<br>`s). */
  boldLine?: boolean;
  /** The table cell the page sets the line in (cells numbered in page order; none: no cell). */
  cell?: number;
  /** True when the page's line ended in a full-width space the trim dropped (see `credit-space.ts`). */
  hangs?: boolean;
  /** True when the page's line opened on a credit's full-width space the trim dropped (see `credit-space.ts`): no indent. */
  spaceOpens?: boolean;
}

/**
 * A repaired block with its provenance: which source lines it was built from and where in its
 * text a line break was removed (offsets into `text`), for the "show repairs" view and for
 * mapping back to the page.
 */
export interface RepairedBlock extends Block {
  lines: number[];
  joins: number[];
}

/** Options of the repair. */
export interface ReflowOptions {
  /** Turn half-width `, : ; ? ! ( )` between Chinese characters into full-width (default true). */
  punctuation?: boolean;
}
