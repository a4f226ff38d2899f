// happy-dom marks every dispatched event untrusted, as a browser marks a page script's events.
// The content script acts only on trusted events; DOM tests of what the reader's own gestures
// do mark their events as the browser would mark the reader's (real gestures: tests/e2e).

/** The event, marked as made by the reader. */
export function asTrusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}
