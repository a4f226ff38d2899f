// The table of corrections applied on top of pinyin-pro (how they apply: lib/pinyin/corrections.ts).
// Every entry carries an `example` in which it must fire (tests assert the reading there) and
// optionally `keep` sentences in which it must not fire (tests assert that too).
// Readings follow the Xiandai Hanyu Cidian; 一/不 tone sandhi as pinyin-pro applies it.

/** One correction: a word, its readings, and the context in which they replace pinyin-pro's. */
export interface Correction {
  /** The Han characters whose readings are replaced. */
  readonly word: string;
  /** One reading per character of `word`, tone marks, separated by single spaces. */
  readonly pinyin: string;
  readonly before?: string;
  readonly notBefore?: string;
  readonly after?: string;
  readonly notAfter?: string;
  /** Extra condition; `start`/`end` are UTF-16 offsets of the word in `text`. */
  readonly when?: (text: string, start: number, end: number) => boolean;
  /** A sentence in which this correction applies. */
  readonly example: string;
  /** Sentences containing `word` in which this correction must not apply. */
  readonly keep?: readonly string[];
}

/** Characters X that form a word "X成" (完成, 形成 …): in "形成长效" the 长 starts a new word. */
const X_CHENG = '完赞达促造构形组变养落建生合集制做写改分收练学打当看织铸酿谱结连聚汇编拍翻译搭筑铺堆换装老速玉既现天年';

/** After a "…长" title word these characters usually start a 长 (cháng) word instead: 格局长期, 此处长廊. */
const NOT_AFTER_TITLE = '[期达远久效度江城途廊篇假短袍寿跑河堤桥椅条时]';

/** Characters after which 地 is not an adverbial particle but starts a 地 (dì) word: 明确地块. */
export const DI_NOUN_AFTER =
  '[块名区方点图址下面铁震质产价段标形貌域球理位带势盘税租基界皮表处铺摊热板毯道市州县狱窖库雷契主政委级平]';

/** 以X为Y frames: Y words after which 为 is wéi ("以北干街道为试点"). */
const WEI_FRAME_HEADS =
  '(?:试点|单位|抓手|导向|蓝本|突破口|切入点|核心|主题|主线|重点|载体|目标|依托|牵引|引领|契机|基础|主体|龙头|支撑|纽带|桥梁|标准|准则|宗旨|己任|中心|主|例|荣|代表|首要|原则|根本|指引|指针|指南|先导|前提|动力|方向|出发点|落脚点|着力点|支点|主轴|底色|底线|红线|由|名|借口|幌子|诱饵|噱头|代价|特色|亮点|特点|原型|背景)';

/** 以 that opens a 以X为Y frame: not 可以/所以/难以 …, not 以来/以后/以及 … */
const YI_FRAME_OPEN =
  '(?<![可所难得足加予用借据赖藉何是给施报处辅佐配冠饰])以(?![来后前上下内外及便免至致])[^，。；！？、,.;!?：:\\n]{1,30}';

/** Titles 局长, 处长 … (zhǎng) unless the 长 begins a cháng word (格局长期, 此处长廊). */
function titleZhang(word: string, example: string, keep: readonly string[], notBefore?: string): Correction {
  const pinyinOfHead: Record<string, string> = {
    局长: 'jú zhǎng',
    处长: 'chù zhǎng',
    所长: 'suǒ zhǎng',
    秘书长: 'mì shū zhǎng',
    理事长: 'lǐ shì zhǎng',
    馆长: 'guǎn zhǎng',
    船长: 'chuán zhǎng',
    院长: 'yuàn zhǎng',
    家长: 'jiā zhǎng',
  };
  const pinyin = pinyinOfHead[word];
  if (!pinyin) throw new Error(`no reading for ${word}`);
  return { word, pinyin, notAfter: NOT_AFTER_TITLE, ...(notBefore ? { notBefore } : {}), example, keep };
}

/**
 * For 长X words read cháng (长期, 长效): true unless the 长 closes a preceding word —
 * 成长期 / 生长 / 增长 / 助长 — while "形成长效" (形成 + 长效) still counts.
 */
function changStartsWord(text: string, start: number): boolean {
  const prev = text[start - 1];
  if (prev === '生' || prev === '增' || prev === '助') return false;
  // (At the text's start 成 begins the text: 成长期, not a word X成 before 长; '' is in every string.)
  if (prev === '成') return start >= 2 && X_CHENG.includes(text[start - 2] as string);
  return true;
}

/** 区长期间 / 家长期待: the 长 belongs to the title before it. */
function titleThenQi(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  return '区镇县市省家校院局处所部厅科村队组社站行团班师'.includes(prev) && prev !== '' && '间望待盼许'.includes(next) && next !== '';
}

/** What news says right after a rate (X率): held, reached, compared, kept, a figure or the sentence's end. */
const RATE_PREDICATE =
  '(?:控制|为|达|是|在|较|比|超|不|提升|提高|下降|上升|增|降|保持|继续|力争|逐|仍|均|已|将|的|和|与|、|，|。|；|）|\\)|%|％|[0-9０-９]|高于|低于|稳|同比|环比|明显|大幅|进一步|持续)';

/** Before a 率 that leads (shuài): a leader (县长率, 书记率, 队长率 — not 增长率), an adjective's first half (草率, 坦率) or an old guard title (卫率). */
const RATE_NOT_AFTER = '(?:[草轻坦直表统督亲他她卫]|[县市区镇乡村处局科队组院所部厂校班社站团]长|书记|主任|主席|领导|负责人)';

/** The corrections of ordinary news words (place names and jargon: lib/pinyin/names.ts). */
export const NEWS_CORRECTIONS: readonly Correction[] = [
  // —— 只 ——
  { word: '只需', pinyin: 'zhǐ xū', example: '市民只需带好身份证及办理业务所需资料' },
  {
    // Adverb 只 (zhǐ) everywhere except after numerals, demonstratives and 船 / 舰 (船只, 舰只 zhī)
    // and in 只身 and 形单影只 (zhī); 只身体 / 只身高 is the adverb before 身体 / 身高.
    word: '只',
    pinyin: 'zhǐ',
    notBefore: '(?:[0-9０-９〇零一二两三四五六七八九十百千万亿几每这那哪数多半单整个船舰只]|形单影)',
    notAfter: '(?:[言字影手眼]|身(?![体高材价份子]))',
    example: '纸上只写了一行字',
    keep: ['工作人员救助了一只受伤的白鹭', '港口停靠着数百艘船只', '老伴走后，老人形单影只，很少出门', '他只身一人去了外地', '两只手紧紧握在一起', '随着更大型舰只的需求增加'],
  },

  // —— 行 ——
  {
    // A delegation: 徐建中一行赴…, 考察团一行来…
    word: '一行',
    pinyin: 'yì xíng',
    notBefore: '[这那哪每第干爱上下前后头末最同本整单逐首了写读看念抄删空隔]',
    after: '(?:赴|来|到|前往|抵|实地|考察|调研|深入|走访|莅临|先后|专程|参观|就|在|冒雨|沿|一同|首先|随后|还|也|对|并|分别|共|等|人|[，,、])',
    example: '区人大常委会副主任徐建中一行赴北干街道',
    keep: ['纸上只写了一行字', '干一行爱一行', '屏幕上显示的第一行，', '他已在这一行干了二十年'],
  },
  {
    word: '分行',
    pinyin: 'fēn háng',
    notAfter: '[为动使走驶政进程车李人销善凶窃贿医文军船星踪径刑令迹装情礼]',
    example: '农业银行萧山分行城厢支行是“医银合作”网点之一',
    keep: ['要严格区分行政执法与刑事司法'],
  },
  {
    // 该行 = this bank in financial news; not 该行为 / 该行动.
    word: '该行',
    pinyin: 'gāi háng',
    notAfter: '[为动使走驶政进程车李人销善凶窃贿医文军船星踪径刑令迹装情礼]',
    example: '下一步,该行将继续和越城区医疗保障服务中心携手',
    keep: ['该行为已涉嫌违法', '该行动方案明确了时间表'],
  },
  {
    // 同行 tóngxíng "walk together" (slogans); 同行 tóngháng "peers" stays with pinyin-pro.
    word: '同行',
    pinyin: 'tóng xíng',
    before: '(?:携手|一路|结伴|并肩|相伴|与你|与您|一起|共同)',
    example: '我们携手同行，共创美好未来',
    keep: ['业内同行纷纷点赞'],
  },
  {
    word: '同行',
    pinyin: 'tóng xíng',
    after: '[”」』]',
    example: '“萧然同心·青柚同行”萧山青年统战工作启动仪式举行',
    keep: ['业内同行纷纷点赞'],
  },

  // —— 参 / 供 / 提 ——
  { word: '参加', pinyin: 'cān jiā', notAfter: '工', example: '区交投集团及街道相关负责人参加调研', keep: ['这家人参加工企业年产值过亿'] },

  // —— 重 ——
  { word: '重振', pinyin: 'chóng zhèn', example: '江山经济开发区坚决扛起重振工业雄风的大旗' },
  // 重名: one name given twice (Xiandai Hanyu Cidian chóngmíng), as 地名管理 news prints it; not a word
  // ending in 重 before a 名 word (注重|名牌, 双重|名义, 贵重|名表) nor 重 "value" before 名利 / 名声 / 名气.
  {
    word: '重名',
    pinyin: 'chóng míng',
    notBefore: '[注看尊慎隆严郑偏着侧并贵稳沉庄敬器倚借珍举轻保体超负比加厚繁双多深自过]',
    notAfter: '[利声气誉望]',
    example: '同一县级行政区域内的村（社区）名称不得重名',
    keep: ['企业注重名牌建设', '以双重名义签约', '柜台里摆着贵重名表', '他一向重名利', '这位老人重名声、讲信用'],
  },

  // —— 长 ——
  {
    word: '长期',
    pinyin: 'cháng qī',
    when: (text, start, end) => changStartsWord(text, start) && !titleThenQi(text, start, end),
    example: '该小区长期存在停车难问题',
    keep: ['他在担任区长期间', '家长期待孩子健康成长', '企业处于成长期'],
  },
  {
    word: '长效',
    pinyin: 'cháng xiào',
    when: (text, start) => changStartsWord(text, start),
    example: '形成长效机制',
    keep: ['关注企业的成长效益'],
  },
  titleZhang('局长', '副区长、区公安分局局长张亮出席会议', ['全球产业格局长期处于调整之中', '这一局长达三个小时']),
  titleZhang('处长', '市财政局处长王某介绍了相关情况', ['此处长期无人管理', '此处长廊是新建的', '福州地处长乐—诏安断裂带北端'], '[地身]'),
  titleZhang('所长', '派出所所长带领民警开展夜间巡逻', ['人尽其才、各展所长'], '[有其之展尽取挥]'),
  titleZhang('秘书长', '区政府秘书长出席会议', []),
  titleZhang('理事长', '协会理事长在会上致辞', []),
  titleZhang('馆长', '图书馆馆长介绍了新馆的服务', []),
  titleZhang('船长', '渔船船长及时发出求救信号', []),

  // —— 中 ——
  // 中选出 / 中选拔 / 中选择: "pick from among" (在比赛中|选出, 从中|选拔), 中 zhōng; 中选 zhòngxuǎn "be chosen" (集采中选药品) stays.
  { word: '中选', pinyin: 'zhōng xuǎn', after: '[出拔取择]', example: '他在比赛中选出了三名队员', keep: ['国家集采中选药品价格平均降幅超过50%'] },

  // —— 率 ——
  // A rate (X率) and what news says of it — held, reached, compared, kept (漏损率控制在9%以内, 溢价率在5%以内, 绿地率不小于
  // 30%, 处理率继续保持100%, 3%征收率的), 率 lǜ; shuài leads (率领, 率先, 书记率代表团), and 草率, 坦率 … are adjectives.
  { word: '率', pinyin: 'lǜ', after: RATE_PREDICATE, notBefore: RATE_NOT_AFTER, example: '城市公共供水管网漏损率控制在9%以内', keep: ['县长率先垂范', '市委书记率队检查', '县长率100余名干部下沉一线', '队长率不到百人的小分队连夜出发'] },
  // —— 行 / 调 / 中 / 应 ——
  // 行政 xíngzhèng "administration" (行政诉讼, 行政机关), not the 行 háng of 银行 (银行|政策).
  { word: '行政', pinyin: 'xíng zhèng', notBefore: '[银商车分总支央外投同内]', example: '去年全市行政机关在行政诉讼案件中的败诉率下降', keep: ['银行政策调整'] },
  // 调解 tiáojiě "mediate" (人民调解); after a word ending in 调 diào (强调, 单调 …) the 调 is that word's (强调|解决).
  { word: '调解', pinyin: 'tiáo jiě', notBefore: '[强单抽声音基格论步色腔曲低高变走]', example: '推行人民调解“以案定补”', keep: ['会议强调解决群众急难愁盼问题'] },
  // 高中 gāozhōng "senior high school" (特色示范高中标准: 高中|标准, not 中标 "win a bid").
  { word: '高中', pinyin: 'gāo zhōng', after: '标', example: '全县9所普高全部达到省二级特色示范高中标准' },
  // 应纳税 / 应纳尽纳: 应 yīng "ought to" (应纳税所得额, the income on which tax is due).
  { word: '应纳', pinyin: 'yīng nà', example: '个体工商户年应纳税所得额不超过200万元' },

  // —— 为 ——
  {
    word: '为',
    pinyin: 'wéi',
    before: YI_FRAME_OPEN,
    after: WEI_FRAME_HEADS,
    example: '萧山区文明友爱“歇会儿吧”公益行动发布，以北干街道为试点',
    keep: ['可以为试点单位提供帮助', '今年以来为试点企业减负'],
  },
  { word: '为', pinyin: 'wéi', before: '具体', after: '[，,：:]', example: '“6心”计划具体为，鼓励各站点积极提供热心服务' },
  { word: '部将', pinyin: 'bù jiāng', notAfter: '们', example: '区委统战部将以青年统战工作品牌为牵引' },

  // —— 着 ——
  { word: '靠着', pinyin: 'kào zhe', example: '港口停靠着数百艘船只' },

  // —— 种 / 还 / 朝 / 倒 / 干 / 率 / 好 / 分 / 大 / 量 ——
  { word: '种植', pinyin: 'zhòng zhí', example: '村里今年扩大了水稻种植面积' },
  { word: '还款', pinyin: 'huán kuǎn', example: '银行为小微企业办理无还本续贷，减轻还款压力' },
  { word: '还本', pinyin: 'huán běn', after: '(?:付息|金|续贷|息)', example: '银行为小微企业办理无还本续贷', keep: ['这还本来就是他的责任'] },
  { word: '朝阳', pinyin: 'zhāo yáng', after: '(?:产业|行业|企业)', example: '新能源汽车是名副其实的朝阳产业', keep: ['北京市朝阳区'] },
  { word: '偷倒', pinyin: 'tōu dào', example: '一起重型自卸货车偷倒建筑垃圾案件' },
  { word: '倒', pinyin: 'dào', after: '(?:垃圾|渣土|污水|废)', example: '严禁乱倒垃圾', keep: ['大风吹倒了路边的广告牌'] },
  { word: '倒排', pinyin: 'dào pái', example: '倒排时间节点,一抓到底' },
  { word: '干到底', pinyin: 'gàn dào dǐ', example: '撸起袖子干到底' },
  { word: '干一行', pinyin: 'gàn yì háng', notAfter: '[赴来到抵人，,、]', example: '干一行爱一行' },
  { word: '爱一行', pinyin: 'ài yì háng', example: '干一行爱一行，钻一行精一行' },
  { word: '一干到底', pinyin: 'yí gàn dào dǐ', example: '倒排时间节点,一抓到底、一干到底' },
  { word: '率先', pinyin: 'shuài xiān', example: '在一体推进教育发展、科技创新和人才培养上率先探路先行' },
  { word: '好学校', pinyin: 'hǎo xué xiào', example: '实现家门口有好学校' },
  {
    word: '分局',
    pinyin: 'fēn jú',
    notBefore: '[部充十过成身本水养缘情天职名辈福处]',
    example: '区公安分局召开庆祝国际劳动妇女节座谈会',
  },
  { word: '放大', pinyin: 'fàng dà', example: '为了进一步放大城市“幸福圈”' },

  // —— adverbial 地 (de) ——
  {
    word: '地',
    pinyin: 'de',
    before:
      '(?:积极|认真|不断|有效|高效率|高效|扎实|热情|耐心|开心|高兴|安心|坚定|深入|主动|切实|稳步|持续|全面|充分|逐步|科学|精准|及时|大力|努力|自觉|合理|有序|规范|系统|彻底|快速|迅速|顺利|仔细|详细|细心|激动|兴奋|自豪|骄傲|感慨|欣慰|动情|有力|不停|不时|飞快|果断|无私|由衷|亲切|热烈|生动|准确|正确|清醒|清楚|明确|明显|显著|深刻|广泛|普遍|集中|密切|灵活|妥善|稳妥|平稳|圆满|严格|坚决|创造性|针对性)',
    notAfter: DI_NOUN_AFTER,
    example: '把孩子交给老师后,她便安心地上班了',
    keep: ['明确地块用途', '深入地下管网排查隐患'],
  },
  {
    // Reduplicated AA地: 默默地, 悄悄地, 实实在在地. (\1 before the group: lookbehind matches right to left.)
    // Not 把把地 (用拖把把地拖干净: a 拖把 and the preposition 把, then the floor).
    word: '地',
    pinyin: 'de',
    before: '\\1(\\p{Script=Han})',
    notBefore: '把把',
    notAfter: DI_NOUN_AFTER,
    example: '社区志愿者默默地守护着老人',
    keep: ['用拖把把地拖干净'],
  },
  {
    word: '地',
    pinyin: 'de',
    before: '\\p{Script=Han}{2}',
    notBefore:
      '[当本外各该此两某实异基产内属原驻场工阵腹田土草陆山湿林耕绿园高洼盆旱领用占宅墓营落遍就全天大圣胜]',
    after: '说',
    example: '她感慨万千地说',
    keep: ['记者在当地说明会上了解到'],
  },

  // —— Zhejiang place names ——
  {
    word: '台州',
    pinyin: 'tāi zhōu',
    notBefore: '[平舞讲柜擂烛窗展站灶阳月兰]',
    example: '仙居第三人民医院所在的下各镇是台州朱溪水库移民安置地',
  },
  {
    word: '天台',
    pinyin: 'tiān tāi',
    after: '(?:县|山|宗|街道|籍)',
    example: '近日，记者走进天台县街头镇',
    keep: ['不少居民在楼顶天台上晾晒被子'],
  },
  { word: '天台', pinyin: 'tiān tāi', before: '(?:台州市|台州|浙江)', example: '浙江天台的云雾茶远近闻名', keep: ['不少居民在楼顶天台上晾晒被子'] },
  {
    word: '乐清',
    pinyin: 'yuè qīng',
    notBefore: '[快欢娱音享安游康和取作逗俱声器礼伎哀喜民]',
    example: '乐清市柳市镇是低压电器生产基地',
    keep: ['为市民送上欢乐清凉'],
  },
  { word: '会稽', pinyin: 'kuài jī', example: '绍兴会稽山景区迎来游客高峰' },
  { word: '天姥', pinyin: 'tiān mǔ', example: '新昌天姥山是唐诗之路上的名山' },
  { word: '剡溪', pinyin: 'shàn xī', example: '嵊州剡溪两岸风光秀丽' },
];
