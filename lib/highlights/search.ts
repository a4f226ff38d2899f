// Searching and grouping saved highlights (pure).
//
// Text queries look at the quote, the note and the title. Both sides are compared in a
// normal form: toSimplified() (lib/convert), NFKC (full-width Latin and digits become ASCII),
// lower case; so 銀行 finds 银行 and ＧＤＰ finds gdp. A query of several words separated by
// spaces needs every word. A query of Latin letters only is also read as pinyin (full
// syllables `yiyinhezuo` / `yi yin he zuo`, initials `yyhz`, or a mix), see ./pinyin-match.ts:
// such a query matches when the words all occur literally or when the whole query, spaces
// ignored, matches as pinyin.
//
// buildSearchIndex() does the normalisation and the pinyin encoding once; each search is then
// a scan over typed arrays and plain strings (10,000 highlights: a few ms, see
// scripts/bench-highlights.ts). Results keep the order of the records given.
//
// The traditional → simplified folding and the pinyin readings are loaded on demand
// (./search-aids.ts). An index built before they arrived finds characters as written and
// Latin letters only, and says so with `complete: false`; its owner rebuilds it once they are
// loaded (components/HighlightStore.ts).

import { encodePinyinTexts, normalizePinyinQuery, pinyinMatcher } from './pinyin-match';
import { searchAidsReady, simplifyForSearch } from './search-aids';
import type { HighlightColor, HighlightRecord } from './types';

export { groupByArticle, type ArticleGroup } from './group';

export interface HighlightQuery {
  /** Words to find in the quote, note or title (simplified or traditional, or pinyin). */
  text?: string;
  /** Only these colours (an empty list means any). */
  colors?: HighlightColor[];
  /** Only this paper: its name (萧山日报) or its site id (xsrb). */
  paper?: string;
  /** Only issues on or after this date (YYYY-MM-DD); highlights without a date are left out. */
  from?: string;
  /** Only issues on or before this date (YYYY-MM-DD); highlights without a date are left out. */
  to?: string;
  /** true: only highlights with a note; false: only those without. */
  withNote?: boolean;
}

export interface SearchIndex {
  readonly size: number;
  /** False when built before the search aids were loaded (no folding of traditional text, no pinyin). */
  readonly complete: boolean;
  search(query: HighlightQuery): HighlightRecord[];
}

/** Separates the fields of one record in the normalised text; never part of a match. */
const FIELD_SEPARATOR = '\u0000';
const ASCII_ONLY_RE = /^[\x00-\x7f]*$/u;

/**
 * The normal form both sides of a text comparison are put in: simplified (once the search aids
 * are loaded), NFKC, lower case.
 */
export function normalizeForSearch(text: string): string {
  if (!text) return '';
  const simplified = ASCII_ONLY_RE.test(text) ? text : simplifyForSearch(text);
  return simplified.normalize('NFKC').toLowerCase();
}

/** Builds the index once; search() can then be called any number of times. */
export function buildSearchIndex(records: readonly HighlightRecord[]): SearchIndex {
  const complete = searchAidsReady();
  const list = [...records];
  const titleCache = new Map<string, string>();
  const haystacks = list.map((r) => {
    const title = r.title ?? '';
    let t = titleCache.get(title);
    if (t === undefined) {
      t = normalizeForSearch(title);
      titleCache.set(title, t);
    }
    const clean = (s: string): string => normalizeForSearch(s).replaceAll(FIELD_SEPARATOR, ' ');
    return `${clean(r.quote.exact)}${FIELD_SEPARATOR}${clean(r.note)}${FIELD_SEPARATOR}${t.replaceAll(FIELD_SEPARATOR, ' ')}`;
  });
  const encoded = encodePinyinTexts(haystacks);
  const hasNote = list.map((r) => r.note.trim() !== '');

  return {
    size: list.length,
    complete,
    search(query: HighlightQuery): HighlightRecord[] {
      const q = query ?? {};
      const colors = q.colors && q.colors.length > 0 ? new Set<string>(q.colors) : null;
      const paper = q.paper?.trim() || null;
      const from = q.from || null;
      const to = q.to || null;
      const words = normalizeForSearch(q.text ?? '')
        .split(/\s+/u)
        .filter((w) => w !== '');
      const pinyinQuery = words.length > 0 && words.every((w) => normalizePinyinQuery(w) !== null) ? normalizePinyinQuery(words.join('')) : null;
      const matchPinyin = pinyinQuery ? pinyinMatcher(encoded, pinyinQuery) : null;

      const out: HighlightRecord[] = [];
      for (let i = 0; i < list.length; i++) {
        const r = list[i] as HighlightRecord;
        if (colors && !colors.has(r.color)) continue;
        if (paper && r.paper !== paper && r.site !== paper) continue;
        if ((from || to) && !r.date) continue;
        if (from && (r.date as string) < from) continue;
        if (to && (r.date as string) > to) continue;
        if (q.withNote !== undefined && hasNote[i] !== q.withNote) continue;
        if (words.length > 0) {
          const hay = haystacks[i] as string;
          const literal = words.every((w) => hay.includes(w));
          if (!literal && !(matchPinyin && matchPinyin(i))) continue;
        }
        out.push(r);
      }
      return out;
    },
  };
}

/** One-off search; build the index once with buildSearchIndex() to search repeatedly. */
export function searchHighlights(records: readonly HighlightRecord[], query: HighlightQuery): HighlightRecord[] {
  return buildSearchIndex(records).search(query);
}
