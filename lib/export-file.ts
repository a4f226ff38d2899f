// Reading Dubao's JSON export files (highlights, the reader's terms): size limit before parsing,
// a clear message for text that is not JSON, a foreign file or another version.
import { locateJsonError } from './highlights/json-error';
import { describeValue } from './highlights/types';

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
export const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** UTF-8 size of `text` (a lone surrogate counts 3 bytes, as it is encoded U+FFFD). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** What kind of export file is expected. */
export interface ExportKind {
  /** The `format` field, e.g. `dubao-highlights`. */
  format: string;
  version: number;
  /** Used in messages: "not a Dubao <what> export". */
  what: string;
  defaultMaxBytes: number;
  /** The field that holds the list of records (`highlights`, `terms`). */
  list: string;
  /** Most records a file may hold. */
  maxItems: number;
}

/**
 * The list of records of an export file with warnings about unknown top-level fields, or every
 * reason the file is refused. `maxBytes` (default the kind's) is checked before parsing; a
 * byte-order mark is skipped.
 */
export function readExportFile(
  text: unknown,
  kind: ExportKind,
  maxBytesOption?: number,
): { ok: true; list: unknown[]; warnings: string[] } | { ok: false; errors: string[] } {
  const maxBytes = typeof maxBytesOption === 'number' && Number.isFinite(maxBytesOption) && maxBytesOption >= 0 ? maxBytesOption : kind.defaultMaxBytes;
  if (typeof text !== 'string') return { ok: false, errors: ['the file could not be read as text'] };
  // Each UTF-16 unit is at least one byte, so a long string is refused without counting.
  const size = text.length > maxBytes ? text.length : utf8Bytes(text);
  if (size > maxBytes) {
    const exact = text.length > maxBytes ? 'at least ' : '';
    return { ok: false, errors: [`file too large: ${exact}${mb(size)} (${exact}${size} bytes); the limit is ${mb(maxBytes)} (${maxBytes} bytes)`] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty'] };
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const at = locateJsonError(body);
    const where = at ? `${at.reason} at line ${at.line}, column ${at.column}` : e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`not valid JSON: ${where}`] };
  }
  if (!isObj(doc) || !hasOwn(doc, 'format') || doc.format !== kind.format) {
    const found = isObj(doc) && hasOwn(doc, 'format') ? ` (its format is ${describeValue(doc.format)})` : '';
    return { ok: false, errors: [`not a Dubao ${kind.what} export${found}: expected an object with "format": "${kind.format}"`] };
  }
  const version = hasOwn(doc, 'version') ? doc.version : undefined;
  if (version !== kind.version) {
    return { ok: false, errors: [`unsupported version ${describeValue(version)}: this version of Dubao reads version ${kind.version}`] };
  }
  const list = hasOwn(doc, kind.list) ? doc[kind.list] : undefined;
  if (!Array.isArray(list)) {
    return { ok: false, errors: [`${kind.list}: ${list === undefined ? 'missing' : `must be an array (got ${describeValue(list)})`}`] };
  }
  if (list.length > kind.maxItems) return { ok: false, errors: [`${kind.list}: too many (${list.length} > ${kind.maxItems})`] };
  const known = ['format', 'version', 'exportedAt', kind.list];
  const warnings = Object.keys(doc).filter((key) => !known.includes(key)).map((key) => `unknown field ${JSON.stringify(key.slice(0, 40))} ignored`);
  return { ok: true, list, warnings };
}
