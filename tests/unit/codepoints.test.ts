// UTF-16 offsets ↔ code points, counted as Array.from counts them (lone surrogates included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointLength } from '../../lib/codepoints';

describe('code points', () => {
  it('counts pairs as one and lone surrogates as one each', () => {
    expect(codePointIndex('银𠮷行')).toEqual(new Int32Array([0, 1, 1, 2, 3]));
    // A lone high surrogate before a BMP character used to swallow it.
    expect(Array.from(codePointIndex('a\ud800河'))).toEqual([0, 1, 2, 3]);
    expect(Array.from(codePointIndex('\udc00\ud800'))).toEqual([0, 1, 2]);
    expect(codePointLength('\ud800河', 0)).toBe(1);
    expect(codePointLength('𠮷', 0)).toBe(2);
    expect(codePointLength('\ud800', 0)).toBe(1);
  });

  it('agrees with Array.from on any string (property)', () => {
    const units = fc.array(fc.oneof(fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0x94f6, 0x41), fc.integer({ min: 0, max: 0xffff })), { maxLength: 40 });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        const cps = Array.from(text);
        const index = codePointIndex(text);
        expect(index[text.length]).toBe(cps.length);
        let u = 0;
        cps.forEach((cp, k) => {
          expect(index[u]).toBe(k);
          expect(codePointLength(text, u)).toBe(cp.length);
          u += cp.length;
        });
      }),
      { numRuns: 2000 },
    );
  });
});
