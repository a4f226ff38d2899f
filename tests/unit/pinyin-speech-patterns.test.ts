// Readings that follow from constructions of reported speech, social news, services and consumer
// news and industry pages (lib/pinyin/speech-patterns.ts and the widened rules of
// news-patterns.ts, register-patterns.ts and correction-table.ts, the sixth news polyphone round):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

/** A sentence, the character or word looked at, its reading, and where to start looking for it (UTF-16). */
type Row = [string, string, string, number?];

describe('reported speech, social, services and industry patterns', () => {
  it.each([
    ['“这么重的担子，你一个人挑得了吗？”', '了', 'liǎo'],
    ['“这么重的担子，你一个人挑得了吗？”', '得', 'de'],
    ['“饭菜太多，我们俩吃不了了。”', '了', 'le', 12],
    ['这款手机老人也用得上', '得', 'de'],
    ['“房租太贵，我们租不起，也买不起，这回总算住得起了。”', '得', 'de'],
    ['“一个人过年，冷清得很。”', '得', 'de'],
    ['孩子疼得要命，母亲急忙打了120', '得', 'de'],
    ['“这么好的房子，我真舍不得卖。”', '得', 'de'],
    ['他恨不得马上飞回家', '得', 'de'],
    ['“明天我还得去医院复查。”', '得', 'děi'],
    ['“这钱我们都得还。”', '得', 'děi'],
    ['合作社今年种了三百亩番薯，明年准备种水稻', '种', 'zhòng', 10],
    ['山坡上种满了杨梅树', '种', 'zhòng'],
    ['他一边数钱，一边记账', '数', 'shǔ'],
    ['他休了两周假，陪家人去了趟海南', '假', 'jià'],
    ['新店的生意比老店差一点', '差', 'chà'],
    ['这套西装很称身', '称', 'chèn'],
    ['一块骨头卡在了喉咙里', '卡', 'qiǎ'],
    ['车门被卡住了，消防员用扩张器撬开', '卡', 'qiǎ'],
    ['“做我们这行，靠的是口碑。”', '行', 'háng'],
    ['老李在码头干了三十年，去年才退休', '干', 'gàn'],
    ['“重活我们也干得了。”', '干', 'gàn'],
    ['这点活，他一个下午就干得完', '干', 'gàn'],
    ['晕车的人闻到汽油味就恶心', '恶', 'ě'],
    ['被人当面揭短，他涨红了脸', '涨', 'zhàng'],
    ['一艘载满游客的渡船缓缓靠岸', '载', 'zài'],
    ['在外地落网的嫌疑人已被解押至温州', '解', 'jiè'],
    ['这家厂的冲压件供应多家车企', '冲', 'chòng'],
    ['护士给孩子量了量体温', '量', 'liáng'],
    ['从下月起，居民用气价格每立方米下调两角', '调', 'tiáo'],
    ['景区门票价格调低后，游客多了', '调', 'tiáo'],
    ['这家店的菜分量很足', '分', 'fèn'],
    ['企业要承担应尽的社会责任', '应', 'yīng'],
    ['面对高额回报的诱惑，她始终不为所动', '为', 'wéi'],
    ['骗子以“包裹丢失”为由联系她', '为', 'wéi'],
    ['对方以“内部渠道”为幌子，诱骗老人投资', '为', 'wéi'],
    ['全市垃圾分类准确率一直保持在九成以上', '率', 'lǜ'],
    ['救援人员划着橡皮艇挨家挨户转移群众', '划', 'huá'],
    ['超市承诺，线上下单当天送达', '当', 'dàng'],
    ['大火把整间厨房烧得漆黑', '得', 'de'],
  ] as Row[])('%s: %s is %s', (text, ch, reading, from) => {
    expect(readingOf(text, ch, from)).toBe(reading);
  });

  it.each([
    ['他终于获得了。', '得', 'dé'],
    ['他得了重感冒', '得', 'dé'],
    ['这件事最后不了了之。', '了', 'liǎo', 7],
    ['企业获得上级表彰', '得', 'dé'],
    ['他获得很多荣誉', '得', 'dé'],
    ['任何人不得占用消防通道', '得', 'dé'],
    ['他也得到了大家的认可', '得', 'dé'],
    ['这种玉米产量高', '种', 'zhǒng'],
    ['这是一个优良品种', '种', 'zhǒng'],
    ['两地比较温差一些', '差', 'chā'],
    ['他称身体不适，没来上班', '称', 'chēng'],
    ['银行卡在取款机里被吞了', '卡', 'kǎ'],
    ['衣服晒干了一半', '干', 'gān'],
    ['这件衣服干不干净？', '干', 'gān'],
    ['阴雨天，被子晾干不了', '干', 'gān', 6],
    ['他厌恶心理咨询', '恶', 'wù'],
    ['办理房产解押手续', '解', 'jiě'],
    ['新型冲压发动机试车成功', '冲', 'chōng'],
    ['汽车的缓冲压力很大', '冲', 'chōng'],
    ['会议强调高质量发展', '调', 'diào'],
    ['充分量化考核指标', '分', 'fèn'],
  ] as Row[])('leaves alone %s: %s is %s', (text, ch, reading, from) => {
    expect(readingOf(text, ch, from)).toBe(reading);
  });

  it.each([
    ['这位患者得动手术', '得'],
    ['放学后孩子得上补习班', '得'],
  ])('reads no complement 得 where it is "must": %s', (text, ch) => {
    expect(readingOf(text, ch)).not.toBe('de');
  });
});
