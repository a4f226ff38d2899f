// Readings that follow from constructions of the feature pages — arts, science columns, transport,
// housing, tourism, e-commerce, volunteer stories, family pages, brands — and from classical lines
// quoted in news (lib/pinyin/page-patterns.ts), the ninth news polyphone round: hand-written
// sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('feature-page patterns', () => {
  it.each([
    ['师傅说，木匠这一行最讲究耐心', '行', 'háng'],
    ['这片杨梅林开花结果比往年早了半个月', '结', 'jiē'],
    ['今年的柚子树陆续结果，果农忙着套袋', '结', 'jiē'],
    ['这种纸又薄又韧，适合修复古籍', '薄', 'báo'],
    ['河面上的冰已经很薄了', '薄', 'báo'],
    ['水车在溪边不停地转动', '转', 'zhuàn'],
    ['电影院里已经没有空位了', '空', 'kòng'],
    ['那几间厂房常年空着', '空', 'kòng'],
    ['一辆电动车卡在了两根护栏之间', '卡', 'qiǎ'],
    ['鱼刺卡住了他的喉咙', '卡', 'qiǎ'],
    ['渡轮载着二十辆汽车驶向对岸', '载', 'zài'],
    ['我们在山顶的寺庙里睡了一宿', '宿', 'xiǔ'],
    ['护林员整宿没睡，守在火场边', '宿', 'xiǔ'],
    ['藏族同胞跳起了锅庄舞', '藏', 'zàng'],
    ['大风过后，院子里的树枝折了好几根', '折', 'shé'],
    ['奶奶那只茶壶的壶把断了', '把', 'bà'],
    ['民警背着中暑的游客下了山', '背', 'bēi'],
    ['她背着沉甸甸的登山包走了一整天', '背', 'bēi'],
    ['孩子吃饭太急，呛到了', '呛', 'qiāng'],
    ['妈妈给我削了一个梨', '削', 'xiāo'],
    ['小姑娘的辫子散了', '散', 'sǎn'],
    ['宝宝昨晚吐奶好几次', '吐', 'tù'],
    ['退休后他帮女儿看孩子', '看', 'kān'],
    ['志愿者把防滑垫铺在了楼梯口', '铺', 'pū'],
    ['外婆一大早就动手和面蒸馒头', '和', 'huó'],
    ['华为的新手机在杭州首发', '为', 'wéi'],
    ['开学典礼上，老师讲了“学而时习之，不亦说乎”', '说', 'yuè'],
    ['“知之为知之，不知为不知”，这是做学问的态度', '为', 'wéi'],
    ['他以“甘为孺子牛”自勉', '为', 'wéi'],
    ['“少小离家老大回”，八十岁的他回到了故乡', '少', 'shào'],
    ['“数风流人物”的书法作品挂在展厅中央', '数', 'shǔ'],
    ['“朝辞白帝彩云间”，游船驶过瞿塘峡', '朝', 'zhāo'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['这一行人走了三天才到', '行', 'xíng'],
    ['比赛开始结果就出来了', '结', 'jié'],
    ['基层力量比较薄弱', '薄', 'bó'],
    ['他慢慢转动身子，看向窗外', '转', 'zhuǎn'],
    ['该算法引入空位罚分的概念', '空', 'kōng'],
    ['他一直空着手来', '空', 'kōng'],
    ['这张公交卡在哪里充值', '卡', 'kǎ'],
    ['史书上记载着这件事', '载', 'zǎi'],
    ['学校新建了两幢宿舍', '宿', 'sù'],
    ['孩子们在星图上找二十八宿', '宿', 'xiù'],
    ['博物馆收藏文物三万件', '藏', 'cáng'],
    ['这件衣服打折了', '折', 'zhé'],
    ['他用刀把绳子割断了', '把', 'bǎ'],
    ['他背着年迈的父母偷偷报了名', '背', 'bèi'],
    ['厨房里的油烟呛得人直流眼泪', '呛', 'qiàng'],
    ['这家店铺在老街上开了二十年', '铺', 'pù'],
    ['超市里的牛奶和面包都卖完了', '和', 'hé'],
    ['我们几个见状一哄而散', '哄', 'hòng'],
    ['他周末去外地看孩子', '看', 'kàn'],
  ] as const)('%s: %s stays %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
