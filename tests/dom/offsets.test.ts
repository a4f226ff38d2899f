// Offsets of the repaired text ⇄ offsets of a converted display whose phrases change length.
// Converted texts are OpenCC's Taiwan-phrase output (opencc-js cn → twp) for these sentences.
import { describe, expect, it } from 'vitest';
import { align } from '../../entrypoints/content/offsets';

/** Maps a repaired range through an alignment and back. */
function roundTrip(repaired: string, each: string, shown: string, word: string): { shown: string; back: string } {
  const a = align(repaired, each, shown);
  const s = repaired.indexOf(word);
  const e = s + word.length;
  const ds = a.toShown[s] as number;
  const de = a.toShown[e] as number;
  return { shown: shown.slice(ds, de), back: repaired.slice(a.startOf[ds], a.endOf[de]) };
}

describe('phrase-aware offsets', () => {
  const repaired = '随着内存和U盘价格回落，方便面的销量也有所回升。';
  // Converted one character at a time (same length), and as OpenCC converts the phrases.
  const each = '隨著內存和U盤價格回落，方便麵的銷量也有所回升。';
  const shown = '隨著記憶體和隨身碟價格回落，泡麵的銷量也有所回升。';

  it('maps words after phrases that grew or shrank to the same words in the display', () => {
    expect(roundTrip(repaired, each, shown, '的销量也有所回升').shown).toBe('的銷量也有所回升');
    expect(roundTrip(repaired, each, shown, '价格回落').shown).toBe('價格回落');
    expect(roundTrip(repaired, each, shown, '和').shown).toBe('和');
  });

  it('maps a displayed selection back to the repaired text exactly', () => {
    const a = align(repaired, each, shown);
    const ds = shown.indexOf('的銷量也有所回升');
    expect(repaired.slice(a.startOf[ds], a.endOf[ds + 8])).toBe('的销量也有所回升');
    const p = shown.indexOf('價格');
    expect(repaired.slice(a.startOf[p], a.endOf[p + 2])).toBe('价格');
  });

  it('counts a phrase partly selected in the display as the whole phrase', () => {
    const a = align(repaired, each, shown);
    const s = shown.indexOf('憶'); // inside 記憶體
    const e = shown.indexOf('碟'); // inside 隨身碟
    expect(repaired.slice(a.startOf[s], a.endOf[e])).toBe('内存和U盘');
  });

  it('is the identity where the display only changes characters', () => {
    const a = align('银行业务', '銀行業務', '銀行業務');
    expect(Array.from(a.toShown)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(a.startOf)).toEqual([0, 1, 2, 3, 4]);
  });
});
