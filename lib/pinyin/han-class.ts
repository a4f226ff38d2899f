// A cheaper spelling of \p{Script=Han} for the correction patterns' sources.
//
// V8 compiles a pattern that holds \p{Script=Han} under the `u` flag about fifty times slower than
// one holding the same characters as ranges (about 1 ms against 20 µs each in Node 20 and Chromium:
// the property's astral ranges become surrogate-pair alternatives, and under a lookbehind they are
// compiled twice). The corrections' patterns are compiled the first time their word turns up, so a
// reader's first pinyin paid for dozens of them while the screen was being read. The ranges below
// are the Basic Multilingual Plane's part of Script=Han (Unicode 15.1: radicals, 々, 〇, Hangzhou
// numerals, CJK Extension A, the Unified Ideographs, compatibility ideographs). Characters outside
// the BMP (CJK Extensions B and later) are left out on purpose: a pattern then treats one as a
// non-Han character, which only matters next to a rare character pinyin-pro has no reading for.

/** Script=Han's Basic Multilingual Plane ranges, as character-class contents. */
export const HAN_BMP_RANGES = '\\u2e80-\\u2e99\\u2e9b-\\u2ef3\\u2f00-\\u2fd5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufa6d\\ufa70-\\ufad9';

const PROPERTY = '\\p{Script=Han}';

/**
 * `source` with every \p{Script=Han} spelled as HAN_BMP_RANGES: inside a character class as its
 * ranges, elsewhere as a class of them. Escapes and classes are followed so that a `[` or `]`
 * written as `\[` is not taken for a class's edge.
 */
export function withBmpHan(source: string): string {
  if (!source.includes(PROPERTY)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    if (source.startsWith(PROPERTY, i)) {
      out += inClass ? HAN_BMP_RANGES : `[${HAN_BMP_RANGES}]`;
      i += PROPERTY.length;
      continue;
    }
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
    i++;
  }
  return out;
}
