// Latin text among Chinese print lines: what joins two lines that end and start with Latin letters (a space
// between words, nothing inside an address), a hyphen a column cut into an English word, and how much of a text
// is Latin (English prose is joined with spaces). Split from ./chars.ts, which holds the Chinese marks and widths.
import { endsIn } from './chars';

const ADDRESS_TAIL = /[-A-Za-z0-9@._/:%?=&#~+]+$/u;
const ADDRESS_HEAD = /^[-A-Za-z0-9@._/:%?=&#~+]+/u;
/** An e-mail or web address: an `@` or `/`, or a dot between letters or digits. */
const ADDRESS_MARK = /[@/]|[A-Za-z0-9]\.[A-Za-z0-9]/u;

/**
 * What joins two print lines, the first ending and the second starting with a Latin letter: a
 * space between words (`Deep` / `Seek`), nothing inside an e-mail or web address cut at the line
 * end (`nbjiang` / `bei.gov.cn`, `www.` / `zjol.com.cn`, `xsrb@` / `163.com`).
 */
export function latinJoin(a: string, b: string): string {
  const tail = ADDRESS_TAIL.exec(a)?.[0] ?? '';
  const head = ADDRESS_HEAD.exec(b)?.[0] ?? '';
  return ADDRESS_MARK.test(tail) || ADDRESS_MARK.test(head) || /[@.]$/u.test(tail) ? '' : ' ';
}

/**
 * `text` (a paragraph so far, ending in its print line `a`) without the hyphen that line ends in where the
 * column cut an English word and print added it: two letters or more before it (the word's start, `Ti-`,
 * `Jian-`), a small letter after it on the next line `b` (`kTok`, `gshan`). A word's own hyphen stays where a
 * capital or a figure follows (`Wi-` / `Fi`, `10G-` / `PON`), after one letter (`e-` / `commerce`) or where
 * the word holds another hyphen (`state-of-` / `the-art`).
 */
export function withoutColumnHyphen(text: string, a: string, b: string): string {
  return text.endsWith('-') && /^[a-z]/u.test(b) && /(?:^|[^A-Za-z0-9-])[A-Za-z]{2,}-$/u.test(a) ? text.slice(0, -1) : text;
}

/** Han characters by Unicode script (radicals, `々` and `〇` too), for `latinShare`. */
const HAN_SCRIPT = /\p{Script=Han}/gu;

/** Share of Latin letters among the Latin letters and Han characters of `text` (0 with neither). */
export function latinShare(text: string): number {
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters folded to lower case
    if (c >= 0x61 && c <= 0x7a) latin++;
  }
  // With no Latin letter the share is 0 whatever the Han count: Chinese lines (nearly all the
  // repair sees, at every join) skip the Unicode-script scan.
  if (latin === 0) return 0;
  const han = text.match(HAN_SCRIPT)?.length ?? 0;
  return latin / (latin + han);
}

/**
 * What joins two print lines of English prose (nearly all Latin letters) where the line end fell
 * between words but not between two letters: after a comma or a closing mark (`counties,` /
 * `using`), after a full stop before a capital (`level.` / `Counties`), between a word and a
 * figure (`between` / `2015`, `1,800` / `counties`) — a space. Undefined where it does not
 * apply (Chinese text, letters on both sides, an address cut after its dot).
 */
export function proseJoin(a: string, b: string): ' ' | undefined {
  // Every join below follows a letter, a figure or one of these marks: Chinese text is answered without reading its tail.
  const end = a.charCodeAt(a.length - 1);
  if (!isLatinCode(end) && !(end >= 0x30 && end <= 0x39) && !endsIn(a, PROSE_JOIN_MARKS)) return undefined;
  const tail = a.slice(-40);
  if (latinShare(tail) < 0.8 || !/[A-Za-z]{2}/u.test(tail)) return undefined;
  if (/[A-Za-z0-9][,;:!?)”’"']$/u.test(a) && /^[A-Za-z0-9(“"]/u.test(b)) return ' ';
  if (/[A-Za-z]\.$/u.test(a) && /^[A-Z][a-z]/u.test(b) && !ADDRESS_MARK.test(ADDRESS_TAIL.exec(a.slice(0, -1))?.[0] ?? '')) return ' ';
  if ((/[A-Za-z]$/u.test(a) && /^[0-9]/u.test(b)) || (/[0-9]$/u.test(a) && /^[A-Za-z]/u.test(b))) {
    return /(?:^|\s)[A-Za-z0-9,.]+$/u.test(a) && /^[A-Za-z0-9,.]+(?:\s|$)/u.test(b) ? ' ' : undefined;
  }
  return undefined;
}

/** The marks (besides letters and figures) a line `proseJoin` joins with a space ends in. */
const PROSE_JOIN_MARKS = ',;:!?)”’"\'.';

/** True when `ch` is an ASCII letter. */
export function isLatin(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** `isLatin` of a code unit. */
export const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
