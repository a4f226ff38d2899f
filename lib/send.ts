// One typed way to ask the background: the reply type is the one declared for the message type.
import type { BackgroundRequests, BackgroundType, Reply } from './messages';

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
  return async (message) => {
    const reply = (await post(message)) as Reply<never> | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('no reply from the background');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}
