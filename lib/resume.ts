// Where the reader left off in each article: a block index and a character offset in that
// block (never pixels, so a different text size, column or window lands on the same words).

/** A reading position in a repaired article. */
export interface ResumePoint {
  /** Index of the repaired block at the top of the screen. */
  block: number;
  /** Characters of that block already scrolled past. */
  offset: number;
  /** Blocks in the article (to tell "near the end" and to say how far the reader got). */
  total: number;
  /** When it was recorded (ms since the epoch). */
  at: number;
  /**
   * The block's first characters as repaired (in the article's own script), to find the same
   * paragraph when the article has changed since (a paragraph added or taken out above it).
   */
  quote?: string;
}

/** How many of a block's first characters are kept as its quote. */
export const QUOTE_CHARS = 24;

/** Positions by canonical article URL. */
export type ResumeMap = Record<string, ResumePoint>;

/** How many articles keep a position (the oldest are forgotten first). */
export const RESUME_LIMIT = 200;

function point(raw: unknown): ResumePoint | null {
  const r = raw as Partial<ResumePoint> | null;
  if (typeof r !== 'object' || r === null) return null;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!ok(r.block) || !ok(r.offset) || !ok(r.total) || typeof r.at !== 'number' || !Number.isFinite(r.at) || r.block >= r.total) return null;
  const quote = typeof r.quote === 'string' && r.quote.length > 0 && r.quote.length <= QUOTE_CHARS ? { quote: r.quote } : {};
  return { block: r.block, offset: r.offset, total: r.total, at: r.at, ...quote };
}

/** Stored positions with malformed entries dropped. */
export function normalizeResumeMap(raw: unknown): ResumeMap {
  const out: ResumeMap = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [url, v] of Object.entries(raw as Record<string, unknown>)) {
    const p = point(v);
    if (p && url) out[url] = p;
  }
  return out;
}

/** `map` with `url` at `p` (or forgotten when `p` is null), keeping the newest RESUME_LIMIT entries. */
export function withPoint(map: ResumeMap, url: string, p: ResumePoint | null, limit = RESUME_LIMIT): ResumeMap {
  const next: ResumeMap = { ...map };
  delete next[url];
  if (p) next[url] = p;
  const urls = Object.keys(next);
  if (urls.length <= limit) return next;
  const keep = new Set(urls.sort((a, b) => (next[b]?.at ?? 0) - (next[a]?.at ?? 0)).slice(0, limit));
  return Object.fromEntries(Object.entries(next).filter(([u]) => keep.has(u)));
}

/** True when a position is worth offering: past the opening and not at the very end. */
export function worthOffering(p: ResumePoint | null | undefined): p is ResumePoint {
  return !!p && (p.block > 0 || p.offset > 40) && p.block < p.total - 1;
}

/** How far into the article a position is, in percent (for the prompt). */
export function percentRead(p: ResumePoint): number {
  return Math.min(100, Math.max(0, Math.round((100 * p.block) / Math.max(1, p.total))));
}

/**
 * Where a stored position is in the article as it is now (`texts`: its blocks' texts as
 * repaired): the block whose opening is the stored quote, the nearest one to the stored index
 * when several are; the stored index when no block has it (or none was stored), or null when
 * the article is now shorter than that. Offsets and totals are the article's now.
 */
export function placeNow(p: ResumePoint, texts: readonly string[]): ResumePoint | null {
  const q = p.quote;
  let block = -1;
  if (q) {
    texts.forEach((t, i) => {
      if (t.slice(0, q.length) === q && (block < 0 || Math.abs(i - p.block) < Math.abs(block - p.block))) block = i;
    });
  }
  if (block < 0) block = p.block;
  if (block >= texts.length) return null;
  return { ...p, block, offset: Math.min(p.offset, (texts[block] ?? '').length), total: texts.length };
}
