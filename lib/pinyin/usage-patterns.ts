// Constructions of everyday and reported speech in which a polyphonic character's reading follows
// from the words around it, for verbs read by their complement or object and for the colloquial
// single-character readings of the Xiandai Hanyu Cidian (7th ed.), which pinyin-pro and the
// benchmark-trained model read by the commoner literary or noun reading:
//   得 děi (需要, 必须: 这药得饭后吃), 觉 jiào (睡眠: 睡个好觉, 一觉醒来), 教 jiāo (传授: 教孩子们,
//   教了三十年书), 数 shǔ (查点: 数了三遍), 种 zhòng (种植: 抢种, 补种, 种养), 没 mò (漫过: 水没过膝盖),
//   薄 báo (形容词: 皮薄, 壳薄), 扎 zā (捆: 扎成一捆), 钻 zuān (穿进: 钻出地面), 干 gàn (做: 干起了,
//   干过木匠, 找点活干), 晕 yùn (日晕, 月晕, 光晕), 还 huán (归还: 还车, 还书), 铺 pū (铺开: 铺装,
//   铺满), 露 lòu (露馅, 露一手, 露面), 传 zhuàn (作传, 立传), 乐 yuè (鼓乐,
//   民乐, 器乐), 中 zhòng (中了一等奖), 空 kòng (抽空, 有空, 没空), 转 zhuàn (转一转, 转悠),
//   长 zhǎng (长个子), 折 shé (折了本), 血 xiě (口语单用: 流了不少血), 为 wéi (为人正直),
//   蕃 fān (蕃薯, 蕃茄: 同"番").
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** Where a verb of doing or making precedes 干 as "dry" (晒干, 风干, 饼干): not the verb gàn. */
export const DRY_BEFORE = '[晒风烘擦吹烤阴揩抹饼烧晾焙吸抽烫熬蒸煎炒榨挤拧沥蒸]';
/** People taught (教 jiāo + the learner + what they learn). */
const LEARNER = '(?:孩子|小朋友|学生(?![涯活])|农户|村民|大家|徒弟|老人|居民|市民|群众|游客|年轻人|新手|学员|[他她我你]们?)';
/** Words ending in 教 jiào (宗教, 请教, 指教, 管教, 助教, 家教, 任教, 执教, 支教). */
export const JIAO_WORD_END = '[宗佛道请求指领调管助家任执支督说身言施文礼传信]';

export const USAGE_PATTERNS: readonly Correction[] = [
  // 得 děi "must": before a time or manner of doing, not after a verb (来得早些 is a complement);
  // also after a short time clause ending in 前/后 at a clause start (出国前得先办签证); 得在饭前吃 likewise.
  { word: '得', pinyin: 'děi', notBefore: '[记觉懂值舍晓显获取认使]', after: '(?:在)?(?:饭后|饭前|空腹)', example: '体检前病人得空腹抽血', keep: ['他记得在饭后散步'] },
  {
    word: '得',
    pinyin: 'děi',
    before: '(?:[你我他她们家咱也还就都总可必]|(?<=(?:^|[^\\p{Script=Han}])\\p{Script=Han}{1,4})[前后]|[^\\p{Script=Han}]|^)',
    after: '(?:赶紧|赶快|抓紧|提前|按时|好好|早点|早些|马上|立刻|先(?![进锋]))',
    example: '“这事你得抓紧办，不能再拖了。”',
    keep: ['他来得早些，占了个好位置', '今天起得早点', '三年前得先进个人称号'],
  },
  // 觉 jiào "sleep": 睡(了)(个)…觉, 一觉醒来 / 一觉睡到.
  { word: '觉', pinyin: 'jiào', before: '睡[了过]?(?:一个|个|一)?\\p{Script=Han}{0,2}', notBefore: '[感察发知自直视听味警后]', notAfter: '得', example: '忙完农活，他美美地睡了个好觉', keep: ['睡前感觉很累'] },
  { word: '觉', pinyin: 'jiào', before: '一', after: '(?:睡|醒)', example: '值完夜班，他一觉睡到了中午', keep: ['一觉得不对就报警'] },
  // 教 jiāo "teach" with a learner after it, and 教了/教过 … 书.
  { word: '教', pinyin: 'jiāo', notBefore: JIAO_WORD_END, after: `[了过会着]?${LEARNER}`, example: '退休教师每周教孩子们下围棋', keep: ['这位老人信教多年', '他向老师请教学生时代的难题'] },
  { word: '教', pinyin: 'jiāo', notBefore: JIAO_WORD_END, after: '[了过][^，。；！？]{1,8}?书', example: '他在村小教了一辈子书', keep: [] },
  // 数 shǔ "count": before 了/过/着/到, not in 人数/总数/指数 … (but 手指数到 is counting).
  {
    word: '数',
    pinyin: 'shǔ',
    notBefore: '(?<!手)指|[多少总人次岁分函参变倍基读系常定无有礼招路整半个位户件票点股字天年度例台项名辆册家场批]',
    after: '(?:[了过着](?![解不来])|到(?![达位])|一数|不清|不过来)',
    example: '收银员把零钱数了两遍',
    keep: ['参会人数到了三百', '全市户数达到二十万', '股价指数到年底回升'],
  },
  // 种 zhòng "plant": after a farming verb (抢种, 补种, 套种) and before 养 (种养结合).
  { word: '种', pinyin: 'zhòng', before: '[抢补套间轮混移]', notAfter: '[子类苗质源群族性]', example: '灾后农户抓紧补种蔬菜', keep: ['这是一种混种子'] },
  {
    word: '种',
    pinyin: 'zhòng',
    notBefore: '[这那哪每各某几一二两三四五六七八九十多此该同本品物良杂播选育树稻麦特鱼蚕兵工人剧语军菌何]',
    after: '养(?![分料老成])',
    example: '合作社推行稻虾共生的种养模式',
    keep: ['这种养殖方式成本低', '多种养老服务同时推出'],
  },
  // 没 mò "submerge": water rising past a height.
  { word: '没', pinyin: 'mò', after: '过了?(?:脚踝|脚面|膝盖|小腿|大腿|腰部?|胸口|胸部|头顶|脖子|车轮|轮胎|车顶|车门|路面|桥面|田埂)', example: '低洼路段积水没过车轮', keep: [] },
  // 薄 báo as an adjective of thickness.
  { word: '薄', pinyin: 'báo', before: '(?:[壳皮纸冰层板片]|很|太|较|越来越)', after: '(?:[，。、；！？]|肉|如|的|了|而)', example: '这种西瓜皮薄，汁水多', keep: ['他的身体很薄弱'] },
  // 扎 zā "tie up": 扎成一捆.
  { word: '扎', pinyin: 'zā', after: '(?:[成好紧][一两几]?[捆束把]|[一两几]?[捆束])', example: '村民把晒干的稻草扎成捆', keep: ['他在基层一扎就是十年'] },
  // 钻 zuān "go through": 钻出, 钻进.
  { word: '钻', pinyin: 'zuān', notBefore: '[电金风手]', after: '[出进入过到]', example: '雨后，蘑菇从草地里钻出来', keep: [] },
  // 干 gàn "do": 干起, 干过, and 活干 at a clause end.
  { word: '干', pinyin: 'gàn', notBefore: DRY_BEFORE, after: '(?:起|过(?![期滤]))', example: '他辞职回乡干起了民宿', keep: ['衣服晒干过后要收好', '饼干过期了'] },
  { word: '干', pinyin: 'gàn', before: '(?:活|事|农活)', after: '(?:[，。！？、”]|了|的|呢)', example: '“闲不住，总想找点活干。”', keep: [] },
  // 晕 yùn "halo".
  { word: '晕', pinyin: 'yùn', before: '[日月光红墨]', notAfter: '[倒过厥车船头]', example: '天空中出现了罕见的日晕', keep: [] },
  // 还 huán "give back" before what is returned.
  { word: '还', pinyin: 'huán', notBefore: '[归偿退返奉交送生]', after: '(?:钱(?![塘江])|债|书(?![记法店画面香院城房籍本写])|车(?![辆厢票型位主])|贷|房贷|车贷|网贷)', example: '借阅的图书可以在任意分馆还书', keep: ['会上还书面征求了群众意见', '新路还车辆通行之便', '他还钱塘江一片清水'] },
  // 铺 pū "spread, pave" before its result, not 店铺/床铺.
  { word: '铺', pinyin: 'pū', notBefore: '[店商当饭床药肉茶车客旺街]', after: '(?:装|满|上|平|好|成|开)', example: '广场重新铺上了透水砖', keep: ['沿街店铺装修一新'] },
  // 露 lòu in the colloquial words of the dictionary.
  { word: '露', pinyin: 'lòu', after: '了?(?:一手|馅|面(?!积)|头(?!角)|脸|富|怯|马脚)', notBefore: '[暴揭披流崭表吐显袒透头]', example: '骗子几句话就露了馅', keep: ['他在这次比赛中崭露头角', '她不愿抛头露面'] },
  // 传 zhuàn "biography": 作传, 立传.
  { word: '传', pinyin: 'zhuàn', before: '[作立]', notAfter: '\\p{Script=Han}', example: '他决心为家乡的老红军立传。', keep: ['这门手艺靠口口相传。'] },
  // 乐 yuè "music".
  { word: '乐', pinyin: 'yuè', before: '(?:鼓|器|礼|奏|丝竹|管弦)', notAfter: '[观意于得此]', example: '锣鼓喧天，鼓乐声声', keep: [] },
  // 中 zhòng "hit, win".
  { word: '中', pinyin: 'zhòng', notBefore: '[其集心空高初期月年当从途正]', after: '了?(?:[一二三特头大]等?奖|彩票|大奖|头彩)', example: '这位市民买彩票中了一等奖', keep: [] },
  // 空 kòng "free time".
  { word: '空', pinyin: 'kòng', before: '(?:抽|得|没|有|偷)', notAfter: '[气调间中白缺位地隙想虚旷降军运洞壳头巢心置手腹投姐难港乘谈话]', example: '他有空就去敬老院看望老人', keep: ['山里没空调也很凉快', '这里有空气净化器'] },
  // 转 zhuàn "stroll, go round": 转一转, 转了转, 转转, 转悠.
  { word: '转', pinyin: 'zhuàn', after: '(?:[一了]转|转|悠)', notBefore: '[运流好扭反周回逆旋扩倒辗]', example: '晚饭后他喜欢到江边转一转', keep: [] },
  // 背 bēi "carry on the back": 背在身上.
  { word: '背', pinyin: 'bēi', after: '在(?:身上|背上|肩上)', example: '消防员把老人背在背上冲出火场', keep: [] },
  // 长 zhǎng "grow".
  { word: '长', pinyin: 'zhǎng', after: '(?:个子|个儿|膘)', example: '孩子正在长个子，饭量大', keep: [] },
  // 折 shé "lose (money)": 折了本.
  { word: '折', pinyin: 'shé', after: '了本', example: '那年养鱼折了本，他没有放弃', keep: [] },
  // 血 xiě said alone, after bleeding.
  { word: '血', pinyin: 'xiě', before: '(?:流|出|吐|淌)(?:了(?:不少|很多|好多|一点|点|一些|些|一身|满身|一地)?|不少|很多|好多|一点|点)', after: '(?:[，。！？、了”]|$)', example: '他的手被划破了，流了不少血。', keep: [] },
  // 为 wéi "conduct oneself": 为人 + a quality.
  {
    word: '为',
    pinyin: 'wéi',
    after: '人(?:正直|正派|厚道|忠厚|和善|和气|低调|谦和|随和|诚恳|实在|老实|豪爽|耿直|善良|真诚|处世|处事|师表|热情)',
    example: '老支书为人厚道，村民都敬重他',
    keep: [],
  },
  // 舍 shě "give up" in 舍得 / 舍不得 (Xiandai Hanyu Cidian: shěde, shěbude); pinyin-pro's dictionary
  // reads them shè, as in 宿舍, and the model keeps it. Not where 舍 ends a building word (宿舍得到).
  { word: '舍', pinyin: 'shě', after: '不?得', notBefore: '[宿校农茅寒精客房邻旅]', example: '有些老伞是家里人留下来的，舍不得扔', keep: ['宿舍得到了全面翻新', '校舍得以重建'] },
  // …and 舍 shè where it ends a building word before 得 (pinyin-pro reads 宿舍得到 as 舍得 shě).
  { word: '舍', pinyin: 'shè', before: '[宿校农茅寒精客房邻旅]', after: '得', example: '宿舍得到了全面翻新', keep: [] },
  // 蕃 fān, the dictionary's variant of 番 in 番薯, 番茄.
  { word: '蕃', pinyin: 'fān', after: '[薯茄]', example: '蕃薯干是山区的特产', keep: [] },
  // 差 chà "poor" after a word of degree (路况很差, 效果较差, 视力越来越差); not 差距, 差别, 差异, nor the
  // words 偏差 piānchā and 极差 jíchā (not 偏 or 极 as degree words).
  { word: '差', pinyin: 'chà', before: '(?:很|太|较|比较|非常|更|最|特别|十分|有点|有些|越来越|相当|稍|略)', notAfter: '[距别异价额值错]', example: '这条路的路况很差', keep: ['两地的差距很大', '测量的偏差很小', '数据的极差较大'] },
  // 都 dōu before 会 "will" (大家都会, 每年都会回老家): not the city word 都会 after 大/国际 (国际大都会), 都会区.
  { word: '都', pinyin: 'dōu', notBefore: '[首古帝京故国建定迁旧大成际]', after: '会(?![展所员长计区])', example: '每年春节我们都会回老家', keep: ['上海是国际大都会'] },
  // A verb said twice (数了数, 数一数, 扇了扇): the second is the same verb, read as the first.
  { word: '数', pinyin: 'shǔ', before: '数[了一]', example: '他数了数，一共有三十个', keep: ['数据显示，一季度增长明显'] },
  { word: '扇', pinyin: 'shān', after: '[了一]扇', example: '她拿起扇子扇了扇', keep: [] },
  { word: '扇', pinyin: 'shān', before: '扇[了一]', example: '她拿起扇子扇了扇', keep: [] },
];
