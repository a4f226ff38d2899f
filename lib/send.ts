// One typed way to ask the background: the reply type is the one declared for the message type.
import type { BackgroundRequests, BackgroundType, ContentRequests, ContentType, Reply } from './messages';

/** The reply value declared for message type K. */
export type ReplyOf<K extends BackgroundType> = BackgroundRequests[K]['reply'];

/** The message for type K: `{type}` and the fields its request declares (none for an empty request). */
export type Outgoing<K extends BackgroundType> = { type: K } & (string extends keyof BackgroundRequests[K]['request'] ? unknown : BackgroundRequests[K]['request']);

/** Sends a message of type K and resolves with its reply value; rejects with the background's error. */
export type Send = <K extends BackgroundType>(message: Outgoing<K>) => Promise<ReplyOf<K>>;

/**
 * A Send over a transport (browser.runtime.sendMessage in the extension; the service itself in
 * tests). An `{ok: false}` reply, or no reply at all, becomes a rejected promise with its error.
 */
export function createSend(post: (message: unknown) => Promise<unknown>): Send {
  return (message) => unwrap(attempt(post, message), 'the background') as never;
}

/** The reply value the content script declares for message type K. */
export type ContentReplyOf<K extends ContentType> = ContentRequests[K]['reply'];

/** The message to a content script for type K (as Outgoing, over the content message map). */
export type ContentOutgoing<K extends ContentType> = { type: K } & (string extends keyof ContentRequests[K]['request'] ? unknown : ContentRequests[K]['request']);

/** Sends a message of type K to a tab's content script and resolves with its reply value. */
export type ContentSend = <K extends ContentType>(message: ContentOutgoing<K>) => Promise<ContentReplyOf<K>>;

/**
 * A ContentSend over a transport (browser.tabs.sendMessage to one tab). Rejects with the content
 * script's error, with 'no reply from the page' when nothing answered, and with the transport's
 * error when no content script listens in the tab.
 */
export function createContentSend(post: (message: unknown) => Promise<unknown>): ContentSend {
  return (message) => unwrap(attempt(post, message), 'the page') as never;
}

/**
 * `post(message)`, with a transport that throws at once turned into a rejection: Chromium's
 * runtime.sendMessage throws synchronously in a content script whose extension was reloaded or
 * updated ("Extension context invalidated"), and a caller's `.catch` must still see it.
 */
function attempt(post: (message: unknown) => Promise<unknown>, message: unknown): Promise<unknown> {
  try {
    return post(message);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

async function unwrap(pending: Promise<unknown>, from: string): Promise<unknown> {
  const reply = (await pending) as Reply<unknown> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`no reply from ${from}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
