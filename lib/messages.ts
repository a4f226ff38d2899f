// Typed messages between the content script, the popup and the background, with validation.
// Every reply is `{ok: true, value} | {ok: false, error}`.
import { isHttpUrl, isObj, isStr, isUploadId, validArticle, validHighlight, validOrigin, validPatch, validTextOffset } from './message-checks';
import { isRecordId, TERM_LIMITS, validateTermInput, type ArticleInfo, type ArticleRecord, type HighlightPatch, type HighlightRecord, type TermInput, type TermRecord } from './records';
import type { DictMatch } from './dict';
import { DEFAULT_MAX_TERMS_BYTES } from './terms-io';
import { MAX_PARTS, PART_CHARS } from './upload';
import { DEFAULT_MAX_WORDS_BYTES } from './words/io';
import { WORD_VALIDATORS, type WordRequests } from './words/messages';

export type { ArticleInfo, ArticleRecord, HighlightPatch, TermInput, TermRecord } from './records';

/**
 * Requests the background answers. Who may send which is decided by lib/grant.ts: a content
 * script only what concerns its own tab's article, look-ups and a new term of its own; the
 * rest only Dubao's extension pages (popup, library). The saved words' requests are in
 * lib/words/messages.ts.
 */
export interface BackgroundRequests extends WordRequests {
  'article:visit': { request: { article: ArticleInfo }; reply: ArticleRecord };
  'article:get': { request: { url: string }; reply: ArticleRecord | null };
  'articles:recent': { request: { limit?: number }; reply: ArticleRecord[] };
  /** "Always on this site": needs the host permission granted first (permissions.request in the popup). */
  'site:enable': { request: { origin: string }; reply: { origin: string } };
  /** Turns "always on" off for an origin: unregisters its content script and removes it from the list. */
  'site:disable': { request: { origin: string }; reply: { origin: string } };
  /** Origins where Dubao is always on (this device). */
  'sites:list': { request: Record<string, never>; reply: string[] };
  'script:load': { request: { name: LazyScript }; reply: { loaded: true } };
  'glossary:forms': { request: { text?: string }; reply: GlossaryForms };
  'glossary:entry': { request: { id: string }; reply: GlossaryCard | null };
  'dict:word-at': { request: { text: string; offset: number }; reply: { start: number; end: number } | null };
  'dict:lookup': { request: { text: string; offset: number }; reply: DictMatch[] };
  // Highlights (records: lib/highlights/types.ts) and the reader's glossary terms (lib/db/terms.ts).
  'highlight:save': { request: { highlight: HighlightRecord }; reply: HighlightRecord };
  'highlight:update': { request: { id: string; patch: HighlightPatch }; reply: HighlightRecord };
  'highlight:delete': { request: { id: string }; reply: HighlightRecord | null };
  'highlight:restore': { request: { highlight: HighlightRecord }; reply: HighlightRecord };
  'highlights:for-url': { request: { url: string }; reply: HighlightRecord[] };
  'highlights:all': { request: Record<string, never>; reply: HighlightRecord[] };
  'highlights:recent': { request: { limit: number; url?: string }; reply: HighlightRecord[] };
  /** An export file, sent whole (`text`) or in parts first ('highlights:import-part', then `upload`: lib/upload.ts). */
  'highlights:import': { request: { text?: string; upload?: string }; reply: ImportSummary };
  'highlights:import-part': { request: { upload: string; index: number; count: number; text: string }; reply: { received: number } };
  'terms:list': { request: Record<string, never>; reply: TermRecord[] };
  'terms:put': { request: { term: TermInput }; reply: TermRecord };
  /** From a page: adds a new term; refused when the reader already has one with that text (never replaces it). */
  'terms:add': { request: { term: TermInput }; reply: TermRecord };
  /** For drawing term marks on a page: the texts of the reader's own terms, nothing else. */
  'terms:forms': { request: Record<string, never>; reply: string[] };
  /** For the card of an own term the reader opened on a page: its text and explanation, or null. */
  'terms:card': { request: { term: string }; reply: { term: string; explanation: string } | null };
  'terms:delete': { request: { id: string }; reply: TermRecord | null };
  /** From a page whose reader chose to replace one of their terms: opens the library's editor on it with the explanation filled in (nothing is stored). */
  'terms:open-editor': { request: { term: string; explanation: string }; reply: { opened: true } };
  /** A terms export (lib/terms-io.ts), merged in one transaction: a known id or the same term text is updated, not duplicated. */
  'terms:import': { request: { text: string }; reply: TermImportSummary };
}

/** The reply to 'highlights:import': what was merged in, and what was ignored (unknown fields, duplicate ids). */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

/** The reply to 'terms:import': terms added, changed, already the same; and what was ignored (unknown fields, repeated entries). */
export interface TermImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

/** Heavy parts a content script loads on demand: pinyin and script tables, phrase tables. */
export const LAZY_SCRIPTS = ['annotator', 'cn2t'] as const;
export type LazyScript = (typeof LAZY_SCRIPTS)[number];

/** A glossary entry ready for the card: with its reading and the headwords of related entries. */
export interface GlossaryCard {
  id: string;
  term: string;
  pinyin: string;
  category: string;
  scope: string;
  gloss: string;
  zh: string;
  en: string;
  items?: string[];
  related: { id: string; term: string }[];
  /** Where the entry's facts come from (a citation: document, issuer, date), shown at the card's foot. */
  source?: string;
}

/** What a content script needs to find glossary terms (the explanations stay in the background). */
export interface GlossaryForms {
  entries: { id: string; term: string; variants: string[] }[];
  /** The matcher's segmentation words (lib/glossary/lexicon.ts) that occur in the request's text, space-separated. */
  words: string;
  /** Of the strings the detector of unseen jargon asks about in that text, the dictionary words, space-separated (absent while the dictionary is still loading). */
  plain?: string;
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
  /** Ids of this page's stored highlights that could not be placed in its text ("not found on this page"). */
  orphans?: string[];
  /** Optional parts that failed to load on this page (the rest works): shown in one line. */
  failed?: ('pinyin' | 'traditional' | 'glossary')[];
  /** Not started: the page's text reads as decoded with the wrong charset (lib/detect/garbled.ts). */
  garbled?: 'mojibake' | 'undecodable';
}

/** Requests the content script answers (from the popup and the background). */
export interface ContentRequests {
  'page:info': { request: Record<string, never>; reply: PageInfo };
  /** From the popup's "Use Dubao on this page": start on this page although it was not recognised (once), then answer as page:info. */
  'page:start-forced': { request: Record<string, never>; reply: PageInfo };
  'page:set-view': { request: { view: ArticleView }; reply: PageInfo };
  'page:toggle-view': { request: Record<string, never>; reply: PageInfo };
  'page:show-repairs': { request: { on: boolean }; reply: PageInfo };
  /** From the context menu and the `highlight-selection` command: highlight the current selection. */
  'page:highlight-selection': { request: Record<string, never>; reply: PageInfo };
  /** From the context menu: add the selected text to the reader's glossary. */
  'page:add-term': { request: { text: string }; reply: PageInfo };
  'page:refresh-highlights': { request: Record<string, never>; reply: PageInfo };
  /** The reader's own terms changed (in the popup, the library or another tab). */
  'page:refresh-terms': { request: Record<string, never>; reply: PageInfo };
  /** The saved words changed (in the library, an import or another tab): the word marks are redrawn. */
  'page:refresh-words': { request: Record<string, never>; reply: PageInfo };
  /** From the popup, when the reader's pointer or focus reaches the pinyin choice: get pinyin ready before it is chosen. */
  'page:prepare-pinyin': { request: Record<string, never>; reply: PageInfo };
  /**
   * From the popup, the moment the reader changes a setting: the new settings (normalised by the
   * page), ahead of the same settings arriving through storage, which then change nothing.
   */
  'page:settings': { request: { settings: Record<string, unknown> }; reply: PageInfo };
}

export type BackgroundType = keyof BackgroundRequests;
export type ContentType = keyof ContentRequests;

/** A message on the wire. */
export type Message<M, T extends keyof M> = { type: T } & (M[T] extends { request: infer R } ? R : never);
export type BackgroundMessage = { [T in BackgroundType]: Message<BackgroundRequests, T> }[BackgroundType];
export type ContentMessage = { [T in ContentType]: Message<ContentRequests, T> }[ContentType];

export type { Reply } from './reply';

/** Largest message the background accepts, in characters of its JSON form. */
export const MAX_MESSAGE_CHARS = 256 * 1024;
/** Longest article text a page sends with `glossary:forms` (a longer one is cut there by the page). */
export const MAX_GLOSSARY_TEXT = 200_000;
/**
 * Largest file text one 'highlights:import' or 'highlights:import-part' message carries: one part
 * (lib/upload.ts). File text is counted as it is, not JSON-escaped: the file limit
 * (DEFAULT_MAX_IMPORT_BYTES) is the one export and import share.
 */
export const MAX_IMPORT_MESSAGE_CHARS = PART_CHARS;
/** Largest 'terms:import' file text: a terms file of up to 2 MB (lib/terms-io.ts). */
export const MAX_TERMS_IMPORT_MESSAGE_CHARS = DEFAULT_MAX_TERMS_BYTES;
/** Largest 'words:import' file text: a words file of up to 20 MB (lib/words/io.ts), sent whole. */
export const MAX_WORDS_IMPORT_MESSAGE_CHARS = DEFAULT_MAX_WORDS_BYTES;

/** Message types that carry the text of a file in `text`. */
const FILE_MESSAGES: ReadonlySet<unknown> = new Set(['highlights:import', 'highlights:import-part', 'terms:import', 'words:import']);

const VALIDATORS: { [T in BackgroundType]: (m: Record<string, unknown>) => string | null } = {
  'article:visit': (m) => validArticle(m.article),
  'article:get': (m) => (isHttpUrl(m.url) ? null : 'url must be an http(s) URL'),
  'articles:recent': (m) => (m.limit === undefined || (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 500) ? null : 'limit must be 1–500'),
  'site:enable': (m) => validOrigin(m.origin),
  'site:disable': (m) => validOrigin(m.origin),
  'sites:list': () => null,
  'script:load': (m) => (LAZY_SCRIPTS.includes(m.name as LazyScript) ? null : 'name must be a known script'),
  'glossary:forms': (m) => (m.text === undefined || isStr(m.text, MAX_GLOSSARY_TEXT) ? null : `text must be a string of at most ${MAX_GLOSSARY_TEXT} characters`),
  'glossary:entry': (m) => (isStr(m.id, 80) ? null : 'id must be a string'),
  'dict:word-at': (m) => validTextOffset(m),
  'dict:lookup': (m) => validTextOffset(m),
  'highlight:save': (m) => validHighlight(m.highlight),
  'highlight:update': (m) => (isRecordId(m.id) ? validPatch(m.patch) : 'id must be a highlight id'),
  'highlight:delete': (m) => (isRecordId(m.id) ? null : 'id must be a highlight id'),
  'highlight:restore': (m) => validHighlight(m.highlight),
  'highlights:for-url': (m) => (isHttpUrl(m.url) ? null : 'url must be an http(s) URL'),
  'highlights:all': () => null,
  'highlights:recent': (m) =>
    !(Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 1000) ? 'limit must be 1–1000' : m.url === undefined || isHttpUrl(m.url) ? null : 'url must be an http(s) URL',
  'highlights:import': (m) =>
    (typeof m.text === 'string') !== (m.upload !== undefined) && (m.upload === undefined || isUploadId(m.upload)) ? null : 'give either the text of an export file or an upload id',
  'highlights:import-part': (m) => {
    if (!isUploadId(m.upload)) return 'upload must be an upload id';
    if (!Number.isInteger(m.count) || (m.count as number) < 1 || (m.count as number) > MAX_PARTS) return `count must be 1–${MAX_PARTS}`;
    if (!Number.isInteger(m.index) || (m.index as number) < 0 || (m.index as number) >= (m.count as number)) return 'index must be below count';
    return isStr(m.text, PART_CHARS) ? null : `text must be a part of at most ${PART_CHARS} characters`;
  },
  'terms:list': () => null,
  'terms:put': (m) => {
    const checked = validateTermInput(m.term);
    return checked.ok ? null : checked.error;
  },
  'terms:add': (m) => {
    const checked = validateTermInput(m.term);
    return !checked.ok ? checked.error : checked.value.id !== undefined ? 'term.id cannot be given for a new term' : null;
  },
  'terms:forms': () => null,
  'terms:card': (m) => (isStr(m.term, 64) ? null : 'term must be a string of at most 64 characters'),
  'terms:delete': (m) => (isRecordId(m.id) ? null : 'id must be a term id'),
  'terms:open-editor': (m) => (isStr(m.term, TERM_LIMITS.term) && m.term.trim() !== '' && isStr(m.explanation, TERM_LIMITS.explanation) ? null : `term must be 1–${TERM_LIMITS.term} characters and explanation at most ${TERM_LIMITS.explanation}`),
  'terms:import': (m) => (typeof m.text === 'string' ? null : 'text must be the text of a terms export file'),
  ...WORD_VALIDATORS,
};

/** Every message type the background validates (and so answers): the grant tests are built from it. */
export const BACKGROUND_TYPES: readonly BackgroundType[] = Object.keys(VALIDATORS) as BackgroundType[];

/**
 * Validates a message for the background: shape, size and known type. Returns the message or
 * a reason it was refused.
 */
export function validateBackgroundMessage(raw: unknown): { ok: true; message: BackgroundMessage } | { ok: false; error: string } {
  if (!isObj(raw)) return { ok: false, error: 'message must be an object' };
  // A file's text is measured as it is; the rest of the message as JSON.
  const file = FILE_MESSAGES.has(raw.type) && typeof raw.text === 'string' ? raw.text : null;
  let size: number;
  try {
    size = JSON.stringify(file === null ? raw : { ...raw, text: '' }).length;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, error: `message too large (${size} > ${MAX_MESSAGE_CHARS} characters)` };
  const fileLimit = raw.type === 'terms:import' ? MAX_TERMS_IMPORT_MESSAGE_CHARS : raw.type === 'words:import' ? MAX_WORDS_IMPORT_MESSAGE_CHARS : MAX_IMPORT_MESSAGE_CHARS;
  if (file !== null && file.length > fileLimit) return { ok: false, error: `file too large for import (${file.length} > ${fileLimit} characters)` };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type)) return { ok: false, error: `unknown message type: ${String(type).slice(0, 40)}` };
  const problem = VALIDATORS[type as BackgroundType](raw);
  return problem ? { ok: false, error: problem } : { ok: true, message: raw as unknown as BackgroundMessage };
}

/** True when a message for the content script has a known type. */
export function isContentMessage(raw: unknown): raw is ContentMessage {
  if (!isObj(raw) || typeof raw.type !== 'string') return false;
  switch (raw.type) {
    case 'page:info':
    case 'page:start-forced':
    case 'page:toggle-view':
    case 'page:refresh-highlights':
    case 'page:refresh-terms':
    case 'page:refresh-words':
    case 'page:prepare-pinyin':
      return true;
    case 'page:set-view':
      return raw.view === 'repaired' || raw.view === 'original';
    case 'page:show-repairs':
      return typeof raw.on === 'boolean';
    case 'page:highlight-selection':
      return true;
    case 'page:add-term':
      return isStr(raw.text, 400);
    case 'page:settings':
      return isObj(raw.settings) && !Array.isArray(raw.settings);
    default:
      return false;
  }
}
