// Word dictionary (lib/dict) on small synthetic data: parsing, longest-first look-up,
// traditional headwords, offsets and surrogate pairs, entry and sense order, pinyin tone marks,
// and the CC-CEDICT conversion used by scripts/build-dict.ts.
import { describe, expect, it } from 'vitest';
import {
  DICT_FORMAT,
  isSecondaryDefinition,
  numberedToMarked,
  orderDefinitions,
  parseDictionary,
  syllableToMarked,
  type DictMatch,
} from '../../lib/dict';
import { convertCedict } from '../../lib/dict/cedict';

const header = { format: DICT_FORMAT, source: 'test', entries: 12 };
const DATA = [
  `#${JSON.stringify(header)}`,
  '# a comment line',
  '丢\t丟\tdiu1\tto lose/to put aside',
  '了\t\tle5\t(completed action marker)',
  '了\t\tliao3\tto finish',
  '医\t醫\tyi1\tmedical/medicine',
  '医保\t醫保\tyi1 bao3\tmedical insurance',
  '医保卡\t醫保卡\tyi1 bao3 ka3\tmedical insurance card',
  '卡\t\tka3\t(loanword) card/CL:張|张[zhang1]/truck',
  '银行\t銀行\tyin2 hang2\tbank/CL:家[jia1],個|个[ge4]',
  '行\t\tHang2\tsurname Hang',
  '行\t\thang2\trow; line',
  '𰻝\t𰻞\tbiang2\tused in 𰻞𰻞麵|𰻝𰻝面[biang2 biang2 mian4]',
  '𰻝𰻝面\t𰻞𰻞麵\tbiang2 biang2 mian4\tbroad, belt-shaped noodles',
  '',
].join('\n');

const dict = parseDictionary(DATA);
const words = (ms: DictMatch[]) => ms.map((m) => m.word);

describe('parseDictionary', () => {
  it('reads the header and every entry line, skipping comments and blank lines', () => {
    expect(dict.header).toMatchObject(header);
    expect(dict.size).toBe(12);
    expect(dict.has('医保')).toBe(true);
    expect(dict.has('醫保')).toBe(true);
    expect(dict.has('共同富裕')).toBe(false);
  });

  it('decodes an entry: traditional filled in when empty, pinyin in both forms, senses split', () => {
    expect(dict.get('医保')).toEqual([
      {
        simplified: '医保',
        traditional: '醫保',
        pinyin: 'yī bǎo',
        pinyinNumbered: 'yi1 bao3',
        definitions: ['medical insurance'],
      },
    ]);
    expect(dict.get('了').map((e) => e.traditional)).toEqual(['了', '了']);
  });

  it('works without a header and with "\\r\\n" line ends', () => {
    const d = parseDictionary('好\t\thao3\tgood/well\r\n好人\t\thao3 ren2\tgood person\r\n');
    expect(d.header).toBeNull();
    expect(d.size).toBe(2);
    expect(d.get('好')[0]?.definitions).toEqual(['good', 'well']);
    expect(words(d.lookup('好人好事', 0))).toEqual(['好人', '好']);
  });

  it('rejects a line that does not have four fields', () => {
    expect(() => parseDictionary('好\thao3\tgood\n')).toThrow(/line 1/);
    expect(() => parseDictionary('好\t\thao3\tgood\n\t\tx1\ty\n')).toThrow(/line 2/);
  });

  it('parses an empty text to an empty dictionary', () => {
    const d = parseDictionary('');
    expect(d.size).toBe(0);
    expect(d.lookup('好', 0)).toEqual([]);
  });
});

describe('lookup', () => {
  it('returns every word starting at the offset, longest first', () => {
    const text = '医保卡丢了';
    expect(words(dict.lookup(text, 0))).toEqual(['医保卡', '医保', '医']);
    expect(words(dict.lookup(text, 1))).toEqual([]); // 保 alone is not in this dictionary
    expect(words(dict.lookup(text, 2))).toEqual(['卡']);
    expect(words(dict.lookup(text, 3))).toEqual(['丢']);
    expect(dict.lookup(text, 0)[0]?.entries[0]?.pinyin).toBe('yī bǎo kǎ');
  });

  it('honours maxLen (in characters)', () => {
    expect(words(dict.lookup('医保卡丢了', 0, 2))).toEqual(['医保', '医']);
    expect(words(dict.lookup('医保卡丢了', 0, 1))).toEqual(['医']);
    expect(dict.lookup('医保卡丢了', 0, 0)).toEqual([]);
  });

  it('finds traditional headwords and returns the text as written', () => {
    const [m] = dict.lookup('去銀行辦事', 1);
    expect(m?.word).toBe('銀行');
    expect(m?.entries).toEqual([
      {
        simplified: '银行',
        traditional: '銀行',
        pinyin: 'yín háng',
        pinyinNumbered: 'yin2 hang2',
        definitions: ['bank', 'CL:家[jia1],個|个[ge4]'],
      },
    ]);
    expect(words(dict.lookup('醫保卡丟了', 0))).toEqual(['醫保卡', '醫保', '醫']);
    expect(words(dict.lookup('醫保卡丟了', 3))).toEqual(['丟']);
  });

  it('returns [] for offsets outside the text and for non-Han starts', () => {
    const text = '医保 ok，医';
    expect(dict.lookup(text, -1)).toEqual([]);
    expect(dict.lookup(text, text.length)).toEqual([]);
    expect(dict.lookup(text, 100)).toEqual([]);
    expect(dict.lookup(text, 0.5)).toEqual([]);
    expect(dict.lookup(text, 2)).toEqual([]); // space
    expect(dict.lookup(text, 3)).toEqual([]); // Latin
    expect(dict.lookup(text, 5)).toEqual([]); // full-width comma
    expect(words(dict.lookup(text, 6))).toEqual(['医']); // last character
    expect(dict.lookup('', 0)).toEqual([]);
  });

  it('handles characters outside the BMP (surrogate pairs)', () => {
    const text = '吃𰻝𰻝面了';
    expect(words(dict.lookup(text, 1))).toEqual(['𰻝𰻝面', '𰻝']);
    expect(dict.lookup(text, 2)).toEqual([]); // second half of the pair
    expect(words(dict.lookup(text, 3))).toEqual(['𰻝']);
    // maxLen counts a pair as one character: 𰻝𰻝面 is three characters long.
    expect(words(dict.lookup(text, 1, 3))).toEqual(['𰻝𰻝面', '𰻝']);
    expect(words(dict.lookup(text, 1, 2))).toEqual(['𰻝']);
    expect(words(dict.lookup('𰻞𰻞麵', 0))).toEqual(['𰻞𰻞麵', '𰻞']);
    expect(dict.lookup('𰻝', 0)[0]?.entries[0]?.traditional).toBe('𰻞');
    // A lone high surrogate at the end is not a character of any word.
    expect(dict.lookup('医\ud883', 0).map((m) => m.word)).toEqual(['医']);
  });

  it('does not read past the end of the text', () => {
    expect(words(dict.lookup('医保', 0))).toEqual(['医保', '医']);
    expect(words(dict.lookup('……医保卡', 2))).toEqual(['医保卡', '医保', '医']);
  });
});

describe('entry and sense order', () => {
  it('puts common readings before proper nouns, otherwise keeps the data order', () => {
    expect(dict.get('行').map((e) => e.pinyinNumbered)).toEqual(['hang2', 'Hang2']);
    expect(dict.get('了').map((e) => e.pinyinNumbered)).toEqual(['le5', 'liao3']);
  });

  it('puts entries that are only variants or cross-references after real senses', () => {
    const d = parseDictionary(
      [
        '干\t乹\tgan1\told variant of 乾|干[gan1]',
        '干\t乾\tGan1\tsurname Gan',
        '干\t乾\tgan1\tdry/dried food',
        '干\t亁\tgan1\tvariant of 乾|干[gan1]',
        '干\t幹\tgan4\ttree trunk/to do',
        '干\t\txx5\tused in 若干[ruo4 gan1]',
      ].join('\n'),
    );
    expect(d.get('干').map((e) => `${e.traditional} ${e.pinyinNumbered}`)).toEqual([
      '乾 gan1',
      '幹 gan4',
      '乾 Gan1',
      '干 xx5',
      '乹 gan1',
      '亁 gan1',
    ]);
    // Looked up by a traditional form, only its entries come back.
    expect(d.get('乾').map((e) => e.pinyinNumbered)).toEqual(['gan1', 'Gan1']);
  });

  it('moves classifier lists and variant notes after the main senses, unchanged', () => {
    expect(dict.get('卡')[0]?.definitions).toEqual(['(loanword) card', 'truck', 'CL:張|张[zhang1]']);
    expect(
      orderDefinitions([
        'variant of 瞭|了[liao3]',
        'to finish',
        'CL:個|个[ge4]',
        'also written 瞭[liao3]',
        'erhua variant of 了',
        '(literary) variant of 了',
        'completely',
      ]),
    ).toEqual([
      'to finish',
      'completely',
      'variant of 瞭|了[liao3]',
      'CL:個|个[ge4]',
      'also written 瞭[liao3]',
      'erhua variant of 了',
      '(literary) variant of 了',
    ]);
  });

  it('tells variant notes from senses that only mention a variant', () => {
    for (const d of [
      'variant of 乾|干[gan1]',
      'old variant of 汝[ru3]',
      'erhua variant of 一點|一点[yi1 dian3]',
      '(old) contracted variant of 不要[bu4 yao4]',
      'Taiwan variant of 台[tai2]',
      'CL:家[jia1],個|个[ge4]',
      'also pr. [ka3]',
      'see also 某[mou3]',
    ]) {
      expect(isSecondaryDefinition(d), d).toBe(true);
    }
    for (const d of [
      'dry (old variant of 乾)',
      'a variant of mahjong',
      'to cry; to wail (variant of 嚎)',
      'bank',
      'used in 蝴蝶[hu2 die2]',
      'classifier for rows or lines',
    ]) {
      expect(isSecondaryDefinition(d), d).toBe(false);
    }
  });
});

describe('numbered pinyin to tone marks', () => {
  it.each([
    ['yin2 hang2', 'yín háng'],
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['lv4', 'lǜ'],
    ['lü4', 'lǜ'],
    ['nu:e4', 'nüè'],
    ['lu:e4', 'lüè'],
    ['Lu:3', 'Lǚ'],
    ['lu:5', 'lü'],
    ['r5', 'r'],
    ['xx5', 'xx'],
    ['de5', 'de'],
    ['de0', 'de'],
    ['ma5', 'ma'],
    // a or e takes the mark
    ['hao3', 'hǎo'],
    ['guai4', 'guài'],
    ['xue2', 'xué'],
    ['lei4', 'lèi'],
    ['jian1', 'jiān'],
    // o of ou
    ['zhou1', 'zhōu'],
    ['Ou1 yang2', 'Ōu yáng'],
    ['you3', 'yǒu'],
    // otherwise the last vowel: iu → u, ui → i
    ['liu2', 'liú'],
    ['niu2', 'niú'],
    ['gui4', 'guì'],
    ['dui4', 'duì'],
    ['huo3', 'huǒ'],
    ['bing4', 'bìng'],
    ['E2', 'É'],
    ['Er4', 'Èr'],
    // no vowel
    ['m2', 'ḿ'],
    ['n3', 'ň'],
    ['ng4', 'ǹg'],
    ['hm5', 'hm'],
    // e^ for ê
    ['e^2', 'ế'],
    // several syllables in one token, Latin letters and punctuation left alone
    ['shi2ke4', 'shíkè'],
    ['san1 C', 'sān C'],
    ['A A zhi4', 'A A zhì'],
    ['11 Qu1', '11 Qū'],
    ['yi1 zhao1 bei4 she2 yao3 , shi2 nian2', 'yī zhāo bèi shé yǎo , shí nián'],
    ['Ka3 er3 · Ma3 ke4 si1', 'Kǎ ěr · Mǎ kè sī'],
    ['', ''],
  ])('%s → %s', (numbered, marked) => {
    expect(numberedToMarked(numbered)).toBe(marked);
  });

  it('produces the same precomposed text as combining marks + NFC', () => {
    const marks = ['\u0304', '\u0301', '\u030C', '\u0300'];
    for (const letter of ['a', 'e', 'i', 'o', 'ü', 'ê', 'A', 'E', 'O', 'Ü', 'Ê']) {
      for (let tone = 1; tone <= 4; tone++) {
        expect(syllableToMarked(letter, tone)).toBe(`${letter}${marks[tone - 1]}`.normalize('NFC'));
      }
    }
    for (let tone = 1; tone <= 4; tone++) {
      expect(syllableToMarked('m', tone)).toBe(`m${marks[tone - 1]}`.normalize('NFC'));
      expect(syllableToMarked('ng', tone)).toBe(`n${marks[tone - 1]}g`.normalize('NFC'));
      expect(syllableToMarked('Wu', tone)).toBe(`Wu${marks[tone - 1]}`.normalize('NFC'));
    }
  });
});

describe('convertCedict', () => {
  const SOURCE = [
    '# CC-CEDICT',
    '# License:',
    '# Creative Commons Attribution-ShareAlike 4.0 International License',
    '#! entries=4',
    '#! publisher=MDBG',
    '#! license=https://creativecommons.org/licenses/by-sa/4.0/',
    '#! date=2026-01-01T00:00:00Z',
    '銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/',
    '醫 医 [yi1] /medical/medicine/',
    '了 了 [le5] /(completed action marker)/',
    '了 了 [liao3] /to finish/',
    '',
  ].join('\n');

  it('writes a header and one tab-separated line per entry, sorted by simplified', () => {
    const { data, header } = convertCedict(SOURCE, 'test');
    const lines = data.split('\n');
    expect(lines[0]).toBe(`#${JSON.stringify(header)}`);
    expect(header).toMatchObject({ format: DICT_FORMAT, source: 'CC-CEDICT', version: '2026-01-01T00:00:00Z', entries: 4, via: 'test' });
    expect(header.license).toContain('CC BY-SA 4.0');
    expect(lines.slice(1)).toEqual([
      '了\t\tle5\t(completed action marker)',
      '了\t\tliao3\tto finish',
      '医\t醫\tyi1\tmedical/medicine',
      '银行\t銀行\tyin2 hang2\tbank/CL:家[jia1],個|个[ge4]',
      '',
    ]);
    const d = parseDictionary(data);
    expect(d.size).toBe(4);
    expect(d.get('銀行')[0]?.definitions).toEqual(['bank', 'CL:家[jia1],個|个[ge4]']);
  });

  it('writes the licence notice with attribution, changes and the source notice', () => {
    const { license } = convertCedict(SOURCE, 'test');
    expect(license).toContain('CC BY-SA 4.0');
    expect(license).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(license).toContain('MDBG');
    expect(license).toContain('Paul Andrew Denisowski');
    expect(license).toContain('Changes:');
    expect(license).toContain('Creative Commons Attribution-ShareAlike 4.0 International License');
  });

  it('refuses malformed input and a wrong entry count', () => {
    expect(() => convertCedict('銀行 银行 yin2 hang2 /bank/\n', 'test')).toThrow(/not a CC-CEDICT entry/);
    expect(() => convertCedict('#! entries=2\n醫 医 [yi1] /medical/\n', 'test')).toThrow(/declares 2/);
    expect(() => convertCedict('醫 医 [yi1] /medical//doctor/\n', 'test')).toThrow(/empty definition/);
  });
});

describe('wordAt (dictionary segmentation for click-to-toggle)', async () => {
  const { wordAt } = await import('../../lib/dict/segment');
  const { parseDictionary: parse } = await import('../../lib/dict');
  const dict = parse(['医 醫 yi1 /medicine/', '医保 醫保 yi1 bao3 /medical insurance/', '从 從 cong2 /from/', '从医 從醫 cong2 yi1 /to practice medicine/', '记者 記者 ji4 zhe3 /reporter/', '分局 分局 fen1 ju2 /branch/'].map((l) => l.replace(/ /u, '\t').replace(/ /u, '\t').replace(/ \//u, '\t/')).join('\n'));
  it('finds the longest word from the clause start', () => {
    const text = '近日，记者从医保分局了解到';
    expect(wordAt(dict, text, text.indexOf('记'))).toEqual({ start: 3, end: 5 });
    // 从医 is a word, but reading left to right 从 comes first and 医保 wins for 医.
    expect(wordAt(dict, text, text.indexOf('保'))).toEqual({ start: 6, end: 8 });
    expect(wordAt(dict, text, text.length - 1)).toEqual({ start: text.length - 1, end: text.length });
    expect(wordAt(dict, text, 99)).toBeNull();
  });
});
