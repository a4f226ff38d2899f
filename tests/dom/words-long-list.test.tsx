// @vitest-environment happy-dom
// The library's Words section with a long list on screen (a reader who scrolled down through more
// than 1,000 saved words): Undo puts a deleted word back where it stood without cutting the list,
// and showing more words draws only the new ones. Walked in Chromium with 2,000 saved words: Undo
// with 1,999 shown took 2.7 s and left 1,000 (the list is fetched again, at most 1,000 at a time);
// each "show more" took 0.2 s with 30 shown and 0.7–1.8 s past 1,400, every shown word drawn again.
import { describe, expect, it } from 'vitest';
import { WordsList, type WordsApi } from '../../components/WordsList';
import type { WordPage } from '../../lib/words/catalog';
import type { WordRecord } from '../../lib/words/types';
import { button, mount, t, waitFor } from './panel-fixtures';

/** `n` saved words, newest first, each met in one sentence of the kind 萧山日报 prints. */
function saved(n: number): WordRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const word = `词${i}`;
    const text = `今年要推进${word}工作。`;
    return {
      word, written: word, reading: '', meanings: [], source: 'dict', lookups: 1, firstSeen: 1000 + i, lastSeen: 100_000 - i, due: 1000,
      sentences: [{ text, start: 5, end: 5 + word.length, url: 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm', paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务', seenAt: 1000 }],
    } as unknown as WordRecord;
  });
}

/** The background's answers over an in-memory list (no search: these tests do not filter). */
function fakeApi(store: WordRecord[], tt: WordsApi['t'] = t): WordsApi {
  const order = new Map(store.map((r, i) => [r.word, i]));
  return {
    t: tt,
    pageWords: async (_q, offset, limit): Promise<WordPage> => ({ words: store.slice(offset, offset + limit), matched: store.length, total: store.length }),
    matchingWords: async () => [...store],
    wordPapers: async () => ['萧山日报'],
    deleteWord: async (word) => {
      const at = store.findIndex((r) => r.word === word);
      return at < 0 ? null : (store.splice(at, 1)[0] ?? null);
    },
    restoreWord: async (record) => {
      const at = store.findIndex((r) => (order.get(r.word) ?? 0) > (order.get(record.word) ?? 0));
      store.splice(at < 0 ? store.length : at, 0, record);
      return record;
    },
    importWords: async () => ({ added: 0, updated: 0, unchanged: 0, warnings: [] }),
    openUrl: () => undefined,
    download: () => undefined,
    openReview: () => undefined,
  };
}
const shownWords = (root: HTMLElement): string[] => [...root.querySelectorAll('.words-item')].map((e) => (e as HTMLElement).dataset.word ?? '');
const more = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('.words-more')!.click();

describe('a long words list', () => {
  it('Undo of a word far down a list of over 1,000 puts it back in its place and keeps every word shown', { timeout: 60_000 }, async () => {
    const store = saved(1200);
    const root = await mount(<WordsList api={fakeApi(store)} firstPage={500} pageSize={500} undoMs={60_000} />);
    await waitFor(() => expect(shownWords(root)).toHaveLength(500));
    more(root);
    await waitFor(() => expect(shownWords(root)).toHaveLength(1000));
    more(root);
    await waitFor(() => expect(shownWords(root)).toHaveLength(1200));
    button(root, t('wordsDeleteNamed', '词1100')).click();
    await waitFor(() => expect(shownWords(root)).toHaveLength(1199));
    button(root, t('wordsUndo')).click();
    await waitFor(() => expect(store).toHaveLength(1200));
    await waitFor(() => expect(shownWords(root)).toEqual(saved(1200).map((r) => r.word)));
  });

  it('showing more words draws only the words added, not every word shown again', { timeout: 60_000 }, async () => {
    const store = saved(400);
    let metaLines = 0;
    const counting: WordsApi['t'] = (key, subs) => {
      if (key === 'wordsMeta') metaLines++;
      return t(key, subs);
    };
    const root = await mount(<WordsList api={fakeApi(store, counting)} firstPage={100} pageSize={100} />);
    await waitFor(() => expect(shownWords(root)).toHaveLength(100));
    more(root);
    await waitFor(() => expect(shownWords(root)).toHaveLength(200));
    more(root);
    await waitFor(() => expect(shownWords(root)).toHaveLength(300));
    const before = metaLines;
    more(root);
    await waitFor(() => expect(shownWords(root)).toHaveLength(400));
    // Each word's line of dates is written when the word is drawn: 100 new words, 100 lines.
    expect(metaLines - before).toBe(100);
  });
});
