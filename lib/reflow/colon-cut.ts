// A paragraph a print column cut right after a colon, on a page that indents its paragraphs and sets each column's
// piece of one in an element of its own (`<p>　　据介绍，…主要有三大功能：</p>` / `<p>智能排产、能耗监测和订单协同。
// 企业可以…</p>` / `<p>　　会上，…</p>`): the piece after the colon is no list, table or quotation but the rest of the
// paragraph, set unindented as every column's continuation is.
import { endsSentence } from './chars';
import type { Line } from './columns';

/**
 * What opens a list's item, a table's row, a notice's field, a quotation or a credit rather than the rest of a clause:
 * a quotation mark or bracket, a list mark, a figure or Latin letter, `一、`, `一是`, `第一`, a label and its colon.
 */
const NOT_PROSE_OPENING = /^(?:[“"‘「《（(【[■●◆□▲★·—\-0-9０-９A-Za-z]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]|[\u4e00-\u9fff]{1,6}[：:])/u;
/** A colon announcing a list, a table or a 名单 (`…如下：`, `…名单：`): the break after it stands. */
const ANNOUNCES = /(?:如下|以下|下表|名单|所示|排序）)[：:]$/u;
/** A speaker's colon (`李浩说：`, `她表示：`): the quotation after it is the paragraph going on, not a list's item. */
const SAYS_COLON = /(?:说|表示|介绍|坦言|感慨|告诉记者)[：:]$/u;
/** A paragraph that told a sentence before its speaker's colon (`…拉开比分。赛后，…李浩说：`), not a lead-in alone. */
const TOLD_BEFORE = /[。！？][^。！？]+[：:]$/u;
/** A quotation opened and closed in the piece (`“我们平时都要上班，…。”`). */
const QUOTED = /^[“「][^”」]+[”」]/u;
/** The least length of the piece after the colon: a list's item or a row is short. */
const LEAST = 16;

/** Verse quoted after a colon (`日啖荔枝三百颗，不辞长作岭南人。`): two clauses or more, all of one length, four to seven characters. */
function isVerse(t: string): boolean {
  const clauses = t.split(/[，。；！？、]/u).filter((c) => c !== '');
  const n = clauses[0]?.length ?? 0;
  return clauses.length >= 2 && n >= 4 && n <= 7 && clauses.every((c) => c.length === n);
}

/**
 * On a page that indents its paragraphs (`indentUsed`), the paragraph so far (prose: `holdsComma`, a `，` or `、` in it; no
 * announcement at its `ending`, its text or its last line) ends its element `a` on a colon, and the next element `b`, after a break and not indented, is prose
 * (sixteen characters or more, a clause mark in it, opening as a clause goes on and ending a sentence, no verse) and the only
 * unindented element before the next indented one (`next`) or the text's end: a column was cut after the colon, and
 * the paragraph goes on. A run of unindented elements after a colon (a list's items, a 名单's rows), a short one, one
 * opening with a mark or a label, verse quoted line by line, and an element after `…如下：` or a speaker's label (`答：`) stay apart.
 * A quotation after a speaker's colon (`…拉开比分。赛后，…李浩说：` / `“我们平时都要上班，…。”`) opens as the paragraph goes on
 * where the paragraph told a sentence before the colon: that mark is let pass. A lead-in alone (`会上，X在发言中说：`) still
 * sets its quotation apart (tests/unit/reflow-blind37.test.ts).
 */
export function colonCutProse(indentUsed: boolean, holdsComma: () => boolean, ending: string, a: Line, b: Line, next: Line | undefined): boolean {
  if (!indentUsed || b.gap === 0 || b.indent || !/[：:]$/u.test(a.text.trim())) return false;
  if (!holdsComma() || ANNOUNCES.test(ending.trim())) return false;
  const t = b.text.trim();
  const quoted = SAYS_COLON.test(a.text.trim()) && TOLD_BEFORE.test(ending.trim()) && QUOTED.test(t);
  if (t.length < LEAST || (NOT_PROSE_OPENING.test(t) && !quoted) || !/[，、]/u.test(t) || !endsSentence(t) || isVerse(t)) return false;
  return next === undefined || (next.gap > 0 && next.indent);
}
