// The print-line boundaries `joinRule` (./join-rule.ts) settles before it asks how full the line is: what a line opens
// with, the page's runs and elements (set lines, bold elements, table cells), a quiz's options, a data box's items, numbered
// and dated lists, clauses, notices' names and labelled rows, lists of named entries and persons. Asked in this order, the
// first that applies decides; none applies, and `joinRule` goes on to the column's measure.
import { attributionTail } from './attribution';
import { endsIn, startsNoStart } from './chars';
import { isJumpLine } from './classify';
import { entriesApart, entriesStart } from './listed-entries';
import { namedEntriesStart, namedEntryEnds, namedListEnds, personEntryStarts, personRowEnds, personRowStarts } from './named-entries';
import { turnLabelAlone } from './full-stop';
import { endsAnswerBlank, isFigureItem, isOptionsLine, nextArabicItem, nextDayItem } from './set-apart';
import { standsAlone, startsAnewInOtherScript, wholeBracket } from './join-apart';
import { lineEndsSentence } from './line-tests';
import { citedApart } from './cited-story';
import { bracketLeadOpens, clockCutAtColon, creditBracketGoesOn, nextRelativeDay, relativeDayRowEnds } from './county-items';
import { labelAfterRow } from './notice-parts';
import { dashItemOpens } from './dash-items';
import { noticeNameAlone } from './notice-names';
import { ITEM, isClause, DATELINE_ONLY, endsInColon, DATELINE_FIRST, DATELINE_OPEN_CREDIT } from './join-tests';
import { titleMarkGoesOn } from './title-mark';
import { markedItemOpensInRun } from './marked-runs';
import type { Context } from './headlines';
import type { Line } from './columns';
import type { ParagraphLines } from './paragraph-read';
import type { JoinRule } from './join-rule';

/** Wider than any newspaper column (they hold at most about 30 characters): a line the writer set, not a print line. */
const WRITER_WIDTH = 48;

/**
 * The rule that decides the boundary between the paragraph `cur` (its last line `a`, its text `para` where it is read
 * whole, its `opening`) and line `b` from what the lines are, not from how full `a` is; null where none does.
 */
export function structuralRule(ctx: Context, cur: ParagraphLines, a: Line, b: Line, para: string | undefined, opening: string): JoinRule | null {
  if (dashItemOpens(ctx.indentUsed, a, b)) return 'indent'; // an indented dashed item after a finished sentence, a colon or a semicolon
  if (startsNoStart(b.text)) return 'no-start';
  // A 简讯 column's items in one run of print lines: the item's mark again after its finished sentence and credit (./marked-runs.ts).
  if (markedItemOpensInRun(opening, (cur.lines[cur.lines.length - 2]?.text ?? '') + a.text, b.gap, b.text)) return 'list-item';
  // Nor does the speaker of a quotation its line end cut off (`“…做下去。”` / `他说。`): one sentence, never a paragraph.
  if (attributionTail(a.text, b.text)) return 'no-start';
  // A paragraph that is its dateline alone so far (`本报无锡12月14日讯`, `新华社杭州12月14日电`) goes on: a 电头 is never a paragraph.
  // (The paragraph opens as its first line does, a trimmed one: reading its joined text would copy it at every boundary.)
  if (para !== undefined && DATELINE_FIRST.has((cur.lines[0] as Line).text.charCodeAt(0)) && (DATELINE_ONLY.test(para.trim()) || DATELINE_OPEN_CREDIT.test(para.trim()))) return 'mid-sentence';
  // An interview turn that is its speaker's label alone so far (`答：`) goes on, unless an indented element follows.
  if (!b.indent && endsInColon(a.text) && turnLabelAlone(ctx, para ?? '')) return 'mid-sentence';
  // A box set in one table cell (a weather box: `今天：…。` / `明天：…。`) indents nothing: there an unindented element after a sentence starts anew.
  if (b.gap > 0 && a.cell > 0 && a.cell === b.cell && ctx.indentUsed && !a.indent && !b.indent && lineEndsSentence(a)) return 'box';
  // A list or a poem set line by line inside one element: each line stands (see `setLineRuns`).
  if (b.gap === 0 && a.run === b.run && ctx.setRuns?.has(a.run)) return 'set-lines';
  // Such a run in an element of its own (a poem's stanza) begins anew, and what follows it too.
  if (b.gap > 0 && a.run !== b.run && (ctx.setRuns?.has(a.run) || ctx.setRuns?.has(b.run))) return 'set-lines';
  // Where an article jumps between pages (`（下转第三版）`, `（上接第1版）`): a line of its own.
  if (isJumpLine(a.text) || isJumpLine(b.text)) return 'jump';
  // A line ending in a colon, broken before a line wider than any print column (`尊敬的领导：<br>您好！…`
  // in a 留言板 message): the writer broke the line after a salutation or a label, so it stands.
  if (b.gap === 0 && b.width > WRITER_WIDTH && endsIn(a.text.trim(), '：:')) return 'writer-break';
  // An element set wholly in bold (a subheading, an interview question) is a block of its own:
  // a column cut does not change the type in the middle of a paragraph.
  if (b.gap > 0 && (a.bold !== b.bold)) return 'bold';
  // A quiz's answer options (`A.1954年　B.1978年…`) are lines of their own: after their question (its
  // blank answer bracket), after each other, and before what follows them.
  if ((b.gap > 0 || endsAnswerBlank(a.text)) && isOptionsLine(b.text)) return 'list-item';
  if (b.gap > 0 && isOptionsLine(a.text)) return 'list-item';
  // So are the items of a data box (`612.3亿元　1—10月进出口额` / `18.6%　同比增幅`), each an element of its own.
  if (b.gap > 0 && (isFigureItem(a.text) || isFigureItem(b.text))) return 'list-item';
  // Items numbered in order, each an element of its own (`1.《三请梨花》选段　表演：…` / `2.《断桥》…`, a
  // programme or a list with no end marks, a paper's sources `[1]…` / `[2]…`): the next number opens the next item;
  // so does the next day's label in a dated list (`16日：多云转阴，14℃～23℃` / `17日：…`).
  if (b.gap > 0 && (nextArabicItem(opening, b.text) || nextDayItem(opening, b.text) || nextRelativeDay(opening, b.text, a.text) || relativeDayRowEnds(opening, a.text, b.indent))) return 'list-item';
  // A clause (`第一条　…`) opens its paragraph after a finished sentence, a colon or a semicolon, and the items
  // its colon announces (`第一条　…区域：` / `（一）…；` / `（二）…`) are paragraphs of their own.
  if (isClause(b.text) && /[。；;：:！？!?]$/u.test(a.text.trim())) return 'list-item';
  if (isClause(opening) && /[：:]$/u.test(a.text.trim()) && ITEM.test(b.text)) return 'list-item';
  if (creditBracketGoesOn(a.text, b.text) || clockCutAtColon(a.text, b.text)) return 'mid-sentence'; // a bracketed credit or a time the line end cut
  if (titleMarkGoesOn(a.text, b.text)) return 'mid-sentence'; // a 《…》 name a line's or a column's end cut (./title-mark.ts)
  if (labelAfterRow(para ?? '', b.text)) return 'notice'; // a labelled row, then the next row's label alone
  if (cur.lines.length === 1 && noticeNameAlone(ctx.lines, a, b)) return 'notice'; // a notice's name alone over its text (./notice-names.ts)
  if (ctx.indentUsed && b.indent) return 'indent';
  if (standsAlone(ctx, a, b)) return 'alone';
  if (bracketLeadOpens(a.text, b.text, para)) return 'list-item'; // a 乡镇 column's next 【镇街】 item
  if (citedApart(a.text, b.text, b.gap)) return 'alone'; // a 相关阅读 list's cited stories, one by one
  // A decimal cut right after its point (`网络零售额38.` / `9亿元`) goes on: a paragraph does not end
  // inside a number (a lone item number `2.` is no decimal, and a year or date opens a sentence).
  if (endsIn(a.text, '.．') && /\d[.．]$/u.test(a.text) && /^\d/u.test(b.text) && !/^\d+[年月日号]/u.test(b.text) && !/^\s*\d{1,2}[.．]$/u.test(a.text)) return 'mid-sentence';
  if (b.gap > 0 && startsAnewInOtherScript(a.text, b.text)) return 'script-change';
  // A paragraph that is one bracketed note, closed (`（2024年11月28日…会议通过）`, `（2024年11月22日）`),
  // before an explicit break: a line of its own, not the opening of what follows.
  if (b.gap > 0 && wholeBracket(para ?? '')) return 'bracket-note';
  // A list of people, one name and its post in brackets to a paragraph (`陈国庆（快递员）`): a whole
  // entry ends before the next entry or the notice's next labelled part, and a run of them starts anew.
  if (namedEntryEnds(para ?? '', b.text) || namedEntriesStart(a.text, b.text, ctx.lines[b.ord + 1]?.text)) return 'list-item';
  // So does an entry of a list of named things with their place in brackets, before the next (`“海岸守护”净滩行动（环翠区）`).
  if (b.gap > 0 && (entriesApart(ctx.lines, a, b) || entriesStart(ctx.lines, a, b))) return 'list-item';
  // The run's last entry ends before an element with a sentence's mark (the paragraph after the list).
  if (b.gap > 0 && namedListEnds(para ?? '', ctx.lines[(cur.lines[0] as Line).ord - 1]?.text, b.text)) return 'list-item';
  // So does a person's entry in a 任前公示 (`张建国，男，1978年5月生，…`), one to a paragraph, unindented or not, and a
  // row of a list set out in columns (`林志强　男　莆田市第一医院…`), the last of which ends before the notice's next
  // labelled part (`公示时间：…`).
  if (personEntryStarts(a.text, b.text) || personRowStarts(opening, a.text, b.text) || personRowEnds(opening, b.text)) return 'list-item';
  return null;
}
