// The flag the popup's "Use Dubao on this page" sets before injecting the content script
// (lib/start-forced.ts): only the symbol-keyed true counts, never a string-keyed property such as a
// page's element named after it, nor another value.
import { describe, expect, it } from 'vitest';
import { forcedByPopup, START_FORCED_KEY } from '../../lib/start-forced';

describe('forcedByPopup', () => {
  it('is true only for the symbol-keyed flag set to true', () => {
    const world: Record<string | symbol, unknown> = {};
    expect(forcedByPopup(world)).toBe(false);
    world[START_FORCED_KEY] = true;
    expect(forcedByPopup(world)).toBe(false);
    world[Symbol.for(START_FORCED_KEY)] = {};
    expect(forcedByPopup(world)).toBe(false);
    world[Symbol.for(START_FORCED_KEY)] = true;
    expect(forcedByPopup(world)).toBe(true);
  });
});
