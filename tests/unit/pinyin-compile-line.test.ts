// The reader compiles a character's weights straight from its line of the stored model
// (lib/pinyin/reader-scorer.ts compileLine); this must give exactly what compiling the parsed
// weights gives (compileChar), for every character of the shipped model
// (lib/pinyin/polyphone-model.generated.ts), and refuse malformed lines as parseModel does.
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../lib/pinyin/polyphone-model';
import { MODEL_TEXT } from '../../lib/pinyin/polyphone-model.generated';
import { compileChar, compileLine } from '../../lib/pinyin/reader-scorer';

describe('compileLine', () => {
  it('gives what compileChar gives for every character of the shipped model', () => {
    const model = parseModel(MODEL_TEXT);
    const chars = Object.keys(model.chars);
    expect(chars.length).toBeGreaterThan(500);
    const wrong = chars.filter((ch) => {
      const line = model.line?.(ch);
      const cw = model.chars[ch];
      if (line === undefined || !cw) return true;
      const a = compileLine(ch, line);
      const b = compileChar(cw);
      const rows = (x: typeof a) => x.rows.map((m) => (m ? [...m].sort() : null));
      return JSON.stringify([a.c, rows(a)]) !== JSON.stringify([b.c, rows(b)]);
    });
    expect(wrong).toEqual([]);
  });

  it('reads negative weights, a feature without a value and an unknown kind as compileChar does', () => {
    const model = parseModel('*\tA=1\n长\tchang2 zhang3\tb=3,-3\tl:成=-12,12\tq:x=1,1\tc:大=0,7');
    const line = model.line?.('长') ?? '';
    const a = compileLine('长', line);
    expect(a.c).toEqual(['chang2', 'zhang3']);
    expect(a.rows[0]?.get('')).toEqual([3, -3]);
    expect(a.rows[1]?.get('成')).toEqual([-12, 12]);
    expect(a.rows[10]?.get('大')).toEqual([0, 7]);
    expect(a).toEqual(compileChar(model.chars['长'] ?? { c: [], w: new Map() }));
  });

  it('refuses a line without readings or with the wrong number of weights', () => {
    expect(() => compileLine('长', '\tb=1')).toThrow(/no readings/u);
    expect(() => compileLine('长', 'chang2 zhang3 zhang4\tl:成=1')).toThrow(/1 weights for 3 readings/u);
    expect(() => compileLine('长', 'chang2 zhang3\tl:成=1,2,3')).toThrow(/3 weights for 2 readings/u);
  });

  it('completes a zero-sum list stored without its last weight, as parseModel does', () => {
    const model = parseModel('*\tA=1\n长\tchang2 zhang3 zhang4\tb=5,-2\tl:成=0,0\tr:大=1,1,1');
    const a = compileLine('长', model.line?.('长') ?? '');
    expect(a.rows[0]?.get('')).toEqual([5, -2, -3]);
    expect(Object.is(a.rows[1]?.get('成')?.[2], 0)).toBe(true);
    expect(a.rows[2]?.get('大')).toEqual([1, 1, 1]);
    expect(a).toEqual(compileChar(model.chars['长'] ?? { c: [], w: new Map() }));
  });
});
