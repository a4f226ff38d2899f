// @vitest-environment happy-dom
// The library page with 10,000 highlights: a page at a time, search over all of them.
import { describe, expect, it, vi } from 'vitest';
import { LibraryPage, type LibraryApi } from '../../components/LibraryPage';
import { loadSearchAids } from '../../lib/highlights/search-aids';
import type { HighlightRecord } from '../../lib/highlights/types';
import { button, byName, hl, mount, quotes, t, type, waitFor } from './panel-fixtures';

const PHRASES = ['推进医银合作模式', '医保服务站覆盖全区', '地铁三号线通车', '共同富裕先行示范', '老旧小区改造', '數字經濟核心產業'];

function many(n: number): HighlightRecord[] {
  return Array.from({ length: n }, (_, i) =>
    hl({
      url: `https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_${Math.floor(i / 10)}.htm`,
      title: `第${Math.floor(i / 10)}篇`,
      date: `2025-03-${String(1 + (Math.floor(i / 10) % 28)).padStart(2, '0')}`,
      exact: `${PHRASES[i % PHRASES.length]}${i}`,
      color: i % 7 === 0 ? 'green' : 'yellow',
    }),
  );
}

/** An in-memory LibraryApi (the library's messages are tested with the real service elsewhere). */
function memoryApi(records: HighlightRecord[]): LibraryApi {
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    t,
    alwaysOnSites: async () => [],
    turnOffSite: async () => undefined,
    allHighlights: async () => [...byId.values()],
    updateHighlight: async (id, patch) => {
      const r = { ...(byId.get(id) as HighlightRecord), ...patch, updatedAt: Date.now() };
      byId.set(id, r);
      return r;
    },
    deleteHighlight: async (id) => {
      const r = byId.get(id) ?? null;
      byId.delete(id);
      return r;
    },
    restoreHighlight: async (r) => {
      byId.set(r.id, r);
      return r;
    },
    importHighlights: async () => ({ added: 0, updated: 0, unchanged: 0, warnings: [] }),
    allTerms: async () => [],
    putTerm: async () => Promise.reject(new Error('not used')),
    deleteTerm: async () => null,
    importTerms: async () => ({ added: 0, updated: 0, unchanged: 0, warnings: [] }),
    openUrl: vi.fn(),
    download: vi.fn(),
  };
}

describe('library page', () => {
  // 10,000 records through the page and its search index: ~0.8 s quiet; 15 s for a loaded machine.
  it('renders 10,000 highlights a page at a time and searches all of them', { timeout: 15_000 }, async () => {
    // As entrypoints/library/main.tsx does: the search aids are loaded before the page is drawn.
    await loadSearchAids();
    const root = await mount(<LibraryPage api={memoryApi(many(10_000))} />);
    expect(root.querySelector('h1')?.textContent).toBe(t('libraryTitle'));
    await waitFor(() => expect(quotes(root)).toHaveLength(100));
    expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCount', '10000'));
    expect(button(root, t('hlShowMore', '9900'))).toBeDefined();
    // The library has no link to itself.
    expect(() => byName(root, 'a', t('hlOpenLibrary'))).toThrow();

    const search = byName<HTMLInputElement>(root, 'input', t('hlSearchLabel'));
    await type(search, 'dtsh');
    const withPhrase = (k: number): number => Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % PHRASES.length === k).length;
    expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCount', String(withPhrase(2))));
    expect(quotes(root).every((q) => q.startsWith('地铁三号线通车'))).toBe(true);
    expect(quotes(root)).toHaveLength(100);
    // Traditional query, simplified text and the other way round.
    await type(search, '醫銀合作');
    expect(quotes(root).every((q) => q.startsWith('推进医银合作模式'))).toBe(true);
    await type(search, '数字经济');
    expect(quotes(root)[0]).toMatch(/^數字經濟核心產業/u);
    // Filters open by default in the library.
    expect(root.querySelector('details')?.hasAttribute('open')).toBe(true);
    const transfer = root.querySelector(`[aria-label="${t('hlExportLabel', String(withPhrase(5)))}"]`);
    expect(transfer).not.toBeNull();
  });
});
