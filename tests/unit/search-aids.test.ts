// The search aids (pinyin-pro and the traditional → simplified folding) load on demand
// (lib/highlights/search-aids.ts). Before they arrive, search works on characters as written;
// texts encoded for pinyin search before then match by pinyin as soon as they are there, and an
// index says whether it was built without them.
import { describe, expect, it, vi } from 'vitest';
import type { HighlightRecord } from '../../lib/highlights/types';

const record = (exact: string): HighlightRecord => ({
  id: 'rec-000001',
  url: 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_1.htm',
  paper: '萧山日报',
  site: 'xsrb',
  date: '2025-03-09',
  title: '医保业务进银行',
  quote: { exact, prefix: '', suffix: '' },
  position: { startBlock: 1, start: 0, endBlock: 1, end: exact.length },
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: 1_741_478_400_000,
  updatedAt: 1_741_478_400_000,
  schema: 1,
});

describe('search aids loaded on demand', () => {
  it('before loading: characters as written, Latin letters only for pinyin; after: pinyin for texts encoded earlier, and folding', async () => {
    // Fresh modules: another test file in the same worker may have loaded the aids already.
    vi.resetModules();
    const { encodePinyinTexts, pinyinMatcher, pinyinReady } = await import('../../lib/highlights/pinyin-match');
    const { buildSearchIndex, normalizeForSearch } = await import('../../lib/highlights/search');
    const { loadSearchAids, searchAidsReady, simplifyForSearch } = await import('../../lib/highlights/search-aids');
    expect(searchAidsReady()).toBe(false);
    expect(pinyinReady()).toBe(false);
    const early = encodePinyinTexts(['推进医银合作模式', 'gdp增长']);
    expect(pinyinMatcher(early, 'yyhz')(0)).toBe(false);
    expect(pinyinMatcher(early, 'gdp')(1)).toBe(true);
    expect(simplifyForSearch('醫銀合作')).toBe('醫銀合作');
    expect(normalizeForSearch('ＧＤＰ醫銀')).toBe('gdp醫銀');
    const before = buildSearchIndex([record('推进醫銀合作模式')]);
    expect(before.complete).toBe(false);
    expect(before.search({ text: '醫銀合作' })).toHaveLength(1);
    expect(before.search({ text: '医银合作' })).toHaveLength(0);

    await Promise.all([loadSearchAids(), loadSearchAids()]);
    expect(searchAidsReady()).toBe(true);
    // The texts encoded before: their Han characters got their readings.
    expect(pinyinMatcher(early, 'yyhz')(0)).toBe(true);
    expect(pinyinMatcher(early, 'yiyinhezuo')(0)).toBe(true);
    expect(pinyinMatcher(early, 'yyhx')(0)).toBe(false);
    expect(simplifyForSearch('醫銀合作')).toBe('医银合作');
    const after = buildSearchIndex([record('推进醫銀合作模式')]);
    expect(after.complete).toBe(true);
    expect(after.search({ text: '医银合作' })).toHaveLength(1);
    expect(after.search({ text: 'yyhz' })).toHaveLength(1);
  });
});
