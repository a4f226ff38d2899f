// Constructions of the culture, literary and people pages (副刊 essays, quoted poems, 成语, local
// history, profiles, opera, crafts, food, festivals) in which a polyphonic character's reading
// follows from the words around it, where pinyin-pro or the benchmark-trained model reads it by
// the commoner reading. Readings from the Xiandai Hanyu Cidian (7th ed.):
//   着 zhuó (着墨, 着装; 穿着 "attire" before a judgement: 穿着朴素，) and zháo (睡不着, 用得着);
//   传 zhuàn (立了传, 人物传); 行 háng (a shop or trade: 米行, 药材行, 木匠行; a row: 一行白鹭);
//   盛 chéng (to fill a bowl: 盛一碗, 盛出来); 和 huó (to mix flour: 汁和粉); 削 xiāo (削皮, 削薄) and
//   剥 bāo (剥毛豆, 剥去) as everyday verbs; 薄 báo (薄薄的, 薄而透光); 扎 zā (捆: 扎紧, 扎出骨架);
//   看 kān (看门); 冲 chòng (说话很冲); 刨 bào (刨平, 刨花); 勒 lēi (勒紧); 倒 dào (倒茶, 倒了一碗酒);
//   粘 zhān (粘着, 粘上); 大夫 dàifu (a doctor; 士大夫 dàfū stays); 晃 huǎng (一晃就是十年); 长年
//   cháng; 圈 juàn (鸡圈, 羊圈) and juān (把鸭子圈在河湾里); 荷 hè (荷锄); 还 huán as a clause's last
//   word (千里江陵一日还); 春种/秋种 zhòng; 没 mò (漫过: 没马蹄, 没膝); 宁为…不为 nìng wéi; 系 jì
//   (系上红绳); 似的 shì after 像; 哄 hòng (一哄而散); 参 shēn (山参, 园参); 咽 yàn (咽不下);
//   帖 tiè (字帖, 碑帖); 禅 shàn (封禅, 禅让); 曲 qū (曲曲弯弯); 朝 zhāo (朝霞, the rising 朝阳);
//   血 xiě (colloquial, 血流了一地); 教 jiāo (教了三代人); and set phrases of the dictionary
//   (怒号 háo, 芒种 zhòng, 草长莺飞 zhǎng, 家长里短 cháng, 好善乐施 hào, 三省吾身 xǐng, 将进酒 qiāng,
//   钻一行 zuān); 乐 yuè (民乐, 声乐); 校 jiào (点校, 审校); 落 là (把雨伞落在…, "leave behind");
//   桧 huì in the snack 葱包桧 (named after 秦桧, the dictionary's 桧 Huì).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';
import { JIAO_WORD_END } from './usage-patterns';

/** Goods and trades whose 行 is a shop or a trade (米行, 药材行, 木匠行). */
const TRADE = '(?:米|绸布|布|药材|茶|粮|南货|山货|木匠|木|鱼|典当|五金|酱|牙)';
/** What follows a shop's 行 in a sentence (米行和绸布店, 药材行集中地, 木匠行里, 南货行开张). */
const AFTER_SHOP = '(?:[和与及、，。；里中内]|集中|林立|云集|老板|伙计|掌柜|学徒|无人|重新开|开张|开业|关门|歇业|倒闭)';
/** Nouns counted in rows after 一行/两行 (一行白鹭, 两行热泪). */
const ROW_NOUN = '(?:白鹭|大雁|雁|小字|字|热泪|泪|脚印|杨柳|垂柳|柳树|树|诗句|诗|文字|楷书|篆字)';
/** Characters that make 盛 shèng words (茂盛, 兴盛, 繁盛 …). */
const SHENG_WORD_END = '[茂兴繁昌鼎强旺丰隆全极鲜]';
/** Containers that 盛 chéng fills. */
const VESSEL = '(?:碗|勺|瓢|盆|杯|盘|碟|缸|桶|罐|坛)';
/** Verbs and results that make 倒 dǎo "fall" (摔倒, 晕倒, 推倒 …). */
const DAO_FALL = '[摔跌滑绊撞推扳击打压晕病累吹砸碰拉踢放翻卧颠潦栽歪]';

export const LITERARY_PATTERNS: readonly Correction[] = [
  // —— 着 ——
  { word: '着', pinyin: 'zhuó', after: '墨(?![汁水迹渍香])', example: '这篇散文在母亲身上着墨最多', keep: ['毛笔蘸着墨汁写春联'] },
  {
    word: '着',
    pinyin: 'zhuó',
    after: '装(?![修卸载满进箱车置备饰上好在入订配潢裱运])',
    example: '参加汉服节的市民着装各具特色',
    keep: ['工人们正忙着装修老宅'],
  },
  {
    word: '穿着',
    pinyin: 'chuān zhuó',
    after: '(?:十分|很|非常|比较|较为|极为|一向|打扮|讲究|考究|得体|(?:朴素|简朴|整洁|随意|时髦|体面)[，。；！])',
    example: '老校长的穿着一向简朴，一双布鞋穿了很多年',
    keep: ['她穿着朴素的蓝布衫走上台'],
  },
  { word: '着', pinyin: 'zháo', before: '[睡找摸犯用猜够见][不得]', notAfter: '[手眼力重陆落笔墨装]', example: '那几天他愁得睡不着', keep: [] },
  // —— 传 ——
  { word: '传', pinyin: 'zhuàn', before: '[立作][了过]', example: '乡贤馆为这位老县令立了传', keep: [] },
  { word: '传', pinyin: 'zhuàn', before: '人物', after: '[里中记，。、》]', example: '县志人物传中记下了他的事迹', keep: [] },
  // —— 行 ——
  { word: '行', pinyin: 'háng', before: TRADE, after: AFTER_SHOP, example: '旧时镇上有七八家南货行，最出名的在桥头', keep: ['一百米行走比赛'] },
  { word: '行', pinyin: 'háng', before: '[一两几数]', after: ROW_NOUN, example: '诗碑上刻着“一行白鹭上青天”', keep: [] },
  { word: '钻一行', pinyin: 'zuān yì háng', example: '老匠人常说干一行就要钻一行', keep: [] },
  // —— 盛 / 和 / 削 / 剥 / 薄 / 扎 ——
  {
    word: '盛',
    pinyin: 'chéng',
    notBefore: SHENG_WORD_END,
    after: `(?:了?[一两半几满]?${VESSEL}|出来|出|进|饭|汤|粥|满|在|好了)`,
    example: '奶奶给每人盛一碗腊八粥',
    keep: ['村里的桃花开得正茂盛满山都是'],
  },
  { word: '和', pinyin: 'huó', before: '(?:汁|水|油|蛋液|牛奶|蜂蜜)', after: '(?:粉(?![丝色末红笔条刷])|进|成团|匀)', example: '用南瓜汁和粉，做出的团子金黄', keep: ['早餐是果汁和粉丝汤'] },
  { word: '削', pinyin: 'xiāo', notBefore: '[剥瘦]', after: '(?:皮|薄|尖|成|去|掉|铅笔|竹|苹果|梨|土豆|萝卜)', example: '外婆坐在门口削土豆', keep: ['剥削成性的地主'] },
  { word: '剥', pinyin: 'bāo', after: '(?:毛豆|花生|豆|皮|壳|去|开|笋|橘子|桔子|蒜|虾|玉米|莲子|栗子|核桃|瓜子)', example: '孩子们围在桌边剥花生', keep: [] },
  { word: '薄薄', pinyin: 'báo báo', example: '窗纸上糊着薄薄一层桐油', keep: [] },
  { word: '薄', pinyin: 'báo', after: '而(?:透|脆|软|韧|匀|亮|轻)', example: '这种宣纸薄而韧，适合写小楷', keep: [] },
  { word: '扎', pinyin: 'zā', notBefore: '[挣驻安包]', after: '(?:紧|出骨|成(?!绩|效)|彩|灯|辫)', example: '她用彩带把辫子扎紧', keep: ['把根扎在乡村'] },
  // —— 看 / 冲 / 刨 / 勒 / 倒 / 粘 ——
  { word: '看', pinyin: 'kān', after: '门(?![诊口前外道])', example: '他退休后在村里的祠堂看门', keep: ['她去医院看门诊'] },
  { word: '冲', pinyin: 'chòng', before: '(?:很|太|有点|有些|比较|特别|挺)', after: '(?:[，。；！、”]|了[，。])', example: '老张说话太冲，得罪过不少人', keep: [] },
  { word: '刨', pinyin: 'bào', after: '[平光花刀床]', example: '木匠把门板刨平再上漆', keep: ['小狗在院子里刨土'] },
  { word: '勒', pinyin: 'lēi', notBefore: '[勾悬]', after: '(?:紧|死)', example: '挑夫用麻绳勒紧担子', keep: [] },
  {
    word: '倒',
    pinyin: 'dào',
    notBefore: DAO_FALL,
    after: `(?:[了上](?:一|半|满)?${VESSEL}?|(?:一|半|满)?${VESSEL})?(?:热茶|茶水|茶|开水|热水|黄酒|酒(?![店家吧厂]))`,
    example: '客人一进门，老板就倒上一杯热茶',
    keep: ['他滑倒茶馆门口'],
  },
  { word: '粘', pinyin: 'zhān', after: '(?:着(?![性力剂])|上|在|满|住)', example: '鞋底粘满了泥巴', keep: ['改善机车的粘着性能'] },
  // —— 大夫 / 晃 / 长 / 圈 / 荷 / 还 ——
  {
    // A doctor where the words before name one (老大夫, 这位大夫, 赤脚大夫); an official title otherwise (郑国大夫, 刑部大夫).
    word: '大夫',
    pinyin: 'dài fu',
    before: '(?:[老女位个请找当]|赤脚|乡村|蒙古|村里的?)',
    notBefore: '(?:[士卿上中下太医]|御史|谏议|光禄|三闾)',
    example: '村里的老大夫给人看了一辈子病',
    keep: ['古代的士大夫讲究修身', '他任北周刑部大夫'],
  },
  { word: '晃', pinyin: 'huǎng', before: '一', after: '(?:就|眼|而过|[，,]|多年|[几数十二三四五六七八九两]+年)', example: '离家求学，一晃就是二十年', keep: [] },
  {
    word: '长',
    pinyin: 'cháng',
    after: '年(?:坚持|累月|在|奔波|扎根|从事|驻守|坚守|工作|生活|居住|卧床|漂泊|往返|照料|照顾|义务|免费|如一日)',
    example: '这支业余剧团长年在村里演出',
    keep: [],
  },
  { word: '圈', pinyin: 'juàn', before: '[鸡鸭鹅猪羊牛马兔]', notAfter: '子', example: '天黑前要把鸡赶回鸡圈', keep: [] },
  { word: '圈', pinyin: 'juān', before: '把\\p{Script=Han}{1,6}', after: '[在进]', example: '他把羊群圈在山坳里过夜', keep: [] },
  { word: '荷', pinyin: 'hè', after: '(?:锄|枪|戟|担)', example: '老农荷锄下地', keep: [] },
  { word: '还', pinyin: 'huán', after: '(?:[，。！？；：、”』」]|$)', example: '借的书要按时还。', keep: [] },
  // —— 种 / 没 / 宁为 / 系 / 似 / 哄 / 参 / 咽 ——
  { word: '种', pinyin: 'zhòng', before: '[春秋]', notAfter: '[子类群植]', example: '春种秋收，是农家一年的节奏', keep: [] },
  { word: '没', pinyin: 'mò', after: '(?:马蹄|脚踝|脚背|膝(?!盖)|小腿|腰(?![疼痛酸带包])|顶(?![楼层棚]))', example: '洪水一度没膝', keep: [] },
  { word: '宁为', pinyin: 'nìng wéi', after: '\\p{Script=Han}{1,4}[，,、]?\\s*(?:不|勿|莫|毋)为', example: '他常说宁为兰摧，不为萧敷', keep: [] },
  { word: '为', pinyin: 'wéi', before: '宁为\\p{Script=Han}{1,4}[，,、]?\\s*(?:不|勿|莫|毋)', example: '他常说宁为兰摧，不为萧敷', keep: [] },
  {
    word: '系',
    pinyin: 'jì',
    notBefore: '[关联维体派干世院直谱星水母父嫡旁支]',
    after: '[上了着好紧](?:一|两)?[根条个]?\\p{Script=Han}{0,3}?(?:绳|带|巾|结|扣|铃)',
    example: '外婆给我系了一根红头绳',
    keep: ['这件事关系着千家万户的饭碗和纽带'],
  },
  { word: '似', pinyin: 'shì', before: '(?:像|好像|仿佛|如同|跟)[^，。！？；]{0,12}?', after: '的', example: '院子里的老狗像听懂了似的摇起尾巴', keep: [] },
  { word: '哄', pinyin: 'hòng', before: '一', after: '而', example: '一听到上课铃，学生们一哄而散', keep: [] },
  {
    word: '参',
    pinyin: 'shēn',
    before: '(?:野山|山|园|海|党|丹|西洋|洋|高丽|红|苦|沙|玄)',
    notAfter: '[与加观会赛选展保军战演谋考照议评阅透悟拜股]',
    example: '药铺里的园参比野山参便宜得多',
    keep: ['黄山参加了比赛'],
  },
  { word: '咽', pinyin: 'yàn', notBefore: '[哽呜]', after: '(?:不下|得下|了下去|下去|下了|下[，。；！]|进)', example: '这口气他实在咽不下', keep: ['雄蛙有单个咽下外声囊'] },
  // —— 帖 / 禅 / 曲 / 朝 / 血 / 教 ——
  { word: '帖', pinyin: 'tiè', before: '[字碑法临]', example: '书桌上放着几本字帖。', keep: [] },
  { word: '禅', pinyin: 'shàn', before: '封', example: '历代帝王到泰山封禅', keep: [] },
  { word: '禅', pinyin: 'shàn', after: '让', example: '尧舜禅让的故事', keep: [] },
  { word: '曲曲', pinyin: 'qū qū', after: '(?:弯弯|折折|弯)', example: '山路曲曲弯弯通向村口', keep: [] },
  { word: '朝霞', pinyin: 'zhāo xiá', example: '湖面上映着朝霞', keep: [] },
  { word: '朝阳', pinyin: 'zhāo yáng', after: '(?:从|升起|初升|缓缓|映|照|洒|染|透|冉冉|喷薄)', example: '一轮朝阳从东海上升起', keep: [] },
  { word: '血', pinyin: 'xiě', after: '(?:流了|淌了|直流|直淌|流个不停|滴了|止不住|溅了)', example: '他的手被竹篾划破，血直流', keep: [] },
  {
    word: '教',
    pinyin: 'jiāo',
    notBefore: JIAO_WORD_END,
    after: '[了过](?:[一二三四五六七八九十几两百千上数]+)(?:代|批|届|个|名|位)?(?:人|学生|徒弟|学员|弟子)',
    example: '这门手艺他教了两代徒弟',
    keep: [],
  },
  // —— 乐 / 校 / 落 ——
  { word: '乐', pinyin: 'yuè', before: '(?:(?<!人)民|声|弦|古)', notAfter: '[于意观得此呵县业趣事园土天]', example: '她从小学习民乐，擅长琵琶', keep: ['人民乐于接受', '自古乐天知命'] },
  { word: '校', pinyin: 'jiào', before: '(?:点|审|编|精)', notAfter: '[区园长友内外门车服徽庆训名史舍医]', example: '这部方志由两位学者点校整理', keep: [] },
  {
    word: '落',
    pinyin: 'là',
    before: '把(?:钥匙|手机|雨伞|伞|包|钱包|书包|东西|帽子|外套|衣服|证件|身份证|作业本?|眼镜)',
    after: '[在了]',
    example: '他出门时把雨伞落在了茶馆',
    keep: ['她把目光落在了孩子身上'],
  },
  // —— set phrases of the dictionary ——
  { word: '葱包桧', pinyin: 'cōng bāo huì', example: '西湖边的小摊上卖葱包桧', keep: [] },
  { word: '怒号', pinyin: 'nù háo', example: '窗外北风怒号', keep: [] },
  { word: '芒种', pinyin: 'máng zhòng', example: '芒种到了，田里一片繁忙', keep: [] },
  { word: '草长莺飞', pinyin: 'cǎo zhǎng yīng fēi', example: '三月的江南草长莺飞', keep: [] },
  { word: '家长里短', pinyin: 'jiā cháng lǐ duǎn', example: '老人们坐在树下聊着家长里短', keep: [] },
  { word: '好善乐施', pinyin: 'hào shàn lè shī', example: '他一生好善乐施', keep: [] },
  { word: '三省吾身', pinyin: 'sān xǐng wú shēn', example: '他以“吾日三省吾身”自勉', keep: [] },
  { word: '将进酒', pinyin: 'qiāng jìn jiǔ', example: '学生们齐声朗诵《将进酒》', keep: [] },
];
