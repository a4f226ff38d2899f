/**
 * What {@link ./detect.ts} finds again of a quoted coinage or a defined abbreviation. Pure.
 *
 * - Later unquoted uses of a quoted coinage of three or more characters: a text that introduces
 *   “萧企通” goes on to write 萧企通 without quotes.
 * - Every use of an abbreviation the text defines, （以下简称“YY”）, from its definition on.
 * - How far a quoted manner (“旅馆式”) runs: on over the work noun right after its closing quote
 *   (“旅馆式”管理, “保姆式”服务), which is the term the page names.
 * - Whether a quoted name opens with a numbered formula 一X一Y (“一村一名大学生”): the formula makes it a
 *   programme's name, as a campaign verb before the quotes does.
 */
import type { DetectedTerm } from './detect';
import { ABBREVIATION_DEFINED, CLOSE_QUOTES, isOpenQuote } from './quote-marks';

/** The work a quoted manner qualifies, right after its closing quote (“旅馆式”管理, “店小二式”服务). */
const MANNER_NOUN_AFTER = /^(?:管理|服务|监管|帮扶|养老|执法|治理|调解)/u;

/**
 * The end of a quoted coinage `inner` at `at`: past its closing quote and the work noun there when the
 * coinage is a manner ending in 式 (“旅馆式”管理 → 旅馆式”管理), else the end of `inner`.
 */
export function mannerEnd(text: string, at: number, inner: string): number {
  const end = at + inner.length;
  if (!inner.endsWith('式') || !CLOSE_QUOTES.includes(text[end] ?? '\0')) return end;
  const noun = MANNER_NOUN_AFTER.exec(text.slice(end + 1));
  return noun === null ? end : end + 1 + noun[0].length;
}

/** Whether a numbered formula 一X一Y of `found` starts where the quoted stretch at `at` does (“一村一名大学生”). */
export const opensWithPair = (found: readonly DetectedTerm[], at: number): boolean =>
  found.some((f) => f.kind === 'formula' && f.start === at && f.term.startsWith('一'));

/** Later unquoted uses of the quoted coinages of three or more characters in `quoted`. */
export function repeats(text: string, quoted: ReadonlySet<DetectedTerm>): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const q of quoted) {
    if (q.kind !== 'coinage' || q.term.length < 3) continue;
    for (let at = text.indexOf(q.term, q.end + 1); at >= 0; at = text.indexOf(q.term, at + q.term.length)) {
      if (!isOpenQuote(text[at - 1])) out.push({ term: q.term, start: at, end: at + q.term.length, kind: 'coinage' });
    }
  }
  return out;
}

/** Every use of an abbreviation the text defines (“…”（以下简称“YY”）), from its definition on. */
export function abbreviations(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(ABBREVIATION_DEFINED)) {
    const short = m[1] as string;
    for (let at = text.indexOf(short, m.index + 5); at >= 0; at = text.indexOf(short, at + short.length)) {
      out.push({ term: short, start: at, end: at + short.length, kind: 'coinage' });
    }
  }
  return out;
}
