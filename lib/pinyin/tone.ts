// Tone helpers for single pinyin syllables.
//
// Marked form:   "yín", "lǜ", "de" (neutral tone has no mark), "ḿ", "ǹg"
// Numbered form: "yin2", "lü4", "de5" (neutral tone is 5; 0 is accepted on input)
//
// ü stays ü in both forms ("lü4"); "v" and "u:" are accepted on input by toMarked.

export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Combining marks that carry a tone (after NFD), keyed by tone number. */
const TONE_MARKS: Record<string, 1 | 2 | 3 | 4> = {
  '\u0304': 1, // macron
  '\u0301': 2, // acute
  '\u030C': 3, // caron
  '\u0300': 4, // grave
};
const MARK_FOR_TONE = ['', '\u0304', '\u0301', '\u030C', '\u0300'] as const;
const TONE_MARK_RE = /[\u0304\u0301\u030C\u0300]/g;
const TRAILING_DIGIT_RE = /^(.*?)([0-5])$/su;

/**
 * Tone of one reading: 1–4, 5 for the neutral tone, 0 for "" (no reading).
 * Accepts marked ("hǎo") and numbered ("hao3", "de5", "de0") forms.
 */
export function toneOf(reading: string): Tone {
  if (!reading) return 0;
  const digit = TRAILING_DIGIT_RE.exec(reading);
  if (digit) {
    const n = Number(digit[2]);
    return n === 0 ? 5 : (n as Tone);
  }
  const decomposed = reading.normalize('NFD');
  for (const ch of decomposed) {
    const t = TONE_MARKS[ch];
    if (t) return t;
  }
  return /\p{L}/u.test(reading) ? 5 : 0;
}

/** "yín" → "yin2", "de" → "de5", "lǜ" → "lü4". Numbered input is returned normalised (0 → 5). */
export function toNumbered(mark: string): string {
  if (!mark) return '';
  const digit = TRAILING_DIGIT_RE.exec(mark);
  if (digit) return `${digit[1] ?? ''}${digit[2] === '0' ? '5' : (digit[2] ?? '')}`;
  const tone = toneOf(mark);
  if (tone === 0) return mark;
  const base = mark.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC');
  return `${base}${tone}`;
}

/** "yin2" → "yín", "de5" / "de0" / "de" → "de", "lv4" / "lu:4" / "lü4" → "lǜ". Marked input is returned unchanged. */
export function toMarked(numbered: string): string {
  if (!numbered) return '';
  const digit = TRAILING_DIGIT_RE.exec(numbered);
  const rawBase = digit ? (digit[1] ?? '') : numbered;
  const base = rawBase.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü').normalize('NFC');
  if (!digit) return base;
  const tone = Number(digit[2]);
  if (tone < 1 || tone > 4) return base;
  const at = markPosition(base);
  if (at < 0) return base;
  const mark = MARK_FOR_TONE[tone] ?? '';
  return (base.slice(0, at + 1) + mark + base.slice(at + 1)).normalize('NFC');
}

/**
 * Index of the letter that carries the tone mark (standard rules):
 * a or e if present; o in "ou"; otherwise the last vowel; for syllabic m / n / ng the m or n.
 */
function markPosition(syllable: string): number {
  // Callers pass NFC text; every letter involved is one BMP code unit, so indices match.
  const lower = syllable.toLowerCase();
  const a = lower.indexOf('a');
  if (a >= 0) return a;
  const e = lower.search(/[eê]/u);
  if (e >= 0) return e;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) {
    if ('iouü'.includes(lower[i] ?? '')) return i;
  }
  return lower.search(/[mn]/u);
}
