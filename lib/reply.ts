// The envelope of every reply between Dubao's parts (lib/messages.ts): in a module of its own so
// that what builds replies (lib/upload.ts) need not import the message map.

/** The reply envelope: a value, or the reason there is none. */
export type Reply<V> = { ok: true; value: V } | { ok: false; error: string };
