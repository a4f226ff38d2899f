// Saving a word again: the new sentence is added (never twice), counts and times move on.
import { toSimplified } from '../convert';
import { newCard } from './fsrs';
import { WORD_LIMITS, type WordInput, type WordRecord, type WordSentence } from './types';

/** The key a word is stored under: its simplified form. */
export function wordKey(written: string): string {
  return toSimplified(written);
}

/** True when two sentences are the same sentence of the same article (the word at the same place). */
export function sameSentence(a: WordSentence, b: Pick<WordSentence, 'url' | 'text' | 'start'>): boolean {
  return a.url === b.url && a.text === b.text && a.start === b.start;
}

/** Newest first, cut to WORD_LIMITS.sentences from the middle: the oldest (where the word was first met) stays. */
function capSentences(list: WordSentence[]): WordSentence[] {
  const max = WORD_LIMITS.sentences;
  if (list.length > max) list.splice(max - 1, list.length - max);
  return list;
}

/**
 * The record after meeting `input` at `now`: a new record (due now) when there was none;
 * otherwise the sentence is put first (a repeated sentence only moves up, with its new time),
 * the list is capped (the first sighting kept), lastSeen and lookups move on; the reading, meanings
 * and source of the first save are kept unless they were empty.
 */
export function addSighting(prev: WordRecord | undefined, input: WordInput, now: number): WordRecord {
  const sentence: WordSentence = { ...input.sentence, seenAt: now };
  if (!prev) {
    const card = newCard(now);
    return {
      word: wordKey(input.written),
      written: input.written,
      reading: input.reading,
      meanings: [...input.meanings],
      source: input.source,
      sentences: [sentence],
      firstSeen: now,
      lastSeen: now,
      lookups: 1,
      card,
      due: card.due,
    };
  }
  const others = prev.sentences.filter((s) => !sameSentence(s, sentence));
  const keepMeanings = prev.meanings.length > 0;
  return {
    ...prev,
    written: input.written,
    reading: prev.reading || input.reading,
    meanings: keepMeanings ? prev.meanings : [...input.meanings],
    source: keepMeanings ? prev.source : input.source,
    sentences: capSentences([sentence, ...others]),
    lastSeen: Math.max(prev.lastSeen, now),
    lookups: prev.lookups + 1,
  };
}

/**
 * An imported record merged into the stored one: sentences of both (no duplicates, newest
 * first), the earliest first sighting, the latest last one, the larger count, and the schedule
 * that was reviewed last.
 */
export function mergeWord(stored: WordRecord, incoming: WordRecord): WordRecord {
  const sentences = [...stored.sentences];
  for (const s of incoming.sentences) if (!sentences.some((x) => sameSentence(x, s))) sentences.push(s);
  sentences.sort((a, b) => b.seenAt - a.seenAt);
  const card = (incoming.card.lastReview ?? -1) > (stored.card.lastReview ?? -1) ? incoming.card : stored.card;
  return {
    ...stored,
    meanings: stored.meanings.length > 0 ? stored.meanings : incoming.meanings,
    reading: stored.reading || incoming.reading,
    sentences: capSentences(sentences),
    firstSeen: Math.min(stored.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(stored.lastSeen, incoming.lastSeen),
    lookups: Math.max(stored.lookups, incoming.lookups),
    card,
    due: card.due,
  };
}
