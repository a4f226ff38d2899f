// The glossary against real newspaper text: the terms the corpus pages hold are found, in simplified
// and traditional characters, and ordinary words are not taken for terms (split from glossary-data.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { GLOSSARY, buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { normalizeForm } from '../../lib/glossary/matcher';

const ROOT = join(__dirname, '..', '..');
const byTerm = new Map(GLOSSARY.map((e) => [normalizeForm(e.term), e]));

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
