// A 政策解读's question 小标题 (`提取额度有什么变化？`, `多久能到账？`) on a print line of its own, in print text that marks
// its paragraphs by indentation only: no number before it (the numbered form is ./numbered-heads.ts
// numberedQuestionUnindented), nor bold, nor an empty line around it.
import { endsSentence } from './chars';
import { columnWidthFor, type Line } from './columns';
import { lineIsByline } from './line-tests';
import { headCandidate } from './numbered-heads';

/** One short question with no clause mark, no quotation and no label (`问：`): a subheading's form. */
const SHORT_QUESTION = /^[^，,。．；;：:？?！!、“”‘’（()）《》—…\s]{2,15}[？?]$/u;

/**
 * On a page that indents its paragraphs: an unindented print line holding one short question and nothing else, a
 * character and a half or more short of its column, under a line that ends a sentence a character or more short of the
 * column (its indentation counted: a paragraph's first line full to a hanging `？` is none) and over an indented line,
 * is a subheading. The paragraph above ended on that short line, so the question line goes on no paragraph; it opens
 * none either, since a paragraph here opens indented, and the line under it does.
 */
export function questionUnindented(lines: readonly Line[], i: number, widths: readonly (number | undefined)[]): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || !next.indent || l.gap > 0 || next.gap > 0 || l.bold) return false;
  if (!SHORT_QUESTION.test(l.text.trim()) || !endsSentence(prev.text)) return false;
  const w = columnWidthFor(widths, prev, l);
  const room = w === undefined ? 0 : w - (prev.indent ? 2 : 0); // a paragraph's first line holds its indentation too
  return w !== undefined && prev.width <= room - 1 && l.width <= w - 1.5 && !lineIsByline(l) && headCandidate(l);
}
