// The writer's name alone above the text, with no role and no mark (`宋　晓`, `周明远`): 副刊, 书评 and 理论 pages
// print their author so, in a line of its own before the first paragraph. A two-character name is padded by print to
// the width of three (`宋　晓`); a three-character one is letter-spaced (`周　明　远`). Unspaced, three characters after a
// family name's are as often a word as a name (`周末游`, `黄金周`, `高质量`: a heading over the text), and are left as they were.
import type { Line } from './columns';
import { isSurnamed } from './name-rows';

/** A two-character name padded (`宋　晓`), or a three-character one letter-spaced (`周　明　远`, `周 明 远`). */
const LONE_NAME = /^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}$/u;

/** Column labels print letter-spaces as it spaces a name, whose first character is a family name's too (`时　评`, `简　讯`). */
const COLUMN_LABELS: ReadonlySet<string> = new Set(['时评', '简讯', '后记', '史话', '纪事']);

const isLoneName = (t: string): boolean => {
  const s = t.trim();
  if (!LONE_NAME.test(s)) return false;
  const name = s.replace(/[ \u3000]/gu, '');
  return isSurnamed(name) && !COLUMN_LABELS.has(name);
};

/** The text that follows the name: a paragraph's line, not another short line. */
const TEXT_LEAST = 15;

/**
 * Line `i` is the body's first line and a personal name alone (see `LONE_NAME`), an element of its own, and the
 * text follows it: the piece's byline. Not where another element of the body is such a name too (a list of
 * people, each name heading the lines about that person), nor where the next line is short (a heading's run).
 */
export function isLeadingName(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (i !== 0 || !l || !next || next.gap === 0 || !isLoneName(l.text)) return false;
  if (Array.from(next.text.trim()).length < TEXT_LEAST) return false;
  return !lines.some((m, k) => k > 0 && m.gap > 0 && isLoneName(m.text));
}
