// What figures-dense pages (统计公报, 经济运行 reports, price notices) print around their figures: a note after the text
// (`注：本公报中数据均为初步统计数…`, `注释：`) and a sentence announcing a table with a colon over its rows printed as text
// (`从同比看，八大类价格“五涨三降”：` / `食品烟酒　下降0.8%` / `衣着　上涨1.4%`).
import { endsSentence } from './chars';
import { isSpacedRow } from './spaced-rows';

/** `注：…`, `注释：`, `注:`: a note's label opening the line. */
const NOTE = /^(?:注|注释)[：:]/u;

/**
 * A note's label (`注：`, `注释：`) opening line `b` after a finished sentence (`a`): the note is a block of its own,
 * whatever the line's width or indentation says (a paragraph does not go on into a note; the 注 of a 统计公报 or a
 * report's figures is set apart under the text).
 */
export function noteOpens(a: string, b: string): boolean {
  const t = b.trimStart();
  return t.startsWith('注') && NOTE.test(t) && endsSentence(a);
}

/**
 * Line `a` ends in a colon, and line `b` and the line after it (`next`) are each one row of a table printed as text
 * (two to four fields parted by full-width spaces, no mark of a sentence: `食品烟酒　下降0.8%`, `增值税　283.4亿元　增长5.6%`):
 * the colon announces the table, and its first row is no piece of the sentence, however full the colon's line.
 */
export function colonOverRows(a: string, b: string, next: string | undefined): boolean {
  const t = a.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return (c === 0xff1a || c === 0x3a) && next !== undefined && isSpacedRow(b) && isSpacedRow(next);
}
