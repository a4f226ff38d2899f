// Bold questions in a body: a subheading's short question (`堵点在哪？`) or an interview's turn.
import { isHeadingCandidate } from './classify';

/**
 * `一、`, `1.`: a section's number, as a 政策解读 numbers its questions (`一、政策出台的背景是什么？`, `1.育儿补贴怎么发？`) — a
 * subheading's number; a Q&A item's question carries its label after the number (`2.问：…？`).
 */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．](?!\d))/u;

/**
 * `堵点在哪？`, `家长能做些什么？`: one short question with no clause mark, a bold subheading's form — not
 * a Q&A's question (`问：…？`, `2.问：…？`: a label opens those). Numbered as a section (`一、政策出台的背景是什么？`,
 * `1.育儿补贴怎么发？`), the question after the number is read so.
 */
const isQuestionHead = (text: string): boolean => {
  const t = text.trim().replace(SECTION_NUMBER, '');
  return /^[^？?：:]{2,15}[？?]$/u.test(t) && !/^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[.．、]/u.test(t) && isHeadingCandidate(t.slice(0, -1));
};

/** A question a line in bold asks someone: it holds a clause mark (`稻虾共养这条路，当初是怎么选定的？`; the `、` of a section's number is none), no subheading's form. */
const isAskedQuestion = (l: { text: string; bold?: boolean }): boolean => l.bold === true && /[，,、][^？?]*[？?]$/u.test(l.text.trim().replace(SECTION_NUMBER, ''));

/**
 * The test of a bold question as a subheading (`isQuestionHead`) on this page. The bold questions of one
 * page are of one kind: where one of them is a question put to someone, the page is an interview whose
 * questions are set in bold without a label, and its short questions (`村民一开始就愿意跟着干吗？`) are turns too.
 */
export function questionHeads(lines: readonly { text: string; bold?: boolean }[]): (text: string) => boolean {
  return lines.some(isAskedQuestion) ? () => false : isQuestionHead;
}
