// The highlights a list shows, with a search index built once.
//
// buildSearchIndex() costs about 250 ms for 10,000 highlights, so it is built once (on the first
// search, or ahead of time with prepare()) and never rebuilt for an edit: records changed,
// added or deleted since are tracked and searched with a small index of their own. The search
// aids (pinyin-pro, traditional folding) load on demand: an index built without them is
// rebuilt on the first search after they arrived.
import { buildSearchIndex, type HighlightQuery, type SearchIndex } from '../lib/highlights/search';
import { searchAidsReady } from '../lib/highlights/search-aids';
import type { HighlightRecord } from '../lib/highlights/types';

/** Beyond this many changes since the index was built, the next search rebuilds it. */
const REBUILD_AFTER = 500;

/** True when the query neither searches text nor filters anything. */
export function isEmptyQuery(q: HighlightQuery): boolean {
  return !(q.text ?? '').trim() && !(q.colors && q.colors.length > 0) && !q.paper && !q.from && !q.to && q.withNote === undefined;
}

export class HighlightStore {
  private readonly byId = new Map<string, HighlightRecord>();
  private index: SearchIndex | null = null;
  /** Ids added, changed or deleted since the index was built. */
  private readonly changed = new Set<string>();

  constructor(records: readonly HighlightRecord[]) {
    for (const r of records) this.byId.set(r.id, r);
  }

  get size(): number {
    return this.byId.size;
  }

  all(): HighlightRecord[] {
    return [...this.byId.values()];
  }

  get(id: string): HighlightRecord | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces a record. */
  put(record: HighlightRecord): void {
    this.byId.set(record.id, record);
    if (this.index) this.changed.add(record.id);
  }

  remove(id: string): void {
    this.byId.delete(id);
    if (this.index) this.changed.add(id);
  }

  /** True once the search index is built. */
  get prepared(): boolean {
    return this.index !== null;
  }

  /**
   * Builds the search index now (otherwise the first search does). An index built before the
   * search aids (pinyin, traditional folding) were loaded is rebuilt once they are.
   */
  prepare(): void {
    if (this.index && this.changed.size <= REBUILD_AFTER && (this.index.complete || !searchAidsReady())) return;
    this.index = buildSearchIndex(this.all());
    this.changed.clear();
  }

  /** The records matching `query` (all of them for an empty query). */
  search(query: HighlightQuery): HighlightRecord[] {
    if (isEmptyQuery(query)) return this.all();
    this.prepare();
    const index = this.index as SearchIndex;
    if (this.changed.size === 0) return index.search(query);
    const hits = index.search(query).filter((r) => !this.changed.has(r.id));
    const fresh: HighlightRecord[] = [];
    for (const id of this.changed) {
      const r = this.byId.get(id);
      if (r) fresh.push(r);
    }
    if (fresh.length > 0) hits.push(...buildSearchIndex(fresh).search(query));
    return hits;
  }

  /** The papers of the stored highlights, by name. */
  papers(): string[] {
    const names = new Set<string>();
    for (const r of this.byId.values()) names.add(r.paper);
    return [...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  }
}
