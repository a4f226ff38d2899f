// Note marks of 理论 and 学术 pages: `［1］`, `[2]`, `〔3〕` set right after the sentence (or the quotation) they annotate.

/** Opening bracket of each closing one a note mark may use: ［ for ］, [ for ], 〔 for 〕. */
const OPENER: Readonly<Record<number, number>> = { 0xff3d: 0xff3b, 0x5d: 0x5b, 0x3015: 0x3014 };

/**
 * Where the text before a note mark ends: given `i`, the index of the text's last character, the index of the last
 * character before a bracketed number of one to three digits ending there (`…超过10%。［2］` → the 。), or `i` itself
 * when the text does not end in a note mark (`…［注］`, `…[A]`, a bracket with no digits).
 */
export function beforeNoteMark(text: string, i: number): number {
  const open = OPENER[text.charCodeAt(i)];
  if (open === undefined) return i;
  let j = i - 1;
  while (j >= 0 && j > i - 5 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j--;
  return j < i - 1 && j >= 0 && text.charCodeAt(j) === open ? j - 1 : i;
}
