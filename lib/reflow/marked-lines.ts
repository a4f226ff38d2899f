// A 小标题 opening with a mark (`◆ 有的排长队，有的没人来`, `■ 把实验室搬到车间旁`), flush on a print line of its own in
// print text that indents its paragraphs and sets no empty line between them. The rule for unindented heads
// (document-lines.ts unindentedHead) asks a line well short of its column and with no comma; a marked head may hold two
// phrases parted by one comma and run nearly to the column's end, and its mark says what it is.
import type { Line } from './columns';
import { lineEndsSentence, lineIsHeadingCandidate, lineIsSignature } from './line-tests';
import { markOf, OPENS_WITH_MARK } from './marked-items';
import { isOptionsLine } from './set-apart';
import { isNameListLine, joinSpacedNames } from './signed-names';
import { isRoleByline } from './classify';
import { bareNames, isSurnamed, opensGroupRow } from './name-rows';

/** A 小标题's mark, then the head's first character (no second mark: `◆◆` is a rule, not a head). */
const MARK_THEN_HEAD = /^[■□●○▲△◆◇★☆◎]\s*[^\s■□●○▲△◆◇★☆◎]/u;

/**
 * Line `i` is a marked 小标题: not indented, opening with a mark, a head by its words (no sentence's end, one comma at
 * most: see `isHeadingCandidate`), in a run with no empty line, under a line that ends a sentence and opens with no mark
 * (a list's marked items follow each other), over an indented line (the next paragraph's first).
 */
export function markedHeadUnindented(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || l.gap > 0 || next.gap > 0 || !next.indent) return false;
  if (!MARK_THEN_HEAD.test(l.text.trim()) || OPENS_WITH_MARK.test(prev.text.trim())) return false;
  return lineEndsSentence(prev) && lineIsHeadingCandidate(l);
}

/** A head's words: ideographs (and a figure or letter), no mark of a sentence, clause, quotation or bracket. */
const PLAIN_HEAD = /^[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]{1,9}$/u;

/** A numbered item opening a line: `1.…`, `2、…`, `（一）…`, `一、…`, `①…`. */
const NUMBERED = /^(?:[0-9]{1,2}[.．、](?![0-9])|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|[①-⑳])/u;

/** A list's item opening line `t`: a mark with more after it, or a number. */
export const opensListItem = (t: string): boolean => (markOf(t) !== null && t.trim().length > 1) || NUMBERED.test(t);

/**
 * A 名单's row of names under a group's head (`吴兴区` / `王丽芳　朱建国　沈　红`): two names or more parted by spaces, and
 * no byline (`记者 徐 婧` under a picture's label). In the golds outside the held-back half a line of plain words right
 * over such a row is a heading 15 times of 16 (the other a picture's label over its credit, which this leaves out).
 */
export const opensNameRows = (t: string): boolean => isNameListLine(t, 2) && !isRoleByline(t.trim());

/**
 * Every name of the row is a person's: two or three characters opening with a family name and ending in no word of a place
 * (`毛志刚家庭　龙游县`, a household and its county, and `周三下午　李　敏`, a day and a doctor, are no such rows).
 */
const allSurnamed = (t: string): boolean =>
  joinSpacedNames(bareNames(t.trim())).split(/[ \u3000]+/u).every((n) => n.length <= 3 && isSurnamed(n) && !/[省市区县镇乡村]$/u.test(n));

/**
 * `陈国强`: a person's name alone on a line (a family name and one or two more characters, ending in no word of a place,
 * a department or a prize), as the line end leaves a row's last name — no group's head over the next row of names.
 */
const loneName = (t: string): boolean => t.length <= 3 && isSurnamed(t) && !/[区县市镇乡村街科奖组队部院]$/u.test(t);

/** `春梅` under `…　吴　静　黄`: the rest of a name the line end cut, a row's last character standing alone after a space. */
const nameRest = (t: string, prev: string | undefined): boolean => t.length <= 2 && prev !== undefined && /[ \u3000][\u4e00-\u9fff]$/u.test(prev.trim());

/** A line that is an entry of the list itself (a lone name, a name's rest, a household `颜志勇家庭`), no head over it. */
const nameEntry = (t: string, prev: string | undefined): boolean => loneName(t) || nameRest(t, prev) || bareNames(t) !== t;

/**
 * Line `i` is the head of a box of marked or numbered rows (`出行提示` / `●降温期间…`, `数据` / `■ 3.6万人次…`, `出行提示` /
 * `1.前往南站方向…`): a line of two to ten characters of plain words, no mark of its own and no signer's name, right over a line
 * opening a list's item. In the golds outside the held-back half such lines are headings (19 of 19 over marked rows, 9 of 11
 * over numbered ones: the others a signer and a caption). The caller asks it only after a finished paragraph; the rest of an
 * item (under an item's line that ends no sentence) is none.
 */
export function headOverMarkedRows(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!l || !next || !(opensListItem(next.text) || (opensNameRows(next.text) && allSurnamed(next.text) && !opensGroupRow(next.text) && !nameEntry(l.text.trim(), lines[i - 1]?.text)))) return false;
  // Not an item's rest, the line end having cut it (`▲ 2316.5亿元　前三季度全区地区` / `生产总值` / `▲ 7.4%…`).
  const prev = lines[i - 1];
  if (prev && opensListItem(prev.text) && !lineEndsSentence(prev)) return false;
  // Nor the rest of a quiz's options the line end cut (`A.12月4日　B.10月1日　C.3` / `月15日` / `2.…`).
  if (prev && isOptionsLine(prev.text)) return false;
  return PLAIN_HEAD.test(l.text.trim()) && !lineIsSignature(l);
}

/** A labelled row's opening: a label of two to six Han characters and a colon, its value after it (`基础分：按…`, `时间：…`). */
const LABEL_OPENS = /^[\u4e00-\u9fff]{2,6}[：:][^：:“"]/u;

/**
 * Line `i` is the head of a box of labelled rows (`积分怎么算` / `基础分：按受教育程度…`, `办理渠道` / `线上：…`): a line of two to
 * ten characters of plain words, flush, no mark and no signer's name, after a finished sentence and right over a line opening with a
 * label of two to six characters and a colon. In the golds outside the held-back half a block of such plain words stands
 * over a block opening with such a label 25 times, every one a block of its own (22 headings, 3 an event's name over its
 * `地点：` row); none is joined onto the row under it.
 */
export function headOverLabelledRows(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  const prev = lines[i - 1];
  // (Flush: an indented line is a paragraph's first, its words cut by the line end, `　　承办法官提醒广大老` / `年朋友：…`.)
  if (!l || !next || !prev || l.indent || !LABEL_OPENS.test(next.text.trim()) || !lineEndsSentence(prev)) return false;
  return PLAIN_HEAD.test(l.text.trim()) && !lineIsSignature(l);
}

/**
 * Line `i` heads a 名单's group (`吴兴区` / `王丽芳　朱建国　沈　红`; see `headOverMarkedRows`), and the block before it is
 * a row of names or ends in a colon (`名单如下（按姓氏笔画排序）：`): no sentence, but the list's last row or its announcement.
 */
export function headOverNameRows(lines: readonly Line[], i: number, before: string): boolean {
  const next = lines[i + 1];
  return next !== undefined && /[：:]$/u.test(before.trim()) !== opensNameRows(before) && opensNameRows(next.text) && headOverMarkedRows(lines, i);
}
