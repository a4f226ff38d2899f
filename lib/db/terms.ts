// The reader's own glossary terms (added from the page with "Add to glossary…"), validated.

/** A stored glossary term of the reader. */
export interface TermRecord {
  /** [A-Za-z0-9_-]{8,64}. */
  id: string;
  /** The term as the reader wrote it (trimmed), unique among the reader's terms. */
  term: string;
  /** The reader's explanation; may be empty. */
  explanation: string;
  /** ms since epoch. */
  createdAt: number;
  updatedAt: number;
}

/** What a page or the popup sends to add or change a term: without `id` a new term (or the stored one with the same text). */
export interface TermInput {
  id?: string;
  term: string;
  explanation: string;
}

export const TERM_LIMITS = { term: 64, explanation: 2000 } as const;

const ID_RE = /^[A-Za-z0-9_-]{8,64}$/u;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

/** True for a term or highlight id. */
export function isRecordId(v: unknown): v is string {
  return typeof v === 'string' && ID_RE.test(v);
}

/** Checks a TermInput from outside; returns a clean copy (trimmed, known fields only) or the problem. */
export function validateTermInput(raw: unknown): { ok: true; value: TermInput } | { ok: false; error: string } {
  if (!isObj(raw)) return { ok: false, error: 'term must be an object' };
  const id = own(raw, 'id');
  if (id !== undefined && !isRecordId(id)) return { ok: false, error: 'term.id must be 8–64 characters of A–Z a–z 0–9 _ -' };
  const term = own(raw, 'term');
  if (typeof term !== 'string' || term.trim() === '') return { ok: false, error: 'term.term must be a non-empty string' };
  if (term.trim().length > TERM_LIMITS.term) return { ok: false, error: `term.term too long (more than ${TERM_LIMITS.term} characters)` };
  const explanation = own(raw, 'explanation');
  if (typeof explanation !== 'string') return { ok: false, error: 'term.explanation must be a string' };
  if (explanation.length > TERM_LIMITS.explanation) return { ok: false, error: `term.explanation too long (more than ${TERM_LIMITS.explanation} characters)` };
  const value: TermInput = { term: term.trim(), explanation };
  if (id !== undefined) value.id = id;
  return { ok: true, value };
}

/** A fresh random id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}
