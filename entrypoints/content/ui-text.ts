// The content script's interface strings, read from the browser's i18n while the extension is
// there and kept: once the extension is reloaded or updated under an open page, this old copy of
// the script can read no message any more (Chromium: "Extension context invalidated"), and what
// it still shows (a toolbar's "not saved", the notice that Dubao was reloaded) must stay words.

/** Marks where a message's one substitution goes in the template kept for it. */
const SLOT = '\u0001';

/** A UI string by key, with one substitution; the key itself where the runtime has no message. */
export type UiText = (key: string, sub?: string) => string;

/**
 * UiText over `getMessage` (browser.i18n.getMessage) that keeps each message it has read, so a
 * message read once is still given after `getMessage` starts throwing or answering ''. Read the
 * keys the script may need late with `warm` while the extension is there.
 */
export function createUiText(getMessage: (key: string, sub: string) => string): UiText & { warm(keys: readonly string[]): void } {
  const kept = new Map<string, string>();
  const template = (key: string): string | undefined => {
    const known = kept.get(key);
    if (known !== undefined) return known;
    let read = '';
    try {
      read = getMessage(key, SLOT);
    } catch {
      // The extension's context is gone: nothing more can be read.
    }
    if (read) kept.set(key, read);
    return read || undefined;
  };
  const text = (key: string, sub?: string): string => template(key)?.split(SLOT).join(sub ?? '') ?? key;
  return Object.assign(text, { warm: (keys: readonly string[]) => keys.forEach((k) => template(k)) });
}

/**
 * True when this copy of the content script has lost its extension (reloaded, updated or
 * removed while the page stayed open): Chromium then leaves `runtime.id` undefined, and every
 * message to the background fails.
 */
export function extensionGone(runtime: { id?: string } | undefined): boolean {
  try {
    return !runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Why a save failed, in the reader's language where it is a reason a reader can meet and act
 * on: the background words its refusals for developers, in English (lib/service.ts describeError,
 * lib/message-checks.ts, lib/records.ts), and the toolbar showed them as they came. Other reasons
 * are given as they are.
 */
export function readerReason(why: string, t: UiText): string {
  if (why.startsWith('storage is full')) return t('errStorageFull');
  const note = /note must be a string of at most (\d+) characters/u.exec(why);
  if (note) return t('errNoteTooLong', note[1]);
  const explanation = /explanation too long \(more than (\d+) characters\)/u.exec(why);
  if (explanation) return t('errExplanationTooLong', explanation[1]);
  return why;
}
