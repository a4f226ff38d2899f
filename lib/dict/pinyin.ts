/**
 * Numbered pinyin (CC-CEDICT style) to tone marks.
 *
 *   "yin2 hang2" → "yín háng"     "lu:4" / "lv4" / "lü4" → "lǜ"     "nu:e4" → "nüè"
 *   "de5" / "de0" → "de"           "r5" → "r"     "xx5" → "xx"      "shi2ke4" → "shíkè"
 *   "Ou1 yang2" → "Ōu yáng"        "m2" → "ḿ"     "ng2" → "ńg"      "san1 C" → "sān C"
 *
 * Where the mark goes (the standard rule): on a or e if there is one; on the o of "ou";
 * otherwise on the last vowel (so "liu2" → "liú", "gui4" → "guì"); a syllable with no vowel
 * (m, n, ng, hm, hng) takes it on its first m or n. Tone 5 (and 0) is the neutral tone and gets
 * no mark. Anything that is not letters followed by a tone digit (Latin letters such as the
 * "C" of 3C, punctuation such as "," or "·", digits) is left as it is.
 *
 * Pure, no dependencies.
 */

/** Combining tone marks by tone number (index 0 unused). */
const MARKS = ['', '\u0304', '\u0301', '\u030C', '\u0300'] as const;

/** A run of pinyin letters directly followed by a tone digit. */
const SYLLABLE = /([A-Za-zÜüÊê:^]+)([0-5])/g;

/** Letters that can carry the mark when there is no a, e or "ou", searched from the end. */
const VOWELS = 'iouü';

/** "lu:4" → "lǜ" for one syllable (letters + tone digit); see the module comment. */
export function syllableToMarked(letters: string, tone: number): string {
  const base = letters
    .replace(/u:/g, 'ü')
    .replace(/U:/g, 'Ü')
    .replace(/v/g, 'ü')
    .replace(/V/g, 'Ü')
    .replace(/e\^/g, 'ê')
    .replace(/E\^/g, 'Ê');
  const mark = tone >= 1 && tone <= 4 ? MARKS[tone] : undefined;
  if (!mark) return base;
  const at = markIndex(base.toLowerCase());
  if (at < 0) return base;
  return (base.slice(0, at + 1) + mark + base.slice(at + 1)).normalize('NFC');
}

/** Converts every numbered syllable in `numbered` (e.g. a whole CC-CEDICT reading). */
export function numberedToMarked(numbered: string): string {
  return numbered.replace(SYLLABLE, (_, letters: string, digit: string) => syllableToMarked(letters, Number(digit)));
}

/** Index of the letter that takes the tone mark in a lower-case syllable, or -1. */
function markIndex(s: string): number {
  // Every letter here is one UTF-16 unit (ü and ê are precomposed), so indices line up.
  const a = s.indexOf('a');
  if (a >= 0) return a;
  const e = s.search(/[eê]/u);
  if (e >= 0) return e;
  const ou = s.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = s.length - 1; i >= 0; i--) {
    if (VOWELS.includes(s[i] ?? '')) return i;
  }
  return s.search(/[mn]/u);
}
