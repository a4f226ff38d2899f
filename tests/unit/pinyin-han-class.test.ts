// The corrections' patterns spell \p{Script=Han} as ranges (lib/pinyin/han-class.ts): they compile
// far faster, and they must match exactly what the property matches in the Basic Multilingual Plane.
import { describe, expect, it } from 'vitest';
import { HAN_BMP_RANGES, withBmpHan } from '../../lib/pinyin/han-class';

describe('\\p{Script=Han} spelled as BMP ranges', () => {
  it('matches exactly the BMP characters the property matches', () => {
    const property = /^\p{Script=Han}$/u;
    const ranges = new RegExp(`^[${HAN_BMP_RANGES}]$`, 'u');
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (property.test(c) !== ranges.test(c)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('rewrites the property inside and outside a character class, and leaves escaped brackets alone', () => {
    expect(withBmpHan('(?<=\\p{Script=Han})为')).toBe(`(?<=[${HAN_BMP_RANGES}])为`);
    expect(withBmpHan('[^\\p{Script=Han}，]')).toBe(`[^${HAN_BMP_RANGES}，]`);
    expect(withBmpHan('\\[\\p{Script=Han}\\]')).toBe(`\\[[${HAN_BMP_RANGES}]\\]`);
    expect(withBmpHan('[\\]]\\p{Script=Han}')).toBe(`[\\]][${HAN_BMP_RANGES}]`);
    expect(withBmpHan('得(?=[了着])')).toBe('得(?=[了着])');
  });

  it('a rewritten pattern matches as the original on Chinese text', () => {
    const sources = ['(?<=\\p{Script=Han}{2})长(?=[^\\p{Script=Han}]|$)', '(?<![\\p{Script=Han}])行', '(东[\\p{Script=Han}]西)'];
    const text = '他说：长，行走在东张西望的人群中，长长的街行了。A长B行';
    for (const s of sources) {
      const a = [...text.matchAll(new RegExp(s, 'gu'))].map((m) => m.index);
      const b = [...text.matchAll(new RegExp(withBmpHan(s), 'gu'))].map((m) => m.index);
      expect(b).toEqual(a);
    }
  });
});
