// Quotation marks of emphasis or irony around everyday words (lib/glossary/detect-plain.ts,
// emphasisQuote): the quoted stretch reads as a predicate — a free particle inside it, a frame
// before or after it, or a negated word closing a clause — and holds no policy morpheme and no
// number-slogan shape. Quoted coinages in the same frames keep their marks. Sentences follow local
// news (tests/fixtures/glossary-dev25/README.md); the traps there are the development figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';

const words = new Set(['负担', '减负', '正是', '时候', '到了', '心里', '得很', '一口', '爱上', '重新', '认识', '打烊', '见面', '成本', '崛起', '就业', '超市', '家乡', '教师', '市民']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => d.term);

describe('quotation marks of emphasis around everyday words', () => {
  it('leaves an everyday predicate in quotes unmarked', () => {
    expect(terms('学校取消了部分检查评比，让教师“减负担”，把更多时间留给学生。')).toEqual([]);
    expect(terms('这场雨来得“正是时候”，缓解了旱情。')).toEqual([]);
    expect(terms('村民们说，今年的橘子“甜到了心里”。')).toEqual([]);
    expect(terms('老人说，年轻时“吃过苦”，现在的日子“甜得很”。')).toEqual([]);
    expect(terms('很多人说，这家店的包子“一口就爱上”。')).toEqual([]);
    expect(terms('这次旅行让她“重新认识”了家乡。')).toEqual([]);
    expect(terms('小区门口的便利店二十四小时“不打烊”，方便了夜归的居民。')).toEqual([]);
    expect(terms('新修的步道让不少市民“迈开腿”，每天都来走一走。')).toEqual([]);
  });

  it('keeps quoted coinages, in the same frames too', () => {
    expect(terms('以“小切口”推动改革。')).toEqual(['小切口']);
    expect(terms('县里开展“县中崛起”行动。')).toEqual(['县中崛起']);
    // A policy morpheme or a number slogan in a predicate's frame.
    expect(terms('今年要让企业“降成本”，让群众“零跑腿”，让数据“多跑路”。')).toEqual(['降成本', '零跑腿', '多跑路']);
    // A negated word with a noun after it names a way of working.
    expect(terms('全面推行“不见面”审批。')).toEqual(['不见面']);
    // 就 starting a word is no particle.
    expect(terms('人社局开设“就业超市”。')).toEqual(['就业超市']);
  });
});

describe('the cause frame of an emphasis quote', () => {
  const dict = new Set(['教师', '负担', '农民', '企业', '市民']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('takes 让 and a person or a pronoun right before the quote as the frame, not 让 and a verb', () => {
    expect(found('让教师“减负担”。')).toEqual([]);
    expect(found('这次旅行让她“重新认识”家乡。')).toEqual([]);
    // A verb after the person takes the quote as its object: a coined name stays marked.
    expect(found('如何让农民卖“放心粮”“舒心粮”？')).toEqual(['放心粮', '舒心粮']);
  });
});

describe('an adverb of degree opening an emphasis quote', () => {
  const dict = new Set(['抢眼', '庭院']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('leaves an adverb and a word unmarked, and keeps a title opened by 最', () => {
    expect(found('媒体报道称重启销售表现“仍然抢眼”。')).toEqual([]);
    expect(found('村里评出了一批“最美庭院”。')).toEqual(['最美庭院']);
  });
});

describe('a comparison in quotes (tests/fixtures/glossary-dev26/README.md)', () => {
  const dict = new Set(['年纪', '过年', '热闹']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('leaves a quoted comparison unmarked', () => {
    expect(found('师傅说这台机器“比我年纪还大”。')).toEqual([]);
    expect(found('今年的庙会“比过年还热闹”。')).toEqual([]);
    expect(found('这里的夜景“比白天更好看”。')).toEqual([]);
  });

  it('keeps a quoted coinage opened by 比 that compares nothing', () => {
    expect(found('各村掀起“比学赶超”热潮。')).toEqual(['比学赶超']);
    expect(found('开展“比武练兵”活动。')).toEqual(['比武练兵']);
  });
});

describe('a noun of flavour, feel or company in quotes (tests/fixtures/glossary-dev27/README.md)', () => {
  const dict = new Set(['文化', '松弛', '饭', '仪式']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('leaves a dictionary word with 味, 感 or 搭子 unmarked: an everyday quality, not a coinage', () => {
    expect(found('改造后的老街既有烟火气，又有“文化味”。')).toEqual([]);
    expect(found('古镇的慢节奏让游客感受到了难得的“松弛感”。')).toEqual([]);
    expect(found('几个年轻人在网上找“饭搭子”，周末一起探店。')).toEqual([]);
  });

  it('keeps a quoted coinage whose first part is no word, or that holds a policy morpheme', () => {
    expect(found('全省推出“浙里味”地方菜。')).toEqual(['浙里味']);
    expect(found('展厅处处透着“数智感”。')).toEqual(['数智感']);
  });
});

describe('a quoted rank or turn (dev39)', () => {
  const found = (text: string): string[] => detectJargon(text, [], () => false).map((d) => d.term);

  it('leaves 第 + a number + a measure in quotes unmarked: a place in a list', () => {
    expect(found('这次期末考试他又考了“第一名”，妈妈笑得合不拢嘴。')).toEqual([]);
    expect(found('这是他第一次当选，也是他的“第3次”。')).toEqual([]);
  });

  it('keeps a quoted coinage that starts with 第 but is no rank', () => {
    expect(found('社区推行“第一响应人”制度。')).toEqual(['第一响应人']);
    expect(found('学校开设“第二课堂”。')).toEqual(['第二课堂']);
  });
});

describe('让人 before an emphasis quote (tests/fixtures/glossary-dev65/README.md)', () => {
  const dict = new Set(['半小时', '下班', '办事', '人才']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('takes 让人 as the cause frame: the quoted feeling is a predicate', () => {
    expect(found('每天下班都要在桥上堵半小时，真让人“堵心”。')).toEqual([]);
    expect(found('这样的服务让人“暖心”。')).toEqual([]);
  });

  it('keeps quoted coinages after 让人, and quoted names after a verb', () => {
    expect(found('改革让人“零跑腿”就能办事。')).toEqual(['零跑腿']);
    expect(found('街道推出“暖心”服务。')).toEqual(['暖心']);
  });
});

describe('a quoted label in 族 for a kind of people (tests/fixtures/glossary-dev90/README.md)', () => {
  const found = (text: string): string[] => detectJargon(text, [], () => false).map((d) => d.term);

  it('reads the label as everyday, wherever it stands', () => {
    expect(found('一遇到有人加塞，这位“路怒族”就把喇叭按个不停。')).toEqual([]);
    expect(found('地铁上的“低头族”越来越多。')).toEqual([]);
    expect(found('周末，不少“上班族”带着孩子来公园。')).toEqual([]);
  });

  it('keeps quoted coinages that do not end in 族, and longer stretches that only hold it', () => {
    expect(found('这位“路长”每周巡一次路。').length).toBeGreaterThan(0);
    expect(found('社区推行“家族议事会”。')).toEqual(['家族议事会']);
    expect(found('街道成立“银发族服务队”。')).toEqual(['银发族服务队']);
  });
});

describe('a nickname after a verb of calling and whose the person is (tests/fixtures/glossary-dev94/README.md)', () => {
  const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('reads the quoted role at the end of the clause as everyday', () => {
    expect(found('他心算又快又准，被同学们称为班里的“最强大脑”。')).toEqual([]);
    expect(found('她被大家称为村里的“百事通”。')).toEqual([]);
    expect(found('老张被邻居们称为楼里的“热心肠”，')).toEqual([]);
  });

  it('keeps quoted names after a bare 称为, and programme names after X的', () => {
    expect(found('这种模式被称为全省的“共富工坊”。')).toEqual(['共富工坊']);
    expect(found('这套系统被称为城市的“智慧大脑”。')).toEqual(['智慧大脑']);
  });
});

describe('a fan named by what he is fond of and 控 (dev102)', () => {
  const fanWords = new Set(['海鲜', '细节', '颜值', '能耗']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => fanWords.has(w)).map((d) => d.term);

  it('reads the label as everyday when its stem is a word', () => {
    expect(found('海边小镇的夜排档人气很旺，吸引了不少“海鲜控”。')).toEqual([]);
    expect(found('作为一名“细节控”，她把每张照片都修了三遍。')).toEqual([]);
    expect(found('这款手机的外观吸引了很多“颜值控”。')).toEqual([]);
  });

  it('keeps quoted terms in 控 whose stem is no word or a single character', () => {
    expect(found('全市严格落实能耗“双控”要求。')).toEqual(['双控']);
    expect(found('县里推行“联防联控”机制。').length).toBeGreaterThan(0);
    expect(found('企业实行“能耗双控”管理。').length).toBeGreaterThan(0);
  });
});

describe('a beginner named by what he is new to and 小白 / 菜鸟 (dev110)', () => {
  const novWords = new Set(['跑步', '理财', '数据']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => novWords.has(w)).map((d) => d.term);

  it('reads the label as everyday when its stem is a word, even one with a policy morpheme', () => {
    expect(found('她跑完全程后笑着说，自己终于不是“跑步小白”了。')).toEqual([]);
    expect(found('刚工作时，他是个“理财菜鸟”，现在已经会做预算了。')).toEqual([]);
    expect(found('培训班面向“数据小白”，从表格讲起。')).toEqual([]);
  });

  it('keeps quoted terms whose stem is no word, and quoted coinages with 跑', () => {
    expect(found('区里推出“数智小白”计划。')).toEqual(['数智小白']);
    expect(found('全面推行“最多跑一次”改革。')).toEqual(['最多跑一次']);
  });
});

describe('a person praised for a skill, a word and 小能手 / 达人 / 高手 (dev123)', () => {
  const skillWords = new Set(['修车', '厨艺', '钓鱼', '技术', '服务']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => skillWords.has(w)).map((d) => d.term);

  it('reads the label as everyday when its stem is a word', () => {
    expect(found('小区里的“修车小能手”王师傅，义务帮邻居修了十年自行车。')).toEqual([]);
    expect(found('社区请来几位“厨艺达人”，教居民包粽子。')).toEqual([]);
    expect(found('他是村里有名的“钓鱼高手”，每周都去水库。')).toEqual([]);
  });

  it('keeps 能手 alone, stems that are no word, labels with a policy morpheme, and labels before a noun', () => {
    expect(found('他是“钓鱼高手”协会的会长。')).toEqual(['钓鱼高手']);
    expect(found('他获评“技术能手”称号。')).toEqual(['技术能手']);
    expect(found('街道评选“数智小能手”。')).toEqual(['数智小能手']);
    expect(found('街道评选“服务达人”。')).toEqual(['服务达人']);
  });
});

describe('a simile around the quotes: 像“…”一样 (dev117)', () => {
  const found = (text: string): string[] => detectJargon(text, [], () => false).map((d) => d.term);

  it('reads what someone is likened to as everyday words', () => {
    expect(found('嫁到外地多年，她每次回村，乡亲们都像“娘家人”一样招待她。')).toEqual([]);
    expect(found('他待我们如同“自家兄弟”一般。')).toEqual([]);
    expect(found('两位老人就像“老朋友”似的聊了起来。')).toEqual([]);
    expect(found('邻居们像“一家人”那样互相照应。')).toEqual([]);
  });

  it('keeps the same words as a coinage outside a simile, and a model to follow inside one', () => {
    expect(found('全县推广“娘家人”调解工作法。')).toEqual(['娘家人']);
    expect(found('社区推出“老朋友”帮办服务。')).toEqual(['老朋友']);
    expect(found('要像“枫桥经验”那样把矛盾化解在基层。')).toEqual(['枫桥经验']);
    expect(found('要像“千万工程”一样久久为功。')).toEqual(['千万工程']);
    expect(found('各地要像“浙里办”一样推广。')).toEqual(['浙里办']);
  });
});

describe('a feast in quotes after a verb of setting or eating it (dev139)', () => {
  const found = (text: string): string[] => detectJargon(text, [], () => false).map((d) => d.term);

  it('reads the quoted feast as a meal', () => {
    expect(found('大年初一，村口的老樟树下摆起了“长桌宴”，全村人一起吃团圆饭。')).toEqual([]);
    expect(found('除夕晚上，一家人吃上了“团圆席”。')).toEqual([]);
    expect(found('村里办起“流水席”招待回乡的亲戚。')).toEqual([]);
  });

  it('keeps a quoted feast without that verb, or one named for a policy, as a coinage', () => {
    expect(found('村里推出“长桌宴”乡村旅游项目。')).toEqual(['长桌宴']);
    expect(found('村里摆起了“共富宴”。')).toEqual(['共富宴']);
    expect(found('村里摆起了“乡村大舞台”。')).toEqual(['乡村大舞台']);
  });
});
