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
  [from, to] = wholeQuote(text, from, to);
  const max = WORD_LIMITS.sentence;
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + max);
  }
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

/** Quotation marks that open a quote, and their closers (straight quotes say neither). */
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
/** A sentence widened to the whole quote it is part of is at most this long (characters). */
const QUOTE_WHOLE_MAX = 120;

/**
 * [from, to) widened to the whole quotation it cuts, when that is short: a sentence inside a
 * quote of several sentences would start with an opening quote that never closes (他说：“我们要
 * 加油。) or end with a closer that never opened (大家一起干。”). The quote is taken whole, with
 * the words before it in its sentence (他说：“我们要加油。大家一起干。”), if it stays within
 * QUOTE_WHOLE_MAX characters and its paragraph; otherwise the sentence is left as it was.
 */
function wholeQuote(text: string, from: number, to: number): [number, number] {
  const open: number[] = [];
  let strayCloser = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch in QUOTES) open.push(i);
    else if (Object.values(QUOTES).includes(ch)) {
      if (open.length && QUOTES[text[open.at(-1) as number] as string] === ch) open.pop();
      else if (strayCloser < 0 && open.length === 0) strayCloser = i;
    }
  }
  let [f, t] = [from, to];
  if (open.length) {
    const opener = open[0] as number;
    const closeAt = closerAfter(text, opener, to);
    if (closeAt < 0) return [from, to];
    t = closeAt + 1;
  }
  if (strayCloser >= 0) {
    const openAt = openerBefore(text, text[strayCloser] as string, from);
    if (openAt < 0) return [from, to];
    f = openAt;
    while (f > 0 && !END_RE.test(text[f - 1] as string)) f--;
    while (f < openAt && /\s/u.test(text[f] as string)) f++;
  }
  return t - f <= QUOTE_WHOLE_MAX ? [f, t] : [from, to];
}

/** Where the quote opened at `opener` closes, looking from `from` to the paragraph's end; -1 if it does not. */
function closerAfter(text: string, opener: number, from: number): number {
  const [o, c] = [text[opener] as string, QUOTES[text[opener] as string] as string];
  let depth = 0;
  for (let i = opener; i < text.length && text[i] !== '\n'; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i >= from ? i : -1;
  }
  return -1;
}

/** Where the quote that `closer` (at or after `before`) closes was opened, back to the paragraph's start; -1 if nowhere. */
function openerBefore(text: string, closer: string, before: number): number {
  const o = Object.keys(QUOTES).find((k) => QUOTES[k] === closer) as string;
  let depth = 1;
  for (let i = before - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (text[i] === closer) depth++;
    else if (text[i] === o && --depth === 0) return i;
  }
  return -1;
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
