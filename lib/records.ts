// Record types shared by the message protocol (lib/messages.ts) and the database (lib/db):
// articles, highlights, the reader's own terms. Neither of those imports the other.
import type { HighlightColor } from './highlights/types';

export type { HighlightRecord } from './highlights/types';

/** An article as the content script recognised it. */
export interface ArticleInfo {
  url: string;
  site: string;
  siteName: string;
  title: string | null;
  /** YYYY-MM-DD (a real calendar date), or null. */
  date: string | null;
}

/** A stored article visit: the known fields of ArticleInfo and when it was first and last visited (ms since epoch). */
export interface ArticleRecord extends ArticleInfo {
  firstVisitedAt: number;
  visitedAt: number;
}

/** What 'highlight:update' may change. */
export interface HighlightPatch {
  note?: string;
  color?: HighlightColor;
  tags?: string[];
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-29 and 2025-13-45 are not). */
export function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

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

