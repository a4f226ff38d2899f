// Turning plain text into source lines.
import { isWhiteCode } from './chars';
import type { SourceLine } from './types';

const INDENT = /^(?:[\u3000\u00a0]|\s{2,})/u;

/** Splits plain text (LF, CRLF or CR line ends) into source lines; blank lines become gaps. */
export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let gap = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d) continue;
    const raw = text.slice(start, i);
    const trimmed = raw.trim();
    if (!trimmed) gap++;
    else {
      out.push({ text: trimmed, gap, indent: hasIndent(raw) });
      gap = 0;
    }
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return out;
}

/** True when a line of page text starts with paragraph indentation (`　　`, `&nbsp;`, spaces). */
export function hasIndent(raw: string): boolean {
  // A line opening with a character that is no white space (nearly every line) is answered without the pattern.
  return isWhiteCode(raw.charCodeAt(0)) && INDENT.test(raw);
}
