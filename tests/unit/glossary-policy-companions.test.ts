// Everyday forms read in their policy sense beside a term of their own category, 试行 and 原则上 as words of
// policy prose (lib/glossary/everyday.ts), and a drive or system by its name holding a shorter glossary term
// (lib/glossary/detect.ts): issue 13, the remaining-misses round.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';
import { inPolicySense } from '../../lib/glossary/everyday';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const marked = (text: string): string[] => matcher.match(text).map((m) => text.slice(m.start, m.end));
const detected = (text: string): string[] => detectJargon(text, matcher.match(text), isWord).map((d) => d.term);

describe('an everyday form beside a term of its own category', () => {
  it('is the term', () => {
    expect(marked('分出厨余垃圾和可回收物后，其他垃圾送往焚烧厂处理。')).toContain('其他垃圾');
    expect(marked('安全生产法明确，管行业必须管安全，这就是三个必须。')).toContain('三个必须');
  });
  it('is left alone beside no term, or beside a term of another category', () => {
    expect(marked('还有其他垃圾要扔，他顺手拎下了楼。')).toEqual([]);
    // 业主大会 (urban environment) does not make 第一议题 (party governance) the Party's study item.
    expect(marked('小区业主大会的第一议题是更换物业公司。')).not.toContain('第一议题');
  });
  it('needs the other term outside its own characters and in its own sentence', () => {
    const text = '分出厨余垃圾和可回收物。还有其他垃圾要扔。';
    const a = text.indexOf('其他垃圾');
    const other = { start: 2, end: 6, id: 'chuyu-laji' };
    expect(inPolicySense(text, a, a + 4, 'qita-laji', [other])).toBe(false);
    const one = '分出厨余垃圾后，其他垃圾送往焚烧厂。';
    const b = one.indexOf('其他垃圾');
    expect(inPolicySense(one, b, b + 4, 'qita-laji', [other])).toBe(true);
    expect(inPolicySense(one, b, b + 4, 'qita-laji', [])).toBe(false);
    expect(inPolicySense(one, b, b + 4, 'qita-laji', [{ start: b, end: b + 4, id: 'qita-laji' }])).toBe(false);
  });
});

describe('试行 and 原则上 as words of policy prose', () => {
  it('make an everyday form the term', () => {
    expect(marked('学校试行睡眠管理，小学生原则上晚上9点20分前完成作业就寝。')).toContain('睡眠管理');
    expect(marked('学校对睡眠管理原则上不作统一要求。')).toContain('睡眠管理');
  });
  it('leave a plain sentence alone', () => {
    expect(marked('他下载了一个睡眠管理软件，每天看自己睡了多久。')).toEqual([]);
  });
});

describe('a drive or system by its name holding a shorter glossary term', () => {
  it('is detected over the shorter term', () => {
    // (服务消费提质惠民行动 itself has a card since the dev138 round: the glossary reads it whole; a drive of the same shape without one is detected.)
    expect(marked('县商务局启动服务消费提质惠民行动，家政、养老、托育等领域推出优惠套餐。')).toContain('服务消费提质惠民行动');
    expect(detected('县商务局启动服务消费提质扩容行动，家政、养老、托育等领域推出优惠套餐。')).toContain('服务消费提质扩容行动');
    expect(detected('区金融办开展首贷户拓展行动，新增首贷户3200户。')).toContain('首贷户拓展行动');
    expect(detected('县里深化山区海岛县跨越发展体系，今年争取省级专项资金12亿元。')).toContain('山区海岛县跨越发展体系');
  });
  it('leaves the glossary term its card where the term is most of the name, or the name is no drive', () => {
    expect(marked('全市开展城镇燃气安全专项整治行动。').join('')).toContain('燃气安全专项整治');
    expect(detected('区金融办今年新增首贷户3200户。')).toEqual([]);
    expect(marked('区金融办今年新增首贷户3200户。')).toEqual(['首贷户']);
  });
});

describe('the town, shop, contact point, park, pool and training ground built on a term', () => {
  it('are taken into the match', () => {
    expect(marked('嘉兴争创共同富裕先行市，城乡收入比持续缩小。')).toContain('共同富裕先行市');
    expect(marked('县里挂牌首批拥军优属示范店12家。')).toContain('拥军优属示范店');
    expect(marked('每个村都设了社会救助联系点。')).toContain('社会救助联系点');
    expect(marked('区里新建跨境电商产业园，入驻企业80家。')).toContain('跨境电商产业园');
    expect(marked('12家企业入选专精特新培育库。')).toContain('专精特新培育库');
    expect(marked('全市首个具身智能训练场投用。')).toContain('具身智能训练场');
    expect(marked('各镇街设立政协委员联络组。')).toContain('政协委员联络组');
  });
  it('are left out where they begin a longer word, or where no term stands before them', () => {
    expect(marked('这片产业园区由县里统一规划。')).toEqual([]);
    expect(marked('几家合作社成立了共富联合体。')).toContain('共富');
    expect(marked('社会救助联系点化运作还在探索。')).toEqual(['社会救助']);
    expect(marked('学校操场边新修了一个训练场。')).toEqual([]);
  });
});
