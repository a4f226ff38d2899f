// Items of a list that open with a mark (`■规上工业增加值　412.6亿元　同比增长8.3%`, `●全市地区生产总值…`),
// one element each: a chart's figures given as text, a notice's points. Each is a paragraph of
// its own — never a headline (though short and without punctuation), never a picture's caption.
import type { Line } from './columns';
import { CLOSED_CREDIT, endsSentence } from './chars';

/** A list mark opening a line (not `○`, which also writes a zero: `二○二四年`). */
const MARKS = [...'■□●▲△◆◇★☆◎'];
/**
 * A box or bullet opening a line (`■整村授信全覆盖`, `□ 王一舟`): the marks papers set before a subhead or a writer's name
 * (not the triangles ▲ △, which point to a picture).
 */
export const OPENS_WITH_MARK = /^[■□●◆★◎☆◇]/u;
const MARK_CODES = MARKS.map((m) => m.charCodeAt(0));

/** The list mark `text` opens with, or null. */
export function markOf(text: string): string | null {
  // One code unit of `MARKS`: asked of most lines twice or more, read without a pattern (or a string made).
  const k = MARK_CODES.indexOf(text.trim().charCodeAt(0));
  return k < 0 ? null : (MARKS[k] as string);
}

/** Two texts opening with the same list mark: items of one list. */
export function sameListMark(a: string, b: string): boolean {
  const m = markOf(a);
  return m !== null && m === markOf(b);
}

/** A column item's bracketed head glued to its text (`【瓜沥镇】3月10日，…`, `【江山】江山市…`). */
const BRACKET_HEAD = /^\s*【[^】]{1,10}】\S/u;

/**
 * Two paragraphs that open alike as items of one 简讯 / 快讯 column: the same list mark (`■…`, `◆德清：…`) or each a
 * bracketed head glued to its text (`【濮院】…`, `【乌镇】…`).
 */
export function sameItemOpening(a: string, b: string): boolean {
  return sameListMark(a, b) || (BRACKET_HEAD.test(a) && BRACKET_HEAD.test(b));
}

/**
 * Line `i` opens an element (after an explicit break) with a list mark that the element before
 * it or the one after it opens with too: an item of a marked list. (A marked subheading, `■相关链接`,
 * `□ 新闻链接`, stands between paragraphs that carry no mark.)
 */
export function inMarkedList(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (l === undefined || (l.gap === 0 && i > 0) || markOf(l.text) === null) return false;
  let p = i - 1;
  while (p > 0 && (lines[p] as Line).gap === 0) p--;
  const prev = p >= 0 ? lines[p] : undefined;
  let n = i + 1;
  while (n < lines.length && (lines[n] as Line).gap === 0) n++;
  const next = lines[n];
  return (prev !== undefined && sameListMark(prev.text, l.text)) || (next !== undefined && sameListMark(next.text, l.text));
}

const PUNCT = /[，。；！？,;!?]/u;

/**
 * Every item of the page's list marked `mark` — the marked line and the print lines that follow it
 * within its element — holds no punctuation at all: a list of figures (`■全社会用电量　98.7亿千瓦时
 * 同比增长9.6%`), not of sentences (`●规模以上工业增加值同比增长4.5%，其中…`).
 */
export function figureList(lines: readonly Line[], mark: string): boolean {
  let byMark = figureLists.get(lines);
  if (byMark === undefined) figureLists.set(lines, (byMark = new Map()));
  let known = byMark.get(mark);
  if (known === undefined) byMark.set(mark, (known = scanFigureList(lines, mark)));
  return known;
}

/**
 * `figureList`'s answers, per page (its lines) and mark: the answer reads every line of the page,
 * and it is asked at the end of each marked item, so a long page of marked items read the whole
 * page once per item (quadratic: 4,000 items, 300 KB, took seconds).
 */
const figureLists = new WeakMap<readonly Line[], Map<string, boolean>>();

function scanFigureList(lines: readonly Line[], mark: string): boolean {
  let inItem = false;
  let items = 0;
  for (const l of lines) {
    const m = markOf(l.text);
    if (m !== null) inItem = m === mark;
    else if (l.gap > 0) inItem = false;
    if (!inItem) continue;
    if (m === mark) items++;
    if (PUNCT.test(l.text)) return false;
  }
  return items >= 2;
}

/**
 * The print line `i` closes a brief's item with its credit in brackets (`…8月完工。（通讯` / `员　金晓东）`): read with the
 * line before it, as the line end may have cut the bracket. A picture's credit (`（记者　X　摄）`) closes its `▲` caption the
 * same way: the next `▲` line opens the next caption, and the cut credit stays with the caption it closes.
 */
function closesCredit(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (!l || !/[)）]\s*$/u.test(l.text)) return false;
  return CLOSED_CREDIT.test(((lines[i - 1]?.text ?? '') + l.text).slice(-40));
}

/**
 * Two or more elements of the page open with `▲` and no picture precedes them: items of a list
 * (`▲聚焦产业提质。…`), not captions — print marks a caption `▲` right under its picture. On a page of print lines
 * with no element boundary (plain `<br>` lines: a 一句话新闻 column's `▲…` items), an item opens on the line after one
 * ending a sentence, or closing an item's bracketed credit (`closesCredit`): such lines count as elements do.
 */
export function unpicturedTriangles(lines: readonly Line[]): boolean {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (markOf(l.text) !== '▲' || l.afterMedia) continue;
    const prev = lines[i - 1];
    // (`lineEndsSentence` of ./line-tests.ts, read here through the line's memo: that module imports this one's importers.)
    if ((l.gap > 0 || !prev || (prev.endsMemo ??= endsSentence(prev.text)) || closesCredit(lines, i - 1)) && ++n >= 2) return true;
  }
  return false;
}
