// The popup's "Use Dubao on this page" on a tab without Dubao's content script: it sets a flag in
// the extension's own script world, then injects the script, which starts forced when it finds it.

/** The key the popup's "Use Dubao on this page" sets in the content scripts' world just before it injects this script. */
export const START_FORCED_KEY = 'dubao.start-forced';

/**
 * Whether the popup's "Use Dubao on this page" injected this script (it sets a symbol-keyed flag in
 * the extension's own world first, so the start does not depend on the popup staying open for the
 * 'page:start-forced' message; a page's scripts cannot reach that world, and a named element can
 * shadow only a string-keyed window property).
 */
export function forcedByPopup(world: object = globalThis): boolean {
  return (world as Record<symbol, unknown>)[Symbol.for(START_FORCED_KEY)] === true;
}
