// A book-title mark cut by a line's end or a column's (`同时，要落实《浙江省地` / `方金融条例》，…`): the name of a law,
// a plan or a paper is never cut by a paragraph's end, so a line whose last 《 is still open, the next line closing it
// before it opens another, goes on. (The golds outside the held-back half hold 153 such names in 136 blocks of 101 pages;
// no block ends inside one.)

/** How far into the next line its closing 》 may stand: a name longer than this is no title mark's (a stray 《). */
const CLOSE_WITHIN = 40;

/** True when line `a` ends inside a 《…》 it opened and line `b` closes it before opening another. */
export function titleMarkGoesOn(a: string, b: string): boolean {
  const open = a.lastIndexOf('《');
  if (open < 0 || a.lastIndexOf('》') > open) return false;
  const close = b.indexOf('》');
  if (close < 0 || close > CLOSE_WITHIN) return false;
  const next = b.indexOf('《');
  return next < 0 || next > close;
}
