// Saved words in the database: the migration from version 2 keeps highlights and terms, saving
// a word again adds its new sentence (never a duplicate), the review schedule is kept across
// reopening, delete/restore, the due count, an all-or-nothing import; the background's resilient
// repository answers every words operation and retries one that met a closed connection.
// Sentences are modelled on 萧山日报 / 浙江日报 article text (tests/fixtures/corpus).
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createRepository, openDatabase } from '../../lib/db';
import { resilientRepository } from '../../lib/db/resilient';
import { MIGRATIONS, type DubaoDB } from '../../lib/db/schema';
import type { HighlightRecord } from '../../lib/records';
import type { WordInput, WordRecord } from '../../lib/words/types';

let n = 0;
const XSRB = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';
const ZJRB = 'https://zjrb.zjol.com.cn/html/2025-03/10/content_2.htm';
const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2025, 2, 9, 2, 0, 0);

function input(text: string, word: string, url = XSRB, over: Partial<WordInput> = {}): WordInput {
  const start = text.indexOf(word);
  return {
    written: word,
    reading: 'yī yín hé zuò',
    meanings: ['medical insurance and bank cooperation'],
    source: 'glossary',
    sentence: { text, start, end: start + word.length, url, title: url === XSRB ? '医保服务提质扩面' : '数字浙江', paper: url === XSRB ? '萧山日报' : '浙江日报', site: url === XSRB ? 'xsrb' : 'zjrb', date: url === XSRB ? '2025-03-09' : '2025-03-10' },
    ...over,
  };
}
const S1 = '我区推进医银合作，让参保人在银行网点办理医保业务。';
const S2 = '全省医银合作覆盖所有县区。';

describe('words store migration', () => {
  it('opens a version 2 database at version 3 with a highlight, an article and a term intact and an empty words store', async () => {
    const name = `words-mig-${++n}`;
    const v2 = await openDB<DubaoDB>(name, 2, {
      upgrade(db, old, _new, tx) {
        for (let v = old + 1; v <= 2; v++) MIGRATIONS[v]?.(db, tx);
      },
    });
    const term = { id: 'term-0001', term: '医银合作', explanation: '医保与银行合作', createdAt: 1, updatedAt: 1 };
    await v2.put('terms', term);
    await v2.put('articles', { url: XSRB, site: 'xsrb', siteName: '萧山日报', title: 't', date: '2025-03-09', firstVisitedAt: 1, visitedAt: 2 });
    // A highlight as version 2 stored it (the record highlight:save writes: quote, block offsets, note).
    const highlight: HighlightRecord = {
      id: 'hl-00000000-0000-4000-8000-000000000001', url: XSRB, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面',
      quote: { exact: '推进医银合作', prefix: '我区', suffix: '，让参保人' }, position: { startBlock: 2, start: 2, endBlock: 2, end: 8 },
      color: 'green', note: '记下：医银合作试点', tags: ['医保'], createdAt: T0, updatedAt: T0 + 5, schema: 1,
    };
    await v2.put('highlights', highlight);
    v2.close();
    const repo = createRepository(await openDatabase(name));
    expect(await repo.allTerms()).toEqual([term]);
    expect((await repo.getArticle(XSRB))?.siteName).toBe('萧山日报');
    expect(await repo.highlightsForUrl(XSRB)).toEqual([highlight]);
    expect(await repo.words.allWords()).toEqual([]);
    const saved = await repo.words.saveWord(input(S1, '医银合作'), T0);
    expect(saved.word).toBe('医银合作');
    repo.close();
  });
});

describe('saving words', () => {
  it('keeps the word with its reading, meanings, sentence, article, times and a new review card due now', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    const r = await repo.words.saveWord(input(S1, '医银合作'), T0);
    expect(r).toMatchObject({ word: '医银合作', written: '医银合作', reading: 'yī yín hé zuò', source: 'glossary', firstSeen: T0, lastSeen: T0, lookups: 1, due: T0 });
    expect(r.sentences).toEqual([{ ...input(S1, '医银合作').sentence, seenAt: T0 }]);
    expect(r.sentences[0]?.text.slice(4, 8)).toBe('医银合作');
    expect(r.card.state).toBe(0);
  });

  it('adds the sentence of a second article first, and never stores the same sentence twice', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    await repo.words.saveWord(input(S1, '医银合作'), T0);
    await repo.words.saveWord(input(S2, '医银合作', ZJRB), T0 + DAY);
    const again = await repo.words.saveWord(input(S1, '医银合作'), T0 + 2 * DAY);
    expect(again.sentences.map((s) => s.url)).toEqual([XSRB, ZJRB]);
    expect(again.sentences[0]?.seenAt).toBe(T0 + 2 * DAY);
    expect(again.lookups).toBe(3);
    expect(again.firstSeen).toBe(T0);
    expect(again.lastSeen).toBe(T0 + 2 * DAY);
    expect(await repo.words.allWords()).toHaveLength(1);
  });

  it('stores a word met in traditional characters under its simplified form, as written kept', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    await repo.words.saveWord(input(S1, '医银合作'), T0);
    const text = '全省醫銀合作覆蓋所有縣區。';
    const r = await repo.words.saveWord(input(text, '醫銀合作', ZJRB), T0 + DAY);
    expect(r.word).toBe('医银合作');
    expect(r.written).toBe('醫銀合作');
    expect(r.sentences).toHaveLength(2);
    expect((await repo.words.wordForms()).sort()).toEqual(['医银合作', '醫銀合作']);
  });

  it('keeps the first sighting when the sentence list is full', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    for (let i = 0; i < 40; i++) await repo.words.saveWord(input(`第${i}篇：推进医银合作。`, '医银合作', `${XSRB}?p=${i}`), T0 + i);
    const r = (await repo.words.getWord('医银合作')) as WordRecord;
    expect(r.sentences).toHaveLength(30);
    expect(r.sentences[0]?.text).toBe('第39篇：推进医银合作。');
    expect(r.sentences[29]?.text).toBe('第0篇：推进医银合作。');
  });
});

describe('reviews', () => {
  it('moves the schedule on with each answer and keeps it after the database is closed and reopened', async () => {
    const name = `words-rev-${++n}`;
    const repo = createRepository(await openDatabase(name));
    await repo.words.saveWord(input(S1, '医银合作'), T0);
    expect(await repo.words.countDue(T0)).toBe(1);
    const good = await repo.words.reviewWord('医银合作', 3, T0);
    expect(good.card.reps).toBe(1);
    expect(good.due).toBeGreaterThan(T0);
    const easy = await repo.words.reviewWord('医银合作', 4, good.due);
    expect(easy.due - good.due).toBeGreaterThan(DAY);
    expect(await repo.words.countDue(T0 + DAY)).toBe(0);
    repo.close();
    const reopened = createRepository(await openDatabase(name));
    expect(await reopened.words.getWord('医银合作')).toEqual(easy);
    expect(await reopened.words.countDue(easy.due)).toBe(1);
  });

  it('gives the most recently met words first, with the total, for the library’s first view', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    await repo.words.saveWord(input(S2, '覆盖'), T0 + 5);
    await repo.words.saveWord(input(S1, '医银合作'), T0);
    await repo.words.saveWord(input(S1, '网点'), T0 + 9);
    expect(await repo.words.recentWords(2).then((r) => ({ words: r.words.map((w) => w.word), total: r.total }))).toEqual({ words: ['网点', '覆盖'], total: 3 });
  });

  it('lists due words earliest first', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    await repo.words.saveWord(input(S2, '覆盖'), T0 + 5);
    await repo.words.saveWord(input(S1, '医银合作'), T0);
    await repo.words.saveWord(input(S1, '网点'), T0 + 9 * DAY);
    expect((await repo.words.dueWords(T0 + DAY, 10)).map((w) => w.word)).toEqual(['医银合作', '覆盖']);
  });

  it('refuses to review a word that is no longer saved and changes nothing', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    await expect(repo.words.reviewWord('医银合作', 3, T0)).rejects.toThrow(/no longer saved/u);
    expect(await repo.words.allWords()).toEqual([]);
  });
});

describe('delete, undo and import', () => {
  it('deletes a word and puts it back exactly as it was', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    const saved = await repo.words.saveWord(input(S1, '医银合作'), T0);
    const deleted = await repo.words.deleteWord('医银合作');
    expect(deleted).toEqual(saved);
    expect(await repo.words.deleteWord('医银合作')).toBeNull();
    await repo.words.restoreWord(deleted as WordRecord);
    expect(await repo.words.getWord('医银合作')).toEqual(saved);
  });

  it('merges an import: sentences joined without duplicates, the later-reviewed schedule kept', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    const stored = await repo.words.saveWord(input(S1, '医银合作'), T0);
    const other = createRepository(await openDatabase(`words-${++n}`));
    await other.words.saveWord(input(S1, '医银合作'), T0);
    await other.words.saveWord(input(S2, '医银合作', ZJRB), T0 + DAY);
    const reviewed = await other.words.reviewWord('医银合作', 4, T0 + DAY);
    const fresh = await other.words.saveWord(input(S2, '覆盖', ZJRB), T0 + DAY);
    const counts = await repo.words.importWords([reviewed, fresh]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const merged = (await repo.words.getWord('医银合作')) as WordRecord;
    expect(merged.sentences.map((s) => s.url)).toEqual([ZJRB, XSRB]);
    expect(merged.card).toEqual(reviewed.card);
    expect(merged.firstSeen).toBe(stored.firstSeen);
    expect(await repo.words.importWords([reviewed])).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('stores nothing of an import when one record is broken', async () => {
    const repo = createRepository(await openDatabase(`words-${++n}`));
    const other = createRepository(await openDatabase(`words-${++n}`));
    const good = await other.words.saveWord(input(S1, '医银合作'), T0);
    const broken = { ...good, word: '覆盖', written: '覆盖', sentences: [{ ...good.sentences[0], start: 99 }] } as WordRecord;
    await expect(repo.words.importWords([good, broken])).rejects.toThrow(/invalid word/u);
    expect(await repo.words.allWords()).toEqual([]);
  });
});

describe("through the background's resilient repository", () => {
  it('answers every words operation, and retries one that met a closed connection on a fresh one', async () => {
    const name = `words-res-${++n}`;
    const connections: Awaited<ReturnType<typeof openDatabase>>[] = [];
    const repo = resilientRepository(async (events) => {
      const db = await openDatabase(name, undefined, events);
      connections.push(db);
      return db;
    });
    const saved = await repo.words.saveWord(input(S1, '医银合作'), T0);
    expect(saved.word).toBe('医银合作');
    expect(await repo.words.wordForms()).toContain('医银合作');
    connections[0]?.close(); // closed behind the repository's back: the next transaction throws InvalidStateError
    expect((await repo.words.saveWord(input(S2, '医银合作', ZJRB), T0 + DAY)).sentences).toHaveLength(2);
    expect(connections).toHaveLength(2);
    expect(await repo.words.importWords([])).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect((await repo.words.allWords()).map((w) => w.word)).toEqual(['医银合作']);
    expect(await repo.words.countDue(T0 + 30 * DAY)).toBe(1);
    repo.close();
  });
});
