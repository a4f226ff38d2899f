// Line tests asked of the same print line at several places of the repair, answered once per line
// and kept on it. A run's first line is read for a byline by the segmenter and again by the
// headline check (and by the column-piece grid); every line is read for a caption's wording by
// the column positions, the segmenter and the headline check. Each is some fifteen patterns, and
// its answer depends on the line's text alone: this saves the second and third reading.
import { isCaptionLine, isHeadingCandidate, isRoleByline } from './classify';
import { isFieldLine } from './notice-lines';
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
