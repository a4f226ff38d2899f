// The library's words list a page at a time (words:page, words:matching, words:papers): sorted,
// filtered and searched by the background; pages that neither overlap nor leave a word out
// (ties in lastSeen included); a change (save, delete, import) seen by the next page; open
// articles told when words change; bad queries refused; pages answer Dubao's own pages only.
import { describe, expect, it } from 'vitest';
import { createRepository, openDatabase } from '../../lib/db';
import type { Reply } from '../../lib/messages';
import { createService, type SenderInfo } from '../../lib/service';
import type { WordPage } from '../../lib/words/catalog';
import type { WordInput, WordRecord } from '../../lib/words/types';

const OWN = 'own-extension-id';
const library: SenderInfo = { id: OWN, tabId: 9, url: `chrome-extension://${OWN}/library.html` };
const XSRB = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';
const ZJRB = 'https://zjrb.zjol.com.cn/html/2025-03/10/content_2.htm';
const page: SenderInfo = { id: OWN, tabId: 4, frameId: 0, url: XSRB };
let n = 0;

/** A word met in a sentence of 萧山日报 (2025-03-09) or 浙江日报 (2025-03-10). */
function input(word: string, reading: string, paper: 'xsrb' | 'zjrb' = 'xsrb'): WordInput {
  const text = `今年要推进${word}工作。`;
  const where = paper === 'xsrb' ? { url: XSRB, paper: '萧山日报', site: 'xsrb', date: '2025-03-09' } : { url: ZJRB, paper: '浙江日报', site: 'zjrb', date: '2025-03-10' };
  return { written: word, reading, meanings: [], source: 'dict', sentence: { text, start: 5, end: 5 + word.length, title: '标题', ...where } };
}

const WORDS: [string, string, 'xsrb' | 'zjrb'][] = [
  ['医保', 'yī bǎo', 'xsrb'],
  ['网点', 'wǎng diǎn', 'xsrb'],
  ['覆盖', 'fù gài', 'zjrb'],
  ['发展', 'fā zhǎn', 'zjrb'],
  ['共富', 'gòng fù', 'xsrb'],
  ['数字化', 'shù zì huà', 'zjrb'],
  ['营商', 'yíng shāng', 'xsrb'],
];

async function setup(onWords?: (s: SenderInfo) => void) {
  const repo = createRepository(await openDatabase(`catalog-words-${++n}`));
  // Two pairs saved at the same millisecond: pages must still split them exactly once.
  const times = [1000, 2000, 2000, 3000, 4000, 4000, 5000];
  for (const [i, [w, r, p]] of WORDS.entries()) await repo.words.saveWord(input(w, r, p), times[i]);
  const handle = createService({ repo: async () => repo, ownId: OWN, ...(onWords ? { onWords } : {}) });
  const call = async <V,>(message: unknown, sender: SenderInfo = library): Promise<V> => {
    const r = (await handle(message, sender)) as Reply<V>;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return { repo, call, handle };
}

const names = (rs: readonly WordRecord[]): string[] => rs.map((r) => r.word);

describe('words list a page at a time', () => {
  it('pages through every word once, newest met first, the first page before the catalog is built and the rest from it', async () => {
    const { call } = await setup();
    const seen: string[] = [];
    // Pages of two: the tie at 4000 (数字化, 共富) straddles the first page (a cursor) and the second (the catalog).
    for (let offset = 0; offset < 7; offset += 2) {
      const p = await call<WordPage>({ type: 'words:page', query: {}, offset, limit: 2 });
      expect(p.total).toBe(7);
      expect(p.matched).toBe(7);
      seen.push(...names(p.words));
    }
    // Newest first; equal times in reverse code-unit order of the simplified form (as the byLastSeen cursor walks back).
    expect(seen).toEqual(['营商', '数字化', '共富', '发展', '覆盖', '网点', '医保']);
  });

  it('searches and filters in the background: pinyin, initials, paper, dates, with the count of all matches', async () => {
    const { call } = await setup();
    expect(names((await call<WordPage>({ type: 'words:page', query: { text: 'fazhan' }, offset: 0, limit: 10 })).words)).toEqual(['发展']);
    expect(names((await call<WordPage>({ type: 'words:page', query: { text: 'szh' }, offset: 0, limit: 10 })).words)).toEqual(['数字化']);
    expect(names((await call<WordPage>({ type: 'words:page', query: { text: '醫保' }, offset: 0, limit: 10 })).words)).toEqual(['医保']);
    const zj = await call<WordPage>({ type: 'words:page', query: { paper: '浙江日报' }, offset: 0, limit: 2 });
    expect({ words: names(zj.words), matched: zj.matched, total: zj.total }).toEqual({ words: ['数字化', '发展'], matched: 3, total: 7 });
    const fromTenth = await call<WordRecord[]>({ type: 'words:matching', query: { from: '2025-03-10' } });
    expect(names(fromTenth)).toEqual(['数字化', '发展', '覆盖']);
    expect(await call<string[]>({ type: 'words:papers' })).toEqual(['萧山日报', '浙江日报'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
  });

  it('sees a save, a delete and an import at the next page, and tells open articles (not for a review)', async () => {
    const told: SenderInfo[] = [];
    const { call } = await setup((s) => told.push(s));
    expect((await call<WordPage>({ type: 'words:page', query: { text: 'wangdian' }, offset: 0, limit: 5 })).matched).toBe(1);
    await call({ type: 'word:delete', word: '网点' });
    expect((await call<WordPage>({ type: 'words:page', query: { text: 'wangdian' }, offset: 0, limit: 5 })).matched).toBe(0);
    expect(told).toEqual([library]);
    await call({ type: 'word:save', word: input('普惠', 'pǔ huì') }, page);
    const after = await call<WordPage>({ type: 'words:page', query: { text: 'puhui' }, offset: 0, limit: 5 });
    expect({ words: names(after.words), total: after.total }).toEqual({ words: ['普惠'], total: 7 });
    expect(told).toEqual([library, page]);
    await call({ type: 'word:review', word: '普惠', rating: 3 });
    expect(told).toHaveLength(2);
    // A refused import tells nobody and changes nothing.
    await expect(call({ type: 'words:import', text: '{"format":"dubao-words","version":1,"words":[{}]}' })).rejects.toThrow(/words\[0\]/u);
    expect(told).toHaveLength(2);
  });

  it('refuses a malformed query or page with a clear error, and answers Dubao’s own pages only', async () => {
    const { handle } = await setup();
    const bad = [
      [{ type: 'words:page', query: { text: 7 }, offset: 0, limit: 10 }, /query\.text/u],
      [{ type: 'words:page', query: { from: '9 March' }, offset: 0, limit: 10 }, /YYYY-MM-DD/u],
      [{ type: 'words:page', query: { source: 'web' }, offset: 0, limit: 10 }, /query\.source/u],
      [{ type: 'words:page', query: {}, offset: -1, limit: 10 }, /offset/u],
      [{ type: 'words:page', query: {}, offset: 0, limit: 5000 }, /limit/u],
      [{ type: 'words:matching', query: null }, /query must be an object/u],
    ] as const;
    for (const [m, error] of bad) expect(await handle(m, library)).toEqual({ ok: false, error: expect.stringMatching(error) });
    for (const m of [{ type: 'words:page', query: {}, offset: 0, limit: 10 }, { type: 'words:matching', query: {} }, { type: 'words:papers' }]) {
      expect(await handle(m, page)).toEqual({ ok: false, error: expect.any(String) });
    }
  });
});
