// A table set as print lines, one row to an element: two to four fields parted by full-width spaces, each a name,
// a place or a figure with its unit and no mark of a sentence or clause (`五马街道　墨池坊3幢`, a 名单 of units and
// places; `青菜　每斤2.5元`, a price list). A row is no sentence for a line or a column end to cut: each row is a
// paragraph of its own, and the run's last row ends before the element after it that holds a sentence's marks.
import type { Line } from './columns';

/** A field: two to twelve Han characters, figures or a decimal point, opening with a Han character (not a figure item). */
const FIELD = /^[\u4e00-\u9fff][\u4e00-\u9fff0-9.．%]{1,11}$/u;

/** `t` is one row: two to four fields parted by full-width spaces (print's column spacing), nothing else. */
export function isSpacedRow(t: string): boolean {
  const s = t.trim();
  if (s.length > 30 || !s.includes('\u3000')) return false;
  const fields = s.split(/\u3000+/u);
  return fields.length >= 2 && fields.length <= 4 && fields.every((f) => FIELD.test(f));
}

/**
 * Line `k` is an element of its own (a break before it and after it) holding one row that does not fill its
 * column `w` (indentation counted): a row filling its line may be cut there, its last field going on.
 */
function rowElement(lines: readonly Line[], k: number, w: number | undefined): boolean {
  const l = lines[k];
  return l !== undefined && (k === 0 || l.gap > 0) && (lines[k + 1]?.gap ?? 1) > 0 && isSpacedRow(l.text) &&
    (w === undefined || l.width + (l.indent ? 2 : 0) < w);
}

/**
 * At the break before `b`: `a` is a row standing alone, the first after a colon or after another row, and `b` another
 * row (the next entry, a column end between them or not), or `a` is the last of a run of such rows and `b` holds a
 * sentence's marks (the paragraph after the list).
 */
export function spacedRowsApart(lines: readonly Line[], a: Line, b: Line, w: number | undefined): boolean {
  if (b.gap === 0 || !rowElement(lines, a.ord, w)) return false;
  const inRun = rowElement(lines, a.ord - 1, w);
  // (The run opens after the colon that announces it: a row after prose may be the rest of it.)
  if (isSpacedRow(b.text)) return inRun || /[：:]$/u.test(lines[a.ord - 1]?.text.trim() ?? '');
  return inRun && /[，。；！？]/u.test(b.text);
}

/** A two-character name print padded, opening a row (`王　静　海曙区白云街道`): read as one field (`王静　…`). */
const PADDED_NAME = /^([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?=\u3000)/u;

/** `t` is a row (see `isSpacedRow`), its first field perhaps a padded two-character name. */
const isRowText = (t: string): boolean => t.includes('\u3000') && isSpacedRow(t.trim().replace(PADDED_NAME, '$1$2'));

/**
 * Print lines with no break (`…名单如下（按姓氏笔画排序）：` / `王　静　海曙区白云街道` / `叶小芬　江北区慈城镇` / `…` /
 * `市文明办将为入选者…`): a row on a line of its own, short of its column `w` by more than a character (the page's widest line where `w` is not
 * known), after the
 * colon that announces the list or after another such row, ends before the next row and before the prose after the
 * list (a line with a sentence's marks): a row is no sentence for a line end to cut.
 */
export function rowLinesApart(lines: readonly Line[], a: Line, b: Line, w: number | undefined): boolean {
  if (b.gap > 0 || !isRowText(a.text)) return false;
  // Where the page is too short or irregular to measure, its widest line stands for the column.
  const col = w ?? lines.reduce((m, l) => Math.max(m, l.width), 0);
  if (a.width + (a.indent ? 2 : 0) >= col - 1) return false;
  const before = lines[a.ord - 1];
  if (before === undefined || !(/[：:]$/u.test(before.text.trim()) || (isRowText(before.text) && before.width < col - 1))) return false;
  return isRowText(b.text) || /[，。；！？]/u.test(b.text);
}
