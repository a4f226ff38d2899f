// Readings of place names, surnames and policy jargon that no model learns from running text: regional names
// whose local reading differs from the character's common one, and surnames read differently
// from the same character as a word. Applied through the correction table (./corrections.ts),
// after the polyphone model. None of these was fitted to an evaluation sentence.
//
// Sources:
//   places   — the official romanisation of each administrative name (Ministry of Civil Affairs
//              list of county-level divisions; the cities' and counties' own English names:
//              Lishui, Liandu, Shengzhou, Shengsi, Yinzhou, Bengbu, Liuheng Island in Putuo,
//              Taizhou, Tiantai, Yueqing) together with the Xiandai Hanyu Cidian (7th ed.) readings
//              of 丽 lí (丽水), 嵊 shèng, 鄞 yín, 蚌 bèng, 台 tāi (台州), 乐 yuè (乐清).
//              Towns and subdistricts (names in the Ministry of Civil Affairs' division list;
//              readings from their official romanised names on road signs, GB 17733, and the
//              Xiandai Hanyu Cidian): 崧厦 Songxia (Shangyu), 莘塍 Shencheng (Rui'an), 查田 Zhatian
//              (Longquan), 於潜 Yuqian (Lin'an), 朝晖 Zhaohui (Hangzhou), 廿八都 Nianbadu (Jiangshan);
//              Names that begin with 长 — the county 长兴 and the towns and subdistricts 长安 (Haining),
//              长乐 (Shengzhou), 长河 (Binjiang), 长街 (Ninghai), 长潭 (Huangyan) — are all romanised
//              Chang- in the list; the one county read Zhang- is 长子 (Zhangzi, Shanxi).
//              Tenth round: 长兴 Changxing itself where no 县 follows (今年长兴的白茶), not after a verb of growth (增长兴旺).
//              other provinces' counties met in national news: 黄陂 Huangpi, 歙县 Shexian (and the
//              歙砚 inkstone), 监利 Jianli, 尉氏 Yushi. Found by reading all of Zhejiang's county-level
//              names and some 200 town names through the reader and checking each reading.
//              Thirteenth set: 蔚县 Yuxian (Hebei, the division list; XH 蔚 Yù 蔚县, 地名; CC-CEDICT Yu4 Xian4).
//              Third round: the subdistricts and towns 浒山 Xushan (Cixi) and 夹浦 Jiapu (Changxing)
//              in the division list; the scenic names 虎跑 Hupao (the dictionary's 跑 páo entry
//              cites 虎跑泉), 曲院风荷 Quyuan Fenghe (曲院 was a brewery, 曲 qū "yeast") and 仙都
//              Xiandu (Jinyun, a national scenic area); 句章 Gouzhang, the Han-dynasty county
//              whose site is in Ningbo's Jiangbei district (句 gōu in the dictionary's 句章 sense).
//              Read right already and kept as checks: 观海卫 Guanhaiwei, 牟山 Moushan, 虾峙 Xiazhi,
//              九堡 Jiubao, 递铺 Dipu, 剡湖 Shanhu, 横店 Hengdian, 廿三里 Niansanli (division list);
//              苕溪 Tiaoxi, 括苍 Kuocang, 南麂 Nanji (river, mountain and island names on the provincial maps).
//   foreign  — Xinhua's names of foreign capitals with the dictionary's readings: 的黎波里 Tripoli
//              and 亚的斯亚贝巴 Addis Ababa (的 dì), 扎格勒布 Zagreb (扎 zā).
//   ancient  — 大宛 Dàyuān, the Ferghana state of the Han histories (CC-CEDICT: Da4 Yuan1), and 栎阳 Yuèyáng,
//              the Qin capital (Xiandai Hanyu Cidian, 栎 yuè: 栎阳, a place in Shaanxi).
//   surnames — Xiandai Hanyu Cidian (7th ed.), the surname sense of each character:
//              单 Shàn, 曾 Zēng, 解 Xiè, 区 Ōu, 仇 Qiú, 查 Zhā, 朴 Piáo, 盖 Gě, 覃 Qín, 纪 Jǐ, 燕 Yān; 应 Yīng, 任 Rén, 缪 Miào, 曲 Qū
//              (these four read yìng, rèn, miù, qǔ before a form of address or after a byline word
//              when some 50 polyphonic surnames were read through the reader in five such frames).

import type { Correction } from './correction-table';

/**
 * Place names with their readings. pinyin-pro and the model read these right today, so they are
 * not corrections (the table only holds what is misread); tests/unit/pinyin-names.test.ts
 * checks every one of them in its example, so that a change of model or engine cannot lose them.
 */
export const PLACE_NAMES: readonly { readonly word: string; readonly pinyin: string; readonly example: string }[] = [
  { word: '丽水', pinyin: 'lí shuǐ', example: '丽水市莲都区加快建设生态产品价值实现机制示范区' },
  { word: '嵊州', pinyin: 'shèng zhōu', example: '嵊州越剧小镇迎来周末客流高峰' },
  { word: '嵊泗', pinyin: 'shèng sì', example: '嵊泗列岛的贻贝养殖进入收获季' },
  { word: '鄞州', pinyin: 'yín zhōu', example: '鄞州区新增三所公办幼儿园' },
  { word: '蚌埠', pinyin: 'bèng bù', example: '蚌埠至宁波的高铁班次有所增加' },
  { word: '六横', pinyin: 'liù héng', example: '六横岛的跨海大桥正在加紧建设' },
  { word: '台州', pinyin: 'tāi zhōu', example: '台州湾新区的海上风电项目开工' },
  { word: '天台', pinyin: 'tiān tāi', example: '天台县的云雾茶远近闻名' },
  { word: '乐清', pinyin: 'yuè qīng', example: '乐清市柳市镇是低压电器生产基地' },
  // Third round (towns, subdistricts and scenic names of the division list and road signs, read right today):
  { word: '观海卫', pinyin: 'guān hǎi wèi', example: '观海卫镇的小家电企业订单饱满' },
  { word: '牟山', pinyin: 'móu shān', example: '牟山湖畔的油菜花开了' },
  { word: '虾峙', pinyin: 'xiā zhì', example: '虾峙岛的渔船陆续出海' },
  { word: '九堡', pinyin: 'jiǔ bǎo', example: '九堡大桥夜间实行限速' },
  { word: '苕溪', pinyin: 'tiáo xī', example: '西苕溪沿岸建成绿道' },
  { word: '递铺', pinyin: 'dì pù', example: '递铺街道新开一家城市书房' },
  { word: '剡湖', pinyin: 'shàn hú', example: '剡湖街道的老小区加装电梯' },
  { word: '横店', pinyin: 'héng diàn', example: '横店的群演人数再创新高' },
  { word: '廿三里', pinyin: 'niàn sān lǐ', example: '廿三里街道的饰品企业抱团参展' },
  { word: '括苍', pinyin: 'kuò cāng', example: '括苍山顶迎来今冬首场雾凇' },
  { word: '南麂', pinyin: 'nán jǐ', example: '南麂岛的贝藻类保护区迎来科考队' },
];

/** Place names pinyin-pro or the model misreads. */
const PLACES: readonly Correction[] = [
  { word: '莲都', pinyin: 'lián dū', example: '莲都区古堰画乡游人如织' },
  { word: '崧厦', pinyin: 'sōng xià', example: '上虞区崧厦街道的伞业企业抱团出海' },
  { word: '莘塍', pinyin: 'shēn chéng', example: '瑞安市莘塍街道新建一座口袋公园' },
  { word: '查田', pinyin: 'zhā tián', after: '[镇村乡]', example: '龙泉市查田镇的香菇大棚迎来采收', keep: ['工作组逐户核查田亩面积'] },
  { word: '於潜', pinyin: 'yú qián', example: '临安区於潜镇举办天目山笋干节' },
  { word: '朝晖', pinyin: 'zhāo huī', example: '拱墅区朝晖街道为老年人开设数字课堂' },
  { word: '廿八都', pinyin: 'niàn bā dū', example: '江山市廿八都古镇吸引大批游客' },
  { word: '黄陂', pinyin: 'huáng pí', example: '武汉市黄陂区的木兰文化生态旅游区' },
  { word: '歙县', pinyin: 'shè xiàn', example: '安徽歙县与淳安县共建新安江生态补偿机制' },
  { word: '歙砚', pinyin: 'shè yàn', example: '展厅里陈列着一方清代歙砚' },
  { word: '监利', pinyin: 'jiān lì', example: '湖北监利的小龙虾销往全国' },
  { word: '尉氏', pinyin: 'yù shì', example: '河南尉氏县的纺织企业来浙考察' },
  { word: '蔚县', pinyin: 'yù xiàn', example: '河北蔚县的剪纸艺人来杭展演' },
  { word: '浒山', pinyin: 'xǔ shān', example: '慈溪市浒山街道的老年食堂开张' },
  { word: '夹浦', pinyin: 'jiā pǔ', example: '长兴县夹浦镇的渔民上岸转产' },
  { word: '长兴', pinyin: 'cháng xīng', notBefore: '[增生成助消滋延拉]', notAfter: '[旺盛奋趣起衰隆]', example: '今年长兴的杨梅上市早', keep: ['经济增长兴旺了一方'] },
  { word: '虎跑', pinyin: 'hǔ páo', example: '游客在虎跑公园品茶赏景' },
  { word: '曲院', pinyin: 'qū yuàn', after: '风荷', example: '曲院风荷的荷花开了' },
  { word: '仙都', pinyin: 'xiān dū', notBefore: '[神]', example: '缙云仙都的油菜花进入盛花期' },
  { word: '句章', pinyin: 'gōu zhāng', notBefore: '[一这那每词语字文诗好名]', example: '句章古城遗址出土了一批汉代陶器', keep: ['这一句章法严谨'] },
  { word: '的黎波里', pinyin: 'dì lí bō lǐ', example: '航班从的黎波里起飞' },
  { word: '亚的斯亚贝巴', pinyin: 'yà dì sī yà bèi bā', example: '代表团抵达亚的斯亚贝巴' },
  { word: '扎格勒布', pinyin: 'zā gé lè bù', example: '展会在扎格勒布举行' },
  { word: '大宛', pinyin: 'dà yuān', notAfter: '[转然如若]', example: '张骞出使西域，到过大宛', keep: ['这座城市规模宏大宛如迷宫'] },
  { word: '栎阳', pinyin: 'yuè yáng', example: '秦献公迁都栎阳' },
  // Twenty-third set: 浒墅关 Xushuguan (Suzhou; XH 浒 xǔ 浒墅关, 地名) and 解州 Xiezhou (Yuncheng,
  // Shanxi; XH 解 Xiè, 地名, 解州), not 了解州里; Hong Kong's 鲗鱼涌 Quarry Bay and 葵涌 Kwai Chung,
  // and 涌 as the last character of a Cantonese place name before a place word (东涌码头, 大涌村):
  // XH 涌 chōng 方言, 河汊 (多用于地名); CC-CEDICT chong1 "used in place names".
  { word: '浒墅关', pinyin: 'xǔ shù guān', example: '苏州浒墅关的运河边新建了一条步道' },
  { word: '解州', pinyin: 'xiè zhōu', notBefore: '[了理讲调化分见破和谅图注详瓦溶求]', example: '解州关帝庙是现存规模最大的关帝庙之一', keep: ['工作组了解州里的情况'] },
  { word: '鲗鱼涌', pinyin: 'zéi yú chōng', example: '他在香港鲗鱼涌的一家茶餐厅打工' },
  { word: '葵涌', pinyin: 'kuí chōng', example: '葵涌货柜码头的吞吐量回升' },
  {
    word: '涌',
    pinyin: 'chōng',
    before: '[东西南北大小新旧上下沙]',
    notBefore: '[向往朝外内从][东西南北大小新旧上下沙]',
    after: '(?:码头|村|镇|站|街|新市镇|口岸|墟|河)',
    example: '东涌码头每天有渡轮开往大屿山各村',
    keep: ['人群向东涌去', '潮水从东涌进了码头'],
  },
];

/** Common surnames (a name, not a place, after 县长 in 县长王镇江). */
const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴莫孔汤楼应俞';

/** Verbs of going somewhere, after a title (县长下乡). */
const GOING = '到进下赴来去回在驻访抵入出离包挂联蹲';

/**
 * 长 beginning a two-character place name right before its administrative unit (海宁市长安镇,
 * 滨江区长河街道, 宁海县长街镇): cháng, where 市长/区长/县长 would make it a title. Not 长子县.
 */
const CHANG_PLACE: Correction = {
  word: '长',
  pinyin: 'cháng',
  before: '[省市区县州镇乡]',
  // Not a surname or a verb of going (县长王镇江, 县长下乡, 市长到县里调研).
  after: `[^${COMMON_SURNAMES}${GOING}\\P{Script=Han}](?:镇|乡|街道|县)`,
  notAfter: '子县',
  example: '宁海县长街镇的蛏子养殖户迎来丰收',
  keep: ['县长王镇江主持召开常务会议', '山西省长子县的客商来浙考察', '副县长下乡走访农户', '市长到县里调研'],
};

/** Titles and forms of address after which a surname reading applies (单先生, 曾女士, 解某). */
const ADDRESS = '(?:某|先生|女士|老师|师傅|阿姨|大爷|大妈|大姐|大哥|老伯|医生|律师|警官|书记|主任|同学|总)';
/** A byline or attribution right before the name: "记者 单杰", "通讯员曾平". */
const BYLINE = '(?:记者|通讯员|摄影|实习生|编辑|作者)[\\s　]*';

/**
 * Forms of address that cannot be read as the object of a verb-like 应 or 任 (应某单位邀请, 任主任,
 * 任书记): people's titles only, not followed by a request or invitation (应王先生之邀).
 */
const PERSON_ONLY = '(?:先生|女士|师傅|阿姨|大爷|大妈|大姐|大哥|老伯)(?!之?邀|要求|请求|号召|之约|约请)';
/** A byline word and a space before the name: "记者 应晓明" (without the space, "编辑任务" would read as a name). */
const SPACED_BYLINE = '(?:记者|通讯员|摄影|实习生|编辑|作者)[\\s　]+';
const GIVEN_NAME = '\\p{Script=Han}{1,2}(?![\\p{Script=Han}])';

/** The contexts of a surname: the titles after it and the byline words before it. */
interface SurnameContext {
  address: string;
  byline: string;
}
const USUAL: SurnameContext = { address: ADDRESS, byline: BYLINE };
/** For characters that are also common verbs (应, 任): people's titles and spaced bylines only. */
const CAREFUL: SurnameContext = { address: PERSON_ONLY, byline: SPACED_BYLINE };

/**
 * Surname `ch` read `reading` before a form of address, unless `notBefore` makes it a word's end
 * (简单, 不曾, 了解 …); and after a byline word, before a given name.
 */
function surname(ch: string, reading: string, notBefore: string, example: string, keep: readonly string[], ctx: SurnameContext = USUAL): Correction[] {
  return [
    { word: ch, pinyin: reading, notBefore: `[${notBefore}]`, after: ctx.address, example, keep },
    { word: ch, pinyin: reading, before: ctx.byline, after: GIVEN_NAME, example: `记者 ${ch}晓明 通讯员 王平`, keep },
  ];
}

const SURNAMES: readonly Correction[] = [
  ...surname('应', 'yīng', '反响适对供相答理呼效感回照顺报接内策本就都均也还更又则亦并即须该不', '应女士告诉记者，她在这里住了二十年', ['我们应王先生之邀前来参观', '居民应某些部门要求搬离', '各地都应先生产再销售'], CAREFUL),
  ...surname('任', 'rén', '责担主信放上就接现前历兼连留出继专胜委聘调升离到新首曾时原拟续转改充重赴卸在', '任先生把自家小院改成了民宿', ['他曾任主任多年', '时任书记带队走访', '科室主任医生坐诊'], CAREFUL),
  ...surname('缪', 'miào', '绸纰', '缪女士是社区的老志愿者', ['未雨绸缪先生们早有准备'], CAREFUL),
  ...surname('曲', 'qū', '歌舞戏作乐名金新组序弯扭委歪插小单词曲', '曲师傅在菜场门口修了三十年鞋', ['这首歌曲大哥最爱唱'], CAREFUL),
  ...surname('单', 'shàn', '简清名菜订账保传表孤被床买落', '单先生说，家里的老房子终于修好了', ['这份清单先生成一下', '菜单某些菜品已售罄']),
  ...surname('曾', 'zēng', '不未何似', '曾女士告诉记者，她每天都来公园锻炼', ['他不曾某一天缺席']),
  ...surname('解', 'xiè', '了理讲调化分见破和谅图注详瓦溶求', '解某因涉嫌盗窃被依法刑事拘留', ['记者了解某些情况后']),
  ...surname('区', 'ōu', '社城景园小辖山市郊片街新老分地灾营全本各该两每我跨', '区先生一家三代都在这里经营茶馆', ['社区某些楼道堆放杂物', '全区老师都参加了培训']),
  ...surname('仇', 'qiú', '复报记结冤世', '仇某驾驶机动车时使用手机被查处', ['报仇某些人说']),
  ...surname('查', 'zhā', '调检排审核巡抽督普探盘搜追复备侦彻', '查先生把收藏多年的老照片捐给了档案馆', ['民警检查某车辆时发现']),
  ...surname('盖', 'gě', '覆铺加掩遮涵锅顶瓶井封', '盖女士把自家的老照片捐给了档案馆', ['屋顶盖先生产的瓦片']),
  ...surname('覃', 'qín', '', '家住城东的覃女士说，新家离单位很近', []),
  ...surname('纪', 'jǐ', '世年军法风党违经校乡纲', '纪女士说，社区食堂的饭菜很合口味', ['本世纪某些年份降雨偏多']),
  ...surname('燕', 'yān', '海春家雨紫飞归新乳', '燕先生把自家的老宅改成了书屋', ['家燕某些年份来得早']),
  ...surname('朴', 'piáo', '简古质淳俭纯', '朴女士在杭州开了一家韩国料理店', ['这件作品风格简朴某些细节却很精致']),
];

/** Place names and surnames for the correction table (see the sources above). */
export const NAME_CORRECTIONS: readonly Correction[] = [...PLACES, CHANG_PLACE, ...SURNAMES];

/**
 * Policy jargon (glossary terms) that pinyin-pro or the model misreads; readings from the Xiandai
 * Hanyu Cidian: 荷 hè "load", 当年 dàngnián "the same year", 一体 yìtǐ, 调 tiáo "mediate" (矛调, 调处 tiáochǔ), "adjust" (力调电费) and "regulate" (调压箱 tiáoyā), 工坊 gōngfāng, 公转水 gōng zhuǎn "shift from road", 民呼我为 wéi "act", 寺观 sìguàn, 重 chóng of 大洋怪重 (重名), 行风 hángfēng, 还 huán of 借新还旧, 种 zhòng of 复种.
 */
/** The 长制 chiefs' characters (河长, 湖长 …) and their own readings. */
const CHIEF_READING: Readonly<Record<string, string>> = { 河: 'hé', 湖: 'hú', 田: 'tián', 路: 'lù', 湾: 'wān', 滩: 'tān', 塘: 'táng', 山: 'shān', 街: 'jiē', 巷: 'xiàng' };
const CHIEF_CHARS = Object.keys(CHIEF_READING);

export const JARGON_CORRECTIONS: readonly Correction[] = [
  { word: '源网荷储', pinyin: 'yuán wǎng hè chǔ', example: '推进源网荷储一体化项目建设' },
  { word: '当年账户', pinyin: 'dàng nián zhàng hù', example: '划入职工医保个人当年账户' },
  { word: '一体化', pinyin: 'yì tǐ huà', example: '深化大综合一体化行政执法改革' },
  { word: '矛调', pinyin: 'máo tiáo', example: '区社会矛盾纠纷调处化解中心（矛调中心）接待来访群众' },
  { word: '调处', pinyin: 'tiáo chǔ', notBefore: '[强协空单]', example: '镇里及时调处了一起征地纠纷', keep: ['这次强调处理要快'] },
  { word: '工坊', pinyin: 'gōng fāng', example: '村里的共富工坊吸纳了三十多名村民就业' },
  // 力调电费: 力率（功率因数）调整电费, 调整 tiáozhěng (国家发展改革委《功率因数调整电费办法》).
  { word: '力调', pinyin: 'lì tiáo', after: '电', example: '功率因数低于标准的大工业用户要缴纳力调电费', keep: ['他用力调转船头'] },
  // 公转水 / 公转铁: freight moved from road (公路) to waterway or rail, 转 zhuǎn "shift"; 公转 gōngzhuàn "orbit" elsewhere.
  { word: '公转', pinyin: 'gōng zhuǎn', after: '[水铁]', example: '推进大宗货物运输公转铁、公转水', keep: ['地球绕太阳公转一周是一年'] },
  // 民呼我为: 民有所呼、我有所为, 为 wéi "act" (有所作为), unlike 我为群众办实事 (wèi "for").
  { word: '民呼我为', pinyin: 'mín hū wǒ wéi', example: '深化民呼我为改革，让群众诉求件件有回音' },
  // 寺观: 寺院和宫观, 观 guàn "Taoist monastery" (道观, 宫观), not guān "look".
  { word: '寺观', pinyin: 'sì guàn', example: '这座古镇的寺观教堂都完成了消防改造' },
  // 调压箱 / 调压柜 / 调压站: equipment that regulates gas pressure, 调压 tiáoyā "regulate pressure", not diào.
  { word: '调压', pinyin: 'tiáo yā', after: '[箱柜站器阀]', example: '燃气企业对小区调压箱逐一开展安全检查', keep: ['这次抽调压缩了人手'] },
  // 调蓄池 / 雨水调蓄: storage that regulates storm flow, 调蓄 tiáoxù "regulate and store" (《室外排水设计标准》), not diào; 强调蓄水 keeps diào.
  { word: '调蓄', pinyin: 'tiáo xù', notBefore: '[强协空单抽]', example: '体育中心地下建成一座雨水调蓄池', keep: ['会议强调蓄水安全', '工地抽调蓄电池检修人员'] },
  // 一类公厕: the first of the three classes of public toilets (《城市公共厕所设计标准》), an ordinal 一 yī like 一级.
  { word: '一类公厕', pinyin: 'yī lèi gōng cè', example: '今年新建一类公厕30座' },
  // 林长: the forest chief of 林长制 (《关于全面推行林长制的意见》), 长 zhǎng as in 河长; a name 林长青 keeps cháng.
  { word: '林长', pinyin: 'lín zhǎng', after: '[制令公]', example: '我市全面推行林长制，市总林长签发1号总林长令', keep: ['老师林长青带学生去春游'] },
  { word: '林长', pinyin: 'lín zhǎng', before: '[总级村镇乡]', example: '全区各级林长累计巡林1.2万次', keep: ['同学林长青考上了大学'] },
  // The chiefs of the 长制 systems (《关于全面推行河长制的意见》 2016, 湖长制 2018, 田长制, 路长制 …): 长 zhǎng as in 林长, where
  // the text names the system or the office (河长制, 河长令, 河长办, 河长公示牌), a level or a kind of chief before it (各级河长,
  // 总湖长, 民间河长, 村级田长), a verb of taking the post (担任河长) or the chief's rounds after it (河长巡河); a river or a road
  // that is long (这条河长约三公里, 路长两公里) keeps cháng.
  ...CHIEF_CHARS.flatMap((c): Correction[] => [
    { word: `${c}长`, pinyin: `${CHIEF_READING[c]} zhǎng`, after: '(?:[制令办们]|公示|巡|负责|签发|[+＋])', example: `全面推行${c}长制`, keep: [`这条${c}长约三公里`] },
    { word: `${c}长`, pinyin: `${CHIEF_READING[c]} zhǎng`, before: '(?:[总级]|民间|党员|企业|担任|兼任|设立|聘请)', example: `全市各级${c}长累计巡查2万余次`, keep: [`这条${c}长达两公里`] },
  ]),
  // 楼长 / 桶长: the volunteer heading a block of flats or standing by the sorting bins, a title wherever it stands but after a
  // measure word (这栋楼长约六十米).
  { word: '楼长', pinyin: 'lóu zhǎng', notBefore: '[栋座幢条]', notAfter: '[约达度]', example: '小区楼长定期上门走访独居老人', keep: ['这栋楼长约六十米'] },
  { word: '桶长', pinyin: 'tǒng zhǎng', notBefore: '[个只]', notAfter: '[约达度]', example: '每个投放点都有一名桶长值守', keep: ['这个桶长约一米'] },
  // 通借通还: borrow at any library of the network and return at any, 还 huán "return" (not hái "still").
  { word: '通借通还', pinyin: 'tōng jiè tōng huán', example: '全市图书馆实现通借通还服务全覆盖' },
  // 倒黄梅: the plum rains coming back after they seemed over, 倒 dào "back" (Xiandai Hanyu Cidian dàohuángméi), not dǎo "fall".
  { word: '倒黄梅', pinyin: 'dào huáng méi', example: '气象台提醒，倒黄梅天气将持续一周' },
  // 长租房 / 长租公寓: housing let on long leases (国务院办公厅《关于加快培育和发展住房租赁市场的若干意见》2016), 长 cháng;
  // after 推行 / 银行 the model took 行长 (a bank's president) and read zhǎng.
  { word: '长租', pinyin: 'cháng zū', after: '(?:房|公寓|住房)', example: '全县推行长租房政策', keep: ['银行行长租下了一间办公室'] },
  // 打早、打小、打了: put a forest fire out early, small and completely, 了 liǎo "finish" (了结).
  { word: '打了', pinyin: 'dǎ liǎo', before: '打小[、，]?', example: '扑火队伍坚持“打早、打小、打了”', keep: ['他打了一场篮球'] },
  // 退养还湿 / 退耕还湿: fish ponds or farmland given back to wetland, 还 huán "return".
  { word: '还湿', pinyin: 'huán shī', before: '[养耕]', example: '沿湖养殖户完成退养还湿', keep: ['地面还湿着，小心滑倒'] },
  // “大、洋、怪、重”地名: 重 of 重名 (one name given twice), chóng, not zhòng (民政部等清理整治不规范地名, 2018).
  { word: '重', pinyin: 'chóng', before: '大、?洋、?怪、?', example: '市里清理整治“大、洋、怪、重”不规范地名', keep: ['这只箱子怪重的，搬不动'] },
  // 行风: the conduct of a trade or public service (行业作风), 行 háng; 政风行风热线, 行风建设 / 评议 / 监督.
  { word: '行风', pinyin: 'háng fēng', before: '政风', example: '局长走进政风行风热线直播间回答市民提问', keep: ['他做事雷厉风行风格干练'] },
  { word: '行风', pinyin: 'háng fēng', after: '[建评热监]', example: '医院开展行风建设专项行动', keep: ['这种游戏一时风行风靡校园'] },
  // 借新还旧: new borrowing to repay old debt, 还 huán "repay", not hái "still".
  { word: '还旧', pinyin: 'huán jiù', before: '借新', example: '部分平台公司靠借新还旧维持运转', keep: ['这件衣服洗了还旧，不如买新的'] },
  // 复种指数 / 复种面积: the same land sown more than once a year, 种 zhòng "sow", not zhǒng "seed".
  { word: '复种', pinyin: 'fù zhòng', after: '[指面]', example: '通过推广轮作，全县耕地复种指数有所提高', keep: ['科研人员设法恢复种子的活力'] },
];
