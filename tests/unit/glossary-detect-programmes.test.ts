// The shapes of lib/glossary/detect-rules-programmes.ts and lib/glossary/detect-rules-families.ts,
// one table row a rule: the sentences it marks and the near misses that must stay unmarked. Sentences follow tests/fixtures/glossary-dev7 (2025–26 local news); that the
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

/** One row a rule: the sentences it marks (with what it marks there, in order) and the near misses it must leave unmarked. */
interface Shape {
  name: string;
  marks: [text: string, found: string[]][];
  leaves: string[];
}

// Marks are written kind:term.
const PROGRAMME_SHAPES: Shape[] = [
  {
    name: 'XX+ and XX× actions: the word before the sign and the word after it (人工智能+消费), or two words before ×; not arithmetic or runs of signs',
    marks: [
      ['区里推进人工智能+消费提质', ['formula:人工智能+消费']],
      ['我市以AI+教育为抓手', ['formula:AI+教育']],
      ['企业入选数据要素×案例', ['formula:数据要素×']],
    ],
    // Single-digit N+N (5+2) is a formula of detect.ts; a decimal sum is arithmetic.
    leaves: ['计算13+24.5与2×2矩阵，学习C++语言'],
  },
  {
    name: 'two or more XX经济 joined by 、 (演唱会经济、赛事经济), not a single XX经济 or dictionary words in a list',
    marks: [
      ['演唱会经济、赛事经济持续升温', ['coinage:演唱会经济', 'coinage:赛事经济']],
      ['区里发展IP经济、宠物经济等新业态', ['coinage:IP经济', 'coinage:宠物经济']],
    ],
    leaves: ['战后经济迅速恢复', '比较市场经济和计划经济'],
  },
  {
    name: 'a campaign year with the words before it, back to the campaign verb',
    marks: [['区卫健局开展儿科和精神卫生服务年行动', ['formula:儿科和精神卫生服务年']]],
    leaves: ['他的服务年限为十年'],
  },
  {
    name: 'a tier of industrial cluster (千亿级产业集群), not a cluster without a tier',
    marks: [['全市培育4个千亿级产业集群', ['formula:千亿级产业集群']]],
    leaves: ['产业集群发展迅速'],
  },
  {
    name: 'business-facing 涉企 items (涉企违规收费), not 涉及企业',
    marks: [['开展涉企违规收费专项整治', ['formula:涉企违规收费']]],
    leaves: ['涉及企业收费问题'],
  },
  {
    name: 'a relending tool with its name joined by 与 (服务消费与养老再贷款), not 再次贷款',
    marks: [['人民银行设立服务消费与养老再贷款', ['formula:服务消费与养老再贷款']]],
    leaves: ['企业再次贷款'],
  },
  {
    name: 'a 科创 zone with its place name (宁波甬江科创区), not 科创板',
    marks: [['宁波甬江科创区集聚人才', ['formula:宁波甬江科创区']]],
    leaves: ['企业登陆科创板'],
  },
  {
    name: 'a law coming into force or newly revised, not 办法 or 方法',
    marks: [
      ['新修订的治安管理处罚法明年1月1日起施行', ['formula:治安管理处罚法']],
      ['新修订的反不正当竞争法10月15日起施行', ['formula:不正当竞争法']],
    ],
    leaves: ['该办法自发布之日起施行，这一方法施行后'],
  },
];

describe('programme shapes (lib/glossary/detect-rules-programmes.ts)', () => {
  it.each(PROGRAMME_SHAPES)('$name', ({ marks, leaves }) => {
    for (const [text, found] of marks) expect(terms(text), text).toEqual(found);
    for (const text of leaves) expect(terms(text), text).toEqual([]);
  });
});

describe('wordQuestions', () => {
  it('lists the questions the programme rules put', () => {
    const asked = wordQuestions('人民银行设立服务消费与养老再贷款，开展儿科和精神卫生服务年行动，演唱会经济、赛事经济，人工智能+消费');
    for (const w of ['养老', '消费', '服务', '设立', '儿科', '精神', '卫生', '演唱会', '赛事', '演唱会经济', '人工智能']) expect(asked, w).toContain(w);
  });
});

const famWords = new Set(['保姆', '组团', '店小二', '一站式', '三头六臂', '双向', '纾困', '政策', '利民', '消费', '和数', '乡村', '数字化', '转型', '推进', '土地', '综合', '整治', '招商', '引资', '果园', '班车', '全域', '强村', '公共', '体育', '中共', '体面', '别墅', '康养', '国家', '数据', '标注', '打击', '整治', '养老', '诈骗', '城市', '更新', '军事', '建设', '开展', '快递', '小哥', '商圈', '楼宇', '志愿者', '英雄', '打造', '美丽', '风景线', '大花园', '环境', '深化']);
const fam = (text: string): string[] => detectJargon(text, [], (w) => famWords.has(w)).map((d) => d.term);

// Marks are written as the term alone.
const FAMILY_SHAPES: Shape[] = [
  { name: '共富 names with the word after them, else the word before (共富果园, 全域共富)', marks: [['村里建成共富果园，开通共富班车，推进全域共富', ['共富果园', '共富班车', '全域共富']]], leaves: [] },
  { name: '巾帼 names like 共富 ones (巾帼志愿者), not the literary 巾帼英雄 or 巾帼不让须眉', marks: [['组建巾帼志愿者队伍', ['巾帼志愿者']]], leaves: ['她是一位巾帼英雄，巾帼不让须眉'] },
  { name: 'X共体 / X联体 bodies, not 公共体育, 中共体面 or 联体别墅', marks: [['推进城乡教共体和医联体建设', ['教共体', '医联体']]], leaves: ['建成公共体育设施，要求中共体面退出，购买双联体别墅'] },
  {
    name: 'the low-altitude economy\'s sectors, routes and facilities after 低空 (低空旅游, 低空航线, dev38), not a bird or a plane flying low nor 降低|空气',
    marks: [['发展低空旅游，开通低空航线，建成低空飞行服务站', ['低空旅游', '低空航线', '低空飞行服务站']]],
    leaves: ['燕子低空飞过水面，飞机低空飞行，这架飞机的低空性能很好，降低空气中的粉尘'],
  },
  { name: '浙里 / 浙有 brands (浙里康养, 浙里办, 浙有善育), not 江浙有…', marks: [['打造浙里康养和浙有善育品牌，通过浙里办APP申请', ['浙里康养', '浙有善育', '浙里办']]], leaves: ['江浙有很多古镇'] },
  {
    name: 'a campaign read back from its template with two words before it, not a bare template',
    marks: [
      ['开展打击整治养老诈骗专项行动', ['打击整治养老诈骗专项行动']],
      ['开展专项行动，实施城市更新三年行动', ['城市更新三年行动']],
    ],
    leaves: [],
  },
  { name: 'a designation after the verb that wins it (入选国家数据标注基地), not a base without the verb', marks: [['我市入选国家数据标注基地', ['国家数据标注基地']]], leaves: ['这里曾是国家军事基地'] },
  { name: '数智 names like 共富 ones, and 新型 after a campaign verb with the words after it, stopping at 和', marks: [['培育新型消费和数智乡村', ['新型消费', '数智乡村']]], leaves: ['这是一种新型消费方式'] },
  { name: '全域 with a name of four characters or more after it, not the adverb (全域推进)', marks: [['实施全域土地综合整治，推进全域数字化转型', ['全域土地综合整治', '全域数字化转型']]], leaves: ['全域推进垃圾分类'] },
  { name: '全域 before a campaign verb is the adverb (全域推进乡村环境整治, 全域打造美丽风景线, dev134), a name after a verb is kept', marks: [['打造全域美丽大花园，推进全域数字化转型', ['全域美丽大花园', '全域数字化转型']]], leaves: ['我市全域推进乡村环境整治', '县里全域打造美丽风景线'] },
  { name: '未来 + a facility (未来乡村), not after 在 (在未来学校里)', marks: [['打造未来乡村', ['未来乡村']]], leaves: ['他在未来学校里读书'] },
  {
    name: '(近)零碳 / 低碳 + a site or body made so (零碳码头, 近零碳校园, 低碳工业园区, dev99), not 低碳 of a way of life nor 降低|碳排放',
    marks: [['港区打造零碳码头，大学城建设近零碳校园，开发区启动低碳工业园区建设', ['零碳码头', '近零碳校园', '低碳工业园区']]],
    leaves: ['市民倡导低碳生活，选择低碳出行，企业降低碳排放，零碳排放的目标还很远'],
  },
  { name: 'a task force with the words before it (招商引资工作专班), not one after 成立', marks: [['组建招商引资工作专班', ['招商引资工作专班']]], leaves: ['市委成立工作专班'] },
  { name: 'Party building in a sector with the words before it (快递小哥党建, 商圈党建), not 党建引领 or a bare 党建', marks: [['推进快递小哥党建和商圈党建', ['快递小哥党建', '商圈党建']]], leaves: ['以党建引领基层治理，抓好党建'] },
  { name: 'a longer quoted name with a newer policy ending (“乡村振兴共富大篷车”), not quoted prose', marks: [['开出“乡村振兴共富大篷车”', ['乡村振兴共富大篷车']]], leaves: ['迎来“一个崭新的春天”，告别“高品质高价格带”'] },
  { name: 'help for firms, 助企 / 惠企 + the word after it (助企纾困, 惠企政策), not 帮助企业', marks: [['出台惠企政策，推动助企纾困', ['惠企政策', '助企纾困']]], leaves: ['帮助企业纾困，保护企业家'] },
  { name: 'unquoted NUM X NUM Y formulas (三清三拆, 两客一危), not counting, measures, words or a leading 一', marks: [['开展三清三拆，加强两客一危车辆监管', ['三清三拆', '两客一危']]], leaves: ['修建双向四车道，长二尺五寸，三头六臂，一胎两仔'] },
  {
    name: 'a manner of serving, XX式 + the work (保姆式服务, 店小二式服务), not an everyday 一站式服务',
    marks: [['提供保姆式服务，当好店小二式服务员，开展组团式帮扶', ['保姆式服务', '店小二式服务', '组团式帮扶']]],
    leaves: ['提供一站式服务'],
  },
  {
    name: 'XX式 + the work with one character before 式 when the two before it are no word and the first ends a word (开展|链式招商; 组团式帮扶 keeps its word), not an everyday 一站式服务',
    marks: [['开展链式招商，开展组团式帮扶', ['链式招商', '组团式帮扶']]],
    leaves: ['开展一站式服务'],
  },
  {
    name: 'a way of attracting investment named by its means, XX招商 after 以 / 开展 / 推行 … (以场景招商, 开展委托招商), not a time, place or adverb for XX, not after 可以 / 所以, not the bank',
    marks: [
      ['区里以场景招商吸引企业，开展委托招商', ['场景招商', '委托招商']],
      ['县里以资本招商方式引进项目，推行驻点招商', ['资本招商', '驻点招商']],
    ],
    leaves: ['全市开展今年招商签约，各地开展全市招商，大力开展招商引资', '所以全市招商都很忙', '他以招商银行的卡还款，开展集中招商'],
  },
];

describe('families of programme names (lib/glossary/detect-rules-families.ts)', () => {
  it.each(FAMILY_SHAPES)('$name', ({ marks, leaves }) => {
    for (const [text, found] of marks) expect(fam(text), text).toEqual(found);
    for (const text of leaves) expect(fam(text), text).toEqual([]);
  });
});

// Designations won with a batch, a level and a name made of dictionary words (glossary-dev12).
const desWords = new Set([...famWords, '农业', '绿色', '发展', '森林', '食品', '安全', '工业', '考试', '居民', '新型', '综合', '首批']);
const des = (text: string): string[] => detectJargon(text, [], (w) => desWords.has(w)).map((d) => d.term);

describe('designations won, with their level and a name of dictionary words (lib/glossary/detect-rules-families.ts)', () => {
  it('marks the level and the name up to the designation noun', () => {
    expect(des('我县成功创建国家农业绿色发展先行区')).toEqual(['国家农业绿色发展先行区']);
    expect(des('镇里成功创建省级森林城镇，森林覆盖率达到72%')).toEqual(['省级森林城镇']);
    expect(des('开发区获评国家级绿色工业园区')).toEqual(['国家级绿色工业园区']);
    expect(des('县里入选首批省级食品安全示范县')).toEqual(['省级食品安全示范县']);
  });

  it('takes 通过 / 成为 / 评为 only before a level word', () => {
    expect(des('县里通过省级食品安全示范县复评')).toEqual(['省级食品安全示范县']);
    expect(des('他通过食品安全示范县的考察')).toEqual([]);
  });

  it('does not end a designation on 城镇 / 园区 that begin a longer word', () => {
    expect(des('他通过国家级考试后成为城镇居民')).toEqual([]);
    expect(des('列入国家新型城镇化综合试点')).not.toContain('国家新型城镇');
  });
});

describe('an X+ action with its sector against the glossary match of the bare action', () => {
  // The glossary knows 人工智能+ (the action) but not every sector it is applied to (dev7: 人工智能+消费提质).
  const bare = (text: string, form: string): { start: number; end: number } => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });
  const found = (text: string, known: { start: number; end: number }[]): string[] => detectJargon(text, known, isWord).map((d) => d.term);

  it('marks the action with its sector over the bare action the glossary matched', () => {
    const text = '区里推进人工智能+消费提质';
    expect(found(text, [bare(text, '人工智能+')])).toEqual(['人工智能+消费']);
  });

  it('leaves the glossary match alone when no sector follows, when the glossary match is the longer one or does not end at the sign', () => {
    const quoted = '全市深入实施“人工智能+”行动';
    expect(found(quoted, [bare(quoted, '人工智能+')])).toEqual([]);
    const longer = '区里推进人工智能+消费提质';
    expect(found(longer, [bare(longer, '人工智能+消费提质')])).toEqual([]);
    const inner = '区里推进人工智能+消费提质';
    expect(found(inner, [bare(inner, '人工智能')])).toEqual([]);
  });
});

describe('an X+Y working model after a campaign verb (lib/glossary/detect-rules-programmes.ts)', () => {
  const modelWords = new Set(['推广', '探索', '推行', '推进', '网格', '信用', '积分', '工会', '法院', '数据', '要素', '交通']);
  const modelTerms = (text: string): string[] => detectJargon(text, [], (w) => modelWords.has(w)).map((d) => d.term);

  it('leaves the verb out of the mark and takes the two characters before the sign', () => {
    expect(modelTerms('县里推广党建+网格治理模式，把党小组建在网格上。')).toEqual(['党建+网格']);
    expect(modelTerms('镇里探索信用+积分治理，村民文明行为可以兑换生活用品。')).toEqual(['信用+积分']);
    expect(modelTerms('区里推行工会+法院劳动争议联合调解。')).toEqual(['工会+法院']);
  });

  it('still takes two words before the sign when the first is no campaign verb (数据要素×交通)', () => {
    expect(modelTerms('市里开展数据要素×交通试点。')).toEqual(['数据要素×交通']);
  });
});
