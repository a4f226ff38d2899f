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

/** Each letter that can carry a tone mark, with its forms for tones 1–4. */
const TONED: Readonly<Record<string, readonly [string, string, string, string]>> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  ê: ['ê̄', 'ế', 'ê̌', 'ề'],
  m: ['m̄', 'ḿ', 'm̌', 'm̀'],
  n: ['n̄', 'ń', 'ň', 'ǹ'],
  A: ['Ā', 'Á', 'Ǎ', 'À'],
  E: ['Ē', 'É', 'Ě', 'È'],
  I: ['Ī', 'Í', 'Ǐ', 'Ì'],
  O: ['Ō', 'Ó', 'Ǒ', 'Ò'],
  U: ['Ū', 'Ú', 'Ǔ', 'Ù'],
  Ü: ['Ǖ', 'Ǘ', 'Ǚ', 'Ǜ'],
  Ê: ['Ê̄', 'Ế', 'Ê̌', 'Ề'],
  M: ['M̄', 'Ḿ', 'M̌', 'M̀'],
  N: ['N̄', 'Ń', 'Ň', 'Ǹ'],
};

/** A run of pinyin letters directly followed by a tone digit. */
const SYLLABLE = /([A-Za-zÜüÊê:^]+)([0-5])/g;

/** Spellings to normalise first: u: / v for ü, e^ for ê. */
const NEEDS_LETTER_FIX = /[:vV^]/;

/** Letters that can carry the mark when there is no a, e or "ou", searched from the end. */
const VOWELS = 'iouü';

/** "lu:4" → "lǜ" for one syllable (letters + tone number); see the module comment. */
export function syllableToMarked(letters: string, tone: number): string {
  let base = letters;
  if (NEEDS_LETTER_FIX.test(base)) {
    base = base.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü').replace(/e\^/g, 'ê').replace(/E\^/g, 'Ê');
  }
  if (tone < 1 || tone > 4) return base;
  const at = markIndex(base.toLowerCase());
  const forms = at < 0 ? undefined : TONED[base[at] ?? ''];
  if (!forms) return base;
  return base.slice(0, at) + forms[tone - 1] + base.slice(at + 1);
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
  const e = s.indexOf('e');
  if (e >= 0) return e;
  const eCircumflex = s.indexOf('ê');
  if (eCircumflex >= 0) return eCircumflex;
  const ou = s.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = s.length - 1; i >= 0; i--) {
    if (VOWELS.includes(s[i] ?? '')) return i;
  }
  const m = s.indexOf('m');
  const n = s.indexOf('n');
  return m < 0 ? n : n < 0 ? m : Math.min(m, n);
}
