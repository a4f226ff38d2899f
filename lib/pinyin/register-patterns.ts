// Constructions of the policy register (meeting reports, work reports, policy explainers, 政务
// notices) in which a polyphonic character's reading follows from the words around it, where
// pinyin-pro or the benchmark-trained model reads it otherwise. Readings from the Xiandai Hanyu
// Cidian (7th ed.): 为 wéi (变成, 是: 缩短为半小时, 比例为契税的百分之五十, 久久为功), 劲 jìn (力气,
// 情绪: 松劲, 吃劲, 鼓劲; not 强劲, 劲旅 jìng), 只 zhī (量词: 一只储罐), 得 de (助词, a potential
// complement: 留得住, 稳得住, 放得开), 当 dàng (同一时间: 当天签约, 当年见效), 空 kòng (没有被利用的: 空置,
// 空地上), 行 xíng (执行情况, where pinyin-pro segments 行情 háng), 相 xiāng (相关, where pinyin-pro
// reads 照相 xiàng in 依照相关), 调 tiáo (调整, where 时调 diào crosses 及时调整), and set phrases whose
// 一 pinyin-pro's idiom data leaves without the sandhi the project writes everywhere else (一以贯之
// yì, 举一反三 yì; docs/polyphones.md) or whose reading it lacks (牵一发 fà).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** Verbs of changing a quantity before 为 + the new figure (缩短为半小时, 精简为三个). */
const CHANGE =
  '(?:缩短|缩减|缩小|精简|压缩|减少|降低|下调|上调|调整|提高|延长|合并|简化|整合|放宽|变更|修改|核定|折算|换算)';
/** The start of a figure. */
const FIGURE = '[0-9０-９零〇一二两三四五六七八九十百千万亿几半约近原]';
/** Nouns of a share or a rate before 为 + "X的" + the share (比例为契税的百分之五十). */
const SHARE = '(?:比例|比重|占比|标准|额度|金额|系数|补贴|补助|奖励|费率|税率|利率)';
/** Words ending in 劲 jìng (强劲, 刚劲, 苍劲, 遒劲, 雄劲) — the rest of 劲 before a noun is jìng too. */
const JING_WORD_END = '[强刚苍遒雄]';
/** Verbs that end a word with 只 zhǐ ("only") after a numeral: 这只是, 一只有. */
const ZHI_ADVERB_AFTER = '[是有要能需会在见用剩靠好管想顾不得因怕够占可身字言争说]';
/** Verbs of being done at once, after 当天/当年 "the same day/year" (and of going back the same day: 当天就赶回). */
const SAME_TIME_DONE =
  '(?:即可|即|就|便)?(?:签约|开工|投产|见效|受益|竣工|完工|建成|落地|办结|到账|拿证|入驻|达产|出证|返还|兑现|审批|受理|办理|发放|拨付|开业|投用|送达|发货|到货|退款|出结果|赶回|赶到|赶来|返回|往返|出院)';

/** Characters before 得 in words read dé (获得, 取得, 赢得, 博得, 难得, 求得, 夺得, 争得). */
const DE2_WORD_HEAD = '[获取赢博难求夺争]';
/** A person right before 得 (你, 我们, 大家 …): 得 there is the modal děi when a word of manner follows. */
const PERSON_BEFORE_MODAL = '(?:[你我他她咱]们?|大家|咱们)';

export const REGISTER_PATTERNS: readonly Correction[] = [
  {
    word: '为',
    pinyin: 'wéi',
    before: CHANGE,
    after: FIGURE,
    example: '办证时间由原来的五个工作日缩短为一个工作日',
    keep: ['区里提高为民服务水平', '企业扩大为3000户家庭带来了就业'],
  },
  {
    word: '为',
    pinyin: 'wéi',
    before: SHARE,
    after: '\\p{Script=Han}{1,6}的(?:百分之|[0-9０-９]|[一二三四五六七八九十两]+(?:倍|成))',
    example: '奖励标准为当年实缴税款的百分之三十',
    keep: [],
  },
  { word: '为', pinyin: 'wéi', before: '久久', after: '功', example: '生态修复没有捷径，只能久久为功', keep: [] },
  { word: '一', pinyin: 'yì', after: '以贯之', example: '这项好传统要一以贯之地坚持下去', keep: [] },
  { word: '一', pinyin: 'yì', before: '举', after: '反三', example: '整改要举一反三，防止问题反弹', keep: [] },
  // 一 beginning 一直, 一起, 一样 … after a word ending in 统 (传统一直, 系统一直, 总统一起): pinyin-pro reads
  // 统一 across the two words, and the word's 一 yī ends it. Sandhi as elsewhere: yì before tones 1–3,
  // yí before tone 4. Not 体系统一 (体系 + 统一).
  { word: '一', pinyin: 'yì', before: '(?:传|(?<!体)系|总)统', after: '[直起般同体]', example: '这个传统一直传承至今', keep: ['管理体系统一起来'] },
  { word: '一', pinyin: 'yí', before: '(?:传|(?<!体)系|总)统', after: '[定致样切向道并再]', example: '这套系统一样好用', keep: ['管理体系统一样式'] },
  { word: '一发', pinyin: 'yí fà', before: '牵', example: '财税改革牵一发而动全身', keep: [] },
  {
    word: '劲',
    pinyin: 'jìn',
    before: '[松吃鼓较费泄卯铆憋攒使]',
    notBefore: JING_WORD_END,
    notAfter: '[敌旅草射风]',
    example: '越是接近目标，越不能松劲',
    keep: [],
  },
  {
    word: '只',
    pinyin: 'zhī',
    before: '(?<![统唯万第专单])[一两二三四五六七八九十几每半]',
    notAfter: ZHI_ADVERB_AFTER,
    example: '巡查中发现一只储气罐阀门老化',
    keep: ['全市统一只收一次费', '万一只有一个人报名怎么办', '这两只是样品'],
  },
  {
    word: '得',
    pinyin: 'de',
    before: '[留守稳坐靠挡站顶沉扛管兜撑拴压忍记]',
    after: '住(?![房宅院户址所])',
    example: '山区要让年轻人回得来、留得住',
    keep: ['他获得住房补贴'],
  },
  {
    word: '得',
    pinyin: 'de',
    before: '[放铺打摆展拉推撑躲离]',
    after: '开(?![发展始工会放业办设心支出通采庭门])',
    example: '新业态既要管得住，也要放得开',
    keep: ['企业赢得开门红'],
  },
  {
    word: '当',
    pinyin: 'dàng',
    notBefore: '[每相应适正担充典上妥恰便勾家承难空一]',
    after: `[天日年月](?:即可|即|就|便)?${SAME_TIME_DONE}`,
    example: '这批企业当年开工、当年投产',
    keep: ['每当天就签约的好消息传来'],
  },
  { word: '空', pinyin: 'kòng', notBefore: '[天高航太领真]', after: '置(?![于在])', example: '村里盘活空置农房十余幢', keep: [] },
  { word: '空', pinyin: 'kòng', before: '(?:[块片的在]|一片|一块)', after: '地(?:[上里中，。、；]|上)', example: '小区的空地上建起了健身场地', keep: ['天空地面一体化监测网'] },
  { word: '行', pinyin: 'xíng', before: '[执运进履施推实试发旅出通流盛举践]', after: '情况', example: '会议听取了全年计划执行情况的汇报', keep: ['会议听取了银行情况通报'] },
  {
    word: '相',
    pinyin: 'xiāng',
    notBefore: '[首真宰丞亮面手扮品卖长变色破凶福]',
    after: '关(?![键口卡头门节注心照])',
    example: '按照相关规定予以处理',
    keep: ['首相关注此事', '真相关键在于证据'],
  },
  { word: '调', pinyin: 'tiáo', before: '时', after: '整(?![体个套条片天年夜])', example: '企业要及时调整经营策略', keep: [] },
  // 得 de before a word of degree (发展得很快, 日子过得越来越红火, 头晕得厉害) whatever the verb before it, and before
  // 好 ending a clause (发展得好，); not where 得 ends a word read dé (获得, 取得, 赢得, 争得 …).
  // Not right after a person (你得很小心, 我们得非常小心): there 得 is the modal děi, "must".
  { word: '得', pinyin: 'de', notBefore: `(?:${DE2_WORD_HEAD}|${PERSON_BEFORE_MODAL})`, after: '(?:很|非常|十分(?![，。；！？、,.钟]|$)|更加|越来越|特别|格外|相当|比较|挺|太|过于|厉害|要命|不得了|不行)', example: '这几年村里的民宿发展得很快', keep: ['企业取得很大进步', '他赢得非常多的掌声', '主队连得十分，将比分反超'] },
  { word: '得', pinyin: 'děi', before: PERSON_BEFORE_MODAL, after: '(?:很|非常|十分|更加|特别|格外|比较|好好|多多|赶紧|马上|立刻|抓紧)', example: '这件事你得很小心才行', keep: ['他们跑得很快', '她笑得很开心'] },
  { word: '得', pinyin: 'de', notBefore: DE2_WORD_HEAD, after: '好(?=[，。；！？”]|$)', example: '乡村振兴这篇文章，我们要做得实、发展得好。', keep: ['企业取得好的开局', '他在比赛中难得好，'] },
  // 了 le between a verb of getting or doing and a word beginning with 解 (问题得到了解决, 进行了解读):
  // pinyin-pro and the model take 了解 liǎojiě across the two words.
  { word: '了', pinyin: 'le', before: '(?:得到|进行|作|做|给予|予以|加以|开展|有)', after: '解(?:决|答|读|释|除|冻|剖|说|锁|码|困|难|题|忧)', example: '居民反映的停车难问题得到了解决', keep: ['他了解决策的过程'] },
];
