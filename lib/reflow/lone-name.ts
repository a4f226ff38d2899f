// The writer's name alone above the text, with no role and no mark (`宋　晓`, `周明远`): 副刊, 书评 and 理论 pages
// print their author so, in a line of its own before the first paragraph. A two-character name is padded by print to
// the width of three (`宋　晓`); a three-character one is letter-spaced (`周　明　远`). Unspaced, three characters after a
// family name's are as often a word as a name (`周末游`, `黄金周`, `高质量`: a heading over the text), and are left as they were
// where the name's line is an element of its own; where the text's paragraphs are marked by indentation alone (print lines
// of one pre-wrap block), an unindented first line of three such characters, or a padded name (`金　瓯`), over an indented
// paragraph is the writer's (`沈建明`, `朱晓雯` over a 理论 article and a 散文), unless its last character names a place or a body (`龙湾区`, `文化站`).
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

/** An unspaced three-character name (`沈建明`), its first character a family name's. */
const UNSPACED_NAME = /^[\u4e00-\u9fff]{3}$/u;
/** The last character of a place's or a body's name, never a personal name's (`龙湾区`, `文化站`, `读书会`). */
const PLACE_OR_BODY_END = /[区县市镇乡村路街巷省州湾港站桥园馆局院所厂店队会部处团社组厅室库场湖江河山岛]$/u;
const isUnspacedName = (t: string): boolean => {
  const s = t.trim();
  return UNSPACED_NAME.test(s) && isSurnamed(s) && !PLACE_OR_BODY_END.test(s) && !COLUMN_LABELS.has(s);
};

/** The text that follows the name: a paragraph's line, not another short line. */
const TEXT_LEAST = 15;
/** The narrowest column whose full line counts as the text under the name (a 14-wide 副刊 column set flush). */
const COLUMN_LEAST = 10;

/**
 * Line `next` is text, not a heading's short line: it holds `TEXT_LEAST` characters (an indented line's two characters
 * of indent counted: a narrow column's indented first line holds fourteen), or it fills the column the most lines of the
 * body share (`王　蕾` over `大运河是流动的文化，也是活着`, print lines fourteen wide set flush, with no indent to count).
 */
function textUnder(lines: readonly Line[], next: Line): boolean {
  if (Array.from(next.text.trim()).length + (next.indent ? 2 : 0) >= TEXT_LEAST) return true;
  const w = next.width + (next.indent ? 2 : 0);
  if (w < COLUMN_LEAST) return false;
  const counts = new Map<number, number>();
  for (const m of lines) {
    const mw = m.width + (m.indent ? 2 : 0);
    counts.set(mw, (counts.get(mw) ?? 0) + 1);
  }
  let common = 0;
  let most = 0;
  for (const [cw, n] of counts) if (n > most || (n === most && cw > common)) [common, most] = [cw, n];
  return most >= 3 && w >= common;
}

/**
 * Line `i` is the body's first line and a personal name alone (see `LONE_NAME`), an element of its own, and the
 * text follows it: the piece's byline. Not where another element of the body is such a name too (a list of
 * people, each name heading the lines about that person), nor where the next line is short (a heading's run).
 */
export function isLeadingName(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (i !== 0 || !l || !next || !textUnder(lines, next)) return false;
  if (next.gap > 0 && isLoneName(l.text)) return !lines.some((m, k) => k > 0 && m.gap > 0 && isLoneName(m.text));
  return unspacedLeadingName(lines, l, next);
}

/**
 * The first line an unspaced three-character name (see `isUnspacedName`) or a padded or letter-spaced one (`钟　晴`
 * over a 名家专栏 in pre-wrap print lines: see `LONE_NAME`), unindented, in one run with the text under it,
 * whose next line opens an indented paragraph: the page marks its paragraphs by indentation, so the name's line is one
 * of its own. Not where another unindented line of the body is such a name too (a list of people).
 */
function unspacedLeadingName(lines: readonly Line[], l: Line, next: Line): boolean {
  const named = (t: string): boolean => isUnspacedName(t) || isLoneName(t);
  if (next.gap > 0 || l.indent || !next.indent || !named(l.text)) return false;
  return !lines.some((m, k) => k > 0 && !m.indent && named(m.text));
}

/** An author's note in brackets after the signature (`（作者单位：…）`, `（作者系…）`), whole or in its print lines. */
const AUTHOR_NOTE = /^[（(]作者[^（()）]{2,40}[）)]$/u;

/**
 * Line `i` is a padded or letter-spaced personal name alone (`陈　默`, see `LONE_NAME`; unindented, or indented as print sets
 * it flush right by spaces), after a finished
 * sentence, and nothing follows it but an author's note in brackets (`（作者单位：…）`, in up to three print lines): the
 * signature a 时评, 短评 or 杂文 prints under its last paragraph. So is an unspaced three-character name (`孙明远`) with such a
 * note under it (the note says whose name the line is). Not where another line of the body after its first is such
 * a name too (a list of people), nor where the body before it is short (a list's or a table's last row).
 */
export function isTrailingName(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  if (!l || !prev || !/[。！？”…]$/u.test(prev.text.trim())) return false;
  const after = lines.length - i - 1;
  // An unspaced three-character name (`孙明远`, see `isUnspacedName`) is as often a word: it signs only over an author's note.
  // Indented, a padded name is set flush right by spaces (`　…　陈　言`): the cheap tests first, the rest read only then.
  if (after > 3 || !(isLoneName(l.text) || (after > 0 && !l.indent && isUnspacedName(l.text)))) return false;
  const rest = lines.slice(i + 1);
  if (rest.length > 0 && !AUTHOR_NOTE.test(rest.map((m) => m.text.trim()).join(''))) return false;
  let before = 0;
  for (let k = 0; k < i; k++) before += (lines[k] as Line).text.length;
  return before >= 40 && !lines.some((m, k) => k > 0 && k !== i && isLoneName(m.text));
}

/**
 * A dated place line (`2028年3月于杭州`, `二〇二八年春月写于嘉兴` aside: a year, a month, maybe a day, then 于/写于/草于 and a
 * place): where and when a 散文 or 随笔 was written, printed under its last paragraph, flush right or not.
 */
const DATED_PLACE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:写|草|改|定稿)?于[\u4e00-\u9fff·]{2,8}$/u;

/**
 * Line `i` is a dated place line (see `DATED_PLACE`) after a finished sentence, and nothing follows it but an author's note
 * in brackets (in up to three print lines): the piece's credit, not a heading nor a paragraph.
 */
export function isDatedPlaceLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  if (!l || !prev || l.text.length > 24 || !DATED_PLACE.test(l.text.trim()) || !/[。！？”…]$/u.test(prev.text.trim())) return false;
  const rest = lines.slice(i + 1);
  return rest.length === 0 || (rest.length <= 3 && AUTHOR_NOTE.test(rest.map((m) => m.text.trim()).join('')));
}
