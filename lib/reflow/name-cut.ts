// A byline cut inside its last name by the print line's end: `■记者　陈　琳　通讯员　韩　` / `宣`. A two-character name
// is padded with a full-width space (`韩　宣`), and where a narrow column ends at that space the name's second character
// goes alone to the next print line; a three-character name may be cut after its second (`通讯员　越教` / `宣`). That line
// is the byline's, not a paragraph of one character.

/**
 * A line ending in a full-width (or ordinary) space and one or two Han characters: a padded name's first half, or the
 * first two characters of a three-character name (`通讯员　越教` / `宣`).
 */
const NAME_HALF_END = /[\u3000 ]([\u4e00-\u9fff]{1,2})$/u;
/** The most Han characters of a name a line end parts (its two halves together). */
const MAX_CUT_NAME = 3;
/** A line of one or two Han characters and nothing else (a full-width space before them or not). */
const NAME_REST = /^[\u3000\s]*[\u4e00-\u9fff]{1,2}$/u;

/**
 * Whether the print line `next` (its text, and its gap from the line before) is the rest of a name that the byline
 * `line` was cut inside: the byline fills its column `w` (within two: the space hung at the line's end and a mark such
 * as ■ measured half) and ends in a space and one or two Han characters, `next` holds one or two Han characters only and
 * follows with no break, the two halves three characters at most. A byline short of its column (`■记者　陈　琳`) ends where its name does.
 */
export function nameCutAfter(line: { text: string; width: number }, next: { text: string; gap: number } | undefined, w: number | undefined): boolean {
  if (next === undefined || w === undefined || next.gap !== 0 || line.width < w - 2 || !NAME_REST.test(next.text)) return false;
  const half = NAME_HALF_END.exec(line.text.trim());
  return half !== null && (half[1] as string).length + next.text.trim().length <= MAX_CUT_NAME;
}
