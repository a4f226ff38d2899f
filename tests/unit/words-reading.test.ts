// The reading and meanings a saved word keeps: the entry read in the sentence first, every
// entry's senses kept. Entries are CC-CEDICT's lines as shipped (public/dict/cedict.txt: 所长,
// 教授, 一样 — the order the dictionary lists them in), pinyin tone-marked as the look-up returns it.
import { describe, expect, it } from 'vitest';
import { chooseReading, samePinyin, spanReading } from '../../lib/words/reading';

const SUOZHANG = [
  { pinyin: 'suǒ cháng', definitions: ['what one is good at; one’s strong point'] },
  { pinyin: 'suǒ zhǎng', definitions: ['director; head of an institute, office or station'] },
];

describe('chooseReading', () => {
  it('keeps the entry read in the sentence first, and the other entries’ senses after it with their reading', () => {
    expect(chooseReading(SUOZHANG, 'suǒ zhǎng')).toEqual({
      reading: 'suǒ zhǎng',
      meanings: ['director; head of an institute, office or station', '(suǒ cháng) what one is good at; one’s strong point'],
    });
  });

  it('falls back to the first entry without a reading in context', () => {
    expect(chooseReading(SUOZHANG, null)).toEqual({ reading: 'suǒ cháng', meanings: ['what one is good at; one’s strong point', '(suǒ zhǎng) director; head of an institute, office or station'] });
    expect(chooseReading(SUOZHANG, '')).toEqual(chooseReading(SUOZHANG, null));
  });

  it('matches an entry without tones when the sentence’s reading has tone sandhi, and keeps the reading as read', () => {
    const yiyang = [{ pinyin: 'yī yàng', definitions: ['same', 'like', 'equal to'] }];
    expect(chooseReading(yiyang, 'yí yàng')).toEqual({ reading: 'yí yàng', meanings: ['same', 'like', 'equal to'] });
  });

  it('keeps at most 12 senses, no duplicates, none empty', () => {
    const many = [
      { pinyin: 'dǎ', definitions: Array.from({ length: 9 }, (_, i) => `sense ${i}`) },
      { pinyin: 'dǎ', definitions: ['sense 0', '', 'sense 9', 'sense 10', 'sense 11', 'sense 12'] },
    ];
    const got = chooseReading(many, 'dǎ').meanings;
    expect(got).toEqual(Array.from({ length: 12 }, (_, i) => `sense ${i}`));
  });

  it('with no entries keeps the reading in context and no meanings', () => {
    expect(chooseReading([], 'suǒ zhǎng')).toEqual({ reading: 'suǒ zhǎng', meanings: [] });
  });
});

describe('spanReading and samePinyin', () => {
  it('joins the syllables of a UTF-16 span, skipping characters without a reading', () => {
    // One reading per code point; 𠮷 (U+20BB7) is two UTF-16 units.
    const text = '𠮷所长，好';
    const readings = ['jí', 'suǒ', 'zhǎng', '', 'hǎo'];
    expect(spanReading(readings, text, 2, 4)).toBe('suǒ zhǎng');
    expect(spanReading(readings, text, 2, 6)).toBe('suǒ zhǎng hǎo');
    expect(spanReading(readings, text, 4, 5)).toBe('');
  });

  it('compares pinyin without case and spaces, and without tones only when asked', () => {
    expect(samePinyin('Yín háng', 'yínháng')).toBe(true);
    expect(samePinyin('yí yàng', 'yī yàng')).toBe(false);
    expect(samePinyin('yí yàng', 'yī yàng', true)).toBe(true);
    expect(samePinyin('nǚ', 'nu', true)).toBe(true);
    expect(samePinyin('', '')).toBe(false);
  });
});
