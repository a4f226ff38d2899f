// Checks of the parts of messages from the wire (lib/messages.ts validators): each returns null
// when the value is fine, else one line saying what is wrong.
import { futureTimes } from './highlights/import';
import { HIGHLIGHT_COLORS, HIGHLIGHT_LIMITS, validateHighlight, type HighlightColor } from './highlights/types';
import { isCalendarDate } from './records';

/** A string of at most `max` UTF-16 units. */
export const isStr = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;
/** null, or a string of at most `max` UTF-16 units. */
export const isNullableStr = (v: unknown, max = 2048): v is string | null => v === null || isStr(v, max);
/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string that parses as an http(s) URL. */
export const isHttpUrl = (v: unknown): v is string => {
  if (!isStr(v)) return false;
  try {
    return /^https?:$/u.test(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Checks an ArticleInfo from the wire. */
export function validArticle(a: unknown): string | null {
  if (!isObj(a)) return 'article must be an object';
  if (!isHttpUrl(a.url)) return 'article.url must be an http(s) URL';
  if (!isStr(a.site, 64) || !/^[a-z0-9-]+$/u.test(a.site)) return 'article.site must be a site id';
  if (!isStr(a.siteName, 64)) return 'article.siteName must be a string';
  if (!isNullableStr(a.title, 512)) return 'article.title must be a string or null';
  if (!(a.date === null || isCalendarDate(a.date))) return 'article.date must be a calendar date YYYY-MM-DD or null';
  return null;
}

/** An upload id (lib/upload.ts): 8–64 letters, digits and dashes. */
export const isUploadId = (v: unknown): boolean => isStr(v, 64) && /^[A-Za-z0-9-]{8,64}$/u.test(v);

/** An http(s) origin (scheme, host, port; nothing else). */
export function validOrigin(v: unknown): string | null {
  return isHttpUrl(v) && new URL(v).origin === v ? null : 'origin must be an http(s) origin';
}

/**
 * A highlight record from the wire: every problem validateHighlight finds, joined, and a time
 * more than a day after `now` (as import refuses: lib/highlights/import.ts futureTimes).
 */
export function validHighlight(h: unknown, now = Date.now()): string | null {
  const checked = validateHighlight(h);
  if (!checked.ok) return `highlight: ${checked.errors.join('; ')}`;
  const future = futureTimes(checked.value, now);
  return future.length > 0 ? `highlight: ${future.join('; ')}` : null;
}

/** A change to a highlight: only note, colour and tags, each optional. */
export function validPatch(p: unknown): string | null {
  if (!isObj(p)) return 'patch must be an object';
  for (const key of Object.keys(p)) if (!['note', 'color', 'tags'].includes(key)) return `patch.${key.slice(0, 20)} cannot be changed`;
  if (p.note !== undefined && !isStr(p.note, HIGHLIGHT_LIMITS.note)) return `patch.note must be a string of at most ${HIGHLIGHT_LIMITS.note} characters`;
  if (p.color !== undefined && !HIGHLIGHT_COLORS.includes(p.color as HighlightColor)) return `patch.color must be one of ${HIGHLIGHT_COLORS.join(', ')}`;
  if (p.tags !== undefined) {
    if (!Array.isArray(p.tags) || p.tags.length > HIGHLIGHT_LIMITS.tags) return `patch.tags must be a list of at most ${HIGHLIGHT_LIMITS.tags} tags`;
    if (!p.tags.every((t) => isStr(t, HIGHLIGHT_LIMITS.tag) && t.trim() !== '')) return `patch.tags must be non-empty strings of at most ${HIGHLIGHT_LIMITS.tag} characters`;
  }
  return null;
}

/** A short stretch of text and an offset inside it (dictionary look-ups). */
export function validTextOffset(m: Record<string, unknown>): string | null {
  if (!isStr(m.text, 400)) return 'text must be a string of at most 400 characters';
  if (!Number.isInteger(m.offset) || (m.offset as number) < 0 || (m.offset as number) >= m.text.length) return 'offset must point into text';
  return null;
}
