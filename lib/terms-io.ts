// Exporting and importing the reader's own glossary terms as JSON (pure).
//
//   {"format": "dubao-terms", "version": 1, "exportedAt": "2025-03-09T08:00:00.000Z",
//    "terms": [{"id", "term", "explanation", "createdAt", "updatedAt"}, …]}
//
// parseTermsImport() is all-or-nothing: a file that is too large (checked before parsing), not
// JSON, not a Dubao terms export, of an unsupported version, or with any invalid term is refused
// as a whole, with every problem listed (`terms[3].explanation must be a string`). Nothing is
// written for a refused file; the caller stores the terms only after an ok result.
//
// Terms are rebuilt from own properties by validateTermInput() (lib/db/terms.ts), so
// `__proto__`, `constructor` and other unknown keys never reach an object we keep; they are
// reported as warnings. `createdAt` and `updatedAt` are written for reference: an import keeps
// the stored times of terms it updates and gives new terms the time of the import.

import { validateTermInput, type TermInput, type TermRecord } from './records';
import { hasOwn, isObj, readExportFile } from './export-file';

export const TERMS_FORMAT = 'dubao-terms';
export const TERMS_VERSION = 1;
/** Default largest file accepted: 2 MB. */
export const DEFAULT_MAX_TERMS_BYTES = 2 * 1024 * 1024;
/** Most terms one file may hold. */
export const MAX_IMPORT_TERMS = 20_000;
/** Problems listed before the rest are summarised. */
export const MAX_LISTED_TERM_ERRORS = 200;

export interface TermsExport {
  format: typeof TERMS_FORMAT;
  version: typeof TERMS_VERSION;
  exportedAt: string;
  terms: TermRecord[];
}

export type TermsImportResult = { ok: true; terms: TermInput[]; warnings: string[] } | { ok: false; errors: string[] };

const TERM_KEYS = ['id', 'term', 'explanation', 'createdAt', 'updatedAt'];
/** The fields validateTermInput() checks, each checked on its own to list every problem. */
const CHECKED_KEYS = ['id', 'term', 'explanation'] as const;


/** ISO 8601 in UTC; '' for a time that is not a valid date. */
const iso = (ms: number): string => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

/** The export of `terms`, pretty-printed, in the order given. Only the known fields are written. */
export function toTermsJson(terms: readonly TermRecord[], opts: { now?: number } = {}): string {
  const doc: TermsExport = {
    format: TERMS_FORMAT,
    version: TERMS_VERSION,
    exportedAt: iso(opts.now ?? Date.now()) || new Date().toISOString(),
    terms: terms.map((r) => ({ id: r.id, term: r.term, explanation: r.explanation, createdAt: r.createdAt, updatedAt: r.updatedAt })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}


/** Caps a list of problems, saying how many were left out. */
function capped(list: string[]): string[] {
  if (list.length <= MAX_LISTED_TERM_ERRORS) return list;
  return [...list.slice(0, MAX_LISTED_TERM_ERRORS), `… and ${list.length - MAX_LISTED_TERM_ERRORS} more problems`];
}

/** `term.explanation must be …` of validateTermInput() as `terms[3].explanation must be …`. */
const at = (index: number, problem: string): string => problem.replace(/^term(?=[.\s])/u, `terms[${index}]`);

/**
 * Every problem of one term: validateTermInput() stops at the first, so when the whole term is
 * refused each field is checked again on its own, next to valid values for the others.
 */
function termProblems(raw: unknown): { value: TermInput | null; problems: string[] } {
  const whole = validateTermInput(raw);
  if (whole.ok) return { value: whole.value, problems: [] };
  if (!isObj(raw)) return { value: null, problems: [whole.error] };
  const problems: string[] = [];
  for (const key of CHECKED_KEYS) {
    const probe: Record<string, unknown> = { term: 'x', explanation: '' };
    if (hasOwn(raw, key)) probe[key] = raw[key];
    else if (key !== 'id') delete probe[key];
    const checked = validateTermInput(probe);
    if (!checked.ok) problems.push(checked.error);
  }
  return { value: null, problems: problems.length > 0 ? problems : [whole.error] };
}

/**
 * Reads a terms export. `maxBytes` (default 2 MB) is checked before parsing. On success the
 * terms are fresh objects holding only id (when given), term (trimmed) and explanation;
 * warnings say what was ignored (unknown fields) and which entries repeat an earlier one (the
 * later entry wins when they are stored).
 */
export function parseTermsImport(text: string, opts: { maxBytes?: number } = {}): TermsImportResult {
  const read = readExportFile(text, { format: TERMS_FORMAT, version: TERMS_VERSION, what: 'terms', defaultMaxBytes: DEFAULT_MAX_TERMS_BYTES, list: 'terms', maxItems: MAX_IMPORT_TERMS }, opts.maxBytes);
  if (!read.ok) return read;
  const { list, warnings } = read;
  const errors: string[] = [];
  const terms: TermInput[] = [];
  const unknownFields = new Map<string, number>();
  const firstById = new Map<string, number>();
  const firstByTerm = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const { value, problems } = termProblems(raw);
    for (const p of problems) errors.push(at(i, p));
    if (isObj(raw)) for (const key of Object.keys(raw)) if (!TERM_KEYS.includes(key)) unknownFields.set(key, (unknownFields.get(key) ?? 0) + 1);
    if (!value) return;
    const sameId = value.id === undefined ? undefined : firstById.get(value.id);
    const sameTerm = firstByTerm.get(value.term);
    if (sameId !== undefined) warnings.push(`terms[${i}]: same id as terms[${sameId}]; the later entry wins`);
    else if (sameTerm !== undefined) warnings.push(`terms[${i}]: same term as terms[${sameTerm}]; the later entry wins`);
    if (value.id !== undefined && sameId === undefined) firstById.set(value.id, i);
    if (sameTerm === undefined) firstByTerm.set(value.term, i);
    terms.push(value);
  });
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  for (const [key, count] of unknownFields) {
    warnings.push(`unknown field ${JSON.stringify(key.slice(0, 40))} ignored in ${count} term${count === 1 ? '' : 's'}`);
  }
  return { ok: true, terms, warnings: capped(warnings) };
}
