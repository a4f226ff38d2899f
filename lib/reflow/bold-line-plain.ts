// A subheading set in bold on a print line of its own, on a page that does not indent its paragraphs.
import { columnWidthFor } from './columns';
import type { Context } from './headlines';
import { lineIsHeadingCandidate } from './line-tests';

/**
 * A print line set wholly in bold (an element of its own or a line between breaks), the only bold line there, with no
 * sentence in it and two characters or more short of its column, on a page that does not indent its paragraphs
 * (`…增长点。<br><br><strong>服务保障再升级</strong><br><br>项目要建得好，…`; one `<p>` per print line alike): a subheading,
 * whether an empty line stands around it or not. Where paragraphs are indented, an indented line under it says so
 * (`boldPrintHead`); without indentation nothing else can, and a paragraph's line is bold only in a bold run.
 * The caller asks it only after a finished sentence.
 */
export function boldLineOnPlainPage(ctx: Context, i: number): boolean {
  const { lines } = ctx;
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || ctx.indentUsed || !(l.bold || l.boldLine) || l.indent || next.indent) return false;
  if (prev.bold || prev.boldLine || next.bold || next.boldLine || !lineIsHeadingCandidate(l)) return false;
  const w = columnWidthFor(ctx.widths, l, next);
  return w !== undefined && l.width <= w - 2;
}

