// Importing a highlights export (the JSON of toJson()) and merging it with what is stored (pure).
//
// parseImport() is all-or-nothing: a file that is too large, not JSON, not a Dubao export, of
// an unsupported version, or with any invalid highlight is refused as a whole, with every
// problem listed (`highlights[3].quote.exact: missing`). Nothing is written for a refused file;
// the caller writes mergeImport().toWrite only after an ok result.
//
// Hostile input: the size is checked before parsing; records are rebuilt field by field from
// own properties by checkHighlight(), so `__proto__`, `constructor` and other unknown keys never
// reach an object we keep (they are reported as warnings); nothing is walked recursively beyond
// the known fields, so deep nesting costs nothing; strings are length-limited; text such as HTML
// in a note is kept as plain data (never interpreted here).

import { readExportFile } from '../export-file';
import { canonicalRecord, checkHighlight, EXPORT_FORMAT, EXPORT_VERSION, formatProblem, HIGHLIGHT_LIMITS } from './types';
import type { HighlightRecord } from './types';

/**
 * Largest highlights file, in UTF-8 bytes: 200 MB. The one limit export and import share: the
 * panel tells the reader before writing an export above it (exportTooLarge), and imports files
 * up to it (sent in parts: lib/upload.ts).
 */
export const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Most highlights one file may hold. */
export const MAX_IMPORT_RECORDS = 100_000;
/** Problems listed before the rest are summarised. */
export const MAX_LISTED_ERRORS = 200;

export type ImportResult = { ok: true; records: HighlightRecord[]; warnings: string[] } | { ok: false; errors: string[] };

/** How far ahead of now an imported time may be (clocks of two devices differ): one day. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** An iso time for messages. */
const isoOf = (ms: number): string => new Date(ms).toISOString();

/**
 * The record's creation and change times that are more than FUTURE_SLACK_MS after `now`, each
 * as one line (`updatedAt: <iso> is in the future (later than <iso>)`); empty when none is.
 * Such a highlight would win every later merge and no edit could catch up with it: import,
 * save and restore refuse it.
 */
export function futureTimes(record: Pick<HighlightRecord, 'createdAt' | 'updatedAt'>, now: number): string[] {
  const latest = now + FUTURE_SLACK_MS;
  return (['createdAt', 'updatedAt'] as const).filter((key) => record[key] > latest).map((key) => `${key}: ${isoOf(record[key])} is in the future (later than ${isoOf(latest)})`);
}

/** Caps a list of problems, saying how many were left out. */
function capped(errors: string[]): string[] {
  if (errors.length <= MAX_LISTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_LISTED_ERRORS), `… and ${errors.length - MAX_LISTED_ERRORS} more problems`];
}

/**
 * Reads an export file. `maxBytes` (default 200 MB) is checked before parsing. On success the
 * records are fresh objects holding only the known fields; warnings say what was ignored
 * (unknown fields, duplicate ids — merged by mergeImport()).
 * A creation or change time more than a day after `now` (default: the clock) is refused: such
 * a highlight would win every later merge and no edit could catch up with it.
 */
export function parseImport(text: string, opts: { maxBytes?: number; now?: number } = {}): ImportResult {
  const now = opts.now ?? Date.now();
  const read = readExportFile(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, what: 'highlights', defaultMaxBytes: DEFAULT_MAX_IMPORT_BYTES, list: 'highlights', maxItems: MAX_IMPORT_RECORDS }, opts.maxBytes);
  if (!read.ok) return read;
  const { list, warnings } = read;
  const errors: string[] = [];
  const records: HighlightRecord[] = [];
  const unknownFields = new Map<string, number>();
  const firstIndex = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const check = checkHighlight(raw);
    for (const p of check.problems) errors.push(formatProblem(p, `highlights[${i}]`));
    for (const key of check.unknown) unknownFields.set(key, (unknownFields.get(key) ?? 0) + 1);
    if (check.value) {
      for (const problem of futureTimes(check.value, now)) errors.push(`highlights[${i}].${problem}`);
      const seen = firstIndex.get(check.value.id);
      if (seen !== undefined) warnings.push(`highlights[${i}]: same id as highlights[${seen}]; the two are merged`);
      else firstIndex.set(check.value.id, i);
      records.push(check.value);
    }
  });
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  for (const [key, count] of unknownFields) {
    warnings.push(`unknown field ${JSON.stringify(key.slice(0, 40))} ignored in ${count} highlight${count === 1 ? '' : 's'}`);
  }
  return { ok: true, records, warnings: capped(warnings) };
}

export interface MergeResult {
  /** Records to store: the new ones and the changed ones (each id once). */
  toWrite: HighlightRecord[];
  /** Ids not stored before. */
  added: number;
  /** Stored ids whose record changed. */
  updated: number;
  /** Stored ids whose record stayed the same. */
  unchanged: number;
}

const sameRecord = (a: HighlightRecord, b: HighlightRecord): boolean =>
  JSON.stringify(canonicalRecord(a)) === JSON.stringify(canonicalRecord(b));

/**
 * Merges two versions of one highlight: the fields of the more recently updated one (the stored
 * one on a tie), tags of both (the winner's first, at most 32), the earlier creation time.
 */
export function mergeRecords(current: HighlightRecord, incoming: HighlightRecord): HighlightRecord {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  const older = newer === incoming ? current : incoming;
  const tags = [...newer.tags];
  for (const t of older.tags) if (!tags.includes(t)) tags.push(t);
  return {
    ...canonicalRecord(newer),
    tags: tags.slice(0, HIGHLIGHT_LIMITS.tags),
    createdAt: Math.min(current.createdAt, incoming.createdAt),
  };
}

/**
 * What an import changes: a known id is merged (mergeRecords), an unknown one added. An id that
 * occurs several times in `incoming` is merged into one record.
 */
export function mergeImport(existing: ReadonlyMap<string, HighlightRecord>, incoming: readonly HighlightRecord[]): MergeResult {
  const working = new Map<string, HighlightRecord>();
  for (const r of incoming) {
    const base = working.get(r.id) ?? existing.get(r.id);
    working.set(r.id, base ? mergeRecords(base, r) : canonicalRecord(r));
  }
  const result: MergeResult = { toWrite: [], added: 0, updated: 0, unchanged: 0 };
  for (const [id, merged] of working) {
    const stored = existing.get(id);
    if (!stored) {
      result.added++;
      result.toWrite.push(merged);
    } else if (sameRecord(stored, merged)) result.unchanged++;
    else {
      result.updated++;
      result.toWrite.push(merged);
    }
  }
  return result;
}
