// Character classes and measurements used by the line-wrap repair.

import { codePointLength } from '../codepoints';
import { beforeNoteMark } from './note-marks';

/** Han ideographs (BMP blocks and the supplementary ideographic planes via surrogates). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** True when `ch` (one code point) is a Han character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Characters that may not start a print line: a line starting with one continues the previous. */
export const NO_START = new Set([...'，。、；：？！）」』”’…—·％,.;:?!)%]》〉】']);

const NO_START_CODES = new Set([...NO_START].map((ch) => ch.charCodeAt(0)));

/** True when the code unit `c` is one of `NO_START` (all of them one code unit): no string made to ask. */
export const isNoStartCode = (c: number): boolean => NO_START_CODES.has(c);

/** True when `text` (leading white space ignored) starts with a character in `NO_START`. */
export function startsNoStart(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length && NO_START_CODES.has(text.charCodeAt(i));
}

/** True when `text` holds a Han character (see `isHan`). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return true;
    if (c >= 0xd840 && c <= 0xd87f) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return true;
    }
  }
  return false;
}

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
const OPENER_OF_CODE = new Map(PAIRS.map(([o, c]) => [c.charCodeAt(0), o.charCodeAt(0)]));

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
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return '';
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return text.slice(i - 1, i + 1);
  return text[i] as string;
}

/** First code point of `text` ignoring leading white space. */
export function firstChar(text: string): string {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return '';
  return text.slice(i, i + codePointLength(text, i));
}

function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

const FINAL_CODES = new Set([...FINAL].map((ch) => ch.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((ch) => ch.charCodeAt(0)));
const CREDIT = /[。！？!?”][（(][^（()）]{1,24}[)）]$/u;

/**
 * True when the text ends a sentence: final punctuation, optionally followed by closing quotes
 * or brackets, or by a bracketed author credit such as `。(蒋瑾华 朱灵燕)`, or by a note mark (`。［2］`).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  if ((last === 0x29 || last === 0xff09) && CREDIT.test(text.slice(Math.max(0, i - 30), i + 1))) return true;
  i = beforeNoteMark(text, i); // `…超过10%。［2］`: a note mark after the sentence it annotates
  while (i >= 0 && CLOSER_CODES.has(text.charCodeAt(i))) i--;
  return i >= 0 && FINAL_CODES.has(text.charCodeAt(i));
}

/** Per UTF-16 code unit: 1 opens a pair, 2 closes one. */
const PAIR_TABLE = new Uint8Array(0x10000);
for (const [o, c] of PAIRS) {
  PAIR_TABLE[o.charCodeAt(0)] = 1;
  PAIR_TABLE[c.charCodeAt(0)] = 2;
}

/**
 * Net count of brackets and quotation marks opened and not closed in `text`, added to `depth`
 * (which carries the state of the paragraph so far). Never below zero.
 */
export function openDepth(text: string, depth = 0): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // an ideograph, most of any line, neither opens nor closes
    const k = PAIR_TABLE[c];
    if (k === 1) depth++;
    else if (k === 2 && depth > 0) depth--;
  }
  return depth;
}

/** True when all brackets and Chinese quotation marks in `text` are balanced. */
export function balanced(text: string): boolean {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // an ideograph neither opens nor closes (and is not looked up in the table)
    const k = PAIR_TABLE[c];
    if (k === 1) stack.push(c);
    else if (k === 2 && stack.pop() !== OPENER_OF_CODE.get(c)) return false;
  }
  return stack.length === 0;
}

/**
 * `text` ends in one of `chars` (single UTF-16 units): what a pattern `[…]$` asks, read without one
 * (the repair asks it of every line and boundary, several times).
 */
export function endsIn(text: string, chars: string): boolean {
  // Code units compared: no one-character string made for each question.
  const c = text.charCodeAt(text.length - 1);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/** The last code unit of `text` ignoring trailing white space as `lastChar` does (the low half of a pair), or -1. */
export function lastCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** The first code unit of `text` ignoring leading white space as `firstChar` does (the high half of a pair), or -1. */
export function firstCode(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** The code units the pattern `\s` matches (for checks made before such a pattern is run). */
export function isWhiteCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The last code unit of `text` once white space (what `\s` and `trim` take: see `isWhiteCode`) is cut from its end, or -1:
 * the last character a pattern `[…][\s]*$` or a test of `text.trim()` reads, found without a copy or a pattern.
 */
export function trimmedLastCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isWhiteCode(text.charCodeAt(i))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** Opening quotation marks and brackets, by code unit. */
const OPENING_CODES = new Set([...'“‘《〈（(【「『〔［'].map((c) => c.charCodeAt(0)));

/**
 * `text` ends on an opening quotation mark or bracket (white space after it aside: `…首批12个“`): a line so cut goes on
 * below, inside what it opened — print sets no opening mark last on a line, text pasted or set line by line may.
 */
export const endsOnOpeningMark = (text: string): boolean => OPENING_CODES.has(trimmedLastCode(text));

/**
 * `text` could be a line of names only (see `isNameListLine`): Han characters, `·` and spaces alone, and no run of
 * more than four characters between spaces (joining spaced names only makes a name longer). A line of prose, nearly
 * every line asked, is answered by this loop instead of the join, the split and a pattern per name.
 */
export function mayBeNameList(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) run = 0;
    else if (!((c >= 0x4e00 && c <= 0x9fff) || c === 0xb7) || ++run > 4) return false;
  }
  return true;
}

// Named classes the rules share (each written once; a rule that needs more or less says so where it builds its own).
/** The marks of a clause or a sentence, full and half width (no colon: a label's colon ends no clause). */
const CLAUSE_MARKS = '，。；！？、,;!?';
/** Any mark of a clause or sentence (see `CLAUSE_MARKS`). */
export const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`, 'u');
/** Any mark of a clause or sentence, or a colon. */
export const CLAUSE_OR_COLON = new RegExp(`[${CLAUSE_MARKS}：:]`, 'u');
/**
 * Any mark of a clause or sentence, a colon, a bracket or a quotation (prose, a credit or a note),
 * or a figure (a table's row, a price list's item): what a line of verse or a headline does not hold.
 */
export const ANY_MARK = new RegExp(`[${CLAUSE_MARKS}：:（()）“”《》—…0-9０-９]`, 'u');
/**
 * Verbs of saying that name a speaker, common to every check of one; each check adds its own
 * (`SAYING_NEXT`, `SAYING`, `ATTRIBUTION`: a verb opening a line after its cut-off speaker, a
 * speaker's label that is no verb, a short sentence naming who spoke).
 */
export const SAYING_VERBS: readonly string[] = ['表示', '介绍', '说', '指出', '认为', '强调', '坦言'];
/** An alternation of `SAYING_VERBS` and `more`, for a pattern (`(?:…)`). */
export const sayingVerbs = (...more: string[]): string => `(?:${[...SAYING_VERBS, ...more].join('|')})`;

/** `…就业意向。（通讯员　沈佳琪）`: a brief's text closed by its reporter's or correspondent's credit in brackets. */
export const CLOSED_CREDIT = /[。！？!?”][（(](?:本报)?(?:融媒体?|全媒体?|见习)?(?:记者|通讯员)[^（()）。，]{1,24}[)）]\s*$/u;

/** A whole telephone number as print sets it: an area code and a local number (`0579-82345678`), or a mobile's eleven digits. */
export const PHONE_NUMBER = String.raw`(?:0\d{2,3}[-－]\d{7,8}|1[3-9]\d{9})`;
