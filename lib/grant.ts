// Grant by sender: what the background answers to whom.
//
// A tab's content script runs in a renderer that the page shares: were that renderer
// compromised, everything the content script may ask is what the page may ask. So a content
// script may read and write only what belongs to its own tab's article (its highlights, its
// visit), look things up (glossary, dictionary) and add a new term of its own. Everything
// across sites answers Dubao's own extension pages only (the popup, the library).
import type { BackgroundType } from './messages';
import { canonicalUrl } from './url';
import { PAGE_WORD_TYPES } from './words/messages';

/** Who sent a message, as the runtime reports it. */
export interface SenderInfo {
  /** The sending extension's id (runtime.MessageSender.id). */
  id?: string;
  /** The sending tab and frame, when a content script (or an extension page in a tab) sent it. */
  tabId?: number;
  frameId?: number;
  /** The URL of the sending page or frame (runtime.MessageSender.url). */
  url?: string;
  /** The URL of the sending tab (runtime.MessageSender.tab.url), when the browser reports it. */
  tabUrl?: string;
}

/** An extension page (popup, library), a web page's content script, or neither (refused). */
export type SenderKind = 'extension' | 'page' | 'unknown';

/**
 * Messages a content script may send. Those marked `own` carry or name a URL that must be the
 * sender's own article; the service checks them (lib/service.ts ownUrl).
 */
export const PAGE_MESSAGES: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'article:visit',
  'script:load',
  'glossary:forms',
  'glossary:entry',
  'dict:word-at',
  'dict:lookup',
  'highlight:save',
  'highlight:update',
  'highlight:delete',
  'highlight:restore',
  'highlights:for-url',
  'terms:add',
  'terms:forms',
  'terms:card',
  'terms:open-editor',
  ...PAGE_WORD_TYPES,
]);

/**
 * What kind of sender this is. `extensionOrigin` is the extension's own origin
 * (`chrome-extension://<id>`, `moz-extension://<uuid>`): a sender whose URL has it is an
 * extension page, wherever it is shown (popup, or a tab). A sender in a tab whose URL is
 * http(s) is a content script. Anything else (no URL, another scheme) is unknown.
 */
export function senderKind(sender: SenderInfo, extensionOrigin: string): SenderKind {
  const origin = originOf(sender.url);
  if (origin !== null && origin === extensionOrigin) return 'extension';
  if (sender.tabId !== undefined && origin !== null && /^https?:/u.test(origin)) return 'page';
  return 'unknown';
}

/** The canonical URLs a content script speaks for: its frame's document and its tab. */
export function ownUrls(sender: SenderInfo): Set<string> {
  const out = new Set<string>();
  for (const u of [sender.url, sender.tabUrl]) {
    const c = u ? canonicalUrl(u) : null;
    if (c) out.add(c);
  }
  return out;
}

/** The reason a message is refused to this sender, or null when it is granted. */
export function refusal(type: BackgroundType, kind: SenderKind): string | null {
  if (kind === 'extension') return null;
  if (kind === 'unknown') return `${type} refused: the sender is neither a Dubao page nor a page Dubao runs on`;
  return PAGE_MESSAGES.has(type) ? null : `${type} refused: only Dubao's own pages (popup, library) may ask for this`;
}

/** The origin of a URL (`scheme://host[:port]`, also for extension schemes where URL.origin is "null"), or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // new URL('chrome-extension://id/x').origin is "null" in some engines: rebuild it.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}
