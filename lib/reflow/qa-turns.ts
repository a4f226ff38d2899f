// A 政策问答's labelled question (`问：哪些住宅可以申请补助？`, `Q1：补助标准提高了多少？`) set flush on a page that indents
// its paragraphs, the answer under it indented (`　　答：…`): a turn of its own, never the rest of the answer before it.
import type { Line } from './columns';

/** A question's label: `问：`, `Q：`, `Q1：` (the answer's is `答：`, `A：`). */
const QUESTION_LABEL = /^(?:问|[QＱ][0-9０-９]{0,2})[：:]/u;
const ANSWER_LABEL = /^(?:答|[AＡ][0-9０-９]{0,2})[：:]/u;

/**
 * Line `b` (flush, on a page whose indentation marks paragraphs, after a finished sentence) opens a labelled question
 * that ends in `？` on it or on one of the next two print lines, none of them ending a sentence before, and the line
 * after the question opens the answer (indented, or with the answer's label): a turn of its own. A paragraph's rest
 * cut by a column does not open with a question's label and run to a question alone over an indented line.
 */
export function qaQuestionOpens(lines: readonly Line[], b: Line): boolean {
  if (b.indent || !QUESTION_LABEL.test(b.text.trim())) return false;
  for (let k = b.ord; k <= b.ord + 2; k++) {
    const l = lines[k];
    if (l === undefined || (k > b.ord && (l.indent || l.gap > 0))) return false;
    const t = l.text.trim();
    if (/[？?]$/u.test(t)) {
      const next = lines[k + 1];
      return next !== undefined && (next.indent || ANSWER_LABEL.test(next.text.trim()));
    }
    if (/[。！!；;]$/u.test(t)) return false;
  }
  return false;
}
