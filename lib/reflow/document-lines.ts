// Lines of the official documents papers print in full (a 公告 or 通告 with its signer and date, a 条例's or a 规划纲要's
// part heads) that stand as paragraphs of their own where print sets them with nothing else to mark them.
import { columnWidthFor, type Line } from './columns';
import { lineEndsSentence, lineIsByline, lineIsHeadingCandidate } from './line-tests';
import { isDateLine, isSignatureLine } from './notice-lines';
import { isNameListLine } from './signed-names';
import { withoutWeekday } from './part-head-words';

/** What goes on from a date at a sentence's start (`2026年1月7日` / `起施行`, `至…`, `前…`, `以来…`, `上午…`). */
const DATE_GOES_ON = /^[\s\u3000]*(?:[起至前后以止，,、]|上午|下午|晚上?|凌晨|期间|当天)/u;

/**
 * The date under a notice's signer (`杭州市萧山区住房和城乡建设局` / `2026年1月7日`), a paragraph of its own so far, ends
 * before the next line, whatever it is (the draft's title, a 名单's title): a signature's date is the notice's last line.
 * `lineBefore` is the line before the date's paragraph, `lines` the paragraph's print lines so far. (A date that opens a
 * sentence goes on: `2026年1月7日` / `起，…`; and a date not under a signer is left to the other rules.)
 */
export function signedDateEnds(lineBefore: string | undefined, lines: number, a: string, b: string): boolean {
  if (lines !== 1 || lineBefore === undefined || !isDateLine(a)) return false;
  return isSignatureLine(lineBefore) && !DATE_GOES_ON.test(b);
}

/**
 * A document's part head alone on its line: `第` and a number in words, `编`/`篇`/`章`/`节`, a space and a title with no
 * mark of a clause (`第一章　总　则`, `第二篇　加快建设现代化产业体系`), as a 条例, a 规划纲要 or a 报告 sets its parts. Prose
 * never puts a space after `第三章` (`…见第三章。`, `第三章节目…`), and a title that a mark or a figure is in is left alone.
 */
const PART_HEAD = /^[\s\u3000]*第[一二三四五六七八九十百零〇]{1,4}[编篇章节][\s\u3000]+[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000“”‘’《》、]{0,24}$/u;
export const isPartHead = (t: string): boolean => t.includes('第') && PART_HEAD.test(t);

/** Where a clause goes on past the line end (`…，`, `…、`, an open bracket or quotation mark). */
const CLAUSE_GOES_ON = /[，,、（(“‘《]$/u;

/**
 * Print line `i` is a document's part head (see `isPartHead`) standing as a heading: not after a line that goes on
 * mid-clause (`…，`, an open bracket) with no break between, and short of its column (its title not cut by the line
 * end; where no column is measured, a break after it). It opens and ends its block after a sentence, a table's last row,
 * a bracketed note or another head (`第二篇　…` / `第三章　…`), and before its first `第一条`, blank line or not.
 */
export function partHeadLine(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], slack: number): boolean {
  const l = lines[i] as Line;
  if (!isPartHead(l.text)) return false;
  const prev = lines[i - 1];
  if (prev && l.gap === 0 && CLAUSE_GOES_ON.test(prev.text.trimEnd())) return false;
  const next = lines[i + 1];
  if (!next) return true;
  const w = columnWidthFor(widths, l, next);
  if (w === undefined) return next.gap > 0;
  return l.width + (l.indent ? 2 : 0) < w - slack;
}

/** A 名单's note on a person (`蔡秀英（女）`, `（回族）`, `（女，畲族）`): read as the name alone. */
const PERSON_NOTE = /[（(](?:女|男|女，)?(?:[\u4e00-\u9fff]{1,3}族)?[)）]/gu;

/** A 名单's row of names (see `isNameListLine`), `min` of them or more, a person's note after a name read away. */
const isNameRow = (t: string, min: number): boolean => isNameListLine(t.includes('（') || t.includes('(') ? t.replace(PERSON_NOTE, '') : t, min);

/** A 名单's count under its title (`（共17名，按姓氏笔画排序）`, `（排名不分先后，共12人）`), a bracket of its own. */
const COUNT_NOTE = /^[\s\u3000]*[（(][^（）()]{0,12}[共计][0-9一二三四五六七八九十百]+[名人位][^（）()]{0,16}[)）][\s\u3000]*$/u;

/** A 名单's title alone on its line (`乐清市选出的温州市第十五届人民代表大会代表名单`): no mark but quotation marks. */
const LIST_TITLE = /^[\s\u3000]*[\u4e00-\u9fff“”0-9]{2,40}名单[\s\u3000]*$/u;

/** The rows of names right under line `i` go back to a 名单's title or count (see `LIST_TITLE`, `COUNT_NOTE`). */
function underListTitle(lines: readonly Line[], i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 60 && isNameRow((lines[j] as Line).text, 2)) j--;
  const t = (lines[j] as Line).text;
  return j < i && (COUNT_NOTE.test(t) || LIST_TITLE.test(t));
}

/**
 * A 名单 printed under its title as print lines of names (`（共17名，按姓氏笔画排序）` / `王建国　叶海波　包晓燕　朱　敏　刘伟民` /
 * `孙丽华　李　娜　…`): a row of three names or more ends before the next row of two or more, line under line; and its count
 * under the title is a line of its own, after the title and before the first row. (Names after a sentence, `…培育名单：` /
 * `朱晓东　陈佳慧　费建新` / `金　涛　范丽娟`, are one row the line end cut; so is a row opening with its group's label,
 * `一等奖：…`, told from the next by its label.)
 */
export function nameRowsApart(lines: readonly Line[], para: string | undefined, a: Line, b: Line): boolean {
  if (COUNT_NOTE.test(b.text) || (para !== undefined && COUNT_NOTE.test(para))) return true;
  // (A row of names has a space between them: a line without one is answered before any pattern.)
  return (a.text.includes('\u3000') || a.text.includes(' ')) && !/[：:]/u.test(a.text) && isNameRow(a.text, 3) && isNameRow(b.text, 2) && underListTitle(lines, a.ord);
}

/** An 附件 item of a notice (`附件：1.湖州市中心城区禁止燃放烟花爆竹区域范围`, `2.举报投诉电话`): a title, no sentence in it. */
const ATTACHMENT_ITEM = /^[\s\u3000]*(?:附件[：:][\s\u3000]*)?[0-9]{1,2}[.．、][^。！？；，]{2,40}$/u;
const ATTACHMENT_OPENS = /^[\s\u3000]*附件[：:]/u;
/** One 附件 named after its label with no number (`附件：2025年度…名单`): a title, no sentence in it. */
const ATTACHMENT_TITLE = /^[\s\u3000]*附件[：:][\s\u3000]*(?![0-9]{1,2}[.．、])[^。！？；，]{2,40}$/u;

/**
 * The last item of a notice's 附件 list (`附件：1.…` / `2.举报投诉电话`) ends before the signer under it (`湖州市人民政府`):
 * an item is a title with no sentence mark, so nothing marks its end but the organisation's name alone on the next line.
 * `lineBefore` is the line before the item's paragraph, `para` the item so far. (An item that opens the list, `附件：1.…`,
 * or follows one; a numbered item of anything else before an organisation's name is left to the other rules.) So does the
 * one 附件 a decision names with no number (`附件：2025年度…名单` / `嘉兴市人民政府`).
 */
export function attachmentEnds(lineBefore: string | undefined, para: string | undefined, b: string): boolean {
  if (para === undefined || !isSignatureLine(b)) return false;
  if (ATTACHMENT_TITLE.test(para)) return true;
  if (!ATTACHMENT_ITEM.test(para)) return false;
  return ATTACHMENT_OPENS.test(para) || (lineBefore !== undefined && ATTACHMENT_ITEM.test(lineBefore));
}

/**
 * The boundaries of a full-text document's lines this module answers (see `signedDateEnds`, `nameRowsApart`,
 * `attachmentEnds`): before line `b` the paragraph of print lines `cur` (its text `para` where read whole, its last line
 * `a`) ends.
 */
export function documentLineEnds(lines: readonly Line[], cur: readonly Line[], para: string | undefined, a: Line, b: Line): boolean {
  const before = lines[(cur[0] as Line).ord - 1]?.text;
  return signedDateEnds(before, cur.length, a.text, b.text) || nameRowsApart(lines, para, a, b) || attachmentEnds(before, para, b.text);
}

/** A punctuation mark of any kind (a section's number, `一、`, read away first). */
const HEAD_MARK = /[，,。．！？!?；;、：:（()）“”‘’《》—…·]/u;
export const SECTION_NUMBER = /^[\s\u3000]*[一二三四五六七八九十]{1,3}、/u;
/** A print line's text with no mark but a section's number (`起草说明`, `一、起草背景`), well short of column `w`. */
const bareShort = (l: Line, w: number): boolean => !l.indent && l.width <= w * 0.7 && !HEAD_MARK.test(l.text.replace(SECTION_NUMBER, ''));

/**
 * On a page that indents its paragraphs, an unindented print line well short of its column with no mark (`起草说明`, and
 * `一、起草背景` under it) after a finished sentence, the byline (`【案情】` under `记者　X　通讯员　Y`) or another such line under one, before an indented paragraph or another such
 * line, is a heading: a paragraph that goes on under an unindented line fills that line, and one that ends there ends on
 * a mark (so an organisation, a date, a name under a sentence are no heads: see `isHeadingCandidate`). Where no run of the
 * page is measured (its indented first lines outvoting its full lines), the indented line under it, its indentation
 * counted, is as wide as the column at least (嘉兴日报's `小贴士` over an indented paragraph, 17 wide).
 */
export function unindentedHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[]): boolean {
  const l = lines[i] as Line;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!prev || !next || l.indent || l.gap > 0 || next.gap > 0 || l.bold || l.boldLine) return false;
  const w = columnWidthFor(widths, prev, l) ?? (next.indent ? next.width + 2 : undefined);
  if (w === undefined || !bareShort(l, w) || lineIsByline(l) || !lineIsHeadingCandidate(l)) return false;
  const before = lines[i - 2];
  const headAbove = before !== undefined && lineEndsSentence(before) && bareShort(prev, w) && lineIsHeadingCandidate(prev);
  return (lineEndsSentence(prev) || headAbove || lineIsByline(prev)) && (next.indent || (bareShort(next, w) && lineIsHeadingCandidate(next)));
}

/** A labelled row (`方式：登录浙江政府采购网免费下载`, `联系人：钱工　电子邮箱：…`): a label and its value, no sentence mark. */
const ROW_ABOVE = /^[\s\u3000]*[\u4e00-\u9fff]{2,6}[：:][^，。；！？,;!?]+$/u;

/**
 * On a page that indents its paragraphs, a notice's part head set flush (`一、项目概况`, `五、联系方式`): an unindented
 * print line opening with a section's number, no mark after it, short of its column by a character and a half, after
 * a line that ends a sentence, the opening's colon (`…现将有关事项公告如下：`) or a labelled row (`联系人：钱工　电子邮箱：…`, read
 * whole in `para`, the paragraph before it, where the line end cut its value: `联系电话：` / `0573-88213547`),
 * is a heading whatever stands under it — a flush labelled row (`项目名称：…`, `岗位1：…`), a numbered step
 * (`1.网上报名：…`), a phone number — as much as before an indented paragraph: a paragraph that goes on under an
 * unindented line fills that line, and an item of a list that ends there ends on a mark.
 */
export function flushPartHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], para = ''): boolean {
  const l = lines[i] as Line;
  if (l.indent || !SECTION_NUMBER.test(l.text)) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!prev || !next || l.gap > 0 || l.bold || l.boldLine) return false;
  const w = columnWidthFor(widths, prev, l) ?? (next.indent ? next.width + 2 : undefined);
  // (Short of it by a character and a half, as a numbered head on a page with no indentation: see ./numbered-heads.ts.)
  if (w === undefined || l.width > w - 1.5 || HEAD_MARK.test(withoutWeekday(l.text.replace(SECTION_NUMBER, ''))) || lineIsByline(l) || !lineIsHeadingCandidate(l)) return false;
  const p = prev.text.trim();
  return lineEndsSentence(prev) || /[：:]$/u.test(p) || ROW_ABOVE.test(p) || (para.length <= 60 && ROW_ABOVE.test(para));
}
