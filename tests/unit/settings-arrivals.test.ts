// New settings reach a page by the popup's message and again through storage
// (entrypoints/content/settings-arrivals.ts): each change is applied once, changes made elsewhere
// still arrive, and when writers cross, storage's last word is what the page ends with.
import { describe, expect, it } from 'vitest';
import { SettingsArrivals } from '../../entrypoints/content/settings-arrivals';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const s = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

function setup() {
  const applied: string[] = [];
  const arrivals = new SettingsArrivals(DEFAULT_SETTINGS, (next) => applied.push(`${next.pinyin}/${next.tone}`));
  return { applied, arrivals };
}

describe('settings arriving by message and through storage', () => {
  it('applies a change when its message arrives and not again when storage repeats it', () => {
    const { applied, arrivals } = setup();
    arrivals.fromMessage(s({ pinyin: 'all' }));
    arrivals.fromStorage(s({ pinyin: 'all' }));
    expect(applied).toEqual(['all/mark']);
  });

  it('keys in another order are the same settings', () => {
    const { applied, arrivals } = setup();
    arrivals.fromMessage(s({ pinyin: 'all' }));
    const reordered = Object.fromEntries(Object.entries(s({ pinyin: 'all' })).reverse()) as unknown as Settings;
    arrivals.fromStorage(reordered);
    expect(applied).toEqual(['all/mark']);
  });

  it('two quick changes by message, then both echoes: each applied once, in order, and nothing flips back', () => {
    const { applied, arrivals } = setup();
    arrivals.fromMessage(s({ pinyin: 'all' }));
    arrivals.fromMessage(s({ pinyin: 'all', tone: 'number' }));
    arrivals.fromStorage(s({ pinyin: 'all' }));
    arrivals.fromStorage(s({ pinyin: 'all', tone: 'number' }));
    expect(applied).toEqual(['all/mark', 'all/number']);
  });

  it('a change made elsewhere (library, another window) arrives through storage alone', () => {
    const { applied, arrivals } = setup();
    arrivals.fromStorage(s({ pinyin: 'uncommon' }));
    arrivals.fromStorage(s({ pinyin: 'uncommon' }));
    expect(applied).toEqual(['uncommon/mark']);
  });

  it('when another writer crosses the popup, storage has the last word', () => {
    const { applied, arrivals } = setup();
    arrivals.fromMessage(s({ pinyin: 'all' }));
    // Another window wrote first; the popup's write (the echo) came after it.
    arrivals.fromStorage(s({ pinyin: 'uncommon' }));
    arrivals.fromStorage(s({ pinyin: 'all' }));
    expect(applied).toEqual(['all/mark', 'uncommon/mark', 'all/mark']);
  });

  it('a message with the settings in force changes nothing; its storage echo neither', () => {
    const { applied, arrivals } = setup();
    arrivals.fromMessage(DEFAULT_SETTINGS);
    arrivals.fromStorage(DEFAULT_SETTINGS);
    expect(applied).toEqual([]);
  });
});
