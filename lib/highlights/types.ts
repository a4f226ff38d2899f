// Highlight records from outside: validation (the record's shape is in ./record.ts and is
// re-exported here, so importers need one module).
//
// validateHighlight() is the single gate for records from outside the running code: messages
// to the background and imported files. It copies the known fields into a fresh object (so
// unknown keys, `__proto__` included, never reach storage) and reports every problem with the
// field path.

import { HIGHLIGHT_COLORS, HIGHLIGHT_LIMITS, ID_RE, type HighlightColor, type HighlightPosition, type HighlightQuote, type HighlightRecord } from './record';
import { describeValue, isHttpUrl, isIsoDate } from './values';

export * from './record';
export { describeValue, isHttpUrl, isIsoDate } from './values';

const SITE_RE = /^[a-z0-9-]{1,64}$/u;
/** Latest time accepted (the largest valid Date). */
const MAX_TIME = 8.64e15;

/** One problem found by checkHighlight(): `path` is '' for the record itself, else e.g. 'quote.exact'. */
export interface HighlightProblem {
  path: string;
  problem: string;
}

/** What checkHighlight() found: the clean record or the problems, and the ignored keys. */
export interface HighlightCheck {
  /** The clean record, when there was no problem. */
  value: HighlightRecord | null;
  problems: HighlightProblem[];
  /** Own keys of the input that are not record fields (ignored), e.g. '__proto__', 'quote.extra'. */
  unknown: string[];
}

/** validateHighlight()'s answer: the clean record, or every problem as `path: problem`. */
export type ValidationResult = { ok: true; value: HighlightRecord } | { ok: false; errors: string[] };

const RECORD_KEYS = [
  'id',
  'url',
  'paper',
  'site',
  'date',
  'title',
  'quote',
  'position',
  'color',
  'note',
  'tags',
  'createdAt',
  'updatedAt',
  'schema',
] as const;
const QUOTE_KEYS = ['exact', 'prefix', 'suffix'] as const;
const POSITION_KEYS = ['startBlock', 'start', 'endBlock', 'end'] as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
/** An own property only: inherited values (a polluted prototype) are never read as fields. */
const own = (o: Record<string, unknown>, key: string): unknown => (hasOwn(o, key) ? o[key] : undefined);

/**
 * Checks a record from outside (a message, an imported file). Collects every problem instead of
 * stopping at the first; the clean value is built only from known own fields.
 */
export function checkHighlight(raw: unknown): HighlightCheck {
  const problems: HighlightProblem[] = [];
  const unknown: string[] = [];
  const bad = (path: string, problem: string): void => {
    problems.push({ path, problem });
  };
  if (!isObj(raw)) {
    bad('', raw === undefined ? 'missing' : `must be an object (got ${describeValue(raw)})`);
    return { value: null, problems, unknown };
  }
  for (const key of Object.keys(raw)) if (!(RECORD_KEYS as readonly string[]).includes(key)) unknown.push(key);

  const str = (path: string, v: unknown, max: number, opts: { nonEmpty?: boolean } = {}): string | null => {
    if (v === undefined) {
      bad(path, 'missing');
      return null;
    }
    if (typeof v !== 'string') {
      bad(path, `must be a string (got ${describeValue(v)})`);
      return null;
    }
    if (v.length > max) {
      bad(path, `too long (${v.length} > ${max} characters)`);
      return null;
    }
    if (opts.nonEmpty && v.trim() === '') {
      bad(path, 'must not be empty');
      return null;
    }
    return v;
  };
  const nullableStr = (path: string, v: unknown, max: number): string | null | undefined => {
    if (v === null) return null;
    const s = str(path, v, max);
    return s === null ? undefined : s;
  };
  const int = (path: string, v: unknown, max: number): number | null => {
    if (v === undefined) {
      bad(path, 'missing');
      return null;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
      {
      bad(path, `must be an integer from 0 to ${max} (got ${describeValue(v)})`);
      return null;
    }
    }
    return v;
  };

  const idRaw = own(raw, 'id');
  let id = str('id', idRaw, 64);
  if (id !== null && !ID_RE.test(id)) {
    bad('id', `must be 8–64 characters of A–Z a–z 0–9 _ - (got ${describeValue(id)})`);
    id = null;
  }

  let url = str('url', own(raw, 'url'), HIGHLIGHT_LIMITS.url);
  if (url !== null && !isHttpUrl(url)) {
    bad('url', `must be an http(s) URL (got ${describeValue(url)})`);
    url = null;
  }

  const paper = str('paper', own(raw, 'paper'), HIGHLIGHT_LIMITS.paper, { nonEmpty: true });
  let site = str('site', own(raw, 'site'), 64);
  if (site !== null && !SITE_RE.test(site)) {
    bad('site', `must be a site id of a–z 0–9 - (got ${describeValue(site)})`);
    site = null;
  }

  const dateRaw = own(raw, 'date');
  let date: string | null | undefined;
  if (dateRaw === undefined) bad('date', 'missing');
  else if (dateRaw === null || (typeof dateRaw === 'string' && isIsoDate(dateRaw))) date = dateRaw;
  else bad('date', `must be a date YYYY-MM-DD or null (got ${describeValue(dateRaw)})`);
  const title = nullableStr('title', own(raw, 'title'), HIGHLIGHT_LIMITS.title);

  let quote: HighlightQuote | null = null;
  const quoteRaw = own(raw, 'quote');
  if (quoteRaw === undefined) bad('quote', 'missing');
  else if (!isObj(quoteRaw)) bad('quote', `must be an object (got ${describeValue(quoteRaw)})`);
  else {
    for (const key of Object.keys(quoteRaw)) if (!(QUOTE_KEYS as readonly string[]).includes(key)) unknown.push(`quote.${key}`);
    const exact = str('quote.exact', own(quoteRaw, 'exact'), HIGHLIGHT_LIMITS.exact);
    if (exact === '') bad('quote.exact', 'must not be empty');
    const prefix = str('quote.prefix', own(quoteRaw, 'prefix'), HIGHLIGHT_LIMITS.context);
    const suffix = str('quote.suffix', own(quoteRaw, 'suffix'), HIGHLIGHT_LIMITS.context);
    if (exact && prefix !== null && suffix !== null) quote = { exact, prefix, suffix };
  }

  let position: HighlightPosition | null = null;
  const posRaw = own(raw, 'position');
  if (posRaw === undefined) bad('position', 'missing');
  else if (!isObj(posRaw)) bad('position', `must be an object (got ${describeValue(posRaw)})`);
  else {
    for (const key of Object.keys(posRaw)) if (!(POSITION_KEYS as readonly string[]).includes(key)) unknown.push(`position.${key}`);
    const max = HIGHLIGHT_LIMITS.offset;
    const startBlock = int('position.startBlock', own(posRaw, 'startBlock'), max);
    const start = int('position.start', own(posRaw, 'start'), max);
    const endBlock = int('position.endBlock', own(posRaw, 'endBlock'), max);
    const end = int('position.end', own(posRaw, 'end'), max);
    if (startBlock !== null && start !== null && endBlock !== null && end !== null) {
      if (endBlock < startBlock || (endBlock === startBlock && end < start)) {
        bad('position', 'end must not come before start');
      } else position = { startBlock, start, endBlock, end };
    }
  }

  const colorRaw = own(raw, 'color');
  let color: HighlightColor | null = null;
  if (colorRaw === undefined) bad('color', 'missing');
  else if (typeof colorRaw === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(colorRaw)) color = colorRaw as HighlightColor;
  else bad('color', `must be one of ${HIGHLIGHT_COLORS.join(', ')} (got ${describeValue(colorRaw)})`);

  const note = str('note', own(raw, 'note'), HIGHLIGHT_LIMITS.note);

  let tags: string[] | null = null;
  const tagsRaw = own(raw, 'tags');
  if (tagsRaw === undefined) bad('tags', 'missing');
  else if (!Array.isArray(tagsRaw)) bad('tags', `must be an array of strings (got ${describeValue(tagsRaw)})`);
  else if (tagsRaw.length > HIGHLIGHT_LIMITS.tags) bad('tags', `too many (${tagsRaw.length} > ${HIGHLIGHT_LIMITS.tags})`);
  else {
    const clean: string[] = [];
    let okTags = true;
    tagsRaw.forEach((t: unknown, i) => {
      const s = str(`tags[${i}]`, t, HIGHLIGHT_LIMITS.tag, { nonEmpty: true });
      if (s === null) okTags = false;
      else if (!clean.includes(s.trim())) clean.push(s.trim());
    });
    if (okTags) tags = clean;
  }

  const createdAt = int('createdAt', own(raw, 'createdAt'), MAX_TIME);
  const updatedAt = int('updatedAt', own(raw, 'updatedAt'), MAX_TIME);
  const schema = own(raw, 'schema');
  if (schema === undefined) bad('schema', 'missing');
  else if (schema !== 1) bad('schema', `must be 1 (got ${describeValue(schema)})`);

  if (
    problems.length > 0 ||
    id === null ||
    url === null ||
    paper === null ||
    site === null ||
    date === undefined ||
    title === undefined ||
    quote === null ||
    position === null ||
    color === null ||
    note === null ||
    tags === null ||
    createdAt === null ||
    updatedAt === null
  ) {
    if (problems.length === 0) bad('', 'invalid record');
    return { value: null, problems, unknown };
  }
  return {
    value: { id, url, paper, site, date, title, quote, position, color, note, tags, createdAt, updatedAt, schema: 1 },
    problems,
    unknown,
  };
}

/** `path: problem`, or `record: problem` for the record itself. */
export function formatProblem(p: HighlightProblem, prefix = ''): string {
  if (prefix) return `${prefix}${p.path ? `.${p.path}` : ''}: ${p.problem}`;
  return `${p.path || 'record'}: ${p.problem}`;
}

/**
 * Validates a highlight from outside (a message to the background, an imported file). Returns a
 * fresh record with only the known fields (tags trimmed and de-duplicated), or every problem
 * found, each as `field.path: problem` (e.g. `quote.exact: missing`).
 */
export function validateHighlight(raw: unknown): ValidationResult {
  const check = checkHighlight(raw);
  if (check.value) return { ok: true, value: check.value };
  return { ok: false, errors: check.problems.map((p) => formatProblem(p)) };
}
