// The sentence a word was met in, cut from its repaired paragraph.
import { WORD_LIMITS } from './limits';

const END_RE = /[。！？!?；;…\n]/u;
const CLOSERS = '”’」』）)';

/**
 * The sentence of `text` around [start, end): from after the previous sentence end (。！？；…
 * or a line break, with the closing quotes that end it) to its own end, closing quotes included, trimmed; at most
 * WORD_LIMITS.sentence characters (cut around the word when longer). Offsets of the word in it.
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !END_RE.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !END_RE.test(text[to] as string)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (to < text.length && CLOSERS.includes(text[to] as string)) to++;
  // The previous sentence's closing quotes and brackets belong to it (“……。”他说。 starts at 他).
  while (from < start && (/\s/u.test(text[from] as string) || CLOSERS.includes(text[from] as string))) from++;
  while (to > end && /\s/u.test(text[to - 1] as string)) to--;
  const max = WORD_LIMITS.sentence;
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + max);
  }
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

const EDGE_RE = /[\p{P}\p{S}\s]/u;

/** [start, end) without punctuation, symbols or spaces at either end (a term drawn with its quotes: “医银合作”). */
export function trimWord(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && EDGE_RE.test(text[s] as string)) s++;
  while (e > s && EDGE_RE.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
