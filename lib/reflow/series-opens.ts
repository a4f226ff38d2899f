// On a page whose indentation marks paragraphs, a flush element after a finished sentence is read as the rest of a
// paragraph a column cut (`indent-page`, ./join-rule.ts). Two flush openings are the next of a series the page has set
// apart instead: the next numbered item, and the next labelled row.
import type { Line } from './columns';
import { OPENS_LABELLED_ROW } from './part-head-words';

/** An item's number and mark (`1.`, `2．`, `3、`). */
const NUMBERED = /^([0-9]{1,2})([.．、])(?![0-9])/u;

/**
 * Line `b`, flush after a break, opens item n (two or more) of a numbered series whose item n − 1, with the same mark,
 * opened a run of its own, flush, earlier on the page (`4.异地就医的报销比例…？` … `5.在老家药店…？`): a column's rest
 * does not open with the number that follows the last item the page set apart.
 */
export function nextNumberedOpens(lines: readonly Line[], b: Line): boolean {
  if (b.indent || b.gap === 0) return false;
  const m = NUMBERED.exec(b.text.trim());
  if (m === null || Number(m[1]) < 2) return false;
  for (let k = b.ord - 1; k >= 0; k--) {
    const l = lines[k] as Line;
    if (l.indent || (l.gap === 0 && k > 0)) continue;
    const p = NUMBERED.exec(l.text.trim());
    if (p !== null && p[2] === m[2] && Number(p[1]) === Number(m[1]) - 1) return true;
  }
  return false;
}

/**
 * Line `b`, flush after a break, opens a labelled row (`补贴标准：…`) after a paragraph that opened with a label too and
 * ended its sentence (`适用对象：…个人消费者。`): the next row of an 一图读懂 or 办事指南 page, not a column's rest. Asked (in
 * ./join-rule.ts) only where that paragraph ran over two print lines or more: rows that are elements of one line each
 * (`今天：多云…。` / `明天：…`) are left as before.
 */
export function labelledRowAfterRow(opening: string, a: Line, b: Line): boolean {
  return b.gap > 0 && !b.indent && /[。；！？;!?]$/u.test(a.text.trim()) && OPENS_LABELLED_ROW.test(b.text) && OPENS_LABELLED_ROW.test(opening);
}
