// Small checks and renderings of values that come from outside (messages, imported files),
// shared by the validation of highlights (./types.ts) and of other export files.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A short, printable rendering of a bad value for an error message. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string': {
      const shown = v.length > 24 ? `${v.slice(0, 24)}…` : v;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(v: string): boolean {
  try {
    return /^https?:$/u.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(v: string): boolean {
  const m = DATE_RE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}
