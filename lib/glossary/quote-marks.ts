/**
 * The quotation marks the glossary's detectors read, in one place: curly double and single quotes,
 * the straight double quote, and the corner brackets 「」 and 『』 (Taiwan and Hong Kong papers, and
 * quotes inside quotes). Pure constants.
 */

/** Opening quotation marks, as the body of a regular-expression character class. */
export const OPEN_QUOTES = '“"‘「『';
/** Closing quotation marks, as the body of a regular-expression character class. */
export const CLOSE_QUOTES = '”"’」』';

/** Whether `ch` is an opening quotation mark. */
export const isOpenQuote = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && OPEN_QUOTES.includes(ch);

/** An abbreviation the text defines for what comes before: （以下简称“YY”）, quoted in any of the marks above or not; group 1 is YY. */
export const ABBREVIATION_DEFINED = new RegExp(
  `[（(]以下简称[${OPEN_QUOTES}]?([\\p{Script=Han}A-Za-z\\d]{2,8})[${CLOSE_QUOTES}]?[）)]`,
  'gu',
);
