// Turning plain text into source lines.
import { isWhiteCode } from './chars';
import { endsInFullSpace, opensInCreditSpace } from './credit-space';
import type { SourceLine } from './types';

const INDENT = /^(?:[\u3000\u00a0]|\s{2,})/u;
/** A line end: CRLF, CR or LF. */
const LINE_END = /\r\n|\r|\n/u;

/** Splits plain text (LF, CRLF or CR line ends) into source lines; blank lines become gaps. */
export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let gap = 0;
  // (The engine's split finds the line ends: faster than reading a megabyte code unit by code unit.)
  for (const raw of text.split(LINE_END)) {
    const trimmed = raw.trim();
    if (!trimmed) gap++;
    else {
      // A line opening on one full-width space is asked whether it is a credit's (credit-space.ts), read on the two lines
      // before it when no blank line parts them.
      const creditSpace = gap === 0 && raw.charCodeAt(0) === 0x3000 && out.length > 0 && opensInCreditSpace(creditTail(out), raw);
      out.push({ text: trimmed, gap, indent: !creditSpace && hasIndent(raw), ...(endsInFullSpace(raw) ? { hangs: true } : {}), ...(creditSpace ? { spaceOpens: true } : {}) });
      gap = 0;
    }
  }
  return out;
}

/** The text of the last line read and, with no blank line between, the one before it, run together. */
function creditTail(out: readonly SourceLine[]): string {
  const last = out[out.length - 1] as SourceLine;
  const before = out.length > 1 && last.gap === 0 ? (out[out.length - 2] as SourceLine).text : '';
  return before + last.text;
}

/** True when a line of page text starts with paragraph indentation (`　　`, `&nbsp;`, spaces). */
export function hasIndent(raw: string): boolean {
  // A line opening with a character that is no white space (nearly every line) is answered without the pattern.
  return isWhiteCode(raw.charCodeAt(0)) && INDENT.test(raw);
}
