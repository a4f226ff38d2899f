// The shapes of lib/glossary/detect-rules-programmes.ts, each with a hit and a near miss that
// must stay unmarked. Sentences follow tests/fixtures/glossary-dev7 (2025–26 local news); that the
// rules stay rare in ordinary prose is checked on 1,000 encyclopedia sentences in glossary-heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon, wordQuestions } from '../../lib/glossary/detect';

const words = new Set([
  '人工智能', '智能', '人工', '消费', '数据', '要素', '教育', '演唱会', '赛事', '宠物', '冰雪', '市场', '计划', '市场经济',
  '计划经济', '战后', '儿科', '精神', '卫生', '开展', '服务', '年限', '产业', '养老', '设立', '人民', '银行', '甬江', '宁波',
  '治安', '管理', '处罚', '竞争', '不正当', '正当', '办法', '方法', '发布', '语言', '矩阵', '企业', '贷款', '推进', '区里',
]);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => `${d.kind}:${d.term}`);

describe('XX+ and XX× actions', () => {
  it('marks the word before the sign and the word after it (人工智能+消费), or two words before ×', () => {
    expect(terms('区里推进人工智能+消费提质')).toEqual(['formula:人工智能+消费']);
    expect(terms('我市以AI+教育为抓手')).toEqual(['formula:AI+教育']);
    expect(terms('企业入选数据要素×案例')).toEqual(['formula:数据要素×']);
  });

  it('leaves arithmetic and runs of signs alone (13+24.5, 2×2, C++)', () => {
    // Single-digit N+N (5+2) is a formula of detect.ts; a decimal sum is arithmetic.
    expect(terms('计算13+24.5与2×2矩阵，学习C++语言')).toEqual([]);
  });
});

describe('lists of new economies and kinds of consumption', () => {
  it('marks two or more XX经济 joined by 、 (演唱会经济、赛事经济; IP经济、宠物经济)', () => {
    expect(terms('演唱会经济、赛事经济持续升温')).toEqual(['coinage:演唱会经济', 'coinage:赛事经济']);
    expect(terms('区里发展IP经济、宠物经济等新业态')).toEqual(['coinage:IP经济', 'coinage:宠物经济']);
  });

  it('leaves a single XX经济 and dictionary words in a list alone (战后经济, 市场经济和计划经济)', () => {
    expect(terms('战后经济迅速恢复')).toEqual([]);
    expect(terms('比较市场经济和计划经济')).toEqual([]);
  });
});

describe('named programmes read back from their anchor', () => {
  it('marks a campaign year with the words before it, back to the campaign verb', () => {
    expect(terms('区卫健局开展儿科和精神卫生服务年行动')).toEqual(['formula:儿科和精神卫生服务年']);
    expect(terms('他的服务年限为十年')).toEqual([]);
  });

  it('marks a tier of industrial cluster (千亿级产业集群), not a cluster without a tier', () => {
    expect(terms('全市培育4个千亿级产业集群')).toEqual(['formula:千亿级产业集群']);
    expect(terms('产业集群发展迅速')).toEqual([]);
  });

  it('marks business-facing 涉企 items (涉企违规收费), not 涉及企业', () => {
    expect(terms('开展涉企违规收费专项整治')).toEqual(['formula:涉企违规收费']);
    expect(terms('涉及企业收费问题')).toEqual([]);
  });

  it('marks a relending tool with its name joined by 与 (服务消费与养老再贷款), not 再次贷款', () => {
    expect(terms('人民银行设立服务消费与养老再贷款')).toEqual(['formula:服务消费与养老再贷款']);
    expect(terms('企业再次贷款')).toEqual([]);
  });

  it('marks a 科创 zone with its place name (宁波甬江科创区), not 科创板', () => {
    expect(terms('宁波甬江科创区集聚人才')).toEqual(['formula:宁波甬江科创区']);
    expect(terms('企业登陆科创板')).toEqual([]);
  });

  it('marks a law coming into force or newly revised, not 办法 or 方法', () => {
    expect(terms('新修订的治安管理处罚法明年1月1日起施行')).toEqual(['formula:治安管理处罚法']);
    expect(terms('新修订的反不正当竞争法10月15日起施行')).toEqual(['formula:不正当竞争法']);
    expect(terms('该办法自发布之日起施行，这一方法施行后')).toEqual([]);
  });
});

describe('wordQuestions', () => {
  it('lists the questions the programme rules put', () => {
    const asked = wordQuestions('人民银行设立服务消费与养老再贷款，开展儿科和精神卫生服务年行动，演唱会经济、赛事经济，人工智能+消费');
    for (const w of ['养老', '消费', '服务', '设立', '儿科', '精神', '卫生', '演唱会', '赛事', '演唱会经济', '人工智能']) expect(asked, w).toContain(w);
  });
});

describe('families of programme names (lib/glossary/detect-rules-families.ts)', () => {
  const famWords = new Set(['保姆', '组团', '店小二', '一站式', '三头六臂', '双向', '纾困', '政策', '利民', '消费', '和数', '乡村', '数字化', '转型', '推进', '土地', '综合', '整治', '招商', '引资', '果园', '班车', '全域', '强村', '公共', '体育', '中共', '体面', '别墅', '康养', '国家', '数据', '标注', '打击', '整治', '养老', '诈骗', '城市', '更新', '军事', '建设', '开展']);
  const fam = (text: string): string[] => detectJargon(text, [], (w) => famWords.has(w)).map((d) => d.term);

  it('marks 共富 names with the word after them, else the word before (共富果园, 全域共富)', () => {
    expect(fam('村里建成共富果园，开通共富班车，推进全域共富')).toEqual(['共富果园', '共富班车', '全域共富']);
  });

  it('marks X共体 / X联体 bodies, not 公共体育, 中共体面 or 联体别墅', () => {
    expect(fam('推进城乡教共体和医联体建设')).toEqual(['教共体', '医联体']);
    expect(fam('建成公共体育设施，要求中共体面退出，购买双联体别墅')).toEqual([]);
  });

  it('marks 浙里 / 浙有 brands (浙里康养, 浙里办, 浙有善育), not 江浙有…', () => {
    expect(fam('打造浙里康养和浙有善育品牌，通过浙里办APP申请')).toEqual(['浙里康养', '浙有善育', '浙里办']);
    expect(fam('江浙有很多古镇')).toEqual([]);
  });

  it('marks a campaign read back from its template with two words before it, not a bare template', () => {
    expect(fam('开展打击整治养老诈骗专项行动')).toEqual(['打击整治养老诈骗专项行动']);
    expect(fam('开展专项行动，实施城市更新三年行动')).toEqual(['城市更新三年行动']);
  });

  it('marks a designation after the verb that wins it (入选国家数据标注基地), not a base without the verb', () => {
    expect(fam('我市入选国家数据标注基地')).toEqual(['国家数据标注基地']);
    expect(fam('这里曾是国家军事基地')).toEqual([]);
  });

  it('marks 数智 names like 共富 ones, and 新型 after a campaign verb with the words after it, stopping at 和', () => {
    expect(fam('培育新型消费和数智乡村')).toEqual(['新型消费', '数智乡村']);
    expect(fam('这是一种新型消费方式')).toEqual([]);
  });

  it('marks 全域 with a name of four characters or more after it, not the adverb (全域推进)', () => {
    expect(fam('实施全域土地综合整治，推进全域数字化转型')).toEqual(['全域土地综合整治', '全域数字化转型']);
    expect(fam('全域推进垃圾分类')).toEqual([]);
  });

  it('marks 未来 + a facility (未来乡村), not after 在 (在未来学校里)', () => {
    expect(fam('打造未来乡村')).toEqual(['未来乡村']);
    expect(fam('他在未来学校里读书')).toEqual([]);
  });

  it('marks a task force with the words before it (招商引资工作专班), not one after 成立', () => {
    expect(fam('组建招商引资工作专班')).toEqual(['招商引资工作专班']);
    expect(fam('市委成立工作专班')).toEqual([]);
  });

  it('marks a longer quoted name with a newer policy ending (“乡村振兴共富大篷车”), not quoted prose', () => {
    expect(fam('开出“乡村振兴共富大篷车”')).toEqual(['乡村振兴共富大篷车']);
    expect(fam('迎来“一个崭新的春天”，告别“高品质高价格带”')).toEqual([]);
  });

  it('marks help for firms, 助企 / 惠企 + the word after it (助企纾困, 惠企政策), not 帮助企业', () => {
    expect(fam('出台惠企政策，推动助企纾困')).toEqual(['惠企政策', '助企纾困']);
    expect(fam('帮助企业纾困，保护企业家')).toEqual([]);
  });

  it('marks unquoted NUM X NUM Y formulas (三清三拆, 两客一危), not counting, measures, words or a leading 一', () => {
    expect(fam('开展三清三拆，加强两客一危车辆监管')).toEqual(['三清三拆', '两客一危']);
    expect(fam('修建双向四车道，长二尺五寸，三头六臂，一胎两仔')).toEqual([]);
  });

  it('marks a manner of serving, XX式 + the work (保姆式服务, 店小二式服务), not an everyday 一站式服务', () => {
    expect(fam('提供保姆式服务，当好店小二式服务员，开展组团式帮扶')).toEqual(['保姆式服务', '店小二式服务', '组团式帮扶']);
    expect(fam('提供一站式服务')).toEqual([]);
  });
});
