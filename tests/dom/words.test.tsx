// @vitest-environment happy-dom
// The Words section and the review (components), over the real service and a fake-indexeddb
// database: delete with undo, a foreign import changing nothing, the review's keys (Space, 1–4).
import { describe, expect, it } from 'vitest';
import { parseWordsImport } from '../../lib/words/io';
import type { WordRecord } from '../../lib/words/types';
import { WordsTransfer } from '../../components/WordsTransfer';
import { WordsList, wordCalls, type WordsApi } from '../../components/WordsList';
import { WordsReview } from '../../components/WordsReview';
import type { Send } from '../../lib/send';
import { button, mount, t, waitFor } from './panel-fixtures';
import { reviewApi, SENDERS, wordInput as input, wordsSetup } from './words-setup';

/** Two words saved a moment ago (网点 the later), asked as the library page. */
const setup = () => wordsSetup([[input('医保', '推进医保服务提质扩面。'), Date.now() - 1000], [input('网点', '在银行网点办理业务。'), Date.now() - 500]], SENDERS.library);

const keydown = (key: string): void => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const words = (root: HTMLElement): string[] => [...root.querySelectorAll('.words-word')].map((e) => e.textContent ?? '');

describe('Words section', () => {
  it('lists the saved words newest first, deletes with undo, and a foreign import changes nothing', async () => {
    const { ask, repo } = await setup();
    const api: WordsApi = { t, ...wordCalls(ask as unknown as Send), openUrl: () => undefined, download: () => undefined, openReview: () => undefined };
    const root = await mount(<WordsList api={api} undoMs={5000} />);
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保']));
    expect(root.querySelector('.words-hit')?.textContent).toBe('网点');
    button(root, t('wordsDeleteNamed', '网点')).click();
    await waitFor(() => expect(words(root)).toEqual(['医保']));
    await waitFor(async () => expect((await repo.words.allWords()).map((w) => w.word)).toEqual(['医保']));
    button(root, t('wordsUndo')).click();
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保']));
    await expect(api.importWords('{"format":"dubao-highlights","version":1,"highlights":[]}')).rejects.toThrow(/not a Dubao words export/u);
    expect((await repo.words.allWords()).length).toBe(2);
  });
});

describe('a saved word\'s meanings as shown', () => {
  // 银行 as CC-CEDICT gives it, saved from a dictionary card on 萧山日报's page; 医银合作 from a glossary card.
  const BANK = ['bank', 'CL:家[jia1],個|个[ge4]'];
  const shown = () => wordsSetup([
    [input('银行', '在银行网点办理业务。', {}, { reading: 'yín háng', meanings: BANK }), Date.now() - 1000],
    [input('合作', '推进医银合作新模式。', {}, { reading: 'hé zuò', meanings: ['to cooperate', 'see 合作社[he2 zuo4 she4]'], source: 'glossary' }), Date.now() - 500],
  ], SENDERS.library);

  it('leaves CC-CEDICT\'s classifier list and cross-references out of a dictionary word\'s line in the library and on review; keeps a glossary word\'s as saved', async () => {
    const { ask, repo } = await shown();
    const api: WordsApi = { t, ...wordCalls(ask as unknown as Send), openUrl: () => undefined, download: () => undefined, openReview: () => undefined };
    const root = await mount(<WordsList api={api} undoMs={5000} />);
    const meaning = (w: string) => root.querySelector(`[data-word="${w}"] .words-meaning`)?.textContent;
    await waitFor(() => expect(meaning('银行')).toBe('bank'));
    expect(meaning('合作')).toBe('to cooperate; see 合作社[he2 zuo4 she4]');
    // The record keeps every meaning: exports give them all.
    expect((await repo.words.allWords()).find((w) => w.word === '银行')?.meanings).toEqual(BANK);
    const review = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await waitFor(() => expect(review.querySelector('.review-show')).not.toBeNull());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    // 银行, saved first, is due first.
    await waitFor(() => expect(review.querySelector('.review-meaning')?.textContent).toBe('bank'));
  });
});

describe('Words section from the keyboard', () => {
  it('keeps the focus in the list: on the next word after a delete, on the word Undo brings back, on the search box when none is left', async () => {
    const { ask } = await setup();
    const api: WordsApi = { t, ...wordCalls(ask as unknown as Send), openUrl: () => undefined, download: () => undefined, openReview: () => undefined };
    const root = await mount(<WordsList api={api} undoMs={5000} />);
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保']));
    const focused = (): string | null => document.activeElement?.getAttribute('aria-label') ?? null;
    const press = (name: string): void => {
      const b = button(root, name);
      b.focus();
      b.click();
    };
    press(t('wordsDeleteNamed', '网点'));
    await waitFor(() => expect(words(root)).toEqual(['医保']));
    expect(focused()).toBe(t('wordsDeleteNamed', '医保'));
    press(t('wordsUndo'));
    await waitFor(() => expect(focused()).toBe(t('wordsDeleteNamed', '网点')));
    press(t('wordsDeleteNamed', '网点'));
    await waitFor(() => expect(words(root)).toEqual(['医保']));
    press(t('wordsDeleteNamed', '医保'));
    await waitFor(() => expect(words(root)).toEqual([]));
    expect(focused()).toBe(t('wordsSearch'));
  });

  it('moves the focus to the search box when Undo goes away while it has the focus', async () => {
    const { ask } = await setup();
    const api: WordsApi = { t, ...wordCalls(ask as unknown as Send), openUrl: () => undefined, download: () => undefined, openReview: () => undefined };
    const root = await mount(<WordsList api={api} undoMs={200} />);
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保']));
    button(root, t('wordsDeleteNamed', '网点')).click();
    await waitFor(() => expect(words(root)).toEqual(['医保']));
    button(root, t('wordsUndo')).focus();
    await waitFor(() => expect(root.querySelector('.words-undo')).toBeNull());
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(t('wordsSearch')));
  });
});

describe('Words section a page at a time', () => {
  it('shows the first page, fetches more on "show more", and searches every word in the background', async () => {
    const { ask, repo } = await setup();
    for (const [i, w] of ['覆盖', '发展', '共富'].entries()) await repo.words.saveWord(input(w, `今年要推进${w}工作。`), Date.now() - 5000 + i);
    const asked: string[] = [];
    const send = (async (m: { type: string }) => (asked.push(m.type), ask(m))) as unknown as Send;
    const api: WordsApi = { t, ...wordCalls(send), openUrl: () => undefined, download: () => undefined, openReview: () => undefined };
    const root = await mount(<WordsList api={api} pageSize={2} />);
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保']));
    expect(root.querySelector('.words-count')?.textContent).toBe(t('wordsCount', ['5', '5']));
    expect(asked).not.toContain('words:all');
    button(root, t('wordsMore', '3')).click();
    await waitFor(() => expect(words(root)).toEqual(['网点', '医保', '共富', '发展']));
    // A word not on screen is found: the search runs over all the words, in the background.
    const box = root.querySelector('input[type="search"]') as HTMLInputElement;
    box.value = 'fugai';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(words(root)).toEqual(['覆盖']));
    expect(root.querySelector('.words-count')?.textContent).toBe(t('wordsCount', ['1', '5']));
    expect(asked.filter((x) => x === 'words:page').length).toBeGreaterThanOrEqual(3);
  });
});

describe('Words export beyond one file', () => {
  it('tells the reader before writing, then saves each part on its own button, and every part imports back', async () => {
    const { ask, repo } = await setup();
    await repo.words.saveWord(input('覆盖', '实现了镇街全覆盖。'), Date.now());
    const all = await ask<WordRecord[]>({ type: 'words:matching', query: {} });
    const files: { name: string; text: string }[] = [];
    const root = await mount(<WordsTransfer t={t} count={3} records={async () => all} download={(name, text) => files.push({ name, text })} importWords={async () => ({ added: 0, updated: 0, unchanged: 0, warnings: [] })} onImported={() => undefined} jsonLimits={{ maxWords: 2 }} />);
    button(root, t('wordsExportJson')).click();
    await waitFor(() => expect(root.querySelector('.words-parts')?.textContent).toContain(t('wordsExportParts', ['3', '2'])));
    expect(files).toEqual([]);
    button(root, t('wordsExportPart', ['2', '2'])).click();
    button(root, t('wordsExportPart', ['1', '2'])).click();
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/^dubao-words-\d{4}-\d{2}-\d{2}-part2-of-2\.json$/u), expect.stringMatching(/-part1-of-2\.json$/u)]);
    const back = files.reverse().flatMap((f) => {
      const parsed = parseWordsImport(f.text);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      return parsed.records.map((r) => r.word);
    });
    expect(back).toEqual(all.map((r) => r.word));
  });
});

describe('review', () => {
  it('hides the word and its reading until Space, then takes 1–4 and moves to the next word', async () => {
    const { ask, repo } = await setup();
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await waitFor(() => expect(root.querySelector('.review-sentence')).not.toBeNull());
    const sentence = root.querySelector('.review-sentence')?.textContent ?? '';
    expect(sentence).toMatch(/＿＿/u);
    expect(sentence).not.toMatch(/医保|网点/u);
    expect(root.querySelector('.review-reading')).toBeNull();
    keydown('3'); // ignored before the answer is shown
    keydown(' ');
    await waitFor(() => expect(root.querySelector('.review-reading')?.textContent).toBe('yī bǎo'));
    const first = root.querySelector('.review-word')?.firstChild?.textContent as string;
    keydown('4');
    await waitFor(() => expect(root.querySelector('.review-reading')).toBeNull());
    expect((await repo.words.getWord(first))?.card.reps).toBe(1);
    keydown('Enter');
    await waitFor(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    button(root, new RegExp(`^${t('reviewEasy')}`, 'u')).click();
    await waitFor(() => expect(root.querySelector('.review-done')?.textContent).toBe(t('reviewAllDone', '2')));
  });

  it('takes a rating pressed the moment the answer is drawn (before effects run), as a quick reviewer presses Space then 3', async () => {
    const { ask, repo } = await setup();
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await waitFor(() => expect(root.querySelector('.review-show')).not.toBeNull());
    keydown(' ');
    // Preact draws state changes in a microtask and runs effects after the paint: wait for the drawing only.
    for (let i = 0; i < 5 && !root.querySelector('.review-ratings'); i++) await Promise.resolve();
    expect(root.querySelector('.review-ratings')).not.toBeNull();
    const first = root.querySelector('.review-word')?.firstChild?.textContent as string;
    keydown('3');
    await waitFor(async () => expect((await repo.words.getWord(first))?.card.reps).toBe(1));
  });
});
