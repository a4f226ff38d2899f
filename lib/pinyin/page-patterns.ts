// Constructions of the feature pages — arts and culture, science columns, transport, housing,
// tourism, e-commerce, volunteer stories, family pages and business news naming brands — in which a
// polyphonic character's reading follows from the words around it (Xiandai Hanyu Cidian, 7th ed.):
//   行 háng (干了一辈子这一行), 结 jiē (果树开花结果), 薄 báo (又薄又软, 很薄), 转 zhuàn (车轮飞速转动),
//   空 kòng (空位, 房子空着), 卡 qiǎ (车卡在桥洞下), 载 zài (载着游客), 宿 xiǔ (住了两宿), 藏 zàng
//   (藏式, 藏族), 折 shé (竹竿折了), 把 bà (刀把儿), 背 bēi (背着受伤的老人下山), 呛 qiāng (喝水呛着),
//   削 xiāo (削苹果), 散 sǎn (鞋带散了), 吐 tù (吐奶), 看 kān (帮忙看孩子),
//   铺 pū (把被子铺在床上), 和 huó (在厨房里和面), 华为 Huáwéi;
// and lines of classical poems and the classics quoted in news, read as the line is read (a quoted
// line is a set phrase: 不亦说乎 yuè, 知之为知之 wéi, 少小离家 shào, 数风流人物 shǔ).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** The text before `start` back to the last of `marks`, at most `n` characters. */
function before(text: string, start: number, n: number, marks = ['，', '。', '；', '！', '？', '\n']): string {
  const head = text.slice(Math.max(0, start - n), start);
  return head.slice(Math.max(...marks.map((m) => head.lastIndexOf(m))) + 1);
}

/** The clause before `start`, at most `n` characters. */
const clauseBefore = (text: string, start: number, n: number): string => before(text, start, n);
/** The sentence before `start`, at most `n` characters. */
const sentenceBefore = (text: string, start: number, n: number): string => before(text, start, n, ['。', '！', '？', '\n']);

/** What is carried on the back, after a modifier ending in 的 (背着比她还大的书包). */
const CARRIED = '(?:书包|背包|包袱|行囊|行李|背篓|竹篓|双肩包|登山包|孩子|娃娃?|婴儿|伤员|伤者|老人|病人|弟弟|妹妹|哥哥|姐姐|奶奶|爷爷|母亲|父亲|老伴|村民|群众|游客)';
/** Long thin things that break (折 shé): 衣架折了, 树枝折了. */
const THIN = /衣架|竹竿|鱼竿|杆子|棍子|树枝|枝条|筷子|扁担|腿|胳膊|骨头|尺子|伞骨|拐杖|铅笔芯|桅杆|天线/;
/** Things that rotate (转动 zhuàndòng): 车轮飞速转动, 风车缓缓转动. */
const ROTATING = '(?:轮子?|车轮|齿轮|风车|风扇|扇叶|叶片|螺旋桨|转盘|摩天轮|陀螺|磨盘|水车|飞速|高速|快速|缓缓|慢慢|不停地?|飞快地?|呼呼地?)';
/** Drinking or eating before 呛 qiāng (喝水时呛着了). */
const SWALLOW = /喝|吃|水|饭|奶|汤|咽|游泳|呛水/;

/** A line quoted from a classical poem or the classics: the polyphone at `at` in `line` is read `pinyin`. */
function line(text: string, at: string, pinyin: string, source: string): Correction {
  const i = text.indexOf(at);
  if (i < 0) throw new Error(`quoted line ${text}: no ${at}`);
  const before = text.slice(0, i);
  const after = text.slice(i + at.length);
  return { word: at, pinyin, ...(before ? { before } : {}), ...(after ? { after } : {}), example: `他引用了“${text}”这句话（${source}）`, keep: [] };
}

export const PAGE_PATTERNS: readonly Correction[] = [
  // 行 háng "trade, line of work" after 这一/那一/哪一 (干了一辈子这一行), not 这一行人/这一行动.
  { word: '行', pinyin: 'háng', before: '[这那哪]一', notAfter: '[人动为程走进驶李囊军]', example: '他在邮政这一行干了三十年', keep: ['这一行人走了三天', '这一行动得到了支持'] },
  // 结 jiē "bear fruit": 结果 after 开花/开始/年年 … when a plant is named in the sentence.
  {
    word: '结',
    pinyin: 'jiē',
    before: '(?:开花|开花后|开始|陆续|相继|年年|当年|才能|还没|没有|不|能)',
    after: '果(?![显表是为的来])',
    when: (text, start) => /树|苗|植株|藤|花|果园|品种|枝/.test(clauseBefore(text, start, 30)),
    example: '这批桃树栽下第三年就开始结果',
    keep: ['比赛开始结果就出来了'],
  },
  // 薄 báo "thin" after a degree word (又薄又长, 很薄), not 薄弱/薄利/薄膜/薄情.
  { word: '薄', pinyin: 'báo', before: '(?:又|很|太|较|更|越来越|越|挺|特别|非常|比较|变得?)', notAfter: '[弱利荷礼情待膜雾暮酬饼技面]', example: '冰面又薄又脆，千万别上去', keep: ['基层力量比较薄弱'] },
  // 转 zhuàn "rotate": 转动 after a thing that turns or a speed (车轮飞速转动; not 转动身子, 转动脑筋).
  { word: '转', pinyin: 'zhuàn', before: ROTATING, after: '动(?!了?[身头脑眼脖手腰方钥目视笔])', example: '风车在河边缓缓转动', keep: ['他慢慢转动身子'] },
  // 空 kòng "vacant": 空位 where seats, tables or parking are named (not a sequence gap), and 空着 (房子一直空着), not 空着手/空着肚子.
  {
    word: '空',
    pinyin: 'kòng',
    after: '位',
    notBefore: '[天太航高低真]',
    when: (text, start) => /车|座|停|席|桌|床|剧场|礼堂|餐厅|影院|看台|考场|教室|岗/.test(clauseBefore(text, start, 20)),
    example: '礼堂里还有几个空位',
    keep: ['航空位于', '算法引入空位罚分'],
  },
  { word: '空', pinyin: 'kòng', before: '(?:一直|还|都|就|长期|常年|多年|大多|平时|已经|全|也)', after: '着(?![手肚身脑双两])', example: '老屋一直空着，没人住', keep: ['他一直空着手来'] },
  // 卡 qiǎ "be stuck": a vehicle or a limb caught 在/住 (货车卡在桥洞下, 鱼刺卡住了喉咙).
  { word: '卡', pinyin: 'qiǎ', before: '(?:车|刺|头|腿|脚|手|身子|轮子?|电梯|孩子|小狗|猫)', after: '[在住进]', example: '一辆大客车卡在了隧道口', keep: ['这张公交卡在哪里充值'] },
  // 载 zài "carry": 载着 (游船载着游客), not 记载着/刊载着.
  { word: '载', pinyin: 'zài', notBefore: '[记刊登连转下千万一半]', after: '着', example: '满载的渡船载着村民过江', keep: ['史书上记载着这件事'] },
  // 宿 xiǔ "a night": a stay counted in nights (住了两宿, 几宿没合眼), not 宿舍 nor the 二十八宿 (xiù).
  { word: '宿', pinyin: 'xiǔ', before: '(?:住|睡|待|呆|过|熬|歇|守|陪|聊)[了上过]?[一两三四五六七八九十几半整]', notAfter: '[舍营命敌将儒愿怨疾根主]', example: '他们在渔民家里住了两宿', keep: ['学校新建了两幢宿舍', '孩子们在星图上找二十八宿'] },
  { word: '宿', pinyin: 'xiǔ', before: '[一两三四五六七八九十几整]', after: '(?:都)?(?:没|未|不)', example: '为了赶工，他们几宿没合眼', keep: [] },
  // 藏 zàng "Tibetan": 藏式/藏族/藏区/藏语/藏戏 … (the eighth round has 藏医/藏药), not 收藏式/隐藏式.
  { word: '藏', pinyin: 'zàng', notBefore: '[私收珍储冷窝隐暗潜蕴深埋躲馆典库秘窖包掩贮矿宝家冬收]', after: '(?:式|族|区|语|文(?!物)|戏|獒|袍|历|传佛教|羚羊|香猪|毯|北|东(?!西)|南)', example: '这家民宿是一栋藏式小楼', keep: ['抽屉里有个隐藏式把手', '博物馆收藏文物三万件', '小狗喜欢藏东西'] },
  // 折 shé "snap": a long thin thing named in the clause, then 折了 (竹竿折了), not 打折了/折了价.
  { word: '折', pinyin: 'shé', notBefore: '[打对转曲骨周挫波夭七八九五六]', after: '了(?![价扣钱本半])', when: (text, start) => THIN.test(clauseBefore(text, start, 16)), example: '风太大，晾衣服的竹竿折了', keep: ['这件衣服打折了'] },
  // 把 bà "handle": 刀把/壶把/锅把/勺把 when the handle is named (刀把儿, 刀把断了), not 用刀把绳子割断.
  { word: '把', pinyin: 'bà', before: '[刀壶锅勺]', after: '(?:儿|子|[上处断松坏掉了，。、；！？的]|$)', example: '这把菜刀的刀把松了', keep: ['他用刀把绳子割断了'] },
  // 背 bēi: 背着 + a modifier ending in 的 + what or whom is carried (背着受伤的老人下山).
  { word: '背', pinyin: 'bēi', notBefore: '[违相靠后腰手脊]', after: `着[^，。；！？]{1,10}的${CARRIED}(?:一路|连夜|一口气)?(?:小跑|走|跑|下|上|去|到|进|出|过|回|，|。)`, example: '消防员背着受伤的老人下了山', keep: ['他背着年迈的父母偷偷报了名'] },
  // 呛 qiāng "choke on food or water" after drinking or eating (喝水呛着了); the smoke's 呛 qiàng stays.
  { word: '呛', pinyin: 'qiāng', after: '(?:着|到|住|了|得直咳)', when: (text, start) => SWALLOW.test(sentenceBefore(text, start, 12)), example: '孩子喝汤喝得太急，呛着了', keep: ['厨房里的油烟呛得人直流眼泪'] },
  // 削 xiāo "peel, pare": before fruit, a pencil or a skin (削苹果, 削铅笔); 剥削 xuē stays.
  { word: '削', pinyin: 'xiāo', notBefore: '[剥]', after: '(?:了|好|完|起)?(?:[一两几半]?个)?(?:苹果|梨子?|水果|果皮|皮|铅笔|土豆|萝卜|甘蔗|竹片|木头)', example: '奶奶坐在门口削土豆', keep: ['剥削皮毛商人'] },
  // 散 sǎn "come loose": 鞋带散了, 辫子散开.
  { word: '散', pinyin: 'sǎn', before: '(?:鞋带|辫子|头发|绳子|绳结|发髻|柴捆|书页|包装)', after: '[了开架]', example: '跑了没几步，她的辫子散开了', keep: [] },
  // 吐 tù "vomit, bring up": 吐奶, 吐血, 吐白沫, 吐酸水.
  { word: '吐', pinyin: 'tù', notBefore: '[倾谈]', after: '(?:奶|血|白沫|酸水)', example: '婴儿吐奶时要让他侧躺', keep: [] },
  // 看 kān "look after": 帮忙/在家/负责 … 看 + a child or a house (帮忙看孩子), not 去看孩子.
  { word: '看', pinyin: 'kān', before: '(?:帮忙|帮(?:着|[我你他她]|女儿|儿子|儿女|子女|邻居|家里)?|在家里?|负责|专门|留下来|请人|替人)', after: '着?(?:孩子|孙子|孙女|外孙女?|小孩|娃|门(?!口)|家(?![里长])|摊|仓库|大门|店(?![里铺]))', example: '老两口在家看孙子', keep: ['你帮我看门口有没有人'] },
  // 铺 pū "spread": 把被子铺在床上, 铺满, 铺好; not 店铺在/床铺上.
  { word: '铺', pinyin: 'pū', notBefore: '[店商床饭药肉当书杂茶酒车卧通上下临首门旺]', after: '(?:在|到|满|开|好|平|成)', example: '工人们把草皮铺在了操场上', keep: ['这家店铺在老街上'] },
  // 和 huó "knead": 和面 in a kitchen or as the thing done (奶奶在厨房里和面), not 和面包/和面粉.
  { word: '和', pinyin: 'huó', before: '(?:里|正在|忙着|开始|先|在家|动手|学着?)', after: '面(?![包粉对条食膜子点貌试前孔])', example: '妈妈一早就在厨房里和面', keep: ['超市里的牛奶和面包都卖完了'] },
  // 华为, the company (Huáwéi), not 以振兴中华为己任.
  { word: '华为', pinyin: 'huá wéi', notBefore: '[中繁精升荣芳年才]', example: '华为在东莞建了新园区', keep: [] },
  // Lines quoted from classical poems and the classics.
  line('不亦说乎', '说', 'yuè', '《论语·学而》'),
  line('知之为知之', '为', 'wéi', '《论语·为政》'),
  line('不知为不知', '为', 'wéi', '《论语·为政》'),
  line('甘为孺子牛', '为', 'wéi', '鲁迅《自嘲》'),
  line('少小离家', '少', 'shào', '贺知章《回乡偶书》'),
  line('数风流人物', '数', 'shǔ', '毛泽东《沁园春·雪》'),
  line('朝辞白帝', '朝', 'zhāo', '李白《早发白帝城》'),
  line('千里江陵一日还', '还', 'huán', '李白《早发白帝城》'),
  line('轻舟已过万重山', '重', 'chóng', '李白《早发白帝城》'),
  line('一行白鹭上青天', '行', 'háng', '杜甫《绝句》'),
  line('但使龙城飞将在', '将', 'jiàng', '王昌龄《出塞》'),
  line('朝闻道', '朝', 'zhāo', '《论语·里仁》'),
];
