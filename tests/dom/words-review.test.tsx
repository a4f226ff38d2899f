// @vitest-environment happy-dom
// The review page's keys one by one (1 Again, 2 Hard, 3 Good) over the real service and a
// fake-indexeddb database, the source line hiding the word until the answer is shown, and the
// popup's line of words due today, and what a screen reader is told on each new card. Sentences
// and titles are of the kind 萧山日报 prints.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interval, sourceLine, WordsReview } from '../../components/WordsReview';
import { WordsDue, wordsDueCalls } from '../../components/WordsDue';
import type { Send } from '../../lib/send';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { button, mount, t, tZh } from './panel-fixtures';
import { reviewApi, SENDERS, wordInput, wordsSetup } from './words-setup';

const NOON = new Date(2026, 2, 9, 12, 0, 0).getTime();
const MIN = 60_000;

/** The words [word, sentence, article title], saved 10 s before noon one ms apart, asked as the popup. */
const setup = (words: [string, string, string][]) => wordsSetup(words.map(([w, text, title], i) => [wordInput(w, text, { title }), NOON - 10_000 + i]), SENDERS.popup);

/** Retries `check` until it passes (Date is frozen here: counted in turns, not ms). */
async function until(check: () => unknown | Promise<unknown>): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await check();
      return;
    } catch (e) {
      if (i > 200) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** A key pressed once the page has settled (Preact registers its key listener after the paint). */
async function key(k: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}
const text = (root: HTMLElement, sel: string): string => root.querySelector(sel)?.textContent ?? '';

// Noon: a card coming back in minutes is still due today, whenever the suite runs.
beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'] }).setSystemTime(NOON));
afterEach(() => void vi.useRealTimers());

describe('review keys', () => {
  it('tells a screen reader which card of how many and the sentence on each new card: the focused "Show answer" is described by both', async () => {
    const { ask } = await setup([
      ['医保', '推进医保服务提质扩面。', '区医疗保障局举行新闻发布会'],
      ['网点', '在银行网点办理业务。', '城厢支行开展金融知识宣传'],
    ]);
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    /** The focused element's description: the texts of its aria-describedby ids in order (a screen reader says the blank by its label). */
    const described = () => {
      const ids = document.activeElement?.getAttribute('aria-describedby')?.split(/\s+/u) ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    };
    await until(() => expect(described()).toBe(`${t('reviewProgress', ['1', '2'])} 推进＿＿服务提质扩面。`));
    await key(' ');
    await until(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    await key('3');
    // Good on a new card is a learning step minutes away: 医保 comes back today, the third card.
    await until(() => expect(described()).toBe(`${t('reviewProgress', ['2', '3'])} 在银行＿＿办理业务。`));
    expect(document.activeElement?.classList.contains('review-show')).toBe(true);
  });

  it('1 (Again) puts the word back after the others; 2 (Hard) and 3 (Good) schedule it minutes away', async () => {
    const { repo, ask } = await setup([
      ['医保', '推进医保服务提质扩面。', '区医疗保障局举行新闻发布会'],
      ['网点', '在银行网点办理业务。', '城厢支行开展金融知识宣传'],
    ]);
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await until(() => expect(text(root, '.review-sentence')).toBe('推进＿＿服务提质扩面。'));
    await key(' ');
    await until(() => expect(text(root, '.review-word')).toMatch(/^医保/u));
    await key('1');
    // Again: 网点 comes first now, 医保 after it, due in a minute.
    await until(() => expect(text(root, '.review-sentence')).toBe('在银行＿＿办理业务。'));
    const again = (await repo.words.getWord('医保'))!.card;
    expect([again.reps, again.state, again.due - NOON]).toEqual([1, 1, 1 * MIN]);
    await key(' ');
    await until(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    await key('2');
    await until(() => expect(text(root, '.review-sentence')).toBe('推进＿＿服务提质扩面。'));
    const hard = (await repo.words.getWord('网点'))!.card;
    expect(hard.reps).toBe(1);
    expect(hard.due - NOON).toBeGreaterThan(2 * MIN);
    expect(hard.due - NOON).toBeLessThan(10 * MIN);
    await key(' ');
    await until(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    await key('3');
    await until(() => expect(text(root, '.review-sentence')).toBe('在银行＿＿办理业务。'));
    const good = (await repo.words.getWord('医保'))!.card;
    expect([good.reps, good.due - NOON]).toEqual([2, 10 * MIN]);
    // Three answers given; both words are due again today (1 min and 10 min away).
    expect(text(root, 'h2')).toBe(t('reviewProgress', ['4', '5']));
  });
});

describe('the end of the review', () => {
  it('puts the focus on "done for today" when the last card is answered, not on the page\'s body', async () => {
    const { ask } = await setup([['医保', '推进医保服务提质扩面。', '区医疗保障局举行新闻发布会']]);
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await until(() => expect(text(root, '.review-sentence')).toBe('推进＿＿服务提质扩面。'));
    await key(' ');
    await until(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    // Easy: not due again today, so the review ends.
    await key('4');
    await until(() => expect(text(root, '.review-done')).toBe(t('reviewAllDone', '1')));
    await until(() => expect(document.activeElement).toBe(root.querySelector('.review-done')));
  });
});

describe('a word deleted while the review is open', () => {
  it('is skipped with a line saying so in the interface’s language, and the review goes on with the next word', async () => {
    const { ask } = await setup([['医保', '推进医保服务提质扩面。', '区医疗保障局举行新闻发布会'], ['网点', '全区52个网点实现镇街全覆盖。', '医银合作']]);
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await until(() => expect(root.querySelector('.review-sentence')).not.toBeNull());
    const first = text(root, '.review-sentence');
    const [gone, other, otherSentence] = first.startsWith('推进') ? ['医保', '网点', '全区52个＿＿实现镇街全覆盖。'] : ['网点', '医保', '推进＿＿服务提质扩面。'];
    // Deleted in the library meanwhile.
    await ask({ type: 'word:delete', word: gone });
    await key(' ');
    await until(() => expect(root.querySelector('.review-ratings')).not.toBeNull());
    await key('3');
    await until(() => expect(text(root, '.review-notice')).toBe(t('reviewWordGone', gone)));
    expect(text(root, '.review-sentence')).toBe(otherSentence);
    expect(text(root, '#dubao-review-h')).toBe(t('reviewProgress', ['1', '1']));
    // The next word is reviewed as usual, and the line goes.
    await key(' ');
    await until(() => expect(text(root, '.review-word')).toContain(other));
    await key('4');
    await until(() => expect(text(root, '.review-done')).toBe(t('reviewAllDone', '1')));
    expect(root.querySelector('.review-notice')).toBeNull();
  });
});

describe('review source line', () => {
  it('blanks the word in the headline until the answer is shown', async () => {
    const { ask } = await setup([['医保', '推进医保服务提质扩面。', '医保服务再提速 参保群众少跑腿']]);
    const root = await mount(<WordsReview api={reviewApi(ask, t)} />);
    await until(() => expect(text(root, '.review-source')).toBe('萧山日报 2025-03-09 《＿＿服务再提速 参保群众少跑腿》'));
    await key(' ');
    await until(() => expect(text(root, '.review-source')).toBe('萧山日报 2025-03-09 《医保服务再提速 参保群众少跑腿》'));
  });

  it('blanks simplified and written forms, longest first, per character', () => {
    const s = { paper: '萧山日报', date: null, title: '醫保與医保卡' };
    expect(sourceLine(s, ['医保卡', '醫保卡', '医保'])).toBe('萧山日报 《醫保與＿＿＿》');
    expect(sourceLine(s, [])).toBe('萧山日报 《醫保與医保卡》');
  });
});

describe('popup line of words due today', () => {
  it('says how many words are due today and opens the review; hides the marks when unchecked', async () => {
    const { ask, repo } = await setup([
      ['医保', '推进医保服务提质扩面。', '区医疗保障局举行新闻发布会'],
      ['网点', '在银行网点办理业务。', '城厢支行开展金融知识宣传'],
    ]);
    // One word reviewed Easy: due in days, not today.
    await repo.words.reviewWord('网点', 4, NOON);
    const openReview = vi.fn(() => Promise.resolve());
    let settings: Settings = { ...DEFAULT_SETTINGS };
    const updateSettings = vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch }));
    const root = await mount(<WordsDue api={{ t, ...wordsDueCalls(ask as unknown as Send, openReview), settings: async () => settings, updateSettings }} />);
    await until(() => expect(text(root, '[data-testid="words-due"]')).toBe(t('wordsDueToday', '1')));
    button(root, t('wordsReview')).click();
    expect(openReview).toHaveBeenCalledTimes(1);
    const marks = [...root.querySelectorAll('label')].find((l) => l.textContent === t('wordMarks'))?.querySelector('input') as HTMLInputElement;
    expect(marks.checked).toBe(true);
    marks.click();
    await until(() => expect(updateSettings).toHaveBeenCalledWith({ wordMarks: false }));
    await repo.words.reviewWord('医保', 4, NOON);
    const again = await mount(<WordsDue api={{ t, ...wordsDueCalls(ask as unknown as Send, openReview) }} />);
    await until(() => expect(text(again, '[data-testid="words-due"]')).toBe(t('wordsDueNone')));
    expect(again.querySelector('button')).toBeNull();
  });
});

describe('the rating buttons\' intervals', () => {
  it('are told in the interface\'s language: 10 分钟, 3 天, 2 个月 in Chinese, as 10 min, 3 d, 2 mo in English', () => {
    const now = NOON;
    const DAY = 24 * 60 * MIN;
    expect([10 * MIN, 5 * 60 * MIN, 3 * DAY, 60 * DAY, 500 * DAY].map((d) => interval(now + d, now, tZh))).toEqual(['10 分钟', '5 小时', '3 天', '2 个月', '1.4 年']);
    expect([10 * MIN, 3 * DAY, 60 * DAY].map((d) => interval(now + d, now, t))).toEqual(['10 min', '3 d', '2 mo']);
  });
});
