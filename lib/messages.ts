// Typed messages between the content script, the popup and the background, with validation.
// Every reply is `{ok: true, value} | {ok: false, error}`.

/** An article as the content script recognised it. */
export interface ArticleInfo {
  url: string;
  site: string;
  siteName: string;
  title: string | null;
  date: string | null;
}

/** Requests the background answers (from our content scripts, popup and pages). */
export interface BackgroundRequests {
  'article:visit': { request: { article: ArticleInfo }; reply: ArticleRecord };
  'article:get': { request: { url: string }; reply: ArticleRecord | null };
  'articles:recent': { request: { limit?: number }; reply: ArticleRecord[] };
  'highlights:list': { request: { url?: string }; reply: unknown[] };
  'site:enable': { request: { origin: string }; reply: { origin: string } };
  'script:load': { request: { name: LazyScript }; reply: { loaded: true } };
  'glossary:forms': { request: Record<string, never>; reply: GlossaryForms };
  'dict:word-at': { request: { text: string; offset: number }; reply: { start: number; end: number } | null };
  'dict:lookup': { request: { text: string; offset: number }; reply: unknown[] };
}

/** Heavy parts a content script loads on demand: pinyin and script tables, phrase tables. */
export const LAZY_SCRIPTS = ['annotator', 'cn2t'] as const;
export type LazyScript = (typeof LAZY_SCRIPTS)[number];

/** What a content script needs to find glossary terms (the explanations stay in the background). */
export interface GlossaryForms {
  entries: { id: string; term: string; variants: string[] }[];
  ignore: string[];
}

/** A stored article visit. */
export interface ArticleRecord extends ArticleInfo {
  firstVisitedAt: number;
  visitedAt: number;
}

/** View state of the article in a tab. */
export type ArticleView = 'repaired' | 'original';

/** What the content script reports about its page. */
export interface PageInfo {
  recognized: boolean;
  kind: 'article' | 'layout' | null;
  site: string | null;
  siteName: string | null;
  title: string | null;
  date: string | null;
  url: string;
  view: ArticleView;
  showRepairs: boolean;
  blocks: number;
  joins: number;
}

/** Requests the content script answers (from the popup and the background). */
export interface ContentRequests {
  'page:info': { request: Record<string, never>; reply: PageInfo };
  'page:set-view': { request: { view: ArticleView }; reply: PageInfo };
  'page:toggle-view': { request: Record<string, never>; reply: PageInfo };
  'page:show-repairs': { request: { on: boolean }; reply: PageInfo };
}

export type BackgroundType = keyof BackgroundRequests;
export type ContentType = keyof ContentRequests;

/** A message on the wire. */
export type Message<M, T extends keyof M> = { type: T } & (M[T] extends { request: infer R } ? R : never);
export type BackgroundMessage = { [T in BackgroundType]: Message<BackgroundRequests, T> }[BackgroundType];
export type ContentMessage = { [T in ContentType]: Message<ContentRequests, T> }[ContentType];

/** The reply envelope. */
export type Reply<V> = { ok: true; value: V } | { ok: false; error: string };

/** Largest message the background accepts, in characters of its JSON form. */
export const MAX_MESSAGE_CHARS = 256 * 1024;

const isStr = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;
const isNullableStr = (v: unknown, max = 2048): v is string | null => v === null || isStr(v, max);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHttpUrl = (v: unknown): v is string => {
  if (!isStr(v)) return false;
  try {
    return /^https?:$/u.test(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Checks an ArticleInfo from the wire. */
function validArticle(a: unknown): string | null {
  if (!isObj(a)) return 'article must be an object';
  if (!isHttpUrl(a.url)) return 'article.url must be an http(s) URL';
  if (!isStr(a.site, 64) || !/^[a-z0-9-]+$/u.test(a.site)) return 'article.site must be a site id';
  if (!isStr(a.siteName, 64)) return 'article.siteName must be a string';
  if (!isNullableStr(a.title, 512)) return 'article.title must be a string or null';
  if (!(a.date === null || (isStr(a.date, 10) && /^\d{4}-\d{2}-\d{2}$/u.test(a.date)))) return 'article.date must be YYYY-MM-DD or null';
  return null;
}

const VALIDATORS: { [T in BackgroundType]: (m: Record<string, unknown>) => string | null } = {
  'article:visit': (m) => validArticle(m.article),
  'article:get': (m) => (isHttpUrl(m.url) ? null : 'url must be an http(s) URL'),
  'articles:recent': (m) => (m.limit === undefined || (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 500) ? null : 'limit must be 1–500'),
  'highlights:list': (m) => (m.url === undefined || isHttpUrl(m.url) ? null : 'url must be an http(s) URL'),
  'site:enable': (m) => (isHttpUrl(m.origin) && new URL(m.origin as string).origin === m.origin ? null : 'origin must be an http(s) origin'),
  'script:load': (m) => (LAZY_SCRIPTS.includes(m.name as LazyScript) ? null : 'name must be a known script'),
  'glossary:forms': () => null,
  'dict:word-at': (m) => validTextOffset(m),
  'dict:lookup': (m) => validTextOffset(m),
};

/** A short stretch of text and an offset inside it (dictionary look-ups). */
function validTextOffset(m: Record<string, unknown>): string | null {
  if (!isStr(m.text, 400)) return 'text must be a string of at most 400 characters';
  if (!Number.isInteger(m.offset) || (m.offset as number) < 0 || (m.offset as number) >= m.text.length) return 'offset must point into text';
  return null;
}

/**
 * Validates a message for the background: shape, size and known type. Returns the message or
 * a reason it was refused.
 */
export function validateBackgroundMessage(raw: unknown): { ok: true; message: BackgroundMessage } | { ok: false; error: string } {
  if (!isObj(raw)) return { ok: false, error: 'message must be an object' };
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, error: `message too large (${size} > ${MAX_MESSAGE_CHARS} characters)` };
  const type = raw.type;
  if (typeof type !== 'string' || !(type in VALIDATORS)) return { ok: false, error: `unknown message type: ${String(type).slice(0, 40)}` };
  const problem = VALIDATORS[type as BackgroundType](raw);
  return problem ? { ok: false, error: problem } : { ok: true, message: raw as unknown as BackgroundMessage };
}

/** True when a message for the content script has a known type. */
export function isContentMessage(raw: unknown): raw is ContentMessage {
  if (!isObj(raw) || typeof raw.type !== 'string') return false;
  switch (raw.type) {
    case 'page:info':
    case 'page:toggle-view':
      return true;
    case 'page:set-view':
      return raw.view === 'repaired' || raw.view === 'original';
    case 'page:show-repairs':
      return typeof raw.on === 'boolean';
    default:
      return false;
  }
}
