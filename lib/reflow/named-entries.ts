// A list of people printed one to a paragraph, each a name with a post or trade in brackets, as
// 公示 / 表彰 notices print them (`王海涛（县人民医院急诊科主任）` / `朱丽娟（城东街道凤凰社区党委书记）`):
// an entry has no sentence mark, so it reads like a sentence a line end cut; but a paragraph that
// is one whole entry, before the next entry or a label that opens a notice's next part
// (`公示时间：…`), ends there. A household's entry (`王建平家庭（吴宁街道）`, as a 最美家庭 名单 gives it) is one too.
import { isSurnamed } from './name-rows';

/** A whole entry: a name of two to four characters (a household's, `王建平家庭`) and its post or place in brackets, nothing else. */
const ENTRY = /^[\u4e00-\u9fff·]{2,4}(?:家庭)?（[^（）()\s，。；！？：]{2,24}）$/u;
/** The opening of the next entry: a name (a household's) and an opening bracket. */
const ENTRY_OPENING = /^[\u4e00-\u9fff·]{2,4}(?:家庭)?（[^（）()\s，。；！？：]/u;
/** A label and colon opening a notice's next part (`公示时间：`, `联系电话：`). */
const LABEL_OPENING = /^[\u4e00-\u9fff]{2,6}[：:]/u;
/** Not an entry: a dateline's source (`本报讯（记者 …）`, `新华社（…电）`), a credit. */
const NOT_A_NAME = /^(?:本报|新华社|据|记者|通讯员)|(?:记者|通讯员|电|摄|供图)）$/u;

/** The paragraph so far, `para`, is one whole named entry (`陈国庆（快递员）`). */
export function isNamedEntry(para: string): boolean {
  const t = para.trim();
  // A whole entry ends in its closing bracket: other paragraphs (asked at every boundary) are answered without the patterns.
  return t.endsWith('）') && ENTRY.test(t) && !NOT_A_NAME.test(t);
}

/**
 * The line `b`, one whole entry, opens a run of entries (the line `after` it opens another) after a
 * line `a` that ends a sentence, an announcement (`…现予以公示：`) or a clause: the list starts a
 * paragraph there, though a column may have cut the page between them.
 */
export function namedEntriesStart(a: string, b: string, after: string | undefined): boolean {
  return isNamedEntry(b) && /[：:。；;]$/u.test(a.trim()) && after !== undefined && ENTRY_OPENING.test(after.trim());
}

/**
 * The paragraph `para` is one whole named entry and the next line `next` opens another entry or a
 * labelled part of the notice: the entry ends its paragraph.
 */
export function namedEntryEnds(para: string, next: string): boolean {
  if (!isNamedEntry(para)) return false;
  const n = next.trim();
  return ENTRY_OPENING.test(n) || LABEL_OPENING.test(n);
}

/**
 * The paragraph `para` is one whole named entry after another, the line `before` it (a run of entries, one to an
 * element), and the next element `next` holds a sentence's mark: the list's last entry ends before the paragraph
 * after it (`周建明家庭（桃源镇）` / `希望受表彰的家庭…，…。`). (A paragraph's first print line that reads like one
 * entry, `宣统元年（1909年）`, is no list's last: no entry stands before it.)
 */
export function namedListEnds(para: string, before: string | undefined, next: string): boolean {
  return before !== undefined && isNamedEntry(para) && isNamedEntry(before) && /[，。；！？]/u.test(next);
}

/**
 * The opening of a person's entry in a 任前公示 or 任免 list (`张建国，男，1978年5月生，…`): a name of two to four
 * characters, then the sex, each after a comma. A sentence does not open so; such an entry is a paragraph.
 */
const PERSON_ENTRY = /^[\u4e00-\u9fff·]{2,4}[，,]\s*[男女][，,（(]/u;

/**
 * Line `b` opens a person's entry (`李晓敏，女，1985年11月生，…`) after a line `a` that ends a sentence, an
 * announcement (`…进行任前公示：`) or a clause: the entry starts a paragraph there, though the entries are
 * set unindented on an indenting page, as a column's continuation is.
 */
export function personEntryStarts(a: string, b: string): boolean {
  return PERSON_ENTRY.test(b.trim()) && /[：:。；;]$/u.test(a.trim());
}

/**
 * A row of a 公示 or 名单 set out in columns (`林志强　男　莆田市第一医院…`, `易　敏　女　…`): a name of two to four
 * characters (a two-character one padded by print), the sex and what follows, each after a space. No sentence opens so.
 */
const PERSON_ROW = /^(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \u3000]+[男女][ \u3000]+\S/u;
const opensPersonRow = (t: string): boolean => PERSON_ROW.test(t) && isSurnamed(t);

/**
 * Line `b` opens such a row after a line `a` that ends a sentence or an announcement (`公示名单（…）：`), or while the
 * paragraph so far, `para`, is itself such a row (the row before it, whole or wrapped over print lines): each row is a
 * paragraph, though the rows are set unindented on an indenting page and one may fill its line.
 */
export function personRowStarts(para: string, a: string, b: string): boolean {
  const n = b.trim();
  return opensPersonRow(n) && (/[：:。；;]$/u.test(a.trim()) || opensPersonRow(para.trim()));
}

/** The paragraph so far, `para`, is such a row and the line `b` opens a labelled part of the notice (`公示时间：…`): the row, the list's last, ends. */
export function personRowEnds(para: string, b: string): boolean {
  return LABEL_OPENING.test(b.trim()) && opensPersonRow(para.trim());
}
