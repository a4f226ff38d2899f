// A 停水 or 停电 notice's parts and rows as county papers print them, with no indentation or blank line to tell them
// apart: a labelled row (`停水时间：…`) before the next row's label alone (`停水区域：`), a numbered part's head
// (`一、停电时间`) and the rows under it, and a numbered list whose last item closes with a full stop.
import { endsSentence, trimmedLastCode } from './chars';

/** `停水时间：2026年12月10日22:00至12月11日6:00`, `联系人：王先生`: a label and its value, with no clause or sentence mark. */
export const LABELLED_ROW = /^[\u4e00-\u9fff]{2,6}[：:][^，。；！？,;!?]+$/u;
/** `停水区域：`, `停电线路及区域：`: a row's label alone, its value the lines or list that follow. */
const LABEL_ALONE = /^[\u4e00-\u9fff]{2,8}[：:]$/u;

/** `b`, a label alone (`停水区域：`), after a paragraph that is a labelled row (`停水时间：…`): the next row of the notice. */
export function labelAfterRow(para: string, b: string): boolean {
  return b.length <= 10 && LABEL_ALONE.test(b.trim()) && LABELLED_ROW.test(para.trim());
}

/** `一、停电时间`, `二、停电线路及区域`: a notice's numbered part, its head alone (no mark in it). */
const PART = /^[一二三四五六七八九十]{1,3}、/u;
const PART_HEAD = /^[一二三四五六七八九十]{1,3}、[^，。；：！？,.;:!?]{1,14}$/u;

/**
 * A print line short of its measured column (`short`) next to a notice's numbered part: the part's head alone
 * (`一、停电时间` / `12月10日7:30—16:30`), or a row before the next part (`…16:30` / `二、停电线路及区域`). Print fills
 * every line of a paragraph but its last; a part's head is no sentence a line end cut. (A table's row, its cells parted
 * by spaces, `南田镇　新宅村、南田村`, is left to the rules for rows.)
 */
export function partLineApart(lines: number, a: string, b: string, short: boolean): boolean {
  if (!short) return false;
  return (PART.test(b.trim()) && !/\S[ \u3000]+\S/u.test(a)) || (lines === 1 && PART_HEAD.test(a.trim()));
}

/** `1.`, `2、`, `（3）`: a numbered list's item. */
const NUMBERED = /^(?:[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[)）])/u;

/**
 * The last item of a numbered list whose items end in `；` (`2.…部分用户；` / `3.…两侧企业。`) closes with a full stop:
 * the list ends there, and the line after it (no item of its own) opens the notice's next paragraph.
 */
export function numberedListCloses(opening: string, before: string | undefined, a: string, b: string, item?: string): boolean {
  if (!/[；;]$/u.test(before?.trim() ?? '') || !/[。]$/u.test(a.trim()) || !endsSentence(a)) return false;
  if (NUMBERED.test(opening)) return !NUMBERED.test(b.trim());
  return item !== undefined && enumeratedItemCloses(opening, item, b);
}

/** `一是`…`十是`: an enumerated item's opening words. */
const ENUMERATED = /^[一二三四五六七八九十]{1,2}是/u;

/**
 * The same for a list whose items open with `一是`…`四是` on lines of their own (`三是在市区有合法稳定住所的人员；` /
 * `四是上述人员的配偶、子女和父母。`): the last item, one sentence holding a clause mark, closes with the full stop, and the line
 * after it (no item of its own) opens the next paragraph. Not an item's lead words ended by a full stop (`二是抓城乡治理。` /
 * `完成老旧小区改造…`): there the item goes on. In the golds outside the held-back half, of the blocks opening with `一是`…`十是`
 * after a block ending in `；`, 4 close with their one sentence before a block that is no item, 4 go on after lead words
 * ending in `。` (none holding a clause mark).
 */
function enumeratedItemCloses(opening: string, item: string, b: string): boolean {
  if (!ENUMERATED.test(opening) || ENUMERATED.test(b.trim())) return false;
  const t = item.trim();
  return /[，、,]/u.test(t) && !/[。！？!?]/u.test(t.slice(0, -1));
}

/**
 * `停电范围：…`, `周一下午：…`: a line opening with a label of two to six characters (`max`: to eight, `人民币汇率中间价：…`) and its
 * colon (the colon's place read first).
 */
function opensLabel(b: string, max = 6): boolean {
  let k = -1;
  for (let i = 2; i <= max && i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) { k = i; break; }
  }
  return k > 0 && /^[\u4e00-\u9fff]+$/u.test(b.slice(0, k));
}

/**
 * A notice's labelled row read whole (`停电时间：12月23日8:00至15:00`, `周一上午：心血管内科　王建平　主任医师`: its value
 * no sentence), before a line that opens the next row with a label of its own (`停电范围：…`, `周一下午：…`, `网上缴费：…`)
 * after an explicit break or a line short of its column (`broken`): rows printed one under another are a block each.
 * (A full line goes on: a row a line end cut before a label inside it, `联系人：王先生　` / `联系电话：…`, is one row.)
 */
export function labelledRowsApart(para: string | undefined, b: string, broken: boolean): boolean {
  if (!broken || !opensLabel(b)) return false;
  return para !== undefined && para.length <= 40 && LABELLED_ROW.test(para.trim());
}

/** A row's value that ends in a day or a clock time (`…至1月9日`, `…16:00`, `…17时`): nothing of the row is left to follow. */
export const DATED_END = /(?:[0-9０-９]日|[0-9]{1,2}[:：][0-9]{2}|[0-9]时)$/u;
/** The last characters `DATED_END` may end on (日, 时, a figure): read before the pattern, which tries every position. */
export const mayEndDated = (text: string): boolean => {
  const c = trimmedLastCode(text);
  return c === 0x65e5 || c === 0x65f6 || (c >= 0x30 && c <= 0x39);
};

/**
 * A labelled row whose value ends in a day or a clock time (`展示时间：2027年1月8日至1月9日`) — the paragraph read whole, or
 * its last print line `a` where a sentence before it was read into it — before a line opening with a label of its own
 * (`报名截止：…`), ends its block even where its line fills the column: a date or a time ends the value, and the next label
 * opens the next row. (A row the line end cut before a label inside it ends on a name or a space, `联系人：王先生　` /
 * `联系电话：…`: see `labelledRowsApart`.)
 */
export function datedRowApart(para: string, a: string, b: string): boolean {
  if (!mayEndDated(a)) return false;
  const t = a.trim();
  if (!DATED_END.test(t) || !opensLabel(b)) return false;
  const p = para.trim();
  return LABELLED_ROW.test(t) || (p.length <= 40 && LABELLED_ROW.test(p));
}

/** The longest label of a row under another row (`人民币汇率中间价：…`, `第一中标候选人：…`, `规上工业总产值：…`). */
const LONG_LABEL = 8;

/**
 * A labelled row ending in a semicolon (`线上：“浙里办”APP搜索“家庭共济”办理；`, `第一步：打开“浙里办”APP…；`) with an empty line
 * after it and a line opening with a label under that (`线下：…`, `第二步：…`): the next row of a service box or an 一图读懂 page, not
 * the row's clause going on — the gold blocks hold eight such rows ending in a semicolon each a block of its own over the next, and one
 * label after a semicolon inside a block (`演出时间：…；演出地点：…`, on one print line). Only across an empty line (`gap`), where
 * the page parts its elements; a row the line end cut goes on as before. (Asked with `labelRowUnder`, before the boundary scorer.)
 */
export function labelRowAcrossBreak(para: string, b: string, gap: number): boolean {
  if (gap <= 0) return false;
  const p = para.trim();
  const last = p.charCodeAt(p.length - 1);
  if (last !== 0xff1b && last !== 0x3b) return false;
  return p.length <= 60 && opensLabel(p) && opensLabel(b) && !/[。！？!?]/u.test(p) && !/^[\u4e00-\u9fff]{2,6}[：:]“/u.test(b);
}

/**
 * A line `b` opening with a label of its own (`预售许可证号：…`, `监管银行：…`; up to eight characters, `人民币汇率中间价：…`, where
 * `para` is a row, six where it ends in a colon) under a paragraph `para` that is one labelled row (`开发企业：金华金西置业有限公司`,
 * `第一中标候选人：浙江越鑫建设有限公司`: a label, one field, no space and no sentence mark in it — a row ending a sentence is the
 * boundary scorer's, as it was; an interview's answer so far, `潘丽君：…成绩平均提高了6.5分。…跟` / `我说：“…`, is no row, nor is a
 * label before a quotation a row's, nor a row cut after a clause mark, `第一步：…，` / `第二步：…`) or that ends in a colon
 * (`…现予公示：`): the notice's next row, even where the line above fills its column. No gold block holds a label glued on with no space before it; a row of
 * two fields the line end cut (`联系人：王先生　联系` / `电话：…`) holds a space, and goes on. (Asked by the segmenter before the
 * boundary scorer, with ./document-rows.ts, so its training is as it was.)
 */
export function labelRowUnder(para: string, b: string): boolean {
  if (!opensLabel(b, LONG_LABEL)) return false;
  const p = para.trim();
  const last = p.charCodeAt(p.length - 1);
  // (A longer label under a colon is an interview's answer as often: `刘芳（…社区书记）：` / `主要是三个方面：…`.)
  if (last === 0xff1a || last === 0x3a) return opensLabel(b);
  return p.length <= 60 && opensLabel(p, LONG_LABEL) && !/[\s。；！？;!?]|[，,、]$/u.test(p) && !/^[\u4e00-\u9fff]{2,8}[：:]“/u.test(b);
}
