// Numbered slogans in the glossary (三个…, 五篇大文章, N大…): every one lists its items, as many as
// its name counts, in official order (split from glossary-data.test.ts).
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../lib/glossary/data';
import { normalizeForm } from '../../lib/glossary/matcher';

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
  四换三名: 7,
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
  三龄二历一身份: 6,
};

/** Numbered formulas of the 2024–25 files (`assets/glossary/*-2025.json`) that need an explicit count. */
const EXPLICIT_COUNTS_2025: Record<string, number> = {
  两病门诊用药保障: 2,
  三医联动: 3,
  双下沉两提升: 4,
  两新: 2,
  两新一重: 3,
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
  六税两费: 8,
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
  消防安全四个能力: 4,
  两重点一重大: 3,
  三零三省: 6,
  一打三整治: 4,
  九大场景: 9,
  消防宣传五进: 5,
  "1、3、5分钟快速反应圈": 3,
  三书同达: 3,
  "四个取消、四个降低、两个增加": 10,
};
Object.assign(EXPLICIT_COUNTS, EXPLICIT_COUNTS_2025, EXPLICIT_COUNTS_2026);

/**
 * Lists that the entry only names in part until checked against the 2023 provincial work report
 * (十项重大工程): no items.
 */
const NUMBERED_WITHOUT_ITEMS = new Set(['十项重大工程']);

const byTerm = new Map(GLOSSARY.map((e) => [normalizeForm(e.term), e]));

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
      // A formula of several numbered groups (四个取消、四个降低、两个增加) is counted in EXPLICIT_COUNTS instead.
      if (!m || NUMBERED_WITHOUT_ITEMS.has(term) || term in EXPLICIT_COUNTS) continue;
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
