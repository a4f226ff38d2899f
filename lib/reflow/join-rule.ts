// The sure rules of the line-wrap repair (./segment.ts): at a print-line boundary, the rule that
// decides whether the paragraph goes on, on all the evidence together, or `scorer` / `grid-scorer`
// where the learned scorer is to decide.
import { endsIn } from './chars';
import { isNameListLine } from './signed-names';
import { isLabelledItemRow, nameUnitRowEnds, opensGroupRow, opensNamePlaceRest } from './name-rows';
import { fieldCutAtColumn, isClosingFormula, isFieldLine, isSignatureLine, signerTail, wrappedFieldEnds } from './notice-lines';
import { fieldAloneLast, noticePartEnds, opensFieldRun } from './notice-end';
import { markOf, sameListMark } from './marked-items';
import { rowLinesApart, spacedRowsApart } from './spaced-rows';
import { fullWithQuotes } from './quote-width';
import { fullWithLongMarks } from './long-marks';
import { wordCutBeforeComma } from './comma-cut';
import { nextRunDidNotFit } from './word-fit';
import { colonOpensList, titleOpensList } from './list-opening';
import { colonCutProse } from './colon-cut';
import { columnWidthFor, type Line } from './columns';
import { atColumnEnd } from './evidence';
import { authorNoteOpens, onlyColumnCut } from './full-stop';
import { cutAtColumnEnd } from './piece-grid';
import type { Context } from './headlines';
import { OPENS_PARAGRAPH } from './openings';
import { plainContinuation } from './plain-continuation';
import { sentenceAhead, speakerAhead } from './boundary-features';
import { cellsOf, isDocNumber, isHeadRow, isRowLine } from './set-apart';
import { endsMarkedItem, rowBoundary, wholeBracket } from './join-apart';
import { holdsMark, openingText, wholeText, type ParagraphLines } from './paragraph-read';
import { lineEndsSentence, lineIsDate, lineIsField, lineIsRow, lineIsSignature } from './line-tests';
import { phoneFieldEnds, phoneFieldSigned, phoneNumberUnderLabel } from './county-items';
import { LABELLED_ROW, labelledRowsApart, numberedListCloses, partLineApart } from './notice-parts';
import { documentLineEnds } from './document-lines';
import { colonOverRows, noteOpens } from './table-notes';
import { circledSeriesOpens } from './circled-series';
import { ITEM, cutMidClause, CLAUSE_MARK, PROSE_MARK, ANNOUNCES_LIST } from './join-tests';
import { indentAfterShortFlush } from './indent-after-row';
import { headOverLabelledRows, headOverMarkedRows, opensListItem, opensNameRows } from './marked-lines';
import { cellRowsApart } from './cell-rows';

import { structuralRule } from './join-structure';
import { qaQuestionOpens } from './qa-turns';
import { colonQuoteGoesOn } from './colon-quote';
import { labelledRowAfterRow, nextNumberedOpens } from './series-opens';
import { fullWithMarks, speakerAfterQuote } from './quote-speaker';
/** A paragraph longer than this no longer trusts an unclosed quote to mean "it goes on". */
export const OPEN_QUOTE_TRUST = 800;


/**
 * The rule that decided a print-line boundary (for `npm run score:reflow -- --why`): the sure
 * rules by name, `scorer` and `grid-scorer` where the learned scorer decided.
 */
export type JoinRule =
  | 'no-start' | 'jump' | 'indent' | 'notice' | 'blank-paragraph' | 'blank-short' | 'unmarked-short' | 'announces-list' | 'list-item'
  | 'mid-sentence' | 'open-quote' | 'indent-page' | 'grid-not-end' | 'short' | 'run-on-blank-page'
  | 'blank-not-column' | 'not-column-cut' | 'caption-not-column' | 'bold' | 'set-lines' | 'colon-break' | 'script-change' | 'bracket-note'
  | 'writer-break' | 'alone' | 'box' | 'colon-cut' | 'grid-scorer' | 'scorer';

/** Two ideographs, or three characters or more opening with an ideograph, an opening mark or an item's mark and ending on an ideograph, a figure, a closing mark or a colon: words, no comma at the end. */
const PLAIN_WORDS = /^(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff“‘《「■□●▲△◆◇★☆◎].+[\u4e00-\u9fff0-9%％）”》：:])$/u;

/**
 * Decides whether line `b` continues the paragraph `cur`, on all the evidence together: what
 * the next line starts with, indentation, what a blank line means on this page and whether it
 * falls where a column ends, sentence end, quote depth and how full the line is. Returns the
 * rule that decides (see `JOINING`); `scorer` and `grid-scorer` leave it to the decider.
 */
export function joinRule(ctx: Context, cur: ParagraphLines, b: Line): JoinRule {
  const a = cur.lines[cur.lines.length - 1] as Line;
  // A 名单's group head (`凤鸣街道`, over its row of names) after the last row of the group before it opens anew, however
  // wide that row: names are no sentence the line end cut (asked first only for a short flush line: see `headOverMarkedRows`).
  if (b.gap === 0 && !b.indent && b.text.length <= 12 && headOverMarkedRows(ctx.lines, b.ord) && opensNameRows(a.text)) return 'list-item';
  // A service box's heads and rows of cells in print lines with no break (`心血管内科` / `周一上午　叶建华　主任医师` /
  // `消化内科`): a row that ended is no sentence the line end cut (./cell-rows.ts).
  if (b.gap === 0 && cellRowsApart(ctx.lines, a, b)) return 'list-item';
  // Most boundaries: a full line of a run ending on an ideograph, the next opening plainly (see `plainContinuation`).
  if (plainContinuation(ctx, cur, a, b)) return 'mid-sentence';
  // The paragraph read whole only where it is short (see `READ_WHOLE`), and its opening.
  const para = wholeText(cur);
  const opening = openingText(cur, para);
  // What a line opens with, the page's runs and elements, lists, entries and notices, before the column's measure is asked.
  const structural = structuralRule(ctx, cur, a, b, para, opening);
  if (structural !== null) return structural;
  const w = columnWidthFor(ctx.widths, a, b);
  const { ev } = ctx;
  const short = w === undefined || a.width < w - ev.slack;
  // A number or Latin word cut where a full line or a column ended (`联系电话：0571-823` /
  // `45678`) goes on: a paragraph does not end inside one (a year or date opens a sentence).
  const inNumber = a.text.charCodeAt(a.text.length - 1) < 0x80 && /[-0-9A-Za-z]$/u.test(a.text) && /^[-0-9A-Za-z]/u.test(b.text) && !/^\d+[年月日号]/u.test(b.text);
  const full = w !== undefined && a.width + (a.indent ? 2 : 0) >= w - ev.slack; // an indented line is two characters narrower
  if (indentAfterShortFlush(ctx.indentUsed, a, b, short)) return 'indent'; // an indented line after a short flush row (./indent-after-row.ts)
  if (spacedRowsApart(ctx.lines, a, b, w) || rowLinesApart(ctx.lines, a, b, w) || labelledRowsApart(para, b.text, b.gap > 0 || !full)) return 'list-item'; // rows of a table set as print lines (`青菜　每斤2.5元`), labelled rows
  if (partLineApart(cur.lines.length, a.text, b.text, w !== undefined && !full)) return 'list-item'; // a notice's numbered part
  if (wrappedFieldEnds(para ?? '', cur.lines.length, a.text, b.text, w === undefined ? b.gap > 0 : !full, signerTail(ctx, b))) return 'notice'; // a wrapped field's short last line, then the signer, date or next field
  // Items of a list each opening with the same mark (`■…` / `■…`), elements of their own, are each a
  // paragraph; a mark never goes on with a sentence (after a finished one it opens an item); and a
  // marked item short of its measured column, or a marked item of figures with no punctuation before
  // an element with a sentence's (`■…同比增长4.9%` / `其中，…`), ends at an explicit break.
  // A 名单's print lines, each an element of its own (`叶建平　毛　勇　刘国富…` / `季美华　徐　斌…`), stay
  // the lines the print gives, and the list ends before an element that holds more than names (`二、…`,
  // `（以上排名…）`): names are no sentence for a column to cut (a line's last names may follow, cut).
  // (A row wrapped over print lines is read whole, `cur`; a row opening with its group's label is a new row.)
  // (A name cut by the line end, its place after it in brackets, `…　黄晓` / `燕（广西）`, goes on.)
  if (b.gap > 0 && (isNameListLine(a.text) || (para !== undefined && para !== a.text && isNameListLine(para))) && (isNameListLine(b.text) || !isNameListLine(b.text, 1) || opensGroupRow(b.text)) &&
    !(opensNamePlaceRest(b.text) && /[\u4e00-\u9fff]$/u.test(a.text))) return 'list-item';
  // A group's row of two names or more (`山西省：张秀兰　李　娜`) ends before the next group's row (`安徽省：王桂芳　…`) after
  // an empty line or a line short of its column: names are no sentence, and the next label opens a row. So it does after a
  // full line: a row the line end cut goes on with its names, never with a label, its colon and a whole name.
  if (opensGroupRow(b.text) && para !== undefined && opensGroupRow(para) && isNameListLine(para, 2)) return 'list-item';
  // A row of a person and their unit (`王建国　江苏悦达起亚汽车有限公司`) ends before the next such row after a break,
  // and before an element with a sentence's mark (the list's last row before `希望受表彰的同志…、…`).
  // (In print lines with no empty line between them the row ends so where it is short of its column: see `nameUnitRowEnds`.)
  if (nameUnitRowEnds(para ?? '', b.text, b.gap > 0, short)) return 'list-item';
  // So does a row of a group's units (`优秀组织奖：碧江区人社局　万山区总工会　…`) before an element with a sentence's mark.
  if (b.gap > 0 && isLabelledItemRow(para ?? '') && /[，。；！？]/u.test(b.text)) return 'list-item';
  if (b.gap > 0 && (sameListMark(opening, b.text) || (markOf(b.text) !== null && lineEndsSentence(a)) || endsMarkedItem(ctx.lines, opening, b.text, w !== undefined && !full))) return 'list-item';
  // A notice's document number (`平政通〔2025〕6号`) is a line of its own before a break or short of its column:
  // nothing it heads goes on from it.
  if (isDocNumber(para ?? '') && (b.gap > 0 || !full)) return 'notice';
  const cutThere = ctx.grid ? cutAtColumnEnd(ctx.grid, a) : full && (b.gap === 0 || atColumnEnd(ev, b) === true);
  // Two rows of as many cells are two rows, whatever figure ends the first (`…5 0 10` / `2 东港街道 4 1 9`), and so is
  // a table's head before its first row (`名次 代表队 胜 负 积分` / `1 沈家门街道 5 0 10`).
  if (lineIsRow(b) && para !== undefined && (isRowLine(para) || isHeadRow(para)) && cellsOf(para).length === cellsOf(b.text).length) return 'list-item';
  if (inNumber && cutThere) return 'mid-sentence';
  // A table's rows printed as text lines and its unit note (`单位：元/500克`; rows `青菜　3.50　涨0.40<br>大白菜　1.80　涨0.20`), elements or lines of their
  // own: a row before one with as many cells, a row short of its column, and a row after a line that ends its paragraph
  // (a row a full line or a column cut leaves pieces whose cells differ: `■社会消费品零售总额　356.8亿元　同比增` / `长5.1%`).
  if (!inNumber && rowBoundary(para ?? '', a, b, full, ctx.lines[b.ord + 1])) return 'list-item';
  // A print line ending in `：` or `；` short of its measured column inside a run (a label before its
  // list, an item of one) ends its paragraph: print fills every line of a paragraph but its last.
  if (phoneNumberUnderLabel(a.text, b.text)) return 'mid-sentence'; // `电话：` / `15967923456`: a label and its number are one field
  if (b.gap === 0 && w !== undefined && !full && endsIn(a.text, '：:；;')) return 'list-item';
  // So does a paragraph that is one closed bracketed note (`（…会议通过）`) on a line short of its column.
  if (b.gap === 0 && w !== undefined && !full && wholeBracket(para ?? '')) return 'bracket-note';
  // A notice's fields, signature and date stand apart: a date alone before a break ends its block.
  // (A signature is a block of its own: a line inside a paragraph that reads like one is not.)
  // (A field after a clause mark goes on with its sentence: `…进行举报，` / `举报电话：…。`.)
  // (An indented line that fills its column on a page that indents its paragraphs is a paragraph's first print line,
  // whatever it ends with: `站房由杭州…建筑有限公司` / `设计，…`. A signature is set short of the column.)
  if (b.gap > 0 && ((lineIsField(a) && !fieldCutAtColumn(ctx.indentUsed, a, b, full)) || (lineIsField(b) && !endsIn(a.text, '，,、')) || lineIsDate(b) || lineIsDate(a) || (cur.lines.length === 1 && lineIsSignature(a) && !(ctx.indentUsed && a.indent && full)))) return 'notice';
  // An organisation's name after a finished sentence (`特此通告。` / `湖州市公安局`) signs the notice,
  // and the closing formula after a finished sentence is a paragraph of its own.
  if (b.gap > 0 && lineIsSignature(b) && lineEndsSentence(a)) return 'notice';
  if (phoneFieldSigned(a.text, b.text) || phoneFieldEnds(cur.lines[cur.lines.length - 2]?.text, a.text, b.text)) return 'notice'; // a telephone number's field, then the signer or words
  if (isClosingFormula(b.text) && lineEndsSentence(a)) return 'notice';
  // A letter's `此致` stands alone (`敬礼！` follows on a line of its own); so do a notice's last parts in one run (see `noticePartEnds`).
  if (para !== undefined && isClosingFormula(para.trim()) && !/[。！!]$/u.test(para.trim())) return 'notice';
  const bShort = b.gap === 0 && w !== undefined && b.width < w - ev.slack;
  if (noticePartEnds(para ?? '', cur.lines.length === 1, a.text, b, (ctx.lines[b.ord + 1]?.gap ?? 1) > 0, w === undefined || !full, bShort)) return 'notice';
  // A signature wrapped over print lines (`湖州市消防安全委员会办` / `公室`) ends before the date,
  // and before the next organisation where its last line is short of the column (unmeasured: after
  // a break).
  if ((lineIsDate(b) || (lineIsSignature(b) && (w === undefined ? b.gap > 0 : a.width + (a.indent ? 2 : 0) < w - ev.slack))) && isSignatureLine(para ?? '')) return 'notice';
  if (documentLineEnds(ctx.lines, cur.lines, para, a, b)) return 'notice'; // a signer's date, a 名单's rows, an 附件's last item
  // Fields printed line under line (pre-wrap): each is a block, and a field short of its column
  // (indentation counted) ends; a field label after a clause cut by the line end goes on.
  if (b.gap === 0 && !inNumber && w !== undefined && !full && (lineIsField(a) || (lineIsField(b) && lineEndsSentence(a)))) return 'notice';
  if (opensFieldRun(ctx.indentUsed, a, b, ctx.lines[b.ord + 1]) || fieldAloneLast(ctx.indentUsed, a, b, ctx.lines[b.ord + 1])) return 'notice'; // a notice's closing run, or its last field, after a finished sentence
  // Fields set line under line in one element whose lines no column measures (`公示时间：…<br>联系人：
  // 王先生<br>联系电话：…`): a contact field next to another label-and-value line stands apart.
  if (b.gap === 0 && w === undefined && !inNumber && (lineIsField(a) || lineIsField(b)) && LABELLED_ROW.test(a.text.trim()) && LABELLED_ROW.test(b.text.trim())) return 'notice';
  // A field whose number a line end cut (`联系电话：0571-823` / `45678`) ends its block too.
  if (cur.lines.length > 1 && a.text.charCodeAt(0) < 0x80 && /^[-0-9A-Za-z.@_]+$/u.test(a.text) && cur.text.length <= 60 && isFieldLine(cur.text)) return 'notice';
  // A column cut right after a colon on an indenting page, the rest of the paragraph one unindented element of prose.
  if (colonCutProse(ctx.indentUsed, () => holdsMark(cur, para, PROSE_MARK), para ?? a.text, a, b, ctx.lines[b.ord + 1])) return 'colon-cut';
  // A quotation a full line's end cut from its colon, on a page of one print line per element (./colon-quote.ts).
  if (colonQuoteGoesOn(ctx, a, b, w)) return 'mid-sentence';
  const columnEnd = b.gap > 0 ? atColumnEnd(ev, b) : false;
  // Where blank lines mark paragraphs, one that is not where a column ends closes the paragraph;
  // so does an explicit break after a colon (a list or table follows), unless the piece fills the
  // last line of a column of the page's grid (the column was cut there).
  const colonBreak = short && endsIn(a.text, '：:') && !cutAtColumnEnd(ctx.grid, a);
  if (b.gap > 0 && ev.blankIsParagraph && columnEnd === false && !colonBreak && cutMidClause(cur, para, a.text, full)) return 'mid-sentence';
  if (b.gap > 0 && ev.blankIsParagraph && (columnEnd === false || colonBreak)) return 'blank-paragraph';
  // A quotation that opened its sentence and trailed off on a line that fills the column (its marks counted whole), its
  // speaker and a verb of saying after the empty line and the sentence going on after a comma (`…送朋友……”` / `小周说，
  // 为了…`): the empty line is a column's end, not the paragraph's (./quote-speaker.ts).
  if (b.gap > 0 && ev.blankIsParagraph && columnEnd !== false && w !== undefined && fullWithMarks(a, w, ev.slack) && speakerAfterQuote(cur.text, () => sentenceAhead(ctx, b))) return 'mid-sentence';
  // On a page that indents its paragraphs, an explicit break after a colon, the next element not
  // indented (a list, a table or a quoted poem follows), stays a break too.
  // (A line far wider than the column measured next to it is no print line of that column; one a
  // colon hangs past the column's edge, `　　施工期间，过往车辆请绕行：`, fills it.)
  const aw = a.width + (a.indent ? 2 : 0);
  const fillsColumn = w !== undefined && (Math.abs(aw - w) <= ev.slack || Math.abs(aw - 1 - w) <= ev.slack);
  if (b.gap > 0 && ctx.indentUsed && endsIn(a.text, '：:') && !fillsColumn && !cutAtColumnEnd(ctx.grid, a)) return 'colon-break';
  // A column is cut after a full line only: a short last line of a measured column ends its block.
  // (Not a line that measures short only for its quotation marks and cannot end a paragraph, `旅行”“跟着赛事去旅行”`:
  // counted at the whole width print gives them, it fills its column, see `fullWithQuotes`.)
  if (b.gap > 0 && ev.blankIsParagraph && (ctx.widths[a.run] !== undefined || (ev.regular && /[；;]$/u.test(a.text))) && short && !(w !== undefined && fullWithQuotes(a, w, ev.slack, cur.lines.length > 1))) return 'blank-short';
  // Where neither indentation nor blank lines mark paragraphs, on a regular page, a line short
  // of its column is a paragraph's last line, whatever it ends with (`…公告如下：`,
  // a signature, a date).
  // A run too short to measure takes its neighbours' width (columns are alike on such a page),
  // and a column is cut after a full line only. An indented line (a lone paragraph's first, on a
  // page that does not use indentation otherwise) is two characters narrower.
  const unmarked = !ctx.indentUsed && !ev.blankIsParagraph && ev.regular;
  // (Not a line that ends no sentence and fills its column once its quotation marks are counted at the whole width print
  // gives them, `“预约+分时”游览新模式，`: the next character did not fit, see `fullWithQuotes`; nor one cut inside a word
  // right before a comma, `…共有14个节` / `目，…`, see ./comma-cut.ts.)
  if (unmarked && w !== undefined && a.width + (a.indent ? 2 : 0) < w - ev.slack && !fullWithQuotes(a, w, ev.slack, cur.lines.length > 1) && !wordCutBeforeComma(a.text, b.text) && !nextRunDidNotFit(a, b, w, holdsMark(cur, para, CLAUSE_MARK))) return 'unmarked-short';
  // A line of full-width characters only is as wide as print set it (the slack is for figures and Latin
  // letters set narrow): one ending a sentence a whole character or more short of its column ends its paragraph.
  if (unmarked && w !== undefined && lineEndsSentence(a) && /^[\u2e80-\uffff]+$/u.test(a.text.trim()) && a.width + (a.indent ? 2 : 0) <= w - 1) return 'unmarked-short';
  // An announcement of what follows (`…公告如下：`, `…如下表所示：`) ends its paragraph: a list,
  // a table or the notice's items follow, whatever the line's width.
  // So does a colon before the first item of a numbered list (`…以下8个候选项目：` / `1.…`).
  if ((endsIn(a.text, '：:') && ANNOUNCES_LIST.test(a.text)) || colonOpensList(a.text, b.text) || titleOpensList(para ?? '', b.text) || colonOverRows(a.text, b.text, ctx.lines[b.ord + 1]?.text)) return 'announces-list';
  // A list item that ends in `；`, `。` or `：` (its sub-items follow), before the next item:
  // each item is a paragraph (`（一）…；` / `（二）…`, `一、…充电：` / `（一）…`).
  if (endsIn(a.text, '；;。：:') && ITEM.test(opening) && ITEM.test(b.text)) return 'list-item';
  if (numberedListCloses(opening, ctx.lines[(cur.lines[0] as Line).ord - 1]?.text, a.text, b.text, cur.text)) return 'list-item'; // a list's last item
  // In print lines too (no break between them), a line opening with an item mark (`●…`, `■…`) opens an item after a finished
  // sentence or after a line of plain words short of its column (a box's head alone, `出行提示` / `●降温期间…`; an item's last
  // print line, `…其中研学团队占` / `近两成` / `■ 1280户…`), not after a line of a character or two or one opening with another mark or a figure.
  if (b.gap === 0 && markOf(b.text) !== null && b.text.trim().length > 1 && (lineEndsSentence(a) || (short && PLAIN_WORDS.test(a.text.trim())))) return 'list-item';
  // So does a numbered item (`1.…`, `一、…`) under a box's head alone (`出行提示` / `1.前往南站方向…`).
  if (b.gap === 0 && short && !b.indent && headOverMarkedRows(ctx.lines, a.ord) && (opensListItem(b.text) || opensNameRows(b.text))) return 'list-item';
  // And a box's head over labelled rows (`积分怎么算` / `基础分：…`, ./marked-lines.ts).
  if (b.gap === 0 && short && !b.indent && headOverLabelledRows(ctx.lines, a.ord)) return 'list-item';
  // And such a head, flush after a finished sentence on a page that indents its paragraphs, is no paragraph's rest.
  if (b.gap === 0 && !b.indent && lineEndsSentence(a) && headOverMarkedRows(ctx.lines, b.ord)) return 'list-item';
  if (!lineEndsSentence(a)) return 'mid-sentence';
  if (cur.depth > 0 && cur.text.length <= OPEN_QUOTE_TRUST && !OPENS_PARAGRAPH.test(b.text)) return 'open-quote';
  if (ctx.indentUsed) return noteOpens(a.text, b.text) ? 'notice' : authorNoteOpens(a, b) ? 'alone' : circledSeriesOpens(ctx.lines, b) || qaQuestionOpens(ctx.lines, b) || nextNumberedOpens(ctx.lines, b) || (cur.lines.length > 1 && labelledRowAfterRow((cur.lines[0] as Line).text, a, b)) ? 'list-item' : 'indent-page'; // a note (`注：`, ./table-notes.ts), an author's note (`（作者单位：…`) or a flush circled series' first item (`①…`, ./circled-series.ts) opens its own block, and so does a flush labelled question over its answer (`问：…？` / `　　答：…`, ./qa-turns.ts), the next numbered item of a series set apart and the next labelled row after one (./series-opens.ts)
  // A quotation closed at its sentence's end, the next sentence only its speaker and a verb of saying (`…走走了。”` /
  // `住在5楼的82岁居民孙大` / `爷说。`), goes on whatever the line's width or a column's cut between them says.
  if (speakerAhead(ctx, a, b)) return 'mid-sentence';
  // One <p> per column piece: a sentence end on the full last line of a column may end the
  // paragraph or not; anywhere else (or short of the column's width) it does.
  if (ctx.grid && b.gap > 0) return cutAtColumnEnd(ctx.grid, a) ? 'grid-scorer' : 'grid-not-end';
  // (Not a line that measures short only for its ellipsis or dash, `…番茄炒蛋……`: counted at the whole width print gives
  // them, it fills its column, see ./long-marks.ts.)
  if (w === undefined || (short && !fullWithLongMarks(a, w, ev.slack))) return 'short';
  if (b.gap === 0 && ev.blankIsParagraph) return 'run-on-blank-page';
  // A sentence ending on a full line right before a blank line that means a paragraph: where the
  // column ends there too, the paragraph may go on or end (decided below), else it ends.
  if (b.gap > 0 && ev.blankIsParagraph && columnEnd !== true) return 'blank-not-column';
  // A sentence ending on a full line with no other mark (pre-wrap text without indentation),
  // before the next line or a mere column cut: the paragraph may go on or end.
  if (b.gap > 0 && !onlyColumnCut(ctx, b)) return 'not-column-cut';
  return 'scorer';
}
