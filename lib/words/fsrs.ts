// The review schedule of a saved word: FSRS (ts-fsrs) with its default parameters, stored as
// plain numbers (ms since epoch) so that a record survives structured cloning and JSON.
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { isObj } from '../export-file';

/** A card as stored: ts-fsrs's Card with dates as ms since epoch. */
export interface WordCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
}

/** The four answers of a review: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs Rating). */
export type ReviewRating = 1 | 2 | 3 | 4;
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

let scheduler: ReturnType<typeof fsrs> | null = null;
/** Fuzz off: the same answers at the same times give the same schedule (testable, and what the reader saw previewed). */
const getScheduler = (): ReturnType<typeof fsrs> => (scheduler ??= fsrs({ enable_fuzz: false }));

function toStored(c: Card): WordCard {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as WordCard['state'],
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

function fromStored(c: WordCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview !== null ? { last_review: new Date(c.lastReview) } : {}),
  };
}

/** A new card, due at `now`. */
export function newCard(now: number): WordCard {
  return toStored(createEmptyCard(new Date(now)));
}

/** The card after answering `rating` at `now`. */
export function review(card: WordCard, rating: ReviewRating, now: number): WordCard {
  return toStored(getScheduler().next(fromStored(card), new Date(now), rating as Grade).card);
}

/** When each answer would bring the card back (ms since epoch), for the buttons' hints. */
export function preview(card: WordCard, now: number): Record<ReviewRating, number> {
  const p = getScheduler().repeat(fromStored(card), new Date(now));
  const out = {} as Record<ReviewRating, number>;
  for (const r of RATINGS) out[r] = p[r as Grade].card.due.getTime();
  return out;
}

/** The end of the local day of `now` (a word due before then is due "today"). */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A stored card from outside (an import file), checked field by field; null when it is not one. */
export function validCard(raw: unknown): WordCard | null {
  if (!isObj(raw)) return null;
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = raw;
  if (![due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses].every(num)) return null;
  if (![0, 1, 2, 3].includes(state as number)) return null;
  if (!(lastReview === null || num(lastReview))) return null;
  return {
    due: due as number,
    stability: stability as number,
    difficulty: difficulty as number,
    elapsedDays: elapsedDays as number,
    scheduledDays: scheduledDays as number,
    learningSteps: learningSteps as number,
    reps: reps as number,
    lapses: lapses as number,
    state: state as WordCard['state'],
    lastReview: lastReview as number | null,
  };
}
