// Grouping saved highlights by article (pure; no search tables needed).
import type { HighlightRecord } from './types';

/** The highlights of one article, with the article's paper, date and title. */
export interface ArticleGroup {
  url: string;
  paper: string;
  date: string | null;
  title: string | null;
  /** In reading order (position), then by creation time. */
  highlights: HighlightRecord[];
}

let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-Hans-CN');
  return collator.compare(a, b);
}

function byPosition(a: HighlightRecord, b: HighlightRecord): number {
  return (
    a.position.startBlock - b.position.startBlock ||
    a.position.start - b.position.start ||
    a.position.endBlock - b.position.endBlock ||
    a.position.end - b.position.end ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The highlights grouped by article (URL): newest issue first (articles without a date last),
 * then by title (Chinese collation), then by URL. The article's paper, date and title are those
 * of its most recently updated highlight.
 */
export function groupByArticle(records: readonly HighlightRecord[]): ArticleGroup[] {
  const groups = new Map<string, { meta: HighlightRecord; highlights: HighlightRecord[] }>();
  for (const r of records) {
    const g = groups.get(r.url);
    if (!g) groups.set(r.url, { meta: r, highlights: [r] });
    else {
      g.highlights.push(r);
      if (r.updatedAt > g.meta.updatedAt) g.meta = r;
    }
  }
  const out: ArticleGroup[] = [...groups.entries()].map(([url, g]) => ({
    url,
    paper: g.meta.paper,
    date: g.meta.date,
    title: g.meta.title,
    highlights: g.highlights.sort(byPosition),
  }));
  return out.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return compareText(a.title ?? '', b.title ?? '') || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  });
}
