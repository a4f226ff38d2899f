// Turning plain text into source lines.
import type { SourceLine } from './types';

const INDENT = /^(?:[\u3000\u00a0]|\s{2,})/u;

/** Splits plain text (LF, CRLF or CR line ends) into source lines; blank lines become gaps. */
export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let gap = 0;
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    if (!raw.trim()) {
      gap++;
      continue;
    }
    out.push({ text: raw.trim(), gap, indent: INDENT.test(raw) });
    gap = 0;
  }
  return out;
}

/** True when a line of page text starts with paragraph indentation (`　　`, `&nbsp;`, spaces). */
export function hasIndent(raw: string): boolean {
  return INDENT.test(raw);
}
