// Readings that follow from constructions of everyday local news (lib/pinyin/daily-patterns.ts and
// the widened 累 / 还 / 着 rules): hand-written sentences of village and street life, markets,
// hospitals and families, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('everyday-news patterns', () => {
  it.each([
    ['他们在路上都遇到了不少困难', '都', 'dōu'],
    ['基本上都是本地的年轻人在做这件事', '都', 'dōu'],
    ['孩子们身上都穿着统一的校服', '都', 'dōu'],
    ['王阿姨每天早上都到菜场买菜', '都', 'dōu'],
    ['奶奶在院子里边晒太阳边择菜', '边', 'biān'],
    ['这几年他攒下了一笔钱', '攒', 'zǎn'],
    ['小两口省吃俭用攒钱买房', '攒', 'zǎn'],
    ['这种做法一直传了下来', '传', 'chuán'],
    ['老人疼得抬不起头来', '得', 'de'],
    ['护士们忙碌地穿梭在病房之间', '地', 'de'],
    ['孩子们可以尽情地玩耍', '地', 'de'],
    ['这一干就是三十多年', '干', 'gàn'],
    ['工作再累，他也从来不叫苦', '累', 'lèi'],
    ['他从来没有觉得累', '累', 'lèi'],
    ['这个月他已经还了两次信用卡', '还', 'huán'],
    ['老人数着手里的零钱', '着', 'zhe'],
    ['要因地制宜地推进', '宜地', 'yí de'],
    ['这些成绩都是干出来的', '干', 'gàn'],
    ['全村上下劲往一处使', '劲', 'jìn'],
    ['炒得太久就不嫩了', '得', 'de'],
    ['他不好意思地挠了挠头', '思地', 'si de'],
    ['方案定了，大家接着干。', '干', 'gàn'],
    ['把剩菜倒进垃圾桶', '倒', 'dào'],
    ['奶奶坐在门口，一边扇一边乘凉', '扇', 'shān'],
    ['鱼儿在水中自由自在地游来游去', '在地', 'zài de'],
    ['这位老党员曾参与创办村里的合作社', '曾', 'céng'],
    ['医生开了三服汤药', '服', 'fù'],
    ['这么多钱他是从哪里弄到的？', '弄', 'nòng'],
    ['新买的毛巾一洗就掉色', '色', 'shǎi'],
    ['过去农户分散种，如今合作社统一种', '种', 'zhòng'],
    ['老王人不坏，就是说话冲', '冲', 'chòng'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['元上都遗址位于内蒙古', '都', 'dū'],
    ['桌子上边放着一本书', '边', 'bian'],
    ['广场上人头攒动', '攒', 'cuán'],
    ['大殿为方形攒尖顶', '攒', 'cuán'],
    ['他为老人写了一部传记', '传', 'zhuàn'],
    ['他得不到大家的支持', '得', 'dé'],
    ['紧张地区的局势有所缓和', '地', 'dì'],
    ['他们一干人等被带走调查', '干', 'gān'],
    ['这些年他积累了不少经验', '累', 'lěi'],
    ['他还了解到村民的需求', '还', 'hái'],
    ['相关部门已着手解决', '着', 'zhuó'],
    ['报名人数着实不少', '数', 'shù'],
    ['把萝卜晒干出售', '干', 'gān'],
    ['经济增长势头强劲', '劲', 'jìng'],
    ['他获得太多荣誉', '得', 'dé'],
    ['大风把路边的树刮倒了', '倒', 'dǎo'],
    ['这间屋子有两扇窗户', '扇', 'shàn'],
    ['医生叮嘱他按时服药', '服', 'fú'],
    ['他家住在解放路148弄3号', '弄', 'lòng'],
    ['他一时说话冲动了', '冲', 'chōng'],
    ['各自种类不同', '种', 'zhǒng'],
  ] as const)('leaves %s: %s as %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
