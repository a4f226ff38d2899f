// Highlight records: the stored shape, its limits and its canonical key order.
//
// A highlight is anchored twice, in the spirit of the W3C Web Annotation selectors:
// - `quote` (TextQuoteSelector): the exact text plus up to CONTEXT_CHARS characters of context
//   on either side, taken across block boundaries of the repaired article joined with '\n';
// - `position` (TextPositionSelector): UTF-16 offsets into the repaired block texts, end
//   exclusive.
// See lib/anchor for how both are built and re-attached to a (possibly changed) article, and
// ./types.ts for the validation of records from outside.

/** `format` and `version` of an export file (lib/highlights/export.ts toJson). */
export const EXPORT_FORMAT = 'dubao-highlights';
export const EXPORT_VERSION = 1;

/** A highlight's colour (its name in the UI and the CSS highlight name dubao-<colour>). */
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

/** The colours, in the order the UI offers them. */
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

/** The quoted text with its context (TextQuoteSelector). */
export interface HighlightQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the repaired block texts, end exclusive (TextPositionSelector). */
export interface HighlightPosition {
  startBlock: number;
  start: number;
  endBlock: number;
  end: number;
}

/** A saved highlight as stored and exported. */
export interface HighlightRecord {
  /** uuid-like, [A-Za-z0-9_-]{8,64}. */
  id: string;
  /** Canonical e-paper URL (lib/url.ts canonicalUrl). */
  url: string;
  /** Paper name, e.g. 萧山日报. */
  paper: string;
  /** Site id, e.g. xsrb. */
  site: string;
  /** Issue date YYYY-MM-DD. */
  date: string | null;
  /** Article title. */
  title: string | null;
  quote: HighlightQuote;
  position: HighlightPosition;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** ms since epoch. */
  createdAt: number;
  updatedAt: number;
  schema: 1;
}

/** Limits enforced by validateHighlight(). */
export const HIGHLIGHT_LIMITS = {
  exact: 5000,
  context: 64,
  note: 10_000,
  tags: 32,
  tag: 40,
  url: 2048,
  paper: 128,
  title: 512,
  /** Largest block index or offset accepted in `position`. */
  offset: 10_000_000,
} as const;

/** A record id: 8–64 characters of [A-Za-z0-9_-]. */
export const ID_RE = /^[A-Za-z0-9_-]{8,64}$/u;

/** A copy of a record with its keys in the canonical order (for export and comparison). */
export function canonicalRecord(r: HighlightRecord): HighlightRecord {
  return {
    id: r.id,
    url: r.url,
    paper: r.paper,
    site: r.site,
    date: r.date,
    title: r.title,
    quote: { exact: r.quote.exact, prefix: r.quote.prefix, suffix: r.quote.suffix },
    position: { startBlock: r.position.startBlock, start: r.position.start, endBlock: r.position.endBlock, end: r.position.end },
    color: r.color,
    note: r.note,
    tags: [...r.tags],
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    schema: 1,
  };
}
