// Issue 13: "variants are synonyms or nothing". Each form below was once a variant of an entry
// that explains something else (the region under the integration policy, a county park under the
// national zones, a rank under an honour …). Each must be its own headword or no form at all, never
// a form of the entry it was wrongly filed under, and text with it must get its own card.
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher, GLOSSARY } from '../../lib/glossary/data';
import { normalizeForm, surfaceForms } from '../../lib/glossary/matcher';
import { glossaryWords } from '../../scripts/lib/glossary-words';

/** [form, the headword of the entry it must not belong to, a sentence of news with it]. */
const NOT_SYNONYMS: [string, string, string][] = [
  ['长三角', '长三角一体化', '长三角地区的游客周末纷纷来湘湖游玩。'],
  ['开发区', '经济技术开发区', '开发区管委会昨天召开企业座谈会。'],
  ['村超', '村BA', '今年夏天的“村超”吸引了不少外地球迷。'],
  ['特别国债', '超长期特别国债', '财政部今年发行特别国债支持国有大型商业银行补充资本。'],
  ['统战部', '统一战线', '区委统战部组织党外人士开展调研。'],
  ['网格长', '网格员', '社区网格长逐户走访独居老人。'],
  ['红船', '红船精神', '党员们来到南湖边瞻仰红船。'],
  ['家庭农场', '新型农业经营主体', '全区新增省级示范性家庭农场12家。'],
  ['农民专业合作社', '新型农业经营主体', '这家农民专业合作社带动周边农户增收。'],
  ['种粮大户', '新型农业经营主体', '种粮大户老陈今年承包了三百亩稻田。'],
  ['异地长期居住人员', '异地安置退休人员', '异地长期居住人员可在线办理备案。'],
  ['提振消费', '扩大内需', '商务部门推出一揽子举措提振消费。'],
  ['校企合作', '产教融合', '职业学校深化校企合作，共建实训基地。'],
  ['关键核心技术攻关', '卡脖子', '企业牵头开展关键核心技术攻关。'],
  ['身边好人', '中国好人', '社区评选出十位身边好人。'],
  ['降本增效', '提质增效', '企业通过数字化改造降本增效。'],
  ['正高级教师', '特级教师', '我市今年新增正高级教师11名，全部来自中小学一线。'],
];

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const holders = (form: string) => GLOSSARY.filter((e) => surfaceForms(e).map(normalizeForm).includes(normalizeForm(form)));

describe('forms that are not synonyms of the entry they were filed under', () => {
  it.each(NOT_SYNONYMS)('%s is not a form of %s, and its sentence gets no card of that entry', (form, wrong, sentence) => {
    const wrongEntry = GLOSSARY.find((e) => normalizeForm(e.term) === normalizeForm(wrong));
    // The entry it was wrongly filed under still exists (so the check means something) …
    expect(wrongEntry, wrong).toBeDefined();
    // … and does not hold the form; whoever holds it has it as its headword.
    for (const e of holders(form)) {
      expect(e.id).not.toBe(wrongEntry?.id);
      expect(normalizeForm(e.term)).toBe(normalizeForm(form));
    }
    const ids = matcher.match(sentence).map((m) => m.id);
    expect(ids).not.toContain(wrongEntry?.id);
  });

  it('gives 正高级教师 (a rank) and 特级教师 (an honour) cards of their own, each pointing to the other', () => {
    const rank = matcher.match('新增正高级教师11名').map((m) => m.id);
    const honour = matcher.match('新增特级教师11名').map((m) => m.id);
    expect(rank).toEqual(['zhenggaoji-jiaoshi']);
    expect(honour).toEqual(['teji-jiaoshi']);
    expect(GLOSSARY.find((e) => e.id === 'teji-jiaoshi')?.related).toContain('zhenggaoji-jiaoshi');
    expect(GLOSSARY.find((e) => e.id === 'zhenggaoji-jiaoshi')?.related).toContain('teji-jiaoshi');
  });
});
