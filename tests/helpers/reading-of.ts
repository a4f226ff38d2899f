// The reader's pinyin for `word` where it first occurs in `text` at or after `from` (UTF-16 index),
// one tone-marked syllable per character, space-separated: what the pinyin tests compare.
import { readings } from '../../lib/pinyin';

export function readingOf(text: string, word: string, from = 0): string {
  const start = Array.from(text.slice(0, text.indexOf(word, from))).length;
  return readings(text).slice(start, start + Array.from(word).length).join(' ');
}
