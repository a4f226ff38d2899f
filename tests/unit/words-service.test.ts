// The background's words messages: a page may save a word met on its own page and recognise
// saved words; listing, deleting, reviewing and importing answer only Dubao's own pages.
import { describe, expect, it } from 'vitest';
import { createRepository, openDatabase } from '../../lib/db';
import type { Reply } from '../../lib/messages';
import { createService, type SenderInfo } from '../../lib/service';
import type { WordMet } from '../../lib/words/messages';
import { handleWordMessage } from '../../lib/words/service';
import type { WordRecord } from '../../lib/words/types';

const OWN = 'own-extension-id';
const URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';
const page: SenderInfo = { id: OWN, tabId: 4, frameId: 0, url: `${URL}?spm=1#top` };
const otherPage: SenderInfo = { id: OWN, tabId: 5, frameId: 0, url: 'https://zjrb.zjol.com.cn/html/2025-03/10/content_2.htm' };
const library: SenderInfo = { id: OWN, tabId: 9, url: `chrome-extension://${OWN}/library.html` };
const popup: SenderInfo = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
let n = 0;

const save = {
  type: 'word:save',
  word: {
    written: '医银合作',
    reading: 'yī yín hé zuò',
    meanings: ['医保与银行合作'],
    source: 'glossary',
    sentence: { text: '推进医银合作。', start: 2, end: 6, url: URL, title: '医保服务', paper: '萧山日报', site: 'xsrb', date: '2025-03-09' },
  },
};

async function setup() {
  const repo = createRepository(await openDatabase(`svc-words-${++n}`));
  const handle = createService({ repo: async () => repo, ownId: OWN });
  const call = async <V,>(message: unknown, sender: SenderInfo): Promise<Reply<V>> => (await handle(message, sender)) as Reply<V>;
  return { repo, call };
}

describe('words messages', () => {
  it('lets a page save a word met on that page and tells it where the word was first met', async () => {
    const { call } = await setup();
    const saved = await call<WordRecord>(save, page);
    expect(saved.ok && saved.value.sentences[0]?.url).toBe(URL);
    expect(await call<string[]>({ type: 'words:forms' }, otherPage)).toEqual({ ok: true, value: ['医银合作'] });
    const met = await call<WordMet>({ type: 'word:met', word: '醫銀合作' }, page);
    expect(met).toEqual({ ok: true, value: { word: '医银合作', firstSeen: expect.any(Number), lookups: 1, paper: '萧山日报', title: '医保服务', date: '2025-03-09', url: URL } });
  });

  it('tells another page only the paper and date where a word was first met, never that article’s title or URL', async () => {
    const { call } = await setup();
    await call(save, page);
    const forged: SenderInfo = { ...otherPage, tabUrl: 'https://zjrb.zjol.com.cn/html/2025-03/10/content_2.htm' };
    const met = await call<WordMet>({ type: 'word:met', word: '医银合作' }, forged);
    expect(met).toEqual({ ok: true, value: { word: '医银合作', firstSeen: expect.any(Number), lookups: 1, paper: '萧山日报', title: null, date: '2025-03-09', url: null } });
    expect(JSON.stringify(met)).not.toContain('xsrb.xsnet.cn');
    // The page's own article (the tab showing it) and Dubao's own pages learn where it was.
    const ownTab: SenderInfo = { id: OWN, tabId: 6, frameId: 3, url: 'https://ad.example.com/frame.html', tabUrl: `${URL}#p2` };
    for (const sender of [ownTab, library, popup]) {
      const full = await call<WordMet>({ type: 'word:met', word: '医银合作' }, sender);
      expect(full.ok && [full.value.title, full.value.url]).toEqual(['医保服务', URL]);
    }
  });

  it('refuses a page saving a word for another page, and changes nothing', async () => {
    const { call, repo } = await setup();
    expect(await call(save, otherPage)).toEqual({ ok: false, error: 'word:save refused: a page may only ask about its own article' });
    expect(await repo.words.allWords()).toEqual([]);
  });

  it('counts a look-up of a saved word from the page it is on: one more look-up, last seen then; nothing for an unsaved word', async () => {
    const { call, repo } = await setup();
    const handle = createService({ repo: async () => repo, ownId: OWN });
    await call(save, page);
    const before = (await repo.words.getWord('医银合作')) as WordRecord;
    // A look-up an hour later, on a traditional display (the key is the simplified form).
    const later = Date.now() + 3_600_000;
    const looked = await handleWordMessage({ type: 'word:looked-up', word: '醫銀合作', url: URL }, repo.words, null, later);
    expect(looked).toEqual({ ok: true, value: expect.objectContaining({ word: '医银合作', lookups: 2 }) });
    const after = (await repo.words.getWord('医银合作')) as WordRecord;
    expect([after.lookups, after.lastSeen, after.firstSeen]).toEqual([2, later, before.firstSeen]);
    expect(after.sentences).toEqual(before.sentences);
    // Through the service, as the page sends it.
    expect(((await handle({ type: 'word:looked-up', word: '医银合作', url: URL }, page)) as Reply<WordMet>).ok).toBe(true);
    expect((await repo.words.getWord('医银合作'))?.lookups).toBe(3);
    expect(await call({ type: 'word:looked-up', word: '发展', url: URL }, page)).toEqual({ ok: true, value: null });
    expect(await repo.words.getWord('发展')).toBeNull();
  });

  it('refuses a look-up counted for another page’s article, and changes nothing', async () => {
    const { call, repo } = await setup();
    await call(save, page);
    expect(await call({ type: 'word:looked-up', word: '医银合作', url: URL }, otherPage)).toEqual({ ok: false, error: 'word:looked-up refused: a page may only ask about its own article' });
    expect(await call({ type: 'word:looked-up', word: '医银合作' }, page)).toEqual({ ok: false, error: 'url must be the article’s URL' });
    expect((await repo.words.getWord('医银合作'))?.lookups).toBe(1);
  });

  it('refuses listing, deleting, reviewing and importing from a web page', async () => {
    const { call } = await setup();
    await call(save, page);
    for (const m of [{ type: 'words:all' }, { type: 'word:delete', word: '医银合作' }, { type: 'word:review', word: '医银合作', rating: 3 }, { type: 'words:due', limit: 10 }, { type: 'words:import', text: '{}' }]) {
      expect(await call(m, page)).toEqual({ ok: false, error: `${m.type} refused: only Dubao's own pages (popup, library) may ask for this` });
    }
    expect((await call<WordRecord[]>({ type: 'words:all' }, library)).ok).toBe(true);
  });

  it('answers the library and the popup: list, due count, review, delete', async () => {
    const { call } = await setup();
    await call(save, page);
    const due = await call<{ words: WordRecord[]; total: number }>({ type: 'words:due', limit: 5 }, popup);
    expect(due.ok && due.value.total).toBe(1);
    const reviewed = await call<WordRecord>({ type: 'word:review', word: '医银合作', rating: 4 }, library);
    expect(reviewed.ok && reviewed.value.card.reps).toBe(1);
    const after = await call<{ total: number }>({ type: 'words:due', limit: 5 }, popup);
    expect(after.ok && after.value.total).toBe(0);
    expect((await call<WordRecord | null>({ type: 'word:delete', word: '医银合作' }, library)).ok).toBe(true);
    expect(await call({ type: 'words:all' }, library)).toEqual({ ok: true, value: [] });
  });

  it('refuses malformed messages with a reason: a word not at its offsets, an unknown rating', async () => {
    const { call } = await setup();
    const moved = { ...save, word: { ...save.word, sentence: { ...save.word.sentence, start: 1, end: 5 } } };
    expect(await call(moved, page)).toEqual({ ok: false, error: 'the sentence does not hold the word at the given offsets' });
    expect(await call({ type: 'word:review', word: '医银合作', rating: 5 }, library)).toEqual({ ok: false, error: 'rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' });
  });

  it('refuses a sentence date that is no calendar date, from a page and in an import, and stores nothing', async () => {
    const { call, repo } = await setup();
    for (const date of ['2025-13-45', '2025-02-29', '2025-00-10', '2025-3-9']) {
      const bad = { ...save, word: { ...save.word, sentence: { ...save.word.sentence, date } } };
      expect(await call(bad, page)).toEqual({ ok: false, error: 'sentence.date must be a calendar date YYYY-MM-DD or null' });
    }
    const ok = await call<WordRecord>({ ...save, word: { ...save.word, sentence: { ...save.word.sentence, date: '2024-02-29' } } }, page);
    expect(ok.ok && ok.value.sentences[0]?.date).toBe('2024-02-29');
    const stored = (await repo.words.allWords())[0] as WordRecord;
    const file = JSON.stringify({ format: 'dubao-words', version: 1, words: [{ ...stored, word: '网点', written: '网点', sentences: [{ ...stored.sentences[0], text: '银行网点。', start: 2, end: 4, date: '2025-13-45' }] }] });
    const r = await call({ type: 'words:import', text: file }, library);
    expect(r.ok === false && r.error).toMatch(/sentence\.date must be a calendar date/u);
    expect((await repo.words.allWords()).map((w) => w.word)).toEqual(['医银合作']);
  });

  it('imports nothing from a broken file and says why', async () => {
    const { call, repo } = await setup();
    const r = await call({ type: 'words:import', text: '{"format":"dubao-words","version":1,"words":[{"word":1}]}' }, library);
    expect(r.ok).toBe(false);
    expect(await repo.words.allWords()).toEqual([]);
  });
});
