// A notice's closing lines as print sets them on a page that indents its paragraphs: the contact fields,
// the signing organisation and the date, each unindented on a line of its own.
import { endsSentence } from './chars';
import { isDateLine, isFieldLine, isSignatureLine } from './notice-lines';

/** The indentation and text of a print line, as the repair measures it. */
interface LineLike { text: string; indent: boolean }

/**
 * On a page that indents its paragraphs, an unindented contact field (`咨询电话：0579-…`) after a finished
 * sentence, itself followed by another closing line of the notice (a field, a signature or a date), opens the
 * notice's closing run: the paragraph before it has ended. (A field alone after a sentence may be that
 * paragraph's last words, `…敬请谅解。` / `咨询电话：…` read as one; a field after a clause mark goes on.)
 */
export function opensFieldRun(indentUsed: boolean, a: LineLike, b: LineLike, next: LineLike | undefined): boolean {
  if (!indentUsed || b.indent || next === undefined || next.indent || !endsSentence(a.text) || !isFieldLine(b.text)) return false;
  const n = next.text.trim();
  return isFieldLine(n) || isSignatureLine(n) || isDateLine(n);
}
