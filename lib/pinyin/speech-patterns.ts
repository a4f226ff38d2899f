// Constructions of reported speech, social news (110 and 119 briefs, traffic accidents, 调解,
// fraud warnings), services and consumer news, and industry pages, in which a polyphonic
// character's reading follows from the words around it where pinyin-pro or the benchmark-trained
// model reads it otherwise. Readings from the Xiandai Hanyu Cidian (7th ed.):
//   得 de (助词: the potential complement 用得上, 买得起, 干得了; the degree complement 冷清得很;
//   舍不得, 恨不得 and the other dictionary words ending in 不得 de) and děi (需要: 就得起床);
//   了 liǎo (干得了, 受不了 at a clause's end; the second 了 of 吃不了了 is le);
//   种 zhòng (种植: 种玉米, 种上了油菜); 假 jià (请了三天假); 称 chèn (称身); 卡 qiǎ (鱼刺卡在喉咙里,
//   卡住); 行 háng (干这行); 干 gàn (干了一辈子, 干得了, 干不完); 恶 ě (恶心); 涨 zhàng (脸涨得通红); 载 zài (载满);
//   解 jiè (解押回, 'escort back'); 冲 chòng (冲压 'stamp metal', 冲床; not 冲压发动机, a ramjet); 量 liáng (量了量); 调 tiáo (prices: 下调, 调高);
//   分 fèn (分量, a portion); 应 yīng (应尽的责任, 应有的); 为 wéi (不为所动, 为所欲为).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';
import { wordTable } from './reader-data';

/** Pronouns and adverbs before 得 that make it the modal děi or the verb dé, not a complement's 得. */
const NOT_VERB_BEFORE = '[我你他她它们咱谁人家就都也还又才可总必只先再该应须]';

/** The particle 得 after `text[start - 1]`: no dictionary word 获得, 取得, 赢得 (dé) or 总得 (děi) ends there. */
function complementDe(text: string, start: number): boolean {
  const prev = text[start - 1] ?? '';
  if (!/\p{Script=Han}/u.test(prev)) return false;
  const r = wordTable().reading(`${prev}~`, '得');
  return r !== 'de2' && r !== 'dei3';
}

/** 舍不得, 恨不得, 怪不得 …: a dictionary word "X不得" that reads its 得 de (not 不得 "must not"). */
function buDeWord(text: string, start: number): boolean {
  const prev = text[start - 2] ?? '';
  return /\p{Script=Han}/u.test(prev) && wordTable().reading(`${prev}不~`, '得') === 'de5';
}

/** Prices, fees and rates that are raised or lowered (调 tiáo), before 上调/下调/调高/调低. */
const PRICE = '(?:价|费|率|税|息|租金|工资|薪酬|标准|额度|门槛|基数|指标)';
/** Crops and plants that are sown (种 zhòng). */
const CROP =
  '(?:玉米|水稻|早稻|晚稻|油菜|蔬菜|小麦|大豆|土豆|番薯|红薯|西瓜|花生|棉花|果树|茶树|树苗|树|庄稼|粮食|稻子|麦子|豆子|瓜果|地(?![区方点址震铁下])|田(?![园野径])|菜(?![市场单品系]))';

export const SPEECH_PATTERNS: readonly Correction[] = [
  // —— 得 and 了 in complements ——
  {
    // The potential complement: 干得了, 受得了吗, 做得了主 (de liǎo); not 获得了。 or 他得了病.
    word: '得了',
    pinyin: 'de liǎo',
    notBefore: NOT_VERB_BEFORE,
    after: '(?:[，。！？；、”」…,.!?;]|$|吗|吧|呢|啊|呀|主)',
    when: (text, start) => complementDe(text, start),
    example: '“重活我们也干得了。”',
    keep: ['他终于获得了。', '他得了。'],
  },
  {
    // 吃不了了 / 走不了了: the second 了 is the particle le (pinyin-pro reads both liǎo); not 不了了之.
    word: '了',
    pinyin: 'le',
    before: '\\p{Script=Han}不了',
    after: '(?:[，。！？；、”」…,.!?;]|$|吗|吧|呢|啊)',
    example: '“菜太多，实在吃不了了。”',
    keep: ['这件事最后不了了之。'],
  },
  {
    // 买得起, 行得通, 听得懂, 搬得动, 吃得完: 得 de after a verb that makes no dé word with it.
    word: '得',
    pinyin: 'de',
    notBefore: NOT_VERB_BEFORE,
    after: '(?:起(?![来床诉草码身])|通(?![过知报])|懂|动(?![力态机作员手])|完(?![成善整全])|清(?![楚单洁零理水]))',
    when: (text, start) => complementDe(text, start),
    example: '这项服务让老人也用得起',
    keep: ['他取得通知书后', '患者得动手术', '老人得起身走走'],
  },
  {
    // 用得上, 赶得上, 称得上 …: 上 after the verbs that take it as a potential complement (孩子得上学 is děi).
    word: '得',
    pinyin: 'de',
    before: '[称算谈说比赶跟配用排数帮叫顾考吃住穿喝看坐买]',
    after: '上',
    when: (text, start) => complementDe(text, start),
    example: '这项服务让老人也用得上',
    keep: ['孩子得上学了'],
  },
  {
    // The degree complement at a clause's end: 冷清得很。, 疼得要命, 忙得不得了.
    word: '得',
    pinyin: 'de',
    notBefore: NOT_VERB_BEFORE,
    after: '(?:很(?=[，。！？；、”」…,.!?;]|$|呢|啊|哩)|要命|不得了|不行(?=[，。！？；、”]|$)|慌)',
    when: (text, start) => complementDe(text, start),
    example: '“老伴走后，屋里冷清得很。”',
    keep: ['他获得很多荣誉'],
  },
  {
    // 舍不得, 恨不得, 怪不得, 顾不得 … — the dictionary's de for its X不得 words; 不得超过 keeps dé.
    word: '得',
    pinyin: 'de',
    before: '\\p{Script=Han}不',
    when: (text, start) => buDeWord(text, start),
    example: '老屋要拆了，他舍不得搬',
    keep: ['任何单位不得拒收现金'],
  },
  {
    // 得 děi "must" after an adverb, before a verb: 就得起床, 还得等, 都得去 (not 就得到, 也得了奖, 只得作罢).
    word: '得',
    pinyin: 'děi',
    before: '(?:[我你他她们咱]|[^\\p{Script=Han}]|^)[^，。；！？]{0,8}?(?:就|还|都|也|总|又)',
    after: '(?:起床|出门|早起|去|上班|等|跑|排队|回|赶|走|送|交|守|靠|自己|花|找|带|重新|从头|多|少|赔|付|管|还(?=[，。！？；”]))',
    example: '“我每天早上五点就得起床。”',
    keep: ['他也得到了表扬', '大家都得益于这项政策'],
  },
  // —— 种 / 数 / 假 / 差 / 称 / 卡 ——
  {
    word: '种',
    pinyin: 'zhòng',
    notBefore: '[这那哪每各某几一二两三四五六七八九十多此该同本品物良杂播选育树稻麦特鱼蚕兵工人剧语军菌何亚变纯原火菜花果茶草瓜豆谷绝灭有]',
    after: `(?:上|满)?${CROP}`,
    example: '合作社今年种玉米三百亩',
    keep: ['这种玉米产量高', '优良品种水稻', '一种树'],
  },
  { word: '种', pinyin: 'zhòng', notBefore: '[这那哪每各某几一二两三四五六七八九十多此该同本品物良杂播选育]', after: '[上满](?:了|着)', example: '荒坡上种满了桃树', keep: ['这种上市公司不多'] },
  { word: '数', pinyin: 'shǔ', notBefore: '[人总多少次岁倍基]', after: '(?:钱|票子)(?![款财包])', example: '“他一边数钱一边笑。”', keep: [] },
  {
    // 请了三天假, 休了一周假, 放了两天假: the leave (jià) with its length in between.
    word: '假',
    pinyin: 'jià',
    before: '[请休放销][了过]?(?:[一二两三四五六七八九十几半0-9０-９]+(?:天|日|周|个月|个星期|年|小时)(?:的)?|几天|半天)',
    example: '她请了三天假，回老家照顾母亲',
    keep: [],
  },
  { word: '差', pinyin: 'chà', before: '比[^，。；！？]{1,10}', notBefore: '[误温时落偏色逆级视价顺反公等极音出交兼当听苦美肥邮度位压间格龄额距]', after: '(?:一些|一点|些|点|得多|很多|不少|远了|多了)', example: '今年的收成比去年差一些', keep: ['两地比较温差一些'] },
  { word: '称', pinyin: 'chèn', before: '(?:挺|很|不|正|也|都|又|还|十分|非常|特别|比较)', after: '身(?![份高体])', example: '这件衣服挺称身的', keep: ['他称身体不适'] },
  {
    word: '卡',
    pinyin: 'qiǎ',
    notBefore: '[张行用员保交饭房门磁值号银信公医社借油签打刷持凭]',
    after: '(?:在了?(?:喉咙|嗓子|咽喉|食道|气管|喉)|住(?![房宅户址院所宿店]))',
    example: '一根鱼刺卡在喉咙里，孩子哭个不停',
    keep: ['银行卡在取款机里被吞了', '持卡住宿可享八折'],
  },
  // —— 行 / 干 / 恶 / 涨 / 载 / 解 / 冲 / 量 ——
  { word: '行', pinyin: 'háng', before: '(?:干|做|吃|入|进|混|从事|转)(?:我们|咱们|你们|他们|她们)?(?:这|那|哪|本|同)', example: '“干我们这行的，最怕下雨天。”', keep: [] },
  {
    word: '干',
    pinyin: 'gàn',
    notBefore: '[晒风烘擦吹烤阴揩抹饼烧晾焙吸抽烫熬蒸煎炒榨挤拧沥]',
    after: '了(?:一辈子|半辈子|大半辈子|[一二两三四五六七八九十几多半]+(?:年|个月|十年))',
    example: '“我干了一辈子木匠，手上全是老茧。”',
    keep: ['衣服晒干了一半'],
  },
  {
    // 干得了, 干不完, 干得好: the verb gàn before a potential or result complement (not 晒干, 饼干, 干不干净).
    word: '干',
    pinyin: 'gàn',
    notBefore: '[晒风烘擦吹烤阴揩抹饼烧晾焙吸抽烫熬蒸煎炒榨挤拧沥萄卜腐笋鱼菜肉果]',
    after: '[得不](?:了|完|动|好|成|过来|下去|出来|起)',
    example: '“这么多活，一个人干不完。”',
    keep: ['衣服晒干不了', '萝卜干不好吃'],
  },
  { word: '恶', pinyin: 'ě', notBefore: '[厌憎嫌好]', after: '心(?![理态肠])', example: '“闻到那股味儿就恶心。”', keep: ['他厌恶心理咨询'] },
  { word: '涨', pinyin: 'zhàng', after: '(?:得(?:通红|满脸通红|发紫|发红|红红的)|红了)', example: '一听这话，他的脸涨得通红', keep: [] },
  { word: '载', pinyin: 'zài', notBefore: '[记转刊登连下千半一]', after: '满', example: '一辆载满建材的货车在弯道侧翻', keep: [] },
  { word: '解', pinyin: 'jiè', after: '押(?:回|至|到|往|送|进|赴)', example: '犯罪嫌疑人已被解押回杭州', keep: ['办理房产解押手续'] },
  { word: '冲', pinyin: 'chòng', notBefore: '[缓对反]', after: '(?:压(?:车间|件|机(?!场)|设备|模|工艺|成型|线|生产|工|零件|加工|厂)|床)', example: '冲压车间里，机械臂一刻不停', keep: ['缓冲压力', '冲压发动机'] },
  { word: '量', pinyin: 'liáng', notBefore: '[数质产流分总重能力含容]', after: '[了一]量', example: '他用卷尺量了量门框的宽度', keep: [] },
  // —— 调 / 分 / 应 / 为 ——
  { word: '调', pinyin: 'tiáo', before: `${PRICE}[^，。；！？]{0,8}?[上下]`, notAfter: '[研查度动派任拨运取阅配遣离入]', example: '成品油价格今晚起下调', keep: ['工作效率低下调查发现'] },
  { word: '调', pinyin: 'tiáo', before: `${PRICE}[^，。；！？]{0,6}?`, notBefore: '(?<!价)格|[强声曲腔音论基色步单情笔语唱跑走借抽选外内上下]', after: '[高低]', example: '停车费调高后，顾客意见不小', keep: ['会议强调高质量发展'] },
  { word: '分', pinyin: 'fèn', notBefore: '[成部充过十百千万零划区积评得]', after: '量(?![化表子])', example: '外卖的分量越来越少', keep: ['充分量化指标'] },
  { word: '应', pinyin: 'yīng', notBefore: '[反响适对供相答理呼效感回照顺报接内策本]', after: '(?:尽(?:的|之|义务|责任|职责)|有的|得的)', example: '推卸应尽的责任', keep: ['供应有的是'] },
  { word: '为', pinyin: 'wéi', before: '不', after: '所(?:动|惑|累|困|左右)', example: '面对高薪诱惑，他不为所动', keep: [] },
];
