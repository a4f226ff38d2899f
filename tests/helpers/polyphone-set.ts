// The suite every news polyphone development set runs (tests/fixtures/polyphones-dev*.json,
// issue 15): the file is well formed, and pinyin-pro alone and the reader are scored on it, by
// area, with the misses listed when the set's environment variable asks (DEV2_MISSES=1 …).
// A development set's figure is a tuned one; the unfitted one is polyphones-heldout.json.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { readings } from '../../lib/pinyin';

interface Item {
  text: string;
  word: string;
  index: number;
  pinyin: string;
  area: string;
}

function wordReading(c: Item, perCodePoint: readonly string[]): string {
  const start = Array.from(c.text.slice(0, c.index)).length;
  return perCodePoint.slice(start, start + Array.from(c.word).length).join(' ');
}

/** Registers the suite for one set: `name` as in the file name (dev2), its parsed JSON, the reader's floor (a share) and the least number of items. */
export function polyphoneSetSuite(name: string, title: string, data: unknown, floor: number, minItems = 200): void {
  const items = (data as unknown[]).filter((x): x is Item => typeof x === 'object' && x !== null && 'text' in x);
  const missesEnv = `${name.toUpperCase()}_MISSES`;
  describe(`news polyphones, ${title}`, () => {
    it('is well formed', () => {
      expect(items.length).toBeGreaterThanOrEqual(minItems);
      for (const c of items) {
        expect(c.text.slice(c.index, c.index + c.word.length)).toBe(c.word);
        expect(c.pinyin.split(' ')).toHaveLength(Array.from(c.word).length);
      }
    });

    it('reports pinyin-pro alone and the reader, by area', () => {
      const base = items.filter((c) => wordReading(c, pinyin(c.text, { type: 'array', toneType: 'symbol' })) === c.pinyin).length;
      const misses: string[] = [];
      const byArea = new Map<string, [number, number]>();
      for (const c of items) {
        const got = wordReading(c, readings(c.text));
        const a = byArea.get(c.area) ?? [0, 0];
        a[1]++;
        if (got === c.pinyin) a[0]++;
        else misses.push(`${c.word} ${got} ≠ ${c.pinyin}: ${c.text}`);
        byArea.set(c.area, a);
      }
      const ours = items.length - misses.length;
      console.log(
        `polyphones-${name}.json (${items.length}): pinyin-pro ${(base / items.length).toFixed(3)}, reader ${(ours / items.length).toFixed(3)}\n` +
          [...byArea].map(([k, [ok, n]]) => `  ${k}: ${ok}/${n}`).join('\n') +
          (process.env[missesEnv] ? `\n${misses.join('\n')}` : ''),
      );
      expect(ours).toBeGreaterThan(base);
      expect(ours / items.length).toBeGreaterThanOrEqual(floor);
    });
  });
}
