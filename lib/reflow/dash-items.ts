// Dashed items (`——做好科技金融，…；` / `——做好绿色金融，…；`) as print sets them on a page that indents its
// paragraphs: a 评论员文章's or a report's points, each a paragraph of its own opening with a dash.
import { endsIn, endsSentence } from './chars';

/** The indentation, text and explicit break before a print line, as the repair measures them. */
interface LineLike { text: string; indent: boolean; gap?: number }

/** `——` and a word after it (not a longer rule of dashes): a dashed item's or a dashed paragraph's opening. */
const DASH_OPENING = /^[\s\u3000]*——(?!—)[\s\u3000]*[^\s\u3000—]/u;

/**
 * On a page that indents its paragraphs, an indented line opening with `——` after a line that ends a sentence, a
 * colon or a semicolon (`…更要有行动：` / `　　——做好科技金融，…`) opens a paragraph: the indentation says so, and
 * the dash there opens an item, not the dash a line end cut from the words before it. So does such a line unindented
 * that opens an element of its own after a colon or a semicolon. (A dashed line inside an element unindented, or after
 * a line ending inside a clause, is left to the other rules: `他说` / `——这是…` goes on.)
 */
export function dashItemOpens(indentUsed: boolean, a: LineLike, b: LineLike): boolean {
  if (!DASH_OPENING.test(b.text)) return false;
  const t = a.text.trimEnd();
  if (indentUsed && b.indent) return endsSentence(t) || endsIn(t, '：:；;');
  // Unindented, an element of its own (after a blank line or a new element) after a colon or a semicolon: the list's
  // next item (`…更要有行动：` / `——做好科技金融，…；` / `——做好绿色金融，…`), not the words a column cut.
  return (b.gap ?? 0) > 0 && endsIn(t, '：:；;');
}
