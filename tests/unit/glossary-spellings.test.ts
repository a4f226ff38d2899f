// Other spellings of glossary forms (lib/glossary/spellings.ts): figures and Chinese counts, and
// an optional 的; the glossary matcher finds a term printed either way.
import { describe, expect, it } from 'vitest';
import { chineseCount, countValue, spellingVariants } from '../../lib/glossary/spellings';
import { buildMatcher } from '../../lib/glossary/matcher';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import type { GlossaryEntry } from '../../lib/glossary/types';

describe('counts', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [26, '二十六'],
    [31, '三十一'],
    [100, '一百'],
  ])('%i is written %s', (n, zh) => {
    expect(chineseCount(n)).toBe(zh);
    if (n < 100) expect(countValue(zh)).toBe(n);
  });

  it('reads no value from what is not a count of 1–99', () => {
    for (const s of ['', '两', '十十', '五三', '百']) expect(countValue(s), s).toBeNull();
  });
});

describe('spellingVariants', () => {
  it.each([
    ['15分钟便民生活圈', ['十五分钟便民生活圈']],
    ['山区26县', ['山区二十六县', '山区26个县', '山区二十六个县']],
    ['全国1%人口抽样调查', ['全国百分之一人口抽样调查']],
    ['第三次全国国土调查', ['全国第三次国土调查']],
    ['全国第四次文物普查', ['第四次全国文物普查']],
    ['白鹤滩—浙江特高压直流工程', ['白鹤滩-浙江特高压直流工程']],
    ['Ⅲ类水', ['III类水']],
    ['剿灭劣V类水', ['剿灭劣Ⅴ类水']],
    ['碳达峰碳中和', ['碳达峰、碳中和']],
    ['文旅融合', ['文旅深度融合']],
    ['数字经济和实体经济深度融合', ['数字经济和实体经济融合']],
    ['一县一策', ['一县、一策']], // no 1县: 一 starts a formula, not a count
    ['大湾区大花园大通道大都市区建设', ['大湾区、大花园、大通道、大都市区建设']],
    ['党务村务财务公开', ['党务、村务、财务公开']],
    ['最后100米', ['最后一百米']],
    ['十项重大工程', ['10项重大工程']],
    ['数据二十条', ['数据20条']],
    ['新的社会阶层', ['新社会阶层']],
    ['适度宽松的货币政策', ['适度宽松货币政策']],
  ])('%s is also printed %j', (form, want) => {
    expect(spellingVariants(form)).toEqual(want);
  });

  it.each([
    ['12345热线', 'a hotline number is a name'],
    ['“141”基层治理体系', 'a quoted code'],
    ['415X先进制造业集群', 'digits next to a Latin letter'],
    ['1+X证书制度', 'digits next to a sign'],
    ['5A级景区', 'a grade'],
    ['党的二十届四中全会', '党的 names the Party'],
    ['房子是用来住的、不是用来炒的', 'a saying'],
    ['儿童之家', '之 is part of the name'],
    ['两新', 'no number, no 的'],
    ['G60科创走廊', 'a Latin code, not the class of a water'],
    ['0.5%增长', 'a share that is no whole percentage'],
    ['产教融合型企业', '融合 inside a longer name'],
    ['社区社会组织', 'two parts of unequal length are no list (社区、社会组织 is two things)'],
    ['医保参保登记', 'two parts that share their end are no list'],
    ['政务服务中心', 'two parts that share their end are no list'],
    ['待遇等待期', 'the last part is shorter than the first'],
    ['人民城市人民建、人民城市为人民', 'the 、 is stored already'],
  ])('%s has no other spelling (%s)', (form) => {
    expect(spellingVariants(form)).toEqual([]);
  });
});

describe('matching other spellings', () => {
  const entry = (id: string, term: string, variants: string[] = []): GlossaryEntry =>
    ({ id, term, variants, category: 'economy', scope: 'national', gloss: id, zh: term, en: id, source: 'test' }) as unknown as GlossaryEntry;

  it('finds a term printed with the other spelling, and reports the entry', () => {
    const m = buildMatcher([entry('circle', '15分钟便民生活圈'), entry('stratum', '新的社会阶层')]);
    const text = '打造十五分钟便民生活圈，团结新社会阶层人士。';
    expect(m.match(text).map((x) => [x.id, text.slice(x.start, x.end)])).toEqual([
      ['circle', '十五分钟便民生活圈'],
      ['stratum', '新社会阶层'],
    ]);
  });

  it('finds a count with 个, a percentage written out, a census ordinal moved, a hyphen, a Roman numeral; leaves the look-alikes', () => {
    const m = buildMatcher([entry('shanqu', '山区26县'), entry('chouyang', '全国1%人口抽样调查'), entry('sandiao', '第三次全国国土调查'), entry('jiaolie', '剿灭劣V类水'), entry('baihetan', '白鹤滩—浙江特高压直流工程')]);
    const found = (text: string): string[] => m.match(text).map((x) => text.slice(x.start, x.end));
    expect(found('支持山区26个县发展，开展全国百分之一人口抽样调查。')).toEqual(['山区26个县', '全国百分之一人口抽样调查']);
    expect(found('全国第三次国土调查显示，剿灭劣Ⅴ类水已完成，白鹤滩-浙江特高压直流工程投运。')).toEqual(['全国第三次国土调查', '剿灭劣Ⅴ类水', '白鹤滩-浙江特高压直流工程']);
    expect(found('山区县26个，人口抽样调查1%，III类医疗器械，白鹤滩-杭州航线。')).toEqual([]);
  });

  it('finds a formula printed with 、 between its parallel parts, and leaves a list of other things', () => {
    const m = buildMatcher([entry('shuangtan', '碳达峰碳中和'), entry('sanwu', '党务村务财务公开'), entry('shequ', '社区社会组织'), entry('yanglao', '养老金融')]);
    const found = (text: string): string[] => m.match(text).map((x) => text.slice(x.start, x.end));
    expect(found('推进碳达峰、碳中和，推行党务、村务、财务公开。')).toEqual(['碳达峰、碳中和', '党务、村务、财务公开']);
    expect(found('动员社区、社会组织和志愿者，发展养老、金融、文旅等服务业。')).toEqual([]);
  });

  it('finds an integration with 深度 before its 融合, and leaves other 深度 phrases', () => {
    const m = buildMatcher([entry('wenlv', '文旅融合'), entry('shushi', '数字经济和实体经济深度融合')]);
    const found = (text: string): string[] => m.match(text).map((x) => text.slice(x.start, x.end));
    expect(found('推动文旅深度融合，促进数字经济和实体经济融合。')).toEqual(['文旅深度融合', '数字经济和实体经济融合']);
    expect(found('两地开展文旅深度合作，融合发展。')).toEqual([]);
  });

  it('lets a stored form win over another entry’s derived spelling', () => {
    const m = buildMatcher([entry('derived', '十项重大工程'), entry('stored', '10项重大工程')]);
    expect(m.match('推进10项重大工程').map((x) => x.id)).toEqual(['stored']);
  });

  it('works in the shipped glossary with its segmentation lexicon', () => {
    const text = '全市加快建设十五分钟便民生活圈，支持山区二十六县高质量发展。';
    const got = buildGlossaryMatcher(undefined, glossaryWords()).match(text).map((x) => text.slice(x.start, x.end));
    expect(got).toContain('十五分钟便民生活圈');
    expect(got.some((s) => s.includes('山区二十六县'))).toBe(true);
  });
});
