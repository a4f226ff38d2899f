// Searching highlights: text (simplified and traditional alike), pinyin (full, initials, mixed),
// filters, agreement with pinyin-pro's match(), and grouping by article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { match, pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, groupByArticle, searchHighlights } from '../../lib/highlights/search';
import { loadSearchAids } from '../../lib/highlights/search-aids';
import type { HighlightRecord } from '../../lib/highlights/types';

// Pinyin and traditional folding are loaded on demand (lib/highlights/search-aids.ts).
await loadSearchAids();

let seq = 0;
function rec(over: Partial<HighlightRecord> & { exact?: string } = {}): HighlightRecord {
  seq++;
  const { exact, ...rest } = over;
  return {
    id: `rec-${String(seq).padStart(6, '0')}`,
    url: 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_1.htm',
    paper: '萧山日报',
    site: 'xsrb',
    date: '2025-03-09',
    title: '医保业务进银行',
    quote: { exact: exact ?? '积极推进“医银合作”新模式', prefix: '', suffix: '' },
    position: { startBlock: 1, start: 0, endBlock: 1, end: 10 },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1_741_478_400_000 + seq,
    updatedAt: 1_741_478_400_000 + seq,
    schema: 1,
    ...rest,
  };
}

const A = rec({ exact: '积极推进“医银合作”新模式', note: '值得关注', color: 'yellow', title: '医保业务进银行' });
const B = rec({ exact: '两三分钟就走到了', note: '', color: 'green', title: '社區新聞' });
const C = rec({ exact: '銀行網點延伸服務', note: '繁體筆記：便民', color: 'blue', paper: '浙江日报', site: 'zjrb', title: '浙江新闻', date: '2025-02-01', url: 'https://zjrb.zjol.com.cn/html/2025-02/01/content_2.htm' });
const D = rec({ exact: 'GDP增长5.2%', note: '<b>HTML</b> 笔记', color: 'pink', date: null, title: null, url: 'https://epaper.xsnet.cn/xsrb/html/x.htm' });
const E = rec({ exact: '王女士说', note: '绿色出行', color: 'yellow', date: '2025-03-10', title: '便民服务' });
const ALL = [A, B, C, D, E];
const ids = (rs: HighlightRecord[]): string[] => rs.map((r) => r.id);

describe('searchHighlights: text', () => {
  it('finds words in the quote, the note and the title', () => {
    expect(ids(searchHighlights(ALL, { text: '医银合作' }))).toEqual([A.id]);
    expect(ids(searchHighlights(ALL, { text: '值得' }))).toEqual([A.id]);
    expect(ids(searchHighlights(ALL, { text: '医保业务' }))).toEqual([A.id]);
    expect(ids(searchHighlights(ALL, { text: '便民' }))).toEqual(ids([C, E]));
    expect(ids(searchHighlights(ALL, { text: '' }))).toEqual(ids(ALL));
    expect(ids(searchHighlights(ALL, { text: '   ' }))).toEqual(ids(ALL));
    expect(searchHighlights(ALL, { text: '不存在的词' })).toEqual([]);
  });

  it('compares simplified and traditional alike, both ways', () => {
    expect(ids(searchHighlights(ALL, { text: '银行网点' }))).toEqual([C.id]);
    expect(ids(searchHighlights(ALL, { text: '繁体笔记' }))).toEqual([C.id]);
    expect(ids(searchHighlights(ALL, { text: '醫銀合作' }))).toEqual([A.id]);
    expect(ids(searchHighlights(ALL, { text: '社区新闻' }))).toEqual([B.id]);
    expect(ids(searchHighlights(ALL, { text: '社區' }))).toEqual([B.id]);
  });

  it('needs every word of a query; ignores case and full-width forms', () => {
    expect(ids(searchHighlights(ALL, { text: '医银 模式' }))).toEqual([A.id]);
    expect(searchHighlights(ALL, { text: '医银 分钟' })).toEqual([]);
    expect(ids(searchHighlights(ALL, { text: 'gdp' }))).toEqual([D.id]);
    expect(ids(searchHighlights(ALL, { text: 'ＧＤＰ' }))).toEqual([D.id]);
    expect(ids(searchHighlights(ALL, { text: '<b>' }))).toEqual([D.id]);
  });
});

describe('searchHighlights: pinyin', () => {
  it('matches full syllables, with or without spaces, and initials', () => {
    for (const q of ['yiyinhezuo', 'yi yin he zuo', 'yyhz', 'YYHZ', 'yiyhz', 'yi yin hz', "yi'yin'he'zuo"]) {
      expect(ids(searchHighlights(ALL, { text: q })), q).toEqual([A.id]);
    }
    // Polyphones: 行 reads xíng or háng (银行 in A's title and C's quote).
    expect(ids(searchHighlights(ALL, { text: 'yinhang' }))).toEqual(ids([A, C]));
    expect(ids(searchHighlights(ALL, { text: 'yinxing' }))).toEqual(ids([A, C]));
    expect(ids(searchHighlights(ALL, { text: 'yh' }))).toEqual(ids([A, C]));
    // The last syllable may be cut short.
    expect(ids(searchHighlights(ALL, { text: 'wangnvsh' }))).toEqual([E.id]);
    // ü typed as v or u.
    expect(ids(searchHighlights(ALL, { text: 'lvse' }))).toEqual([E.id]);
    expect(ids(searchHighlights(ALL, { text: 'luse' }))).toEqual([E.id]);
  });

  it('reads pinyin typed with tone marks or tone numbers as the same syllables', () => {
    // Readings are shown with marks (word cards, the library): a reader copies them as they are.
    for (const q of ['yī yín hé zuò', 'yīyínhézuò', 'yi1 yin2 he2 zuo4', 'yi1yin2he2zuo4', 'YĪ YÍN', 'yí yhz']) {
      expect(ids(searchHighlights(ALL, { text: q })), q).toEqual([A.id]);
    }
    // ǜ keeps its ü: lǜ sè finds 绿色 as lv, lu or lü do.
    expect(ids(searchHighlights(ALL, { text: 'lǜ sè' }))).toEqual([E.id]);
    expect(ids(searchHighlights(ALL, { text: 'lü4se4' }))).toEqual([E.id]);
    // A number alone is no tone: 5.2 stays a literal search.
    expect(ids(searchHighlights(ALL, { text: '5.2' }))).toEqual([D.id]);
  });

  it('matches consecutive characters only, and not across fields', () => {
    // 医 … 作 in order but not adjacent.
    expect(searchHighlights(ALL, { text: 'yz' })).toEqual([]);
    expect(searchHighlights(ALL, { text: 'yyhzxms' }).length).toBe(0);
    // Quote ends with 新模式, note starts with 值得: no match across the boundary.
    expect(searchHighlights(ALL, { text: 'xinmoshizhide' })).toEqual([]);
    expect(ids(searchHighlights(ALL, { text: 'zhide' }))).toEqual([A.id]);
  });

  it('searches traditional text by pinyin too', () => {
    expect(ids(searchHighlights(ALL, { text: 'wangdian' }))).toEqual([C.id]);
    expect(ids(searchHighlights(ALL, { text: 'ftbj' }))).toEqual([C.id]);
  });

  it('agrees with pinyin-pro match(text, query, {continuous: true}) on corpus text', () => {
    const corpus = readFileSync(join(__dirname, '../fixtures/corpus/xsrb-page-narrow-columns.txt'), 'utf8').replace(/\s+/gu, '');
    const texts: string[] = [];
    for (let i = 0; i + 30 <= corpus.length && texts.length < 100; i += 97) texts.push(corpus.slice(i, i + 10 + (i % 21)));
    const records = texts.map((t) => rec({ exact: t, title: null }));
    const index = buildSearchIndex(records);
    // Queries: initials and full pinyin of windows of the texts, and letter strings.
    const queries: string[] = [];
    texts.forEach((t, i) => {
      if (i % 2 !== 0) return;
      const han = t.replace(/[^\p{Script=Han}]/gu, '');
      const w = han.slice(i % 7, (i % 7) + 2 + (i % 3));
      queries.push(pinyin(w, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
      queries.push(pinyin(w, { toneType: 'none', type: 'array' }).join(''));
      queries.push(pinyin(w, { toneType: 'none', type: 'array' }).join('').slice(0, -1));
    });
    const letters = 'abcdefghjklmnpqrstwxyz';
    for (let k = 0; k < 40; k++) {
      let q = '';
      for (let j = 0; j < 2 + (k % 4); j++) q += letters[(k * 7 + j * 13) % letters.length];
      queries.push(q);
    }
    let hits = 0;
    const pinyinQueries = queries.filter((x) => /^[a-z]+$/u.test(x));
    for (const q of pinyinQueries) {
      const expected = texts.map((t, i) => (match(t, q, { continuous: true }) ? records[i]?.id : null)).filter((x) => x);
      const got = ids(index.search({ text: q })).filter((id) => records.some((r) => r.id === id));
      // A literal hit counts too (a query like "a" occurs in no Chinese text here).
      expect(got, q).toEqual(expected);
      hits += expected.length;
    }
    expect(pinyinQueries.length).toBeGreaterThan(100);
    expect(hits).toBeGreaterThan(pinyinQueries.length / 2);
  });
});

describe('searchHighlights: filters', () => {
  it('filters by colour, paper (name or site id), dates and notes', () => {
    expect(ids(searchHighlights(ALL, { colors: ['yellow'] }))).toEqual(ids([A, E]));
    expect(ids(searchHighlights(ALL, { colors: ['green', 'pink'] }))).toEqual(ids([B, D]));
    expect(ids(searchHighlights(ALL, { colors: [] }))).toEqual(ids(ALL));
    expect(ids(searchHighlights(ALL, { paper: '浙江日报' }))).toEqual([C.id]);
    expect(ids(searchHighlights(ALL, { paper: 'zjrb' }))).toEqual([C.id]);
    expect(ids(searchHighlights(ALL, { from: '2025-03-01' }))).toEqual(ids([A, B, E]));
    expect(ids(searchHighlights(ALL, { to: '2025-03-09' }))).toEqual(ids([A, B, C]));
    expect(ids(searchHighlights(ALL, { from: '2025-03-10', to: '2025-03-10' }))).toEqual([E.id]);
    expect(ids(searchHighlights(ALL, { withNote: true }))).toEqual(ids([A, C, D, E]));
    expect(ids(searchHighlights(ALL, { withNote: false }))).toEqual([B.id]);
    expect(ids(searchHighlights(ALL, { text: 'yh', colors: ['blue'], paper: 'zjrb', withNote: true }))).toEqual([C.id]);
  });

  it('an index answers many queries and keeps the record order', () => {
    const index = buildSearchIndex(ALL);
    expect(index.size).toBe(5);
    expect(ids(index.search({}))).toEqual(ids(ALL));
    expect(ids(index.search({ text: 'yyhz' }))).toEqual([A.id]);
    expect(ids(index.search({ text: '银行' }))).toEqual(ids([A, C]));
  });
});

describe('groupByArticle', () => {
  it('groups by URL, newest issue first, then title; highlights in reading order', () => {
    const late = rec({ url: A.url, position: { startBlock: 0, start: 3, endBlock: 0, end: 5 }, title: '医保业务进银行', date: '2025-03-10' });
    const other = rec({ url: 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_2.htm', title: '波士顿' });
    const other2 = rec({ url: 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_3.htm', title: '阿里巴巴' });
    const groups = groupByArticle([...ALL, late, other, other2]);
    expect(groups.map((g) => [g.date, g.title, g.highlights.length])).toEqual([
      ['2025-03-10', '医保业务进银行', 4],
      ['2025-03-09', '阿里巴巴', 1],
      ['2025-03-09', '波士顿', 1],
      ['2025-02-01', '浙江新闻', 1],
      [null, null, 1],
    ]);
    // The first group: meta from its most recently updated highlight (`late`); highlights by
    // position.
    expect(groups[0]?.highlights.map((h) => h.id)).toEqual(ids([late, A, B, E]));
    expect(groupByArticle([])).toEqual([]);
  });
});
