// The review page: today's due words one at a time, each as a cloze in the sentence it was met
// in (reading hidden). Space (or "Show answer") reveals the word, its reading and meaning; Again /
// Hard / Good / Easy from the buttons or keys 1–4 schedule it (FSRS, stored by the background).
import { useEffect, useRef, useState } from 'preact/hooks';
import { preview, type ReviewRating } from '../lib/words/fsrs';
import { shownMeanings } from '../lib/words/meanings';
import type { WordRecord } from '../lib/words/types';
import { SentenceText } from './WordsItem';
import './WordsList.css';

/** What the review needs from the outside world. */
export interface ReviewApi {
  t: (key: string, substitutions?: string | string[]) => string;
  /** Words due by the end of today (earliest first, at most `limit`) and how many in all. */
  dueWords: (limit: number) => Promise<{ words: WordRecord[]; total: number }>;
  reviewWord: (word: string, rating: ReviewRating) => Promise<WordRecord>;
  openUrl: (url: string) => void | Promise<void>;
  /** Called once the first card (or "nothing due") is on screen. */
  onReady?: () => void;
}

const RATING_KEYS: { rating: ReviewRating; label: string }[] = [
  { rating: 1, label: 'reviewAgain' },
  { rating: 2, label: 'reviewHard' },
  { rating: 3, label: 'reviewGood' },
  { rating: 4, label: 'reviewEasy' },
];

/**
 * "10 min", "3 d", "2 mo" (10 分钟, 3 天, 2 个月 in Chinese): how far away `due` is, in the
 * interface's language (the units were English in every interface).
 */
export function interval(due: number, now: number, t: (key: string, substitutions?: string | string[]) => string): string {
  const min = Math.max(1, Math.round((due - now) / 60_000));
  if (min < 60) return t('reviewInMinutes', String(min));
  const h = Math.round(min / 60);
  if (h < 24) return t('reviewInHours', String(h));
  const d = Math.round(h / 24);
  return d < 31 ? t('reviewInDays', String(d)) : d < 365 ? t('reviewInMonths', String(Math.round(d / 30))) : t('reviewInYears', (d / 365).toFixed(1));
}

export function WordsReview({ api, batch = 50 }: { api: ReviewApi; batch?: number }) {
  const { t } = api;
  const [queue, setQueue] = useState<WordRecord[] | null>(null);
  const [total, setTotal] = useState(0);
  const [done, setDone] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Why the last rating was not saved; the session goes on. */
  const [notice, setNotice] = useState<string | null>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const busy = useRef(false);

  const load = (): void => {
    api.dueWords(batch).then(
      (r) => {
        setQueue(r.words);
        setTotal(r.total);
      },
      (e: unknown) => setError(String((e as Error).message ?? e)),
    );
  };
  useEffect(load, []);
  useEffect(() => {
    if (queue !== null) api.onReady?.();
  }, [queue !== null]);

  const card = queue?.[0] ?? null;
  const reveal = (): void => {
    if (!card || revealed) return;
    setRevealed(true);
  };
  const rate = (rating: ReviewRating): void => {
    if (!card || !revealed || busy.current) return;
    busy.current = true;
    api.reviewWord(card.word, rating).then(
      (next) => {
        busy.current = false;
        setNotice(null);
        setRevealed(false);
        setDone((n) => n + 1);
        // A card still due today (Again, a short learning step) comes back after the others.
        const rest = (queue ?? []).slice(1);
        const again = next.due <= endOfToday() ? [next] : [];
        if (rest.length + again.length === 0 && total > done + 1) load();
        else setQueue([...rest, ...again]);
      },
      (e: unknown) => {
        busy.current = false;
        const why = String((e as Error).message ?? e);
        // Deleted meanwhile (in the library, another tab): the card is skipped and the rest go on.
        // Any other failure keeps the card on screen to be rated again.
        if (!GONE.test(why)) return setNotice(t('reviewFailed', why));
        setNotice(t('reviewWordGone', card.written));
        setRevealed(false);
        setTotal((n) => Math.max(0, n - 1));
        const rest = (queue ?? []).slice(1);
        if (rest.length === 0 && total - 1 > done) load();
        else setQueue(rest);
      },
    );
  };

  useEffect(() => {
    (revealed ? goodButton : showButton).current?.focus();
  }, [revealed, card?.word]);
  // The keys act on what is on screen now: the handler is replaced while rendering, not in an
  // effect after the paint — in between, a quick Space-then-3 (or a loaded machine) met the
  // previous card's handler and the key did nothing.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent): void => {
    if (e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.key === ' ' || e.key === 'Enter') && !revealed && card) {
      e.preventDefault();
      reveal();
    } else if (revealed && /^[1-4]$/u.test(e.key)) {
      e.preventDefault();
      rate(Number(e.key) as ReviewRating);
    }
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent): void => onKey.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!queue) return <p class="muted">{t('loading')}</p>;
  const noticeLine = notice && <p class="error review-notice" role="alert">{notice}</p>;
  if (!card) return <>{noticeLine}<DoneLine text={done > 0 ? t('reviewAllDone', String(done)) : t('reviewNothingDue')} takeFocus={done > 0} /></>;
  const s = card.sentences[0];
  const now = Date.now();
  const next = revealed ? preview(card.card, now) : null;
  return (
    <section class="card review-card" aria-labelledby="dubao-review-h">
      {noticeLine}
      <h2 id="dubao-review-h">{t('reviewProgress', [String(done + 1), String(Math.max(total, done + queue.length))])}</h2>
      <p id="dubao-review-sentence" class="review-sentence" lang="zh">
        {s ? (revealed ? <SentenceText s={s} /> : <>{s.text.slice(0, s.start)}<span class="review-blank" role="img" aria-label={t('reviewBlank')}>{'＿'.repeat(s.end - s.start)}</span>{s.text.slice(s.end)}</>) : revealed ? card.written : '＿＿'}
      </p>
      {s && <p class="review-source muted">{sourceLine(s, revealed ? [] : [card.word, card.written])}</p>}
      {!revealed ? (
        // Focus lands here on every new card: its description says which card of how many and reads
        // the sentence with its blank, which a screen reader otherwise never said (only the button).
        <button ref={showButton} type="button" class="review-show" onClick={reveal} aria-describedby="dubao-review-h dubao-review-sentence">{t('reviewShow')} <kbd>{t('reviewSpace')}</kbd></button>
      ) : (
        <div class="review-answer" role="status">
          <p class="review-word" lang="zh">{card.written}<span class="review-reading">{card.reading}</span></p>
          {card.meanings.length > 0 && <p class="review-meaning">{shownMeanings(card).join('; ')}</p>}
        </div>
      )}
      {revealed && next && (
        <div class="review-ratings" role="group" aria-label={t('reviewRate')}>
          {RATING_KEYS.map(({ rating, label }) => (
            <button key={rating} ref={rating === 3 ? goodButton : undefined} type="button" class={rating === 1 ? 'secondary' : ''} onClick={() => rate(rating)} aria-keyshortcuts={String(rating)}>
              {t(label)} <kbd>{rating}</kbd> <small>{interval(next[rating], now, t)}</small>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * "Done for today": it takes the focus when it replaces the last card (`takeFocus`), whose
 * rating button had it — the focus fell on the page's body, and a screen reader said nothing.
 */
function DoneLine({ text, takeFocus }: { text: string; takeFocus: boolean }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) line.current?.focus();
  }, []);
  return <p ref={line} class="review-done" role="status" tabIndex={-1}>{text}</p>;
}

/**
 * The sentence's source (paper, date, 《title》) with every form in `hidden` blanked out (＿ per
 * character): a headline that holds the word would give the answer away before it is shown.
 */
export function sourceLine(s: { paper: string; date: string | null; title: string | null }, hidden: readonly string[]): string {
  let line = [s.paper, s.date ?? '', s.title ? `《${s.title}》` : ''].filter(Boolean).join(' ');
  for (const form of [...hidden].sort((a, b) => b.length - a.length)) if (form) line = line.split(form).join('＿'.repeat(Array.from(form).length));
  return line;
}

/** The background's reason for a review of a word that is not saved any more (lib/db/words.ts). */
const GONE = /this word is no longer saved/u;

function endOfToday(): number {
  const d = new Date();
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}
