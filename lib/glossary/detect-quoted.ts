/**
 * What {@link ./detect.ts} finds again of a quoted coinage or a defined abbreviation. Pure.
 *
 * - Later unquoted uses of a quoted coinage of three or more characters: a text that introduces
 *   “萧企通” goes on to write 萧企通 without quotes.
 * - Every use of an abbreviation the text defines, （以下简称“YY”）, from its definition on.
 */
import type { DetectedTerm } from './detect';
import { ABBREVIATION_DEFINED, isOpenQuote } from './quote-marks';

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
