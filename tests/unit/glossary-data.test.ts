import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { GLOSSARY, entryById } from '../../lib/glossary/data';
import { normalizeForm, surfaceForms } from '../../lib/glossary/matcher';
import { GLOSSARY_PINYIN } from '../../lib/glossary/pinyin.generated';
import { glossaryReadings } from '../../lib/glossary/readings';
import { GLOSSARY_CATEGORIES, GLOSSARY_SCOPES, type GlossaryEntry } from '../../lib/glossary/types';

const ROOT = join(__dirname, '..', '..');
const HAN = /\p{Script=Han}/u;
const WHITESPACE = /\s/u;
/** Tone-marked Hanyu Pinyin syllables separated by single spaces. */
const PINYIN = /^[a-zàáèéìíòóùúüāēīōūǎěǐǒǔǖǘǚǜ]+( [a-zàáèéìíòóùúüāēīōūǎěǐǒǔǖǘǚǜ]+)*$/u;

/** Chinese sentences: pieces ended by 。！？ (a trailing piece without one counts too). */
function zhSentences(s: string): number {
  return s.split(/[。！？]/u).filter((x) => x.trim() !== '').length;
}

/** English sentences: pieces ended by . ! ? followed by a space or the end. */
function enSentences(s: string): number {
  return s.split(/[.!?](?:\s|$)/u).filter((x) => x.trim() !== '').length;
}

describe('glossary data: size and shape', () => {
  it('has at least 420 entries', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(420);
  });

  it('covers every category', () => {
    const seen = new Set(GLOSSARY.map((e) => e.category));
    for (const c of GLOSSARY_CATEGORIES) expect(seen.has(c), c).toBe(true);
  });

  it('keeps one category per JSON file, named after it', () => {
    const dir = join(ROOT, 'assets', 'glossary');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    // Each category has its file; a category may also have files of 2024–25 and of 2026 vocabulary.
    const base = (f: string): string => f.replace(/-20(?:25|26)\.json$/u, '.json');
    expect([...new Set(files.map(base))].sort()).toEqual(GLOSSARY_CATEGORIES.map((c) => `${c}.json`).sort());
    let total = 0;
    for (const f of files) {
      const list = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GlossaryEntry[];
      total += list.length;
      for (const e of list) expect(`${e.category}.json`, e.id).toBe(base(f));
      // Every entry says where its facts come from.
      for (const e of list) expect(e.source?.trim(), e.id).toBeTruthy();
    }
    expect(total).toBe(GLOSSARY.length);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s is well formed', (_id, e) => {
    const allowed = new Set(['id', 'term', 'variants', 'pinyin', 'category', 'scope', 'gloss', 'zh', 'en', 'items', 'related', 'source']);
    for (const key of Object.keys(e)) expect(allowed.has(key), `unexpected field ${key}`).toBe(true);

    expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(typeof e.term).toBe('string');
    expect(HAN.test(e.term)).toBe(true);
    expect(WHITESPACE.test(e.term)).toBe(false);

    expect(Array.isArray(e.variants)).toBe(true);
    for (const v of e.variants) {
      expect(typeof v).toBe('string');
      expect(normalizeForm(v).length).toBeGreaterThan(0);
      expect(WHITESPACE.test(v), v).toBe(false);
    }

    if (e.pinyin !== undefined) {
      expect(e.pinyin).toMatch(PINYIN);
    }

    expect(GLOSSARY_CATEGORIES).toContain(e.category);
    expect(GLOSSARY_SCOPES).toContain(e.scope);

    expect(e.gloss.trim().length).toBeGreaterThan(0);
    expect(e.gloss.length).toBeLessThanOrEqual(60);
    expect(HAN.test(e.gloss)).toBe(false);

    expect(e.zh.trim().length).toBeGreaterThan(0);
    expect(HAN.test(e.zh)).toBe(true);
    expect(zhSentences(e.zh)).toBeLessThanOrEqual(3);

    expect(e.en.trim().length).toBeGreaterThan(0);
    expect(HAN.test(e.en)).toBe(false);
    expect(enSentences(e.en)).toBeLessThanOrEqual(3);

    if (e.items !== undefined) {
      expect(e.items.length).toBeGreaterThanOrEqual(2);
      for (const item of e.items) expect(item.trim().length).toBeGreaterThan(0);
    }

    expect(Array.isArray(e.related)).toBe(true);

    if (e.source !== undefined) {
      expect(e.source.trim().length).toBeGreaterThan(0);
      expect(e.source, 'a citation, not a link').not.toMatch(/https?:|www\./u);
    }
  });

  it('stores pinyin with one syllable per Han character of the term', () => {
    for (const e of GLOSSARY) {
      if (e.pinyin === undefined) continue;
      const han = Array.from(e.term).filter((c) => HAN.test(c)).length;
      expect(e.pinyin.split(' '), `${e.id}: ${e.pinyin}`).toHaveLength(han);
    }
  });

  it('stores the corrected readings (checked by hand against the Xiandai Hanyu Cidian)', () => {
    const expected: Record<string, string> = {
      liangzhong: 'liǎng zhòng jiàn shè',
      'yuanwang-hechu': 'yuán wǎng hè chǔ yì tǐ huà',
      'nengyuan-baogong': 'néng yuán bǎo gōng',
      'dangnian-zhanghu': 'dàng nián zhàng hù',
      'dazonghe-yitihua': 'dà zōng hé yì tǐ huà',
    };
    for (const [id, reading] of Object.entries(expected)) expect(entryById(id)?.pinyin, id).toBe(reading);
  });

  it('reads 一 before 体 the same way in every 一体 term', () => {
    const readings = GLOSSARY.filter((e) => e.term.includes('一体')).map((e) => {
      const r = (e.pinyin ?? GLOSSARY_PINYIN[e.id] ?? '').split(' ');
      const han = Array.from(e.term).filter((c) => HAN.test(c));
      return r[han.indexOf('一', han.findIndex((c, i) => c === '一' && han[i + 1] === '体'))];
    });
    expect(readings.length).toBeGreaterThan(3);
    expect(new Set(readings)).toEqual(new Set(['yì']));
  });

  it('says where the corrected and new facts come from', () => {
    const ids = ['gan-zai-shichu', 'zhejiang-youli', 'jinrong-qiangguo', 'keji-tepaiyuan', 'yigongti', 'fengqiao-jingyan', 'lailiao-jiagong', 'qianwan-gongcheng', 'ertong-zhijia', 'liangge-queli', 'wei-duanju', 'xin-gaokao', 'changsanjiao', 'kaifaqu', 'cun-chao', 'tebie-guozhai', 'tongzhanbu', 'hongchuan', 'jiating-nongchang', 'yidi-changqi-juzhu-renyuan', 'tizhen-xiaofei'];
    for (const id of ids) expect(entryById(id)?.source, id).toBeTruthy();
  });
});

describe('glossary data: uniqueness and references', () => {
  it('has no duplicate ids', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no surface form shared by two entries or repeated in one (quotes ignored)', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of GLOSSARY) {
      for (const form of surfaceForms(e)) {
        const key = normalizeForm(form);
        const prev = owner.get(key);
        if (prev !== undefined) problems.push(`${form}: ${prev} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has related ids that exist, are not the entry itself and are not repeated', () => {
    const problems: string[] = [];
    for (const e of GLOSSARY) {
      if (new Set(e.related).size !== e.related.length) problems.push(`${e.id}: repeated related id`);
      for (const r of e.related) {
        if (r === e.id) problems.push(`${e.id}: related to itself`);
        else if (!entryById(r)) problems.push(`${e.id}: unknown related id ${r}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('entryById finds entries and nothing else', () => {
    expect(entryById('yiyin-hezuo')?.term).toBe('医银合作');
    expect(entryById('no-such-entry')).toBeUndefined();
  });

  it.each([
    ['tw', OpenCC.Converter({ from: 'cn', to: 'tw' })],
    ['hk', OpenCC.Converter({ from: 'cn', to: 'hk' })],
  ] as const)('has no clash between entries in traditional forms (%s)', (_name, convert) => {
    const simplified = new Map<string, string>();
    for (const e of GLOSSARY) for (const f of surfaceForms(e)) simplified.set(normalizeForm(f), e.id);
    const converted = new Map<string, string>();
    const problems: string[] = [];
    for (const e of GLOSSARY) {
      for (const f of surfaceForms(e)) {
        const key = normalizeForm(convert(f));
        const other = converted.get(key) ?? simplified.get(key);
        if (other !== undefined && other !== e.id) problems.push(`${f} → ${key}: ${other} / ${e.id}`);
        converted.set(key, e.id);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('glossary readings for the cards (lib/glossary/pinyin.generated.ts)', () => {
  it('are fresh: the file is what scripts/build-glossary-pinyin.ts writes today (run it after changing the glossary or lib/pinyin)', () => {
    expect(GLOSSARY_PINYIN).toEqual(glossaryReadings());
  });

  it('read multi-reading terms as checked by hand (Xiandai Hanyu Cidian)', () => {
    const expected: Record<string, string> = {
      'nengyuan-baogong': 'néng yuán bǎo gōng', // 供 gōng: supply
      'dangnian-zhanghu': 'dàng nián zhàng hù', // 当年 dàngnián: the same year
      'yuanwang-hechu': 'yuán wǎng hè chǔ yì tǐ huà', // 荷 hè: load
      'dazonghe-yitihua': 'dà zōng hé yì tǐ huà', // 一体 yìtǐ, as in every other 一体 term
      'changsanjiao-yitihua': 'cháng sān jiǎo yì tǐ huà', // 长 cháng
      'gongfu-gongfang': 'gòng fù gōng fāng', // 工坊 gōngfāng
      'maotiao-zhongxin': 'máo tiáo zhōng xīn', // 调 tiáo: mediate
      'yiyin-hezuo': 'yī yín hé zuò',
    };
    // What the card shows: the entry's stored reading where it has one, else the generated one.
    const shown = (id: string): string | undefined => GLOSSARY.find((e) => e.id === id)?.pinyin ?? GLOSSARY_PINYIN[id];
    for (const [id, reading] of Object.entries(expected)) expect(shown(id), id).toBe(reading);
    expect(shown('liangzhong')).toBe('liǎng zhòng jiàn shè');
  });

  it('give every entry a reading, one syllable per Han character', () => {
    for (const e of GLOSSARY) {
      const reading = e.pinyin ?? GLOSSARY_PINYIN[e.id];
      expect(reading, e.id).toBeTruthy();
      if (e.pinyin === undefined) expect(reading?.split(' '), e.id).toHaveLength(Array.from(e.term).filter((c) => /\p{Script=Han}/u.test(c)).length);
    }
    expect(GLOSSARY_PINYIN['yiyin-hezuo']).toBe('yī yín hé zuò');
  });
});
