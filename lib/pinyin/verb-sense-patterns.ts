// Readings a verb's sense decides from what follows it, in kinds of use the model still misses
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 下调 xià diào of a posting
// and xià tiáo of prices, 抽调 / 借调 / 调任 diào, 直奔 / 投奔 bèn, 奔波 / 奔腾 / 奔赴 bēn, 背着手 bèi):
//   调 diào after 上 / 下 of a posting to a higher or lower office (上调市委办公室, 下调到基层派出所), not
//   上调价格 / 下调至3.1%; 调 tiáo after 下 before a rate, a price or a figure (下调存款利率, 下调5%),
//   where the word table's 下调 is the posting; 奔 bèn "head for" before a place or an aim (连夜奔杭州,
//   奔县城去, 奔小康), not 奔跑 / 奔赴 / 奔波 / 奔到 nor 东奔西走; 地 de after an adjective in 性 (选择性地
//   公开, 习惯性地摸), not before a 地 word (标志性地位, 碱性地下水, 区域性地震); 背 bēi of carrying a
//   person down a hill, home or to safety (背你下山, 背着伤员撤离), not 背着手; 应 yīng as a modal before
//   a comparison (应早于唐代, 应不少于), not 供应 / 反应 / 相应; 长 zhǎng of growing to a size or an age
//   (已长到二十多米高), not 延长到 / 全长; 为 wèi "for" a village or neighbours before what is done for
//   them (老人为村里修路), where the word 人为 would read wéi, not 成为村里 / 认为村里; 得 de after a verb
//   before a word of degree (死得较为突然, 雨下得较大), not 取得较大 / 获得很高 nor the modal 你得很小心.
// Found on a set written for the purpose (tests/fixtures/polyphones-dev25.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import { DI_NOUN_AFTER, type Correction } from './correction-table';
import { NUMERAL_CHARS } from './pattern-classes';

/** Where a cadre is posted: a party or government office, a team, the grass roots (市委, 国家队, 基层, …局). */
const POST =
  '(?:(?:省|市|县|区|镇)(?:委|政府|直)|国家队|省队|中央|总部|上级|基层|乡镇|山区|机关|(?:(?![价费率税幅标])\\p{Script=Han}){0,6}?(?:局|厅|办公室|委员会|派出所|队))';

/** What a price-like quantity cut by 下调 looks like: a rate, a price, a fee, a figure. */
const CUT = `了?(?:[存贷]款|\\p{Script=Han}{0,4}?(?:利率|价格?|费率?|税率?|比例|标准|幅度|预期|评级|指标|门槛|首付|额度|租金|工资|基数)|[至到]?[${NUMERAL_CHARS}]|[至到]?百分)`;

/** A place or an aim one heads for (杭州, 县城, 上海, 小康, 现场). */
const BEN_GOAL = '(?:小康|共富|现场|\\p{Script=Han}{1,3}?(?:[州京城县镇村乡]|上海))';

/** Characters after 奔 that make a bēn word or a bēn verb of running (奔跑, 奔赴, 奔到, 奔流 …). */
const BEN_RUNNING = '[向赴走跑驰流腾涌忙波放逃袭突丧命月马牛泻逸窜到至出进入回上下过去来]';

/** Before 得 these make a dé word (取得, 获得, 难得) or the modal děi (你得, 还得, 总得), not a verb's complement. */
const DE_NOT_AFTER = '[获取赢赚求所心难博习应落抵见总夺换谋购喜觅索骗讨挣配还也都就非可又才必只我你他她它们咱谁人不]';

/** People one carries on one's back, as objects of 背 (你, 伤员, 老人). */
const CARRIED_PERSON = '(?:[你我他她您]|孩子|老人|伤员|病人|伤者|娃)们?';

/** Where a person is carried to (下山, 回家, 撤离 …). */
const CARRIED_TO = '(?:下山|上山|下楼|上楼|下坡|上坡|过河|回家|回村|前进|前行|赶路|撤离|转移|就医|去医院|走出|走下|走上)';

export const VERB_SENSE_PATTERNS: readonly Correction[] = [
  // 调 diào of a posting to a higher or lower office (上调市委办公室, 下调到基层派出所); not 上调价格.
  { word: '调', pinyin: 'diào', before: '[上下]', after: `(?:[到至往回入进])?${POST}`, example: '2018年，他从乡镇上调县委办公室任副主任', keep: ['本轮油价上调幅度由物价局公布', '今年最低工资上调至每月2490元'] },
  // 调 tiáo after 下 before a rate, a price or a figure (下调存款利率, 下调5%); not 下调到基层.
  { word: '调', pinyin: 'tiáo', before: '下', after: CUT, example: '多家银行下调存款利率', keep: ['他主动要求下调到基层工作'] },
  // 奔 bèn "head for" a place or an aim (连夜奔杭州, 奔县城去, 奔小康); not 奔跑, 奔赴, 奔到门口, 东奔西走.
  { word: '奔', pinyin: 'bèn', notBefore: '[飞狂私东西南北出逃]', after: `(?!${BEN_RUNNING})${BEN_GOAL}`, example: '他们天不亮就出发，奔县城去赶集', keep: ['孩子们奔跑在乡村小道上', '村民们东奔西走筹钱修路', '他一口气奔到村口', '志愿者奔赴抗洪一线'] },
  // 地 de after an adjective in 性 (选择性地公开, 习惯性地摸); not before a 地 word (标志性地位, 碱性地下水).
  { word: '地', pinyin: 'de', before: '\\p{Script=Han}性', notAfter: `(?:${DI_NOUN_AFTER}|[中心外缘核磁勘矿籍物头壳幔层貌温])`, after: '\\p{Script=Han}', example: '有的商家选择性地公开检测报告', keep: ['这确立了该镇在区域经济中的标志性地位', '当地的碱性地下水不宜饮用', '这次区域性地震没有造成伤亡'] },
  // 背 bēi of carrying a person down a hill, home or to safety (背你下山, 背着伤员撤离); not 背着手.
  { word: '背', pinyin: 'bēi', notBefore: '[违相靠后腰手脊]', after: `(?:[起上]|起了)?着?${CARRIED_PERSON}${CARRIED_TO}`, example: '“我来背你下山，你的脚不能再走了。”', keep: ['他背着手在院子里走来走去'] },
  // 应 yīng as a modal before a comparison (应早于唐代, 应不少于三人); not 供应 / 反应 / 相应.
  { word: '应', pinyin: 'yīng', notBefore: '[反响适对供相答理呼效感回照顺报接内策因]', after: '(?:不)?(?:早于|晚于|高于|低于|大于|小于|多于|少于|超过|短于|长于|等于)', example: '该寺的始建年代应早于唐代', keep: ['蔬菜供应不少于往年', '这种反应大于预期'] },
  // 得 de after a verb before a word of degree (死得较为突然, 雨下得较大); not 取得较大进展, 你得很小心 (děi).
  { word: '得', pinyin: 'de', before: '\\p{Script=Han}', notBefore: `(?:${DE_NOT_AFTER}|大家)`, after: '(?:较为|较|很|十分|非常|相当|特别|格外|更加|极为|越来越|比较|有点|有些|挺)', example: '入夏以来雨下得较大，水库水位持续上涨', keep: ['该项目取得较大进展', '这部作品获得很高评价', '你得很小心才行', '他还得很努力才能赶上'] },
  // 为 wèi "for" a village or neighbours before what is done for them (老人为村里修路捐款), where 人为 would read wéi; not 成为村里第一个.
  { word: '为', pinyin: 'wèi', notBefore: '[成作称选评视认改更转变分化沦身乃即实以任被]', after: '(?:村里|村民|家乡|社区|乡亲|大家|学校|孩子们)[^，。；！？]{0,6}?(?:修|建|捐|送|办|做|争取|筹|出|谋|解决|服务|提供)', example: '老人为村里修路捐了十万元', keep: ['她成为村里第一个大学生', '他认为村里应该先修路'] },
  // 长 zhǎng of growing to a size or an age (已长到二十多米高, 长到三岁); not 延长到, 全长.
  { word: '长', pinyin: 'zhǎng', notBefore: '[延拉加增伸放全身总周冗漫过超]', after: `到了?[${NUMERAL_CHARS}][^，。；！？]{0,6}?(?:米|厘米|公分|斤|公斤|岁|层楼|人高)`, example: '这棵古樟已长到二十多米高', keep: ['施工期延长到三个月', '桥梁总长到300米'] },
];
