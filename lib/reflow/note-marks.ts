// Note marks of 理论 and 学术 pages: `［1］`, `[2]`, `〔3〕` set right after the sentence (or the quotation) they annotate.

/** Opening bracket of each closing one a note mark may use: ［ for ］, [ for ], 〔 for 〕; -1 for any other code (asked of
 * every line's end: compared, not looked up). */
const openerOf = (c: number): number => (c === 0xff3d ? 0xff3b : c === 0x5d ? 0x5b : c === 0x3015 ? 0x3014 : -1);

/**
 * Where the text before a note mark ends: given `i`, the index of the text's last character, the index of the last
 * character before a bracketed number of one to three digits ending there (`…超过10%。［2］` → the 。), or `i` itself
 * when the text does not end in a note mark (`…［注］`, `…[A]`, a bracket with no digits).
 */
export function beforeNoteMark(text: string, i: number): number {
  const open = openerOf(text.charCodeAt(i));
  if (open < 0) return i;
  let j = i - 1;
  while (j >= 0 && j > i - 5 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j--;
  return j < i - 1 && j >= 0 && text.charCodeAt(j) === open ? j - 1 : i;
}
