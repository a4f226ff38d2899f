// The signers at a notice's end, as service pages print them under its last part: one or two organisations' names, each on
// a line of its own (a long one wrapped over two, `温州市瓯海区人民政府仙岩街道办事` / `处`), then the date alone. Print sets
// them apart whatever ends the line above them: a finished sentence, a contact field (`联系电话：…（陈先生）`), a labelled row
// (`来信地址：…干部监督科`) or the first signer (`诸暨市公安局` / `诸暨市交通运输局`).
import type { Line } from './columns';
import { isDateLine, isSignatureLine } from './notice-lines';
import { lineIsSignature } from './line-tests';
import { datedRowApart, LABELLED_ROW } from './notice-parts';

/** The last line of a name wrapped over two is a few characters at most (`处`, `公司清算组`). */
const WRAPPED_TAIL = 6;

/** Lines `i`… are the notice's signers and their date: one to three names (see `isSignatureLine`), then a date alone. */
function signersAt(lines: readonly Line[], i: number): boolean {
  let j = i;
  for (let names = 0; names < 3; names++) {
    const t = lines[j]?.text.trim();
    if (t === undefined) return false;
    if (isDateLine(t)) return names > 0;
    if (isSignatureLine(t)) { j++; continue; }
    const u = lines[j + 1];
    if (u === undefined || u.gap > 0 || u.text.trim().length > WRAPPED_TAIL || !isSignatureLine(t + u.text.trim())) return false;
    j += 2;
  }
  return isDateLine(lines[j]?.text ?? '');
}

/** A line that ends its part: a sentence's mark, a closing bracket or quotation mark, a figure or letter (a number's end). */
export const ENDS_PART = /[。！？!?）)”’0-9A-Za-z]$/u;
/** `ENDS_PART` of a trimmed line, read from its last code unit (a pattern anchored at the end tries every position). */
export const endsPart = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff09 || c === 0x29 || c === 0x201d || c === 0x2019 ||
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
};

/**
 * Line `b` opens the notice's signers (see `signersAt`): the paragraph before them ends where its last line `a` ends a
 * part (`ENDS_PART`: `特此通告。`, `联系电话：…（陈先生）`, `举报电话：0573-12380`) or is a labelled row or a signer of its own
 * (`来信地址：…干部监督科`, `诸暨市公安局`); a line that stops on a word or a clause mark goes on (`如有疑问，请咨询` /
 * `诸暨市公安局`). Asked only where `b` may be an organisation's name: ideographs only.
 */
export function signersOpen(lines: readonly Line[], a: Line, b: Line): boolean {
  const t = b.text.trim();
  if (t.length < 4 || !HAN.test(t)) return false;
  const s = a.text.trim();
  // (Print lines are trimmed when measured: `s` is `a.text`, whose signature test is kept on the line.)
  if (!endsPart(s) && !LABELLED_ROW.test(s) && !(s === a.text ? lineIsSignature(a) : isSignatureLine(s))) return false;
  return !wrappedName(s, t) && signersAt(lines, b.ord);
}

const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * `宁波市江北区住房和` / `城乡建设局`, `杭州市人民政府` / `办公室`: one name the line end cut (a line of ideographs that is no name
 * of its own, or one before a tail of a few characters), not two signers (`诸暨市公安局` / `诸暨市交通运输局`).
 */
function wrappedName(a: string, b: string): boolean {
  return HAN.test(a) && isSignatureLine(a + b) && (!isSignatureLine(a) || b.length <= WRAPPED_TAIL);
}

/**
 * Where a rule would join (or the scorer decide) at the boundary before line `b`, a notice's closing lines stand apart
 * all the same: its signers over their date (`signersOpen`), and a labelled row whose value ends in a day or a time before
 * the next label (`datedRowApart`, ./notice-parts.ts). `para` is the paragraph's text so far, `a` its last line.
 */
export function noticeLinesApart(lines: readonly Line[], para: string, a: Line, b: Line): boolean {
  return datedRowApart(para, a.text, b.text) || signersOpen(lines, a, b);
}
