// The shapes of lib/glossary/detect-rules-actions.ts (drives named by their action words, zones,
// systems with a long name), the acronyms, graded classes and rest points of the other rule files,
// and the everyday shapes of lib/glossary/detect-plain.ts that must stay unmarked. Sentences follow
// the news pages of Zhejiang county and city papers (tests/fixtures/glossary-dev22/README.md) and,
// for the everyday shapes, local news on sport, food, shopping and family; that the rules stay rare
// in ordinary prose is checked on the 9,893 cpp-dev sentences with scripts/glossary-marks-dump.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon, wordQuestions } from '../../lib/glossary/detect';

const words = new Set(['技能', '社会', '就业', '门口', '制定', '制作', '组长', '小组', '钓鱼', '三伏天', '知道', '充电', '散步', '石头', '剪刀', '环卫', '工人', '爱心', '物业', '服务', '质量', '推行']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string, known: { start: number; end: number }[] = []): string[] => detectJargon(text, known, isWord).map((d) => d.term);
const at = (text: string, form: string): { start: number; end: number } => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });

describe('drives named by their action words', () => {
  it('marks what a campaign verb works on with two action words, or one with a manner or a programme noun', () => {
    expect(terms('区里推进社区食堂提质扩面，新增社区食堂18家。')).toEqual(['社区食堂提质扩面']);
    expect(terms('县农业农村局实施农村公厕提档升级三年行动，改造公厕260座。')).toEqual(['农村公厕提档升级三年行动']);
    expect(terms('市住建局实施老旧厂区有机更新，改造低效工业厂房。')).toEqual(['老旧厂区有机更新']);
    expect(terms('市医保局开展全民参保精准扩面行动，今年新增参保2.3万人。')).toEqual(['全民参保精准扩面行动']);
    // After a quoted name that stands between the verb and what the drive works on.
    expect(terms('市大数据局推动“浙里办”县域专区迭代升级，新增事项30项。')).toContain('县域专区迭代升级');
  });

  it('counts a function character inside a word of two as none (技能, 社会)', () => {
    expect(terms('市人社局实施技能提升扩面攻坚，全年培训8万人次。')).toEqual(['技能提升扩面攻坚']);
  });

  it('leaves a single action word, a clause and a time frame after a quoted name', () => {
    expect(terms('各地推动产业升级，效益明显。')).toEqual([]);
    expect(terms('学校开展质量提升活动。')).toEqual([]);
    expect(terms('他们推进了这些工作的整治提升。')).toEqual([]);
    expect(terms('全区开展“除险保安”百日攻坚行动。')).not.toContain('百日攻坚行动');
  });

  it('takes the name over a shorter glossary term inside it', () => {
    const text = '县里启动营商环境提质攻坚行动，审批时限压缩一半。';
    expect(terms(text, [at(text, '营商环境')])).toEqual(['营商环境提质攻坚行动']);
  });
});

describe('zones made or applied for, and systems set up with a long name', () => {
  it('marks four to twelve characters and the zone noun after a verb of making or winning one', () => {
    expect(terms('南浔区打造木业家居产业示范区，木地板产量占全国三成。')).toEqual(['木业家居产业示范区']);
    expect(terms('上虞区获批省级生物医药产业集聚区，一期规划8平方公里。')).toEqual(['省级生物医药产业集聚区']);
    expect(terms('玉环市申报海岛渔旅融合试验区。')).toEqual(['海岛渔旅融合试验区']);
  });

  it('leaves a zone noun with a short name or without the verb', () => {
    expect(terms('这里建设示范区已有三年。')).toEqual([]);
    expect(terms('木业家居产业示范区的企业')).toEqual([]);
  });

  it('marks a system, mechanism or set of rules of six characters or more after a verb of setting one up', () => {
    expect(terms('区住建局建立物业服务质量红黑榜制度，每季度公布一次。')).toEqual(['物业服务质量红黑榜制度']);
    expect(terms('完善社会保障体系')).toEqual([]);
    expect(terms('建立现代企业制度')).toEqual([]);
  });
});

describe('acronyms, graded classes, rest points and quoted names holding a word with a function character', () => {
  it('marks a Latin acronym before what it names and a graded class', () => {
    expect(terms('县交通局把农村公路改造交给EPC总承包单位。')).toEqual(['EPC总承包']);
    expect(terms('市里对亩产效益评价中的D类企业开展整治。')).toEqual(['D类企业']);
    expect(terms('他在DNA中发现了变化。')).toEqual([]);
  });

  it('marks an acronym with a few words of policy prose before what it names, and classes in Roman numerals', () => {
    expect(terms('县里推进医保DRG支付方式改革，住院次均费用下降6%。')).toEqual(['DRG支付方式改革']);
    // A glossary form shorter than 60% of it inside gives way (DRG支付).
    const drg = '县里推进医保DRG支付方式改革。';
    expect(terms(drg, [at(drg, 'DRG支付')])).toEqual(['DRG支付方式改革']);
    expect(terms('县人民医院推行CHS-DRG付费，城中村改造采用EPC+O模式。')).toEqual(['CHS-DRG付费', 'EPC+O模式']);
    expect(terms('银行为农户开立Ⅱ类户，地表水Ⅱ类水质断面占九成，III类以上水质比例100%。')).toEqual(['Ⅱ类户', 'Ⅱ类水质', 'III类以上水质']);
    // A class of medical device is an ordinary classification (glossary-dev23's traps).
    expect(terms('这款产品属于III类医疗器械，须取得注册证后才能销售。')).toEqual([]);
    expect(terms('县住建局完成C级、D级危房整治120户。')).toEqual(['D级危房']);
    // Latin names and titles, a volume, a trial phase stay unmarked.
    expect(terms('他在一家外企担任CEO，周末去KTV唱歌，还看NBA球队比赛。')).toEqual([]);
    expect(terms('这部小说的第Ⅱ卷写大学生活，新药已进入Ⅲ期临床试验。')).toEqual([]);
  });

  it('marks a rest point set up', () => {
    expect(terms('区总工会在工业园区设置环卫工人爱心休息点26个。')).toEqual(['环卫工人爱心休息点']);
  });

  it('reads 就 of 就业 as part of a word in a long quoted name', () => {
    expect(terms('街道在菜场旁开设“家门口就业服务点”，每周发布岗位。')).toEqual(['家门口就业服务点']);
    // A function character outside a word still makes speech of it.
    expect(terms('他说“我们就在这里等服务点”')).toEqual([]);
  });
});

describe('everyday shapes left unmarked (lib/glossary/detect-plain.ts and the rules’ guards)', () => {
  it('leaves 制 starting a word after a chief-system shape, but keeps 制度', () => {
    expect(terms('活动方案由小组长制定，报社区审核。')).toEqual([]);
    expect(terms('县里推行塘长制度，全县山塘都有塘长。')).toEqual(['塘长制']);
  });

  it('leaves quoted days and festivals, examples, counts of words said and a discount', () => {
    expect(terms('今年“三伏天”长达40天。')).toEqual([]);
    expect(terms('“双十一”前后，分拣中心每天处理包裹60多万件。')).toEqual([]);
    expect(terms('“520”当天，婚姻登记处办理结婚登记86对。')).toEqual([]);
    expect(terms('口算比赛上，“9+6”这样的题几秒钟就答出来了。')).toEqual([]);
    expect(terms('他连说了三个“不知道”。')).toEqual([]);
    // What people wish for or say outright (a reader's walk on a portal's article found the wish marked).
    expect(terms('收回的问卷中，有一半以上的老人希望“离家近、价格实惠、少油少盐”。')).toEqual([]);
    expect(terms('不少居民直呼“太方便”。')).toEqual([]);
    // A screen name, figures of speech, sayings and a pretext (seen marked on blind pages' gold text).
    expect(terms('网友“甬城小陈”在本报热线留言。')).toEqual([]);
    expect(terms('这条路被村民称作“致富路”。')).toEqual([]);
    expect(terms('她用“小灯笼”“胖娃娃”等比喻，把菜园写得生动。')).toEqual([]);
    expect(terms('不要轻信“内部票”“代抢票”等说法。')).toEqual([]);
    expect(terms('对方以“内部渠道”“加价代抢”为名收取费用。')).toEqual([]);
    expect(terms('超市推出“满100减20”活动。')).toEqual([]);
    // A change told as 从“X”到“Y” whose halves are everyday actions (a reader's walk on blind20's
    // subhead found 各自种 and 统一管 marked; the others are from the blind pages' gold text).
    expect(terms('◆ 从“各自种”到“统一管”')).toEqual([]);
    expect(terms('从“卖原料”到“卖产品”，村里的药材身价翻了几番。')).toEqual([]);
    expect(terms('推动中药材从“卖得出”向“卖得好”转变。')).toEqual([]);
    expect(terms('从“看天吃饭”到“看数据出海”，安全和效益一起提了上来。')).toEqual([]);
    expect(terms('从“要我干”到“我要干”，村民的积极性上来了。')).toEqual([]);
    // The same shapes as jargon stay marked.
    expect(terms('实现跨区域治理由“属地化”向“共同体”转变。')).toContain('属地化');
    expect(terms('从“来料加工”到“链上增收”，共富工坊越办越红火。')).toContain('链上增收');
    expect(terms('县里推行“4+1”工业强县行动。')).toContain('4+1');
    expect(terms('三个“一号工程”')).toEqual(['三个“一号工程”']);
    expect(terms('社区推行“离家近、价格实惠、少油少盐”助餐模式。')).toEqual(['离家近、价格实惠、少油少盐']);
    expect(terms('区里推出“共享菜园”“小修小补”等便民服务。')).toEqual(['共享菜园', '小修小补']);
  });

  it('leaves XX之Y set phrases, reduplicated adverbs and a shop sign, but keeps a home for a group', () => {
    expect(terms('这只老花瓶是店里的“镇店之宝”。')).toEqual([]);
    expect(terms('奶奶说做菜要“慢慢来”。')).toEqual([]);
    // A verb doubled before its object, where the verb and object are a dictionary word (dev99's trap).
    expect(terms('工作之余，他每周都去图书馆“充充电”。')).toEqual([]);
    expect(terms('饭后到江边“散散步”，一天的疲劳都没了。')).toEqual([]);
    // A verb, 个 and a complement of degree ending the clause (dev103's trap); a count and a name before a noun stay marked.
    expect(terms('秋天的银杏大道一片金黄，吸引不少市民前来“拍个够”。')).toEqual([]);
    expect(terms('孩子们在雪地里“玩个痛快”，小脸冻得通红。')).toEqual([]);
    expect(terms('他一定要把这件事“问个明白”。')).toEqual([]);
    expect(terms('县里推行“三个够”保障机制。')).toEqual(['三个够']);
    expect(terms('村里推出“吃个饱”爱心餐服务，为老人免费供餐。')).toEqual(['吃个饱']);
    // A doubled character whose last two are no dictionary word, and a longer quoted name, stay marked.
    expect(terms('社区推出“帮帮团”志愿服务，为独居老人上门维修。')).toEqual(['帮帮团']);
    expect(terms('村里组建“充电宝”服务队，为老人上门充电维修。')).toEqual(['充电宝']);
    expect(terms('这家面馆的招牌是“三鲜面”。')).toEqual([]);
    expect(terms('县总工会建成“骑手之家”，外卖小哥可以在这里休息。')).toEqual(['骑手之家']);
  });

  it('leaves tallies of tries, scores and sights in NUM X NUM Y, and the one thing someone minds', () => {
    expect(terms('他在比赛中三投三中。')).toEqual([]);
    expect(terms('比赛采用三对三赛制。')).toEqual([]);
    expect(terms('老街上两桥一塔是游客最爱拍照的地方。')).toEqual([]);
    expect(terms('退休以后，老陈每天只惦记钓鱼一件事。')).toEqual([]);
    expect(terms('县里推行两客一危监管。')).toEqual(['两客一危']);
  });
});

describe('word questions', () => {
  it('lists every pair a drive, zone or system name asks about', () => {
    const asked = wordQuestions('市人社局实施技能提升扩面攻坚，建立物业服务质量红黑榜制度。');
    expect(asked).toContain('技能');
    expect(asked).toContain('物业');
  });
});
