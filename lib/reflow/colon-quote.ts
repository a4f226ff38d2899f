// A quotation a print line's end cut from the colon that announces it, on a page whose every element is one print
// line and whose indentation marks paragraphs (`　　…刘爹爹端着餐盘说：` / `“饭菜软和，…`): the colon, hung past the
// column's edge or set at it, filled its line, and the next element, not indented, opens no paragraph of its own.
import { endsIn } from './chars';
import type { Context } from './headlines';
import type { Line } from './columns';

/** The width most print lines of the page share (indentation counted), where at least six lines and two fifths of them share it. */
function commonLineWidth(lines: readonly Line[]): number | undefined {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.width + (l.indent ? 2 : 0));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [k, n] of counts) if (n > most) { best = k; most = n; }
  return most >= 6 && most >= lines.length * 0.4 ? best : undefined;
}

/**
 * Line `b` goes on with line `a`: `a` ends in a colon and fills the page's common line width (a colon hung one past it
 * counted), `b` follows as an element of its own, unindented, opening with a quotation mark, on a page that indents its
 * paragraphs and gives no run of its lines a measured column (`w`, every element one print line).
 */
export function colonQuoteGoesOn(ctx: Context, a: Line, b: Line, w: number | undefined): boolean {
  if (w !== undefined || b.gap === 0 || b.indent || !ctx.indentUsed || !endsIn(a.text, '：:') || !/^[“‘「]/u.test(b.text)) return false;
  const common = commonLineWidth(ctx.lines);
  if (common === undefined) return false;
  const aw = a.width + (a.indent ? 2 : 0);
  return aw >= common - ctx.ev.slack && aw <= common + 1 + ctx.ev.slack;
}
