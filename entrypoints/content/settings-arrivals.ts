// New settings reach a page two ways: by the popup's message the moment the reader changes one
// (page:settings), and through storage a moment later (5–50 ms), which also brings changes made
// elsewhere (the library, another window or device). Each change is applied once, whichever way
// it came first, and storage stays the truth when two writers cross.
import type { Settings } from '../../lib/settings';

/** A settings object as a string that is equal for equal settings (keys in a fixed order). */
function keyOf(s: Settings): string {
  const r = s as unknown as Record<string, unknown>;
  return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]));
}

/** Most message-delivered settings kept waiting for their echo from storage. */
const MAX_ECHOES = 16;

/** Passes new settings on to `apply` once each, from the popup's message or from storage. */
export class SettingsArrivals {
  private current: string;
  /** Settings delivered by message, in order, whose storage echo has not come yet. */
  private echoes: string[] = [];

  constructor(start: Settings, private readonly apply: (next: Settings) => void) {
    this.current = keyOf(start);
  }

  /** The popup's message: applied at once, unless they are the settings in force. */
  fromMessage(next: Settings): void {
    const key = keyOf(next);
    if (key === this.current) return;
    this.current = key;
    this.echoes.push(key);
    if (this.echoes.length > MAX_ECHOES) this.echoes.shift();
    this.apply(next);
  }

  /**
   * Storage's news: the echo of the oldest message-delivered change is dropped; anything else
   * (a change made elsewhere, or writes crossing) makes storage the truth again and is applied
   * unless it is the settings in force.
   */
  fromStorage(next: Settings): void {
    const key = keyOf(next);
    if (this.echoes[0] === key) {
      this.echoes.shift();
      return;
    }
    this.echoes = [];
    if (key === this.current) return;
    this.current = key;
    this.apply(next);
  }
}
