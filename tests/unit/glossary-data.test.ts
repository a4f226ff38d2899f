import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { GLOSSARY, buildGlossaryMatcher, entryById } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
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

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Value of a Chinese numeral of one or two characters (二…九十, 十一…十九 included). */
function numeralValue(s: string): number {
  if (s.length === 1) return NUMERALS[s] ?? NaN;
  const [a, b] = [...s] as [string, string];
  if (a === '十') return 10 + (NUMERALS[b] ?? NaN);
  if (b === '十') return (NUMERALS[a] ?? NaN) * 10;
  return NaN;
}

/**
 * A slogan that starts with a number and a classifier (两个先行, 五篇大文章, 三大攻坚战, 四种形态 …)
 * must list that many items.
 */
const NUMBER_CLASSIFIER = /^([两二三四五六七八九十]{1,2})(个|篇|项|大|位|条|种|类|方面)/u;

/** Numbered slogans whose count does not follow from a leading number + classifier. */
const EXPLICIT_COUNTS: Record<string, number> = {
  八八战略: 8,
  六稳六保: 12,
  五险一金: 6,
  三会一课: 4,
  三改一拆: 4,
  四边三化: 7,
  五水共治: 5,
  三治融合: 3,
  双减: 2,
  五育并举: 5,
  专精特新: 4,
  三权分置: 3,
  四风: 4,
  中央八项规定: 8,
  四下基层: 4,
  一老一小: 2,
  七有: 7,
  两代表一委员: 3,
  两学一做: 3,
  两进两回: 4,
  三线一单: 4,
  四好农村路: 4,
  三服务: 3,
  三地一窗口: 4,
  千万工程: 2,
  两会: 2,
  两新组织: 2,
  扩中提低: 2,
  农业双强: 2,
  双碳: 2,
  碳达峰碳中和: 2,
  能耗双控: 2,
  三零服务: 3,
  放管服: 3,
  新发展理念: 5,
  双拥: 2,
  双招双引: 2,
  两重建设: 2,
  双一流: 2,
  残疾人两项补贴: 2,
  基层治理四平台: 4,
};

/** Numbered formulas of the 2024–25 files (`assets/glossary/*-2025.json`) that need an explicit count. */
const EXPLICIT_COUNTS_2025: Record<string, number> = {
  两病门诊用药保障: 2,
  三医联动: 3,
  双下沉两提升: 4,
  两新: 2,
  四链融合: 4,
  新三样: 3,
  四港联动: 4,
  杭州六小龙: 6,
  双随机一公开: 3,
  基层三保: 3,
  三公经费: 3,
  五社联动: 5,
  '141基层治理体系': 3,
  小个专党建: 3,
  三农: 3,
  农村三资: 3,
  两不愁三保障: 5,
  两客一危: 3,
  一盔一带: 2,
  行政执法三项制度: 3,
  七优享: 7,
  新八级工: 8,
  三支一扶: 4,
  三管三必须: 3,
  三不腐: 3,
  两癌筛查: 2,
  双高计划: 2,
  村两委: 2,
  三区三线: 6,
  三变改革: 3,
  三支队伍: 3,
  四议两公开: 6,
};
/** Numbered formulas of the 2026 files that need an explicit count. */
const EXPLICIT_COUNTS_2026: Record<string, number> = {
  四不两直: 6,
  四治融合: 4,
  三重保障: 3,
  三首产品: 3,
  尖兵领雁: 2,
  四上企业: 4,
  四预: 4,
  三重一大: 4,
  四方责任: 4,
  三务公开: 3,
  三所联调: 3,
  两卡: 2,
  两慢病: 2,
  两步申报: 2,
  两非: 2,
  两资: 2,
  四千精神: 4,
  一标三实: 4,
  肥药两制: 2,
  四敢: 4,
};
Object.assign(EXPLICIT_COUNTS, EXPLICIT_COUNTS_2025, EXPLICIT_COUNTS_2026);

/**
 * Lists that the entry only names in part until checked against the 2023 provincial work report
 * (十项重大工程): no items.
 */
const NUMBERED_WITHOUT_ITEMS = new Set(['十项重大工程']);

const byTerm = new Map(GLOSSARY.map((e) => [normalizeForm(e.term), e]));

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

describe('glossary data: numbered slogans', () => {
  it('五篇大文章 lists the five financial tasks', () => {
    expect(byTerm.get('五篇大文章')?.items).toEqual(['科技金融', '绿色金融', '普惠金融', '养老金融', '数字金融']);
  });

  it('八八战略 has eight items', () => {
    const e = byTerm.get('八八战略');
    expect(e?.items).toHaveLength(8);
    expect(e?.items?.[4]).toContain('绿色浙江');
  });

  it('三个“一号工程” names the three projects', () => {
    const e = byTerm.get('三个一号工程');
    expect(e?.term).toBe('三个“一号工程”');
    expect(e?.items).toEqual([
      '数字经济创新提质“一号发展工程”',
      '营商环境优化提升“一号改革工程”',
      '“地瓜经济”提能升级“一号开放工程”',
    ]);
  });

  it.each([
    ['四个全面', 4],
    ['五位一体', 5],
    ['两个先行', 2],
    ['两个确立', 2],
    ['两个维护', 2],
    ['六稳六保', 12],
    ['三服务', 3],
  ] as const)('%s has %i items', (term, n) => {
    expect(byTerm.get(term)?.items).toHaveLength(n);
  });

  it('every term starting with a number and a classifier lists that many items', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const e of GLOSSARY) {
      const term = normalizeForm(e.term);
      const m = NUMBER_CLASSIFIER.exec(term);
      if (!m || NUMBERED_WITHOUT_ITEMS.has(term)) continue;
      checked++;
      const n = numeralValue(m[1] as string);
      if (e.items?.length !== n) problems.push(`${e.term}: expected ${n} items, got ${e.items?.length ?? 'none'}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('other numbered slogans list the expected number of items', () => {
    const problems: string[] = [];
    for (const [term, n] of Object.entries(EXPLICIT_COUNTS)) {
      const e = byTerm.get(term) ?? GLOSSARY.find((x) => x.variants.some((v) => normalizeForm(v) === term));
      if (!e) problems.push(`${term}: no entry`);
      else if (e.items?.length !== n) problems.push(`${term}: expected ${n} items, got ${e.items?.length ?? 'none'}`);
    }
    expect(problems).toEqual([]);
  });

  it('only numbered slogans have items', () => {
    const explicit = new Set(Object.keys(EXPLICIT_COUNTS));
    const problems = GLOSSARY.filter(
      (e) =>
        e.items !== undefined &&
        !NUMBER_CLASSIFIER.test(normalizeForm(e.term)) &&
        !explicit.has(normalizeForm(e.term)) &&
        !e.variants.some((v) => explicit.has(normalizeForm(v))),
    ).map((e) => e.term);
    expect(problems).toEqual([]);
  });
});

describe('glossary data: coverage of real newspaper text', () => {
  const corpusDir = join(ROOT, 'tests', 'fixtures', 'corpus');
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8').replace(/\r?\n/g, ''));
  const matcher = buildGlossaryMatcher(undefined, glossaryWords());
  const found = new Set(texts.flatMap((t) => matcher.match(t).map((m) => m.id)));

  /** Terms printed in the two corpus pages, by the headword of the entry they should hit. */
  const EXPECTED = [
    '医银合作',
    '异地就医备案',
    '家庭共济',
    '历年账户',
    '参保登记',
    '异地安置退休人员',
    '门诊费用报销',
    '掌上办',
    '网上办',
    '自助办',
    '适老化',
    '多层次医疗保障体系',
    '党建联建',
    '15分钟医保服务圈',
    '五篇大文章',
    '三个“一号工程”',
    '科技金融',
    '绿色金融',
    '普惠金融',
    '养老金融',
    '中央金融工作会议',
    '农商银行',
    '丰收驿站',
    '刷脸支付',
    '智慧医保',
    '新质生产力',
    '共同富裕',
    '最后一公里',
    '教育科技人才一体化',
    '乡村振兴',
    '科创+农创',
    '科技成果转化',
    '医养结合',
    '失能老人',
    '急难愁盼',
    '营商环境',
    '链主型企业',
    '以商引商',
    '招商引资',
    '含新量',
    '联企干部',
    '青年向往之城',
    '统一战线',
    '综合行政执法',
    '网格员',
    '纪工委',
    '监察工作联络站',
    '普惠托育',
    '幼有所育',
    '两教一保',
    '儿童友好城市',
    '教联体',
    '歇会儿吧',
    '新就业形态',
    '获得感',
    '最低生活保障',
    '民生实事',
    '长三角',
  ];

  it('lists at least 25 expected terms, each a glossary headword', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(25);
    for (const t of EXPECTED) expect(byTerm.has(normalizeForm(t)), t).toBe(true);
  });

  it('finds every expected term in the corpus text with line breaks removed', () => {
    const missing = EXPECTED.filter((t) => !found.has(byTerm.get(normalizeForm(t))?.id ?? ''));
    expect(missing).toEqual([]);
  });

  it('finds the same terms in the corpus converted to traditional characters (folded back to simplified, as a traditional page is matched)', () => {
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const matcher = buildGlossaryMatcher(undefined, glossaryWords());
    const foundTw = new Set(texts.flatMap((t) => matcher.match(fold(convert(t))).map((m) => m.id)));
    const missing = EXPECTED.filter((t) => !foundTw.has(byTerm.get(normalizeForm(t))?.id ?? ''));
    expect(missing).toEqual([]);
  });

  it('reports non-overlapping matches in text order over the corpus', () => {
    for (const t of texts) {
      const ms = matcher.match(t);
      for (let k = 1; k < ms.length; k++) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
    }
  });

  it('does not mistake ordinary words for terms', () => {
    const text = '老人大多住在农村社会福利院，降低保费，双开门冰箱，领导办公室，农村居民收入，原创文章，国家风景名胜区。';
    expect(matcher.match(text)).toEqual([]);
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
