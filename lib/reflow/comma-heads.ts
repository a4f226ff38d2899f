// A 小标题 of two short phrases parted by one comma (`课间长了，孩子们动起来了`, `环境美了，腰包鼓了`) on a print line of
// its own, in print text that marks no paragraph with an empty line: the rule for such a line set apart by empty
// lines (headlines.ts) cannot see it there.
import type { Line } from './columns';
import type { Context } from './headlines';
import { lineEndsSentence } from './line-tests';

/** Two phrases of two to eight Han characters parted by one comma, with no other mark and no mark at the end. */
const TWO_PHRASES = /^\p{Script=Han}{2,8}[，,]\p{Script=Han}{2,8}$/u;

/**
 * Line `i` is a 小标题 of two comma-parted phrases: not indented, two characters or more short of its column (width
 * `w`), under a line that ends a sentence. A paragraph's last line ends in a mark and a column's cut leaves a full
 * line, so such a line is no piece of a paragraph; the caller asks, too, that the line after it clearly starts anew.
 */
export function commaHeadAlone(lines: readonly Line[], i: number, w: number | undefined): boolean {
  const l = lines[i];
  const above = lines[i - 1];
  if (w === undefined || l === undefined || above === undefined || l.indent) return false;
  return l.width <= w - 2 && TWO_PHRASES.test(l.text) && lineEndsSentence(above);
}

/** One quotation and nothing else, with no sentence mark inside: `“台上一分钟，台下十年功”`. */
const WHOLE_QUOTE = /^“[^“”。！？；!?;]{2,24}”$/u;

/**
 * A 小标题 that is one quotation holding a comma (`“只要村民需要，我就在”`), a line of its own between breaks (an element,
 * or a print line set apart by empty lines): a piece a column cut does not both open on a quotation's
 * first mark and close on its last with no sentence mark inside, so it is no fragment of a paragraph, though the
 * line after it (`钱素芬出生在…`) does not clearly start anew.
 */
export function quotedCommaHead(text: string): boolean {
  return WHOLE_QUOTE.test(text.trim());
}

/**
 * On a page whose paragraphs open indented, the line after a lone unindented line (`k`) is indented: it opens a paragraph,
 * so the lone line ends where the paragraph under it begins, as a 小标题 does between empty lines. The caller asks this
 * only of a line that is one quotation (`“只要岛上需要，我就一直在”`) after a sentence ended short of its column (or
 * first), so a paragraph's lines do not run into it; a paragraph's last line ends in a sentence's mark inside the
 * quotation, not in the closing mark alone (the blind golds outside the held-back half: five 小标题 on four pages are one
 * quotation with a clause mark and no sentence mark, no paragraph).
 */
export function quotedAboveIndent(ctx: Context, k: number): boolean {
  return ctx.indentUsed && ctx.lines[k]?.indent === true && ctx.lines[k - 1]?.indent === false;
}
