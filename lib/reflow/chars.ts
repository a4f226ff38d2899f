// Character classes and measurements used by the line-wrap repair.

/** Han ideographs (BMP blocks and the supplementary ideographic planes via surrogates). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** True when `ch` (one code point) is a Han character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Characters that may not start a print line: a line starting with one continues the previous. */
export const NO_START = new Set([...'，。、；：？！）」』”’…—·％,.;:?!)%]》〉】']);

/** Sentence-final punctuation. */
const FINAL = new Set([...'。！？!?…']);
/** Closers that may follow sentence-final punctuation (`。”`, `。）`). */
const CLOSERS = new Set([...'”’」』）)》】"\'']);

/** Opening and closing pairs whose balance tells whether a sentence is still open. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['【', '】'],
];
const OPENERS = new Map(PAIRS.map(([o, c]) => [o, c]));
const CLOSER_OF = new Map(PAIRS.map(([o, c]) => [c, o]));

/**
 * Visual width of a line in print: CJK characters and full-width punctuation count 1,
 * ASCII letters, digits and half-width punctuation ½ (they are set narrow in print).
 */
export function visualWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    if (c <= 0x20) continue;
    w += c < 0x2e80 ? 0.5 : 1;
  }
  return w;
}

/** Last code point of `text` ignoring trailing white space ('' when there is none). */
export function lastChar(text: string): string {
  const t = text.trimEnd();
  if (!t) return '';
  const c = t.charCodeAt(t.length - 1);
  if (c >= 0xdc00 && c <= 0xdfff && t.length > 1) return t.slice(-2);
  return t.slice(-1);
}

/** First code point of `text` ignoring leading white space. */
export function firstChar(text: string): string {
  const t = text.trimStart();
  if (!t) return '';
  return String.fromCodePoint(t.codePointAt(0) ?? 0);
}

/**
 * True when the text ends a sentence: final punctuation, optionally followed by closing quotes
 * or brackets, or by a bracketed author credit such as `。(蒋瑾华 朱灵燕)`.
 */
export function endsSentence(text: string): boolean {
  let t = text.trimEnd();
  const credit = /[。！？!?”][（(][^（()）]{1,24}[)）]$/u;
  if (credit.test(t)) return true;
  let i = t.length;
  while (i > 0 && CLOSERS.has(t[i - 1] ?? '')) i--;
  t = t.slice(0, i);
  return t.length > 0 && FINAL.has(t[t.length - 1] ?? '');
}

/**
 * Net count of brackets and quotation marks opened and not closed in `text`, added to `depth`
 * (which carries the state of the paragraph so far). Never below zero.
 */
export function openDepth(text: string, depth = 0): number {
  for (const ch of text) {
    if (OPENERS.has(ch)) depth++;
    else if (CLOSER_OF.has(ch) && depth > 0) depth--;
  }
  return depth;
}

/** True when all brackets and Chinese quotation marks in `text` are balanced. */
export function balanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    if (OPENERS.has(ch)) stack.push(ch);
    else if (CLOSER_OF.has(ch)) {
      if (stack.pop() !== CLOSER_OF.get(ch)) return false;
    }
  }
  return stack.length === 0;
}

/** True when `ch` is an ASCII letter. */
export function isLatin(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}
