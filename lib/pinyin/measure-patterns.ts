// Readings of measures and quantities, and of a few verbs, idioms and modal uses, that follow from
// the words around them, where pinyin-pro or the benchmark-trained model reads the commoner sense
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word):
//   石 dàn and 斗 dǒu of the old measures of grain after a numeral (三石米, 上千石谷子, 十斗为一石, 一斗米;
//   XH 石 dàn: 市制容量单位，十斗为一石; shí of 太湖石, 一石二鸟; dòu of 斗智斗勇); 斗 dǒu of a measuring
//   vessel (木斗, 铜斗); 片 piān before 儿 in 相片儿, 画片儿, 唱片儿, 影片儿 (XH 片 piān 〈口〉); 量 liáng of
//   measuring rice (用碗量米; liàng of 大量米面); 中 zhòng of 中暑 (not 集中暑期) and of a lottery win
//   (彩票中了五百万元); 强 qiǎng of 强人所难 and 强颜 (强颜欢笑); 贾 gǔ of a merchant (商贾, 巨贾, 徽商大贾;
//   the surname Jiǎ elsewhere); 还 huán of 还以颜色 and of a thing given back (还了回去); 扎 zā of plaits
//   (扎两个小辫, 扎头发); 和 huó of dough kneaded to wrap dumplings (和面包饺子; hé of 牛奶和面包); 得 děi
//   "must" before 抓紧 / 赶紧 …, before 多 + a verb (出门得多穿点), and after 也 / 至少 … before a span of
//   time (少说也得半年) or before a verb said twice (得修一修), never after the verbs that make a word
//   with 得 (记得, 懂得, 觉得 …); 为 wéi "equals, is" between two quantities (十斗为一石) and after 约 /
//   平均 / 分别 before a figure closing the clause (约为二十四小时); 种 zhòng of growing well (要种好,
//   把地种好; not 这种好茶); 了 le before 当天 / 当日, and 了当 le dāng after a verb of recalling (再现了当年).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END, NUMERAL, ZHONG_COUNTED_BY } from './pattern-classes';

/** What the old grain measures count (一斗米, 两石谷子). */
const GRAIN = '[米谷粮稻麦豆粟黍酒盐]';
/** Words of amount before a numeral and a measure that ends the clause (约两石, 十斗为一石, 收了三斗). */
const AMOUNT = '(?:约|为|合|是|有|共|收了?|打了?|产|交了?|缴了?|借了?|卖了?|只剩|剩下)';
/** Measures of capacity, weight and length that one quantity is said to equal another in (十斗为一石, 一公里为一千米). */
const UNIT = '(?:斗|石|升|斤|尺|寸|丈|里|亩|公里|公斤|千克|克|吨|米|厘米|毫米)';
/** A figure and what it counts ending the clause (约为三百平方米。), not a count of people or homes served (约为3000户家庭提供服务). */
const FIGURE_ENDING = '[0-9０-９.．%％〇零一二两三四五六七八九十百千万亿几余多]+[^，。；、！？\\s户人名家位所]{0,5}?(?:[，。；、！？）]|左右|以上|以下|$)';
/** Verbs and adjectives that make a word or a complement with 得 before what follows (记得, 觉得, 好得多). */
const DE_WORD_BEFORE = '(?:[记懂觉晓显值使免省落获取认博难求夺争赢舍]|[舍巴恨怪由顾来]不)';

export const MEASURE_PATTERNS: readonly Correction[] = [
  // 石 dàn of the measure after a numeral, before grain (三石米, 上千石谷子); shí of 一石二鸟, 太湖石.
  { word: '石', pinyin: 'dàn', before: NUMERAL, after: GRAIN, example: '那年大旱，一家人只收了三石米', keep: ['一石二鸟', '园里立着三块太湖石。', '这块石头重达十吨'] },
  // …and ending a clause after a verb of amount (约两石。, 十斗为一石，); not in a classical line, where the
  // dictionary reads shí (盖数千万石，而…; XH: 古书中读 shí).
  { word: '石', pinyin: 'dàn', before: `${AMOUNT}${NUMERAL}+`, after: CLAUSE_END, example: '据县志记载，清代这一带水田亩产稻谷约两石', keep: ['岁漕米四百万石，以实京师。'] },
  // 斗 dǒu of the measure after a numeral (一斗米, 五斗米); dòu of 斗智斗勇, 批斗.
  { word: '斗', pinyin: 'dǒu', before: NUMERAL, notBefore: '斗了?一', after: `(?:${GRAIN}|一斗|为${NUMERAL}|${CLAUSE_END})`, example: '那时候，一斗米要走十几里山路去换', keep: ['两支队伍斗智斗勇', '他们又斗了一场。', '两人不服气，又斗了一斗。'] },
  // The second of 一斗一斗 (a measure counted out one by one); not 斗一斗 "have a fight".
  { word: '斗', pinyin: 'dǒu', before: '一斗一', example: '老人一斗一斗地把米倒进袋里', keep: ['两人要斗一斗'] },
  // 斗 dǒu of a measuring vessel of wood or metal (木斗, 铜斗); not 钢铁斗志, 铁斗士.
  { word: '斗', pinyin: 'dǒu', before: '[木铜竹锡]', notAfter: '[士争志殴气智法]', example: '博物馆收藏的这只铜斗是清代粮行用的量器', keep: ['孩子们搭积木斗智斗勇'] },
  // 片 piān before 儿 in 相片儿, 画片儿, 唱片儿, 影片儿 (XH); piàn without 儿.
  { word: '片', pinyin: 'piān', before: '[相画唱影]', after: '儿', example: '他翻出了一张五十年前的老相片儿', keep: ['他翻出了一张老相片'] },
  // 量 liáng of measuring out rice (用碗量米); liàng of 大量米面, 产量.
  { word: '量', pinyin: 'liáng', notBefore: '[大产用重数质容含能流剂销总存供需余海雅器测计衡少适过]', after: '米(?![饭粉线])', example: '奶奶每顿饭都用小碗量米下锅', keep: ['超市里储备了大量米面', '今年的产量米商都很满意'] },
  // 中暑 zhòngshǔ; not 集中暑期 / 其中暑假 (中 closes a word before 暑期 / 暑假).
  { word: '中暑', pinyin: 'zhòng shǔ', notAfter: '[期假气热天]', example: '连续高温，工地上有一名工人中暑', keep: ['学校集中暑期培训教师'] },
  // 中 zhòng of a lottery win (彩票中了五百万元, 中了头奖); not 彩票中心.
  { word: '中', pinyin: 'zhòng', before: '(?:彩票|奖券|福彩|体彩|双色球|大乐透|刮刮乐)', after: '(?:了|过)', example: '这位市民买彩票中了五百万元', keep: ['他在彩票中心工作'] },
  { word: '中', pinyin: 'zhòng', after: '了(?:[一二三]等奖|头奖|大奖|特等奖|头彩)', example: '他去年中了头奖', keep: [] },
  // 强 qiǎng "force oneself / others" in 强人所难 and 强颜 (强颜欢笑; CC-CEDICT qiǎng).
  { word: '强人所难', pinyin: 'qiǎng rén suǒ nán', example: '做群众工作不能强人所难' },
  { word: '强', pinyin: 'qiǎng', after: '颜(?:欢笑|为笑|作笑)', example: '她强颜欢笑，不让家人担心', keep: [] },
  // 贾 gǔ of a merchant (商贾, 巨贾, 富商大贾, 徽商大贾); the surname Jiǎ elsewhere (店长贾晓东).
  { word: '贾', pinyin: 'gǔ', before: '(?:商|巨|商大|富大|盐|书)', notAfter: '(?:先生|女士|老板|师傅|经理|老师|某|总)', example: '这座古镇自古商贾云集', keep: ['超市店长贾晓东说', '做电商贾先生是行家'] },
  // 还 huán in 还以颜色 and of a thing given back (用完就还了回去); hái of 他还回来过一次.
  { word: '还', pinyin: 'huán', after: '以颜色', example: '客队很快还以颜色，连进两球', keep: [] },
  { word: '还', pinyin: 'huán', after: '了(?:回去|回来)', example: '借邻居的梯子用完就还了回去', keep: ['他还回来过一次'] },
  // 扎 zā of plaits and hair tied (扎两个小辫, 扎头发); not 扎根, 扎实.
  { word: '扎', pinyin: 'zā', notBefore: '[挣驻安包]', after: '(?:了|起|上)?(?:[一两三几]?个)?小?(?:辫|马尾|发髻|头发|羊角)', example: '她每天早上给女儿扎两个小辫', keep: ['把根扎在乡村'] },
  // 和 huó of dough kneaded to wrap or steam (和面包饺子); hé of 买了牛奶和面包.
  { word: '和', pinyin: 'huó', after: '面(?=包(?:饺子|包子|馄饨|粽子)|蒸|擀|做(?:包子|馒头|面条|饺子))', example: '妈妈在厨房里和面包饺子', keep: ['早餐是牛奶和面包'] },
  // 得 děi "must" before 抓紧 / 赶紧 / 尽快 (这事得抓紧办); not 记得抓紧, 懂得抓紧时间.
  { word: '得', pinyin: 'děi', notBefore: DE_WORD_BEFORE, after: '(?:抓紧|赶紧|赶快|尽快|抓住)', example: '这事得抓紧办，不能拖', keep: ['年轻人要懂得抓紧时间', '你记得赶紧回电话'] },
  // 得 děi before 多 + a verb (出门得多穿点, 天热得多喝水); not 好得多, 吃得多走得少.
  { word: '得', pinyin: 'děi', notBefore: `(?:${DE_WORD_BEFORE}|[吃喝说做干跑走用买卖花睡想看读写学练赚挣])`, after: '多(?:穿|喝|吃|加|备|带|听|陪|留|注意|休息|锻炼|走动)', example: '天冷了，出门得多穿点', keep: ['他吃得多走得少', '这里比城里热得多。'] },
  // 得 děi "take" after 也 / 至少 / 起码 … before a span of time (少说也得半年); 就得 is in report-patterns.
  { word: '得', pinyin: 'děi', before: '(?:也|至少|起码|最少|少说|怎么也|总)', after: '[一两二三四五六七八九十几半]+(?:个)?(?:天|小时|钟头|年|个月|星期|礼拜|分钟)', example: '修好这段路少说也得半年', keep: ['他也得了两个月的奖金'] },
  // 为 wéi "equals" between two quantities (十斗为一石, 一公里为一千米); wèi of 花三万元为村民修路.
  { word: '为', pinyin: 'wéi', before: `${NUMERAL}${UNIT}`, after: `${NUMERAL}+${UNIT}`, example: '按旧制，十斗为一石', keep: ['村里花三万元为村民修了路'] },
  // 为 wéi "is" after 约 / 平均 … before a figure that ends the clause (约为二十四小时。); wèi of 约为3000户家庭提供服务.
  { word: '为', pinyin: 'wéi', before: '(?:约|大约|平均|均|分别)', after: FIGURE_ENDING, example: '地球自转一周约为二十四小时', keep: ['这家服务站每年约为3000户家庭提供上门服务', '每天约为100人服务。'] },
  // 种 zhòng of growing well after a modal or 把 + the field (要种好这片茶园, 把地种好); zhǒng of 这种好茶, 本地种好吃.
  { word: '种', pinyin: 'zhòng', before: '(?:要|想|能|会|得|去|来|好好|用心|认真|把[^，。；！？]{1,4})', notBefore: `[${ZHONG_COUNTED_BY}品良新]`, after: '好', example: '想要种好茶，得先把土壤改良好', keep: ['把这种好茶送给远方的朋友', '本地种好吃又好种'] },
  // 得 děi before a verb said twice with 一 (得修一修, 得想一想); not 记得想一想, 长得一表人才.
  { word: '得', pinyin: 'děi', notBefore: DE_WORD_BEFORE, after: '(\\p{Script=Han})一\\1', example: '菜刀的刀把松了，得修一修', keep: ['你记得想一想', '他长得一表人才'] },
  // 了 le before 当天 / 当日 (介绍了当天的安排: the model reads 了当 liǎodàng of 直截了当).
  { word: '了', pinyin: 'le', notBefore: '[截捷脆]', after: '当[天日]', example: '他在会上介绍了当天的安排', keep: [] },
  // 了当 le dāng of those years after a verb of recalling (回忆了当年, 再现了当年); 当年 of the same year stays.
  { word: '了当', pinyin: 'le dāng', before: '(?:回忆|再现|重温|讲述|回顾|还原|想起|忆起|见证|记录|说起|讲起|谈起|怀念|重现|追忆)', after: '年', example: '展览再现了当年运河边的繁华景象', keep: [] },
];
