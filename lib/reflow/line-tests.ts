// Line tests asked of the same print line at several places of the repair, answered once per line
// and kept on it. A run's first line is read for a byline by the segmenter and again by the
// headline check (and by the column-piece grid); every line is read for a caption's wording by
// the column positions, the segmenter and the headline check. Each is some fifteen patterns, and
// its answer depends on the line's text alone: this saves the second and third reading.
import { isCaptionLine, isHeadingCandidate, isRoleByline } from './classify';
import { endsSentence } from './chars';
import { isDateLine, isFieldLine, isSignatureLine } from './notice-lines';
import { isRowLine } from './set-apart';
import type { Line } from './columns';

/** `isRoleByline` of the line's text, computed once per line. */
export const lineIsByline = (l: Line): boolean => (l.bylineMemo ??= isRoleByline(l.text));

/** `isCaptionLine` of the line's text, computed once per line. */
export const lineIsCaption = (l: Line): boolean => (l.captionMemo ??= isCaptionLine(l.text));

/** `isHeadingCandidate` of the line's text, computed once per line (a line is asked as a headline's, the next headline's and a column piece's). */
export const lineIsHeadingCandidate = (l: Line): boolean => (l.headingMemo ??= isHeadingCandidate(l.text));

/** `isFieldLine` of the line's text, computed once per line (a boundary's rules ask it of both its lines, often twice). */
export const lineIsField = (l: Line): boolean => (l.fieldMemo ??= isFieldLine(l.text));

/** `isRowLine` of the line's text, computed once per line (asked of a line as the next line, a row's end and a head's row). */
export const lineIsRow = (l: Line): boolean => (l.rowLineMemo ??= isRowLine(l.text));

/** `endsSentence` of the line's text, computed once per line (the page evidence, the boundary rules and the segmenter ask it of both lines of a boundary, some four times a line). */
export const lineEndsSentence = (l: Line): boolean => (l.endsMemo ??= endsSentence(l.text));

/** `isDateLine` of the line's text, computed once per line (asked of both lines of a boundary by the page evidence and the notice rules). */
export const lineIsDate = (l: Line): boolean => (l.dateMemo ??= isDateLine(l.text));

/** `isSignatureLine` of the line's text, computed once per line (asked as for `lineIsDate`). */
export const lineIsSignature = (l: Line): boolean => (l.signatureMemo ??= isSignatureLine(l.text));
