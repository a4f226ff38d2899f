// Readings that follow from constructions of the culture, literary and people pages
// (lib/pinyin/literary-patterns.ts and the clan and title rules of lib/pinyin/person-names.ts, the
// fifth news polyphone round): hand-written sentences, none from a polyphone set; readings from
// the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('culture-page patterns', () => {
  it.each([
    ['作者在父亲的背影上着墨不多', '着', 'zhuó'],
    ['礼堂里的演员着装统一', '着', 'zhuó'],
    ['老人家的穿着十分讲究', '着', 'zhuó'],
    ['心里有事，一夜睡不着', '着', 'zháo'],
    ['县志为这位乡贤作了传', '传', 'zhuàn'],
    ['老街上曾有三家茶行，如今只剩一家', '行', 'háng'],
    ['石碑上刻着两行小字', '行', 'háng'],
    ['街口的老茶行重新开张了', '行', 'háng'],
    ['奶奶又给他盛了一碗饭', '盛', 'chéng'],
    ['用菠菜汁和粉，蒸出来的馒头是绿色的', '和', 'huó'],
    ['爷爷用小刀削竹片做风筝', '削', 'xiāo'],
    ['晚饭后一家人坐着剥豆', '剥', 'bāo'],
    ['水缸上结了薄薄一层冰', '薄薄', 'báo báo'],
    ['她把头发扎紧再戴上头巾', '扎', 'zā'],
    ['她年轻时在工厂看门', '看', 'kān'],
    ['这人脾气有点冲，', '冲', 'chòng'],
    ['木匠先把木料刨光', '刨', 'bào'],
    ['他用草绳勒紧柴捆', '勒', 'lēi'],
    ['主人给我们倒上热茶', '倒', 'dào'],
    ['裤腿上粘满了苍耳', '粘', 'zhān'],
    ['这位大夫在山区行医多年', '大夫', 'dài fu'],
    ['毕业离家，一晃多年', '晃', 'huǎng'],
    ['业余剧团长年在外演出', '长', 'cháng'],
    ['羊圈里新添了两只小羊', '圈', 'juàn'],
    ['老汉荷锄走在田埂上', '荷', 'hè'],
    ['“明月何时照我还”', '还', 'huán'],
    ['秋种的油菜已经出苗', '种', 'zhòng'],
    ['积雪深可没膝', '没', 'mò'],
    ['他宁为玉碎，不为瓦全', '为', 'wéi'],
    ['出门前他系了一条围巾', '系', 'jì'],
    ['他跑得像一阵风似的', '似', 'shì'],
    ['围观的人一哄而散', '哄', 'hòng'],
    ['这株野山参有五十年了', '参', 'shēn'],
    ['饭菜太硬，老人咽不下去', '咽', 'yàn'],
    ['桌上摊着一本字帖。', '帖', 'tiè'],
    ['古代帝王封禅的地方', '禅', 'shàn'],
    ['小溪曲曲弯弯地流进村子', '曲曲', 'qū qū'],
    ['天边的朝霞红得像火', '朝霞', 'zhāo xiá'],
    ['一轮朝阳冉冉升起', '朝阳', 'zhāo yáng'],
    ['他一不小心割破了手，血流了一地', '血', 'xiě'],
    ['这门手艺她教了三批学员', '教', 'jiāo'],
    ['北风怒号，大雪封山', '怒号', 'nù háo'],
    ['过了芒种，梅雨就来了', '芒种', 'máng zhòng'],
    ['草长莺飞的季节，游人如织', '草长莺飞', 'cǎo zhǎng yīng fēi'],
    ['奶奶们在巷口说着家长里短', '家长里短', 'jiā cháng lǐ duǎn'],
    ['老人家好善乐施，远近闻名', '好善乐施', 'hào shàn lè shī'],
    ['“吾日三省吾身”是他的座右铭', '三省吾身', 'sān xǐng wú shēn'],
    ['他在晚会上朗诵了《将进酒》', '将进酒', 'qiāng jìn jiǔ'],
    ['干一行，钻一行', '钻一行', 'zuān yì háng'],
    ['他在乡村学校教民乐', '乐', 'yuè'],
    ['这部文集由他点校。', '校', 'jiào'],
    ['她把手机落在了公交车上', '落', 'là'],
    ['杭州人早饭爱吃葱包桧', '葱包桧', 'cōng bāo huì'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['他蘸着墨水写字', '着', 'zhe'],
    ['工人们忙着装车', '着', 'zhe'],
    ['她穿着朴素的布衣上台', '着', 'zhe'],
    ['一百米行走比赛开始了', '行', 'xíng'],
    ['国家繁荣昌盛', '盛', 'shèng'],
    ['早饭是果汁和粉丝汤', '和', 'hé'],
    ['地主剥削成性', '削', 'xuē'],
    ['他去医院看门诊', '看', 'kàn'],
    ['小狗在院子里刨土', '刨', 'páo'],
    ['他滑倒茶馆门口', '倒', 'dǎo'],
    ['改善车轮的粘着性能', '粘', 'nián'],
    ['古代的士大夫讲究修身', '大夫', 'dà fū'],
    ['他任北周刑部大夫', '大夫', 'dà fū'],
    ['他还要去一趟县城', '还', 'hái'],
    ['这件事关系着千家万户', '系', 'xì'],
    ['黄山参加了比赛', '参', 'cān'],
    ['雄蛙有单个咽下外声囊', '咽', 'yān'],
    ['人民乐于接受', '乐', 'lè'],
    ['她把目光落在了孩子身上', '落', 'luò'],
  ] as const)('leaves alone %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('clans and surnames of historical figures', () => {
  it.each([
    ['祠堂里供着曾氏历代先祖的牌位', '曾', 'zēng'],
    ['区姓人家在这里住了三百年', '区', 'ōu'],
    ['他的外公姓解，', '解', 'xiè'],
    ['当地的查氏是望族', '查', 'zhā'],
    ['北宋名将种世衡在西北筑城', '种', 'chóng'],
    ['清代学者查继佐曾在这里讲学', '查', 'zhā'],
    ['明代文学家解缙曾为此题诗', '解', 'xiè'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['研究者要了解氏族社会', '解', 'jiě'],
    ['盖氏虎尾草是一种牧草', '盖', 'gài'],
    ['诗人曾经在这里住过', '曾', 'céng'],
  ] as const)('leaves alone %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it('reads 种 after a farmer as a verb, not the surname Chóng', () => {
    expect(readingOf('村民种西瓜', '种')).not.toBe('chóng');
  });
});
