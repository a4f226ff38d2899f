// The polyphone reader (lib/pinyin/reader.ts) and its training (scripts/train-polyphones.ts).
// Data: tests/fixtures/cpp — the CPP development split (g2pM, Interspeech 2020, Apache-2.0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readings } from '../../lib/pinyin';
import { wordEvidence } from '../../lib/pinyin/polyphone-features';
import { parseModel, serializeModel, type PolyphoneModel } from '../../lib/pinyin/polyphone-model';
import { buildWordTable, parseWordTable, serializeWordTable } from '../../lib/pinyin/word-table';
import { WORDS_TEXT } from '../../lib/pinyin/polyphone-words.generated';
import { loadCpp, normaliseLabel } from '../../scripts/lib/polyphone-training';

const CPP = join(__dirname, '../fixtures/cpp');

describe('CPP data', () => {
  it('loads 9,893 sentences with one marked character each, 623 characters', () => {
    const cpp = loadCpp(CPP);
    expect(cpp).toHaveLength(9893);
    expect(new Set(cpp.map((s) => s.cps[s.index])).size).toBe(623);
    expect(cpp[0]?.cps[cpp[0].index]).toBe('了');
    expect(cpp[0]?.label).toBe('le5');
    expect(cpp.every((s) => /^[a-zü]+[1-5]$/u.test(s.label))).toBe(true);
    expect(readFileSync(join(CPP, 'LICENSE-Apache-2.0.txt'), 'utf8')).toContain('Apache License');
  });

  it('writes labels in the reader notation', () => {
    expect(normaliseLabel('lu:4')).toBe('lü4');
    expect(normaliseLabel('r5')).toBe('er5');
    expect(normaliseLabel('zhong4')).toBe('zhong4');
  });
});

describe('word table', () => {
  const dict = ['心脏\t心臟\txin1 zang4\theart', '脏话\t髒話\tzang1 hua4\tdirty word', '民调\t民調\tmin2 diao4\tpoll', '调解\t調解\ttiao2 jie3\tmediate', '一会儿\t一會兒\tyi1 hui4 r5\ta moment'].join('\n');
  const poly = (ch: string): boolean => '脏调会儿一'.includes(ch);

  it('keeps readings of polyphonic characters only, 一 never, erhua as er5', () => {
    const t = buildWordTable(dict, poly);
    expect(t.get('心脏')).toEqual(['', 'zang4']);
    expect(t.get('一会儿')).toEqual(['', 'hui4', 'er5']);
  });

  it('round-trips through its text form', () => {
    const t = buildWordTable(dict, poly);
    const parsed = parseWordTable(serializeWordTable(t));
    expect(parsed.reading('心~', '脏')).toBe('zang4');
    expect(parsed.reading('~话', '脏')).toBe('zang1');
    expect(parsed.reading('~心', '脏')).toBe('');
    expect(parsed.prior('调')).toEqual(['diao4', 'tiao2']);
  });

  it('knows which characters can stand on each side of the character, one or several', () => {
    // CC-CEDICT: 欧阳予倩 Ou1 yang2 Yu2 qian4 (a playwright's name).
    const t = parseWordTable('予\tyu2:欧阳~倩');
    expect(t.before('予', '阳')).toBe(true);
    expect(t.before('予', '欧阳')).toBe(true);
    expect(t.before('予', '欧')).toBe(false);
    expect(t.after('予', '倩')).toBe(true);
    expect(t.after('予', '倩人')).toBe(false);
    expect(wordEvidence(Array.from('话剧家欧阳予倩'), 5, t).longest).toBe('yu2');
    expect(wordEvidence(Array.from('给予倩影'), 1, t).longest).toBe('');
  });

  it('throws a clear error on a malformed line when the character is looked up', () => {
    const bad = parseWordTable('脏\tzang4心~');
    expect(() => bad.reading('心~', '脏')).toThrow(/bad word-table group for 脏/);
    const noSelf = parseWordTable('脏\tzang4:心脏');
    expect(() => noSelf.prior('脏')).toThrow(/bad word-table word for 脏: 心脏/);
  });

  it('settles a tie between equally long words by the engine, else gives no longest word', () => {
    const t = parseWordTable(serializeWordTable(buildWordTable(dict, poly)));
    const cps = Array.from('人民调解员');
    expect(wordEvidence(cps, 2, t, 'tiao2', 'tiao2').longest).toBe('tiao2');
    // 民调 reaches outside the chosen 调解: it cannot stand beside it, so its diao4 is no evidence.
    expect([...wordEvidence(cps, 2, t, 'tiao2', 'tiao2').all]).toEqual(['tiao2']);
    // Unsettled, every covering word's reading still counts.
    expect(wordEvidence(cps, 2, t, 'tiao2', 'zhou1').longest).toBe('');
    expect([...wordEvidence(cps, 2, t, 'tiao2', 'zhou1').all].sort()).toEqual(['diao4', 'tiao2']);
  });

  it('takes no evidence from a word that crosses the chosen one (充分|发挥 has no room for 分发)', () => {
    const words = ['充分\t充分\tchong1 fen4\tfully', '分发\t分發\tfen1 fa1\tto distribute', '发挥\t發揮\tfa1 hui1\tto bring into play', '长江\t長江\tChang2 jiang1\tYangtze', '长江三角洲\t長江三角洲\tChang2 jiang1 San1 jiao3 zhou1\tYangtze River Delta'].join('\n');
    const t = parseWordTable(serializeWordTable(buildWordTable(words, (ch) => '分发长'.includes(ch))));
    const cps = Array.from('要充分发挥作用');
    const ev = wordEvidence(cps, 2, t, 'fen1', 'fen4');
    expect(ev.word).toBe('充~');
    expect([...ev.all]).toEqual(['fen4']);
    // The tie goes to the word whose neighbours are words too, before the engine's reading:
    // 空间|作业 against 空|间作|业, though pinyin-pro reads 间作 here.
    const t2 = parseWordTable(serializeWordTable(buildWordTable(['空间\t空間\tkong1 jian1\tspace', '间作\t間作\tjian4 zuo4\tintercropping', '作业\t作業\tzuo4 ye4\twork'].join('\n'), (ch) => '间作'.includes(ch))));
    const space = wordEvidence(Array.from('有限空间作业'), 3, t2, 'jian1', 'jian4');
    expect(space.word).toBe('空~');
    expect([...space.all]).toEqual(['jian1']);
    // A shorter word inside a longer chosen one still counts (its reading is the chosen word's here).
    const inner = wordEvidence(Array.from('长江三角洲'), 0, t, 'chang2', 'chang2');
    expect(inner.word).toBe('~江三角洲');
    expect([...inner.all]).toEqual(['chang2']);
  });
});

describe('model file', () => {
  const model: PolyphoneModel = {
    format: 'dubao-polyphones/1',
    g: { E: 12, D: 30 },
    chars: { 长: { c: ['chang2', 'zhang3'], w: new Map([['r:大', [-20, 20]], ['b', [3, -3]]]) } },
  };

  it('round-trips through its text form', () => {
    const back = parseModel(serializeModel(model));
    expect(back.g).toEqual({ D: 30, E: 12 });
    expect(back.chars['长']?.c).toEqual(['chang2', 'zhang3']);
    expect(back.chars['长']?.w.get('r:大')).toEqual([-20, 20]);
    expect('长' in back.chars).toBe(true);
    expect('短' in back.chars).toBe(false);
  });

  it('stores a zero-sum weight list without its last weight, and only such a list', () => {
    const three: PolyphoneModel = {
      format: 'dubao-polyphones/1',
      g: {},
      chars: { 长: { c: ['chang2', 'zhang3', 'zhang4'], w: new Map([['b', [4, -1, -3]], ['r:大', [2, 1, 0]]]) } },
    };
    expect(serializeModel(model)).toBe('*\tD=30\tE=12\n长\tchang2 zhang3\tb=3\tr:大=-20');
    const text = serializeModel(three);
    expect(text).toBe('*\n长\tchang2 zhang3 zhang4\tb=4,-1\tr:大=2,1,0');
    expect(parseModel(text).chars['长']?.w.get('b')).toEqual([4, -1, -3]);
    expect(parseModel(text).chars['长']?.w.get('r:大')).toEqual([2, 1, 0]);
  });

  it('throws when a weight list does not match the readings', () => {
    const bad = parseModel('*\tE=1\n长\tchang2 zhang3\tb=1,2,3');
    expect(() => bad.chars['长']).toThrow(/长 b has 3 weights for 2 readings/);
  });

  it('ships a word table that knows 心脏 zàng', () => {
    expect(parseWordTable(WORDS_TEXT).reading('心~', '脏')).toBe('zang4');
  });
});

describe('the reader on words pinyin-pro misreads (hand-written expectations)', () => {
  it.each([
    ['他患有心脏病', 3, 'xīn zàng'],
    ['警方依法逮捕了犯罪嫌疑人', 4, 'dài bǔ'],
    ['婚礼的请帖已经发出', 3, 'qǐng tiě'],
  ] as const)('%s', (text, at, reading) => {
    expect(readings(text).slice(at, at + 2).join(' ')).toBe(reading);
  });
});
