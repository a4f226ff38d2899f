// A quotation that opened its sentence and trailed off at a full line's end (`“…说要带回去送朋友……”`), its speaker after a
// column's empty line (`小周说，为了让老味道不走样，…`): the speaker and a verb of saying, the sentence going on after a
// comma, finish the sentence the quotation opened, so the paragraph goes on. Only the ellipsis: a quotation closed at
// `。”` before `X说，…` opens the next paragraph often enough (`…他想让它再走起来。”` / `顾建新说，…`) that the empty line
// after it says nothing. A quotation a speaker announced before it (`…他说：“…”`) is attributed already.
import { sayingVerbs } from './chars';
import type { Line } from './columns';
import { widthMarksWhole } from './long-marks';

/** A quotation trailing off (`……”`) last. */
const TRAILING_QUOTE_END = /……[”」』]$/u;
/** A speaker (no mark inside, two to twenty-four characters) and a verb of saying, then a comma: the sentence goes on. */
const SPEAKER_THEN_COMMA = new RegExp(`^[^，。！？!?“”「」：:]{2,24}${sayingVerbs('告诉记者')}，`, 'u');

/** The quotation closing `text` opened its sentence: nothing but a sentence end (or the paragraph's start) before its opening mark. */
function quoteOpensSentence(text: string): boolean {
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('「'));
  if (open < 0) return false;
  const before = text.slice(0, open).trimEnd();
  return before === '' || /[。！？!?][”」』]?$/u.test(before);
}

/**
 * The paragraph so far (`para`) ends in a quotation that opened its sentence and trailed off (`……”`), and the sentence
 * ahead of the next line (`ahead`, read only then) opens with its speaker and a verb of saying before a comma.
 */
export function speakerAfterQuote(para: string, ahead: () => string): boolean {
  const text = para.trimEnd();
  return TRAILING_QUOTE_END.test(text) && quoteOpensSentence(text) && SPEAKER_THEN_COMMA.test(ahead());
}

/** Quotation marks, the ellipsis and the dash: measured at half a character, set by print at a whole one (./quote-width.ts, ./long-marks.ts). */
const NARROW_MARKS = /[“”‘’…—]/gu;

/** Line `a`, its quotation marks, ellipses and dashes counted at a whole character, fills the column of width `w` (within `slack`). */
export function fullWithMarks(a: Line, w: number, slack: number): boolean {
  return widthMarksWhole(a, NARROW_MARKS) >= w - slack;
}
