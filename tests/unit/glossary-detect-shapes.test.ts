// The fixed frames of lib/glossary/detect-rules-shapes.ts (以X促Y methods, ratings, dated days and
// observances, service numbers, one-stop slogans, counted targets, stand-in nouns), each with a
// sentence of the same shape that must stay unmarked. Sentences follow the news pages of Zhejiang
// county and city papers (tests/fixtures/glossary-dev24/README.md); that the rules stay rare in
// ordinary prose is checked on the 9,893 cpp-dev sentences with scripts/glossary-marks-dump.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon, wordQuestions } from '../../lib/glossary/detect';

const words = new Set([
  '以往', '以及', '确保', '代替', '带动', '以身作则', '难以',
  '文明', '旅游', '景区', '村庄', '纳税人', '数量', '养老', '机构', '信用', '酒店',
  '生态', '宪法', '慈善', '节日', '传统', '日前', '前夕', '人民', '日报', '当天',
  '一路', '通行', '一卡通', '卡通', '系统', '一致', '统一', '零增长', '强制', '控制',
  '就业', '孝心', '建设银行', '企业', '物业', '首席执行官',
  '智能', '工厂', '级别', '设备', '党组', '组织', '人数',
]);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => d.term);

describe('method formulas 以X促Y', () => {
  it('marks 以X促Y, 以X代Y, 以X带Y when neither 以X nor XV nor the whole is a word', () => {
    expect(terms('县教育局举办教师教学技能大赛，以赛促学。')).toEqual(['以赛促学']);
    expect(terms('机关食堂推行以购代捐，采购山区农产品。')).toEqual(['以购代捐']);
    expect(terms('社区推行以老带新，结对指导新网格员。')).toEqual(['以老带新']);
  });

  it('leaves 以往, 以及, 确保 and an idiom', () => {
    expect(terms('今年比以往代表人数更多。')).toEqual([]);
    expect(terms('他以身作则，每天第一个到岗。')).toEqual([]);
    expect(terms('各地要以确保安全为前提，难以代替的岗位先上。')).toEqual([]);
  });
});

describe('ratings that designate a place or a body', () => {
  it('marks a star, A or hospital grade with the name it rates', () => {
    expect(terms('县文明办评出三星级文明户320户。')).toEqual(['三星级文明户']);
    expect(terms('景区成功创建国家4A级旅游景区。')).toEqual(['4A级旅游景区']);
    expect(terms('全市A级纳税人数量同比增长12%。')).toEqual(['A级纳税人']);
    expect(terms('全市新增四星级养老机构6家。')).toEqual(['四星级养老机构']);
    expect(terms('区里评定五星级共富工坊10家。')).toEqual(['五星级共富工坊']);
  });

  it("leaves a hotel's stars and a grade before 的", () => {
    expect(terms('这家老字号酒店去年被评为五星级酒店。')).toEqual([]);
    expect(terms('那家酒店是四星级的，房价比周边贵一倍。')).toEqual([]);
  });

  it('leaves a grade before the act of rating it (dev72), and keeps the name a grade rates beside it', () => {
    expect(terms('这家酒店今年通过了五星级评定。')).toEqual([]);
    expect(terms('全县组织开展四星级评选，12个村参评。')).toEqual([]);
    expect(terms('民宿要达到三星级标准才能挂牌。')).toEqual([]);
    expect(terms('区里评定五星级共富工坊10家。')).toEqual(['五星级共富工坊']);
    expect(terms('全市新增四星级养老机构6家。')).toEqual(['四星级养老机构']);
  });

  it('does not end a rated name inside a word (dev72), and keeps a word that starts right after it', () => {
    expect(terms('今年评出五星级党组织36个。')).toEqual(['五星级党组织']);
    expect(terms('全市A级纳税人数量同比增长12%。')).toEqual(['A级纳税人']);
    expect(terms('县文明办评出三星级文明户320户。')).toEqual(['三星级文明户']);
  });

  it('marks the tiers of a graded programme with the name they rate', () => {
    expect(terms('县里组织卓越级智能工厂申报，3家企业入选。')).toEqual(['卓越级智能工厂']);
    expect(terms('全市新增先进级智能工厂15家，基础级智能工厂覆盖过半规上企业。')).toEqual(['先进级智能工厂', '基础级智能工厂']);
  });

  it('leaves a tier word whose 级 starts a word (级别)', () => {
    expect(terms('这台机床是厂里最先进级别的设备。')).toEqual([]);
  });
});

describe('days named by a date, and observances', () => {
  it('marks a quoted date, a date before a name, and 全国 / 国家 … 日', () => {
    expect(terms('在“3·15”国际消费者权益日到来之际，市消保委发布典型案例。')).toContain('3·15');
    expect(terms('12·2全国交通安全日，交警在路口开展宣传。')).toContain('12·2');
    expect(terms('8月15日是全国生态日，市里举办主题活动。')).toEqual(['全国生态日']);
    expect(terms('9月5日中华慈善日前夕，市慈善总会发布项目清单。')).toEqual(['中华慈善日']);
  });

  it('leaves decimals, a date in figures, a newspaper and a day a word already names', () => {
    expect(terms('股价收于3.15元，比上周上涨0.8%。')).toEqual([]);
    expect(terms('他在中国人民日报社工作了三十年。')).toEqual([]);
    expect(terms('逢中国传统节日放假。')).toEqual([]);
  });
});

describe('service numbers', () => {
  it('marks five digits before the name of a line, or before 来电', () => {
    expect(terms('县税务局12366纳税服务热线共接听来电4.2万个。')).toEqual(['12366纳税服务热线']);
    expect(terms('接到96110来电请务必接听。')).toEqual(['96110']);
  });

  it('leaves a bare number and a count', () => {
    expect(terms('快递单号末尾是12366，他一眼就认出了自己的包裹。')).toEqual([]);
    expect(terms('全县共有12366人参加了体检。')).toEqual([]);
  });
});

describe('one-stop slogans and service modes', () => {
  it('marks 一X通Y, 一X通 at a phrase end, 即X即Y, a mode reached and a promise of zero', () => {
    expect(terms('市公安局推行户籍业务一证通办，群众凭身份证即可办理。')).toEqual(['一证通办']);
    expect(terms('社保卡在全市实现一卡通用，可乘公交。')).toEqual(['一卡通用']);
    expect(terms('基层报表推行一表通，填报时间减少一半。')).toEqual(['一表通']);
    expect(terms('人才补贴实行即申即办，3个工作日内到账。')).toEqual(['即申即办']);
    expect(terms('公积金提取业务实现指尖办，几分钟就能完成。')).toEqual(['指尖办']);
    expect(terms('企业注销实现零跑腿，全程网上提交材料。')).toEqual(['零跑腿']);
    expect(terms('施工许可推行不见面审批，时间压缩至5个工作日。')).toEqual(['不见面审批']);
  });

  it('leaves 一路通行, 一卡通 used as a verb, 统一系统管理 and 零增长', () => {
    expect(terms('这一路通行顺畅，半小时就到了县城。')).toEqual([]);
    expect(terms('小区门禁一卡通用了十年，今年换成了人脸识别。')).toEqual([]);
    expect(terms('各部门统一系统管理，数据实时共享。')).toEqual([]);
    expect(terms('去年全县能耗实现零增长。')).toEqual([]);
  });

  it('marks a project-speed slogan reached, two characters + 即 + a milestone (dev86)', () => {
    expect(terms('这个项目实现签约即开工，从签约到打桩只用了15天。')).toEqual(['签约即开工']);
    expect(terms('工业项目推行交地即发证，企业当天拿到不动产权证。')).toEqual(['交地即发证']);
    expect(terms('今年全市做到竣工即投产，项目早见效益。')).toEqual(['竣工即投产']);
  });

  it('leaves 即 + a milestone without a verb of reaching it, after a time or a function character', () => {
    expect(terms('工人们说，雨停即开工。')).toEqual([]);
    expect(terms('这家工厂实现当天即开工，没有耽误订单。')).toEqual([]);
    expect(terms('新店装修完成后实现立即开业。')).toEqual([]);
    expect(terms('他们实现了签约，下个月即开工。')).toEqual([]);
  });
});

describe('counted targets', () => {
  it('marks N个 or 双 before a percentage, N个全覆盖, a time to finish and 7×24小时', () => {
    expect(terms('学校食堂要实现“两个100%”：明厨亮灶、校长陪餐全覆盖。')).toContain('两个100%');
    expect(terms('全县网格员入户走访实现两个全覆盖。')).toEqual(['两个全覆盖']);
    expect(terms('不动产抵押登记实现1小时办结。')).toEqual(['1小时办结']);
    expect(terms('大厅开设7×24小时自助服务区。')).toEqual(['7×24小时']);
  });

  it('leaves a score and a share', () => {
    expect(terms('这次期末考试，他拿了两个100分。')).toEqual([]);
    expect(terms('全班有90%的同学报名参加。')).toEqual([]);
  });
});

describe('figurative nouns of a role or a plan', () => {
  it('marks the figure in the clause of a verb that makes it one', () => {
    expect(terms('制造业是全县经济的压舱石，今年增长9.2%。')).toEqual(['压舱石']);
    expect(terms('要下好科技创新这步先手棋。')).toEqual(['先手棋']);
    expect(terms('各部门要把年度目标细化为施工图。')).toEqual(['施工图']);
  });

  it('leaves a literal ballast stone, test field, drawing or move, and a longer word', () => {
    expect(terms('古船的压舱石被打捞上岸，现藏于市博物馆。')).toEqual([]);
    expect(terms('农科院的水稻试验田今年亩产超过800公斤。')).toEqual([]);
    expect(terms('设计院已向建设单位交付全部施工图，下月进场。')).toEqual([]);
    expect(terms('棋手在第38手下出一步先手棋，扭转了局面。')).toEqual([]);
    expect(terms('要把方案细化为施工图纸。')).toEqual([]);
  });
});

describe('paired verb-object compressions', () => {
  it('marks AXBX with two verbs policy prose pairs', () => {
    expect(terms('县经信局实施强链补链行动，引进配套项目23个。')).toContain('强链补链');
    expect(terms('人社部门落实稳岗扩岗政策。')).toEqual(['稳岗扩岗']);
  });

  it('leaves everyday pairs, an idiom and two words side by side', () => {
    expect(terms('老人每天上楼下楼好几趟。')).toEqual([]);
    expect(terms('别将错就错，发现问题要及时改正。')).toEqual([]);
    expect(terms('他强制控制了试图逃离城市的人。')).toEqual([]);
  });
});

describe('stand-in nouns for a service', () => {
  it('marks a bank, supermarket, butler, doctor or night school set up by a verb of opening or appointing, and 首席X官', () => {
    expect(terms('横街镇开设孝心银行，子女每月为老人存入孝心金。')).toEqual(['孝心银行']);
    expect(terms('县人社局在城东新开一家就业超市。')).toEqual(['就业超市']);
    expect(terms('开发区为每家规上企业配备一名企业管家。')).toEqual(['企业管家']);
    expect(terms('市国资委要求市属企业配齐首席合规官。')).toEqual(['首席合规官']);
  });

  it('leaves a real bank, a job title without a verb of setting up and a chief executive', () => {
    expect(terms('他在建设银行办理了定期存款转存业务。')).toEqual([]);
    expect(terms('县里开设建设银行网点。')).toEqual([]);
    expect(terms('小区物业管家上门登记了漏水情况。')).toEqual([]);
    expect(terms('他是一家上市公司的首席执行官。')).toEqual([]);
  });

  it('asks the dictionary the same questions whatever it answers', () => {
    const text = '开发区配备一名企业管家，实现一证通办，以赛促学，三星级文明户，卓越级智能工厂，最先进级别，12366纳税服务热线，全国生态日前夕。';
    const asked = new Set(wordQuestions(text));
    const seen = new Set<string>();
    detectJargon(text, [], (w) => {
      seen.add(w);
      return words.has(w);
    });
    for (const w of seen) expect(asked.has(w), w).toBe(true);
  });
});
