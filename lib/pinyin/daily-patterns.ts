// Constructions of everyday local news — village and street life, hospitals, markets, families,
// crafts and sport — in which a polyphonic character's reading follows from the words around it,
// where pinyin-pro or the benchmark-trained model reads a word across the construction instead
// (Xiandai Hanyu Cidian, 7th ed.):
//   都 dōu after a place word in 上 (会上都, 早上都, 身上都: pinyin-pro reads 上都 Shàngdū, the Yuan
//   capital); 边 biān in 边…边… (老街上边走边看: not 上边 shàngbian); 攒 zǎn (积蓄: 攒了一笔钱; not 攒动,
//   攒尖顶 cuán); 传 chuán with 了 (传了五代人: zhuàn is a noun); 得 de before a verb's "cannot"
//   complement (哑得说不出话); adverbial 地 de after words of manner (紧张地施工, 忙碌地穿梭); 干 gàn
//   (做: 一干就是二十年, 再干几年, 干出来的, 明天就开始干); 倒 dào (把水倒掉); 扇 shān (一边扇); 曾 céng (老兵曾参加过, not the name 曾参); 服 fù (几服中药); 弄 nòng (哪里弄来的, not 里弄); 色 shǎi (掉色); 种 zhòng (各自种); 冲 chòng (说话冲); 劲 jìn (劲往一处使); 累 lèi (疲劳: 累了一天); 数 shǔ before 着 (数着零钱).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import { DI_NOUN_AFTER, type Correction } from './correction-table';
import { DRY_BEFORE, JIAO_WORD_END } from './usage-patterns';
import { EVERYDAY_PATTERNS, WORD_WITH_DE } from './everyday-patterns';
import { ENCYCLOPEDIC_PATTERNS } from './encyclopedic-patterns';
import { FIELD_PATTERNS } from './field-patterns';
import { HOUSEHOLD_PATTERNS } from './household-patterns';
import { MEASURE_PATTERNS } from './measure-patterns';
import { IDIOM_PATTERNS } from './idiom-patterns';
import { FUNCTION_PATTERNS } from './function-patterns';
import { SECTION_PATTERNS } from './section-patterns';
import { MIXED_REGISTER_PATTERNS } from './mixed-register-patterns';
import { CONTRAST_PATTERNS } from './contrast-patterns';
import { GENERAL_TEXT_PATTERNS } from './general-text-patterns';
import { COLLOQUIAL_PATTERNS } from './colloquial-patterns';
import { KIND_PATTERNS } from './kind-patterns';
import { SENSE_PATTERNS } from './sense-patterns';
import { VERB_SENSE_PATTERNS } from './verb-sense-patterns';
import { USAGE_SENSE_PATTERNS } from './usage-sense-patterns';

/** Words of manner before an adverbial 地 that the generic list of the correction table lacks. */
const MANNER =
  '(?:自发|自觉|悠闲|安详|懒洋洋|慢吞吞|紧张|忙碌|小心|热心|细致|专注|用心|尽情|顽强|勇敢|幸福|愉快|快乐|欢快|满意|惊喜|好奇|从容|艰难|缓慢|大胆|轻松|反复|默契|津津有味|不厌其烦|一丝不苟|争先恐后|小心翼翼|井然有序|有条不紊|源源不断|轻声细语|因地制宜|实事求是|循序渐进|有计划|有步骤|有组织|有重点|全方位|多层次|高标准|高质量|历史性|前瞻性|系统性|不好意思|意味深长|语重心长|心平气和|兴高采烈|不约而同|情不自禁|毫不犹豫|毫不客气|笑眯眯|乐呵呵|喜滋滋|美滋滋|急匆匆|慢悠悠|大声|小声|高声|低声|轻声|自由自在|无忧无虑|悠然自得|全神贯注|聚精会神|慢条斯理|井井有条|绘声绘色|滔滔不绝|兴致勃勃|恋恋不舍|依依不舍|按部就班|马不停蹄|夜以继日|争分夺秒|坚定不移|义无反顾|稳扎稳打|闷闷不乐|郁郁寡欢|垂头丧气|无精打采|怒气冲冲|兴冲冲|气呼呼|若有所思)';

/** Measure words counted one by one (一张一张地, 一步一步地). */
const COUNT = '[个张步件点口笔针下遍次家户层页句字棵块批趟座条项道封本把天年处瓣捆片颗粒勺株根盆筐包袋箱间排段节轮拨波组队茬]';

export const DAILY_PATTERNS: readonly Correction[] = [
  // 都 dōu after 上 ending a place or time word; not the Yuan capital 元上都 / 上都遗址.
  { word: '都', pinyin: 'dōu', before: '(?<!元)上', notAfter: '(?:城|遗址)', example: '大家在会上都发了言，提了不少建议', keep: ['元上都遗址是世界文化遗产'] },
  // 边 biān opening 边A边B after a place in 上 or 里, which pinyin-pro reads as 上边 / 里边.
  { word: '边', pinyin: 'biān', before: '[上里]', after: '\\p{Script=Han}{1,3}边', example: '游客们在老街上边走边看', keep: ['院子里边有一口井，井边种着花'] },
  // 攒 zǎn "save up" with what is saved or how much (攒了, 攒下, 攒钱); not cuán of 攒动, 攒尖顶 or the bracket sets of 斗拱 (两攒).
  { word: '攒', pinyin: 'zǎn', after: '(?:了|下|够|足|起|钱|点|些|着)', example: '这是夫妻俩攒了好几年的积蓄', keep: ['广场上人头攒动', '大殿为方形攒尖顶', '明间平身科两攒，其他间各一攒'] },
  // 传 chuán "hand down" with the aspect 了; not the noun of 自传, 立传 (这本自传了不起).
  { word: '传', pinyin: 'chuán', notBefore: '[自作立列史评]', after: '了', example: '这个传统手艺已经传了五代人', keep: ['这本自传了不起'] },
  // 得 de before a verb and its "cannot" complement (哑得说不出话, 累得抬不起头); not 得不到, 取得.
  {
    word: '得',
    pinyin: 'de',
    notBefore: '[获取赢博难求夺争]',
    after: '(?!不)\\p{Script=Han}不[出过起开动住清完拢]',
    example: '她得了重感冒，嗓子哑得说不出话来',
    keep: ['这样做得不偿失', '他得不到大家的支持'],
  },
  // Adverbial 地 de after a word of manner (the correction table lists the commonest ones).
  { word: '地', pinyin: 'de', before: MANNER, notAfter: DI_NOUN_AFTER, example: '工人们正在紧张地施工', keep: ['紧张地区的局势有所缓和'] },
  // 干 gàn "work": 一干就是…, and 再干 / 还想干 + a span of time or 下去.
  { word: '干', pinyin: 'gàn', before: '一', after: '就', example: '他在这个岗位上一干就是二十年', keep: ['他们一干人等被带走调查', '把碗里的饭吃得一干二净'] },
  { word: '干', pinyin: 'gàn', before: '(?:再|还想|想|还要|要|能|肯)', after: '(?:几年|几天|几个月|下去|一辈子|[一两三四五六七八九十]+年)', example: '他还想再干几年，把村里的路修好', keep: ['地面还干着'] },
  // 干 gàn with what the work brought about (一起干出来的, 干出了名堂); not 晒干, 烘干 ….
  { word: '干', pinyin: 'gàn', notBefore: DRY_BEFORE, after: '出(?:来|了|名堂|成绩|一番|一片)', example: '这都是大家一起干出来的', keep: ['把萝卜晒干出售'] },
  // 干 gàn closing a clause after a word of setting to work (明天就开始干, 大家接着干); not 晒干.
  { word: '干', pinyin: 'gàn', before: '(?:开始|接着|继续|一起|带头|拼命|动手|放手|撸起袖子|甩开膀子)', after: '(?:[，。！？；、”]|$|起来|下去)', example: '商量好了，明天就开始干。', keep: ['雨停后路面开始干燥'] },
  // 倒 dào "pour" in 把…倒掉 / 倒进 / 倒入 (把杯子里的水倒掉); not 把树刮倒了.
  { word: '倒', pinyin: 'dào', before: '把[^，。；！？]{1,8}', after: '(?:掉|进|入|在杯|在碗|在锅|满)', example: '他把杯子里的水倒掉，重新泡了一杯茶', keep: ['大风把路边的树刮倒了'] },
  // 扇 shān "fan" as a verb after 边 / 着 / 不停地 (一边扇一边说话); not 两扇窗户.
  { word: '扇', pinyin: 'shān', before: '(?:一边|边|着|轻轻地?|不停地?|使劲)', notAfter: '[子面形门窗叶贝]', example: '他拿着一把扇子，一边扇一边说话', keep: ['屋子这边扇窗户朝南'] },
  // 曾 céng "once" before 参加 / 参与 … (这位老兵曾参加过: read as the name 曾参 Zēng Shēn).
  { word: '曾', pinyin: 'céng', after: '参(?:加|与|观|军|战|赛|演|评|选|展)', example: '这位老兵曾参加过解放战争', keep: [] },
  // 服 fù, the measure word of doses of Chinese medicine (开了几服中药).
  { word: '服', pinyin: 'fù', before: '[一二两三四五六七八九十几每]', after: '(?:中药|汤药|药)', example: '老中医给病人把脉，开了几服中药', keep: ['服药后要多休息'] },
  // 弄 nòng "get, make" before its complement (从哪里弄来的: pinyin-pro read 里弄 lǐlòng "lanes"); not a numbered lane (12弄到底).
  { word: '弄', pinyin: 'nòng', notBefore: '[0-9０-９]', after: '(?:[来到得坏丢清懂错砸伤脏乱]|好了|明白)', example: '这些材料是从哪里弄来的？', keep: ['清波街12弄到底是一堵墙'] },
  // 色 shǎi in 掉色 (colloquial, the dictionary's diào//shǎi); 冲 chòng "blunt" of speech (说话也冲; not 冲动).
  { word: '色', pinyin: 'shǎi', before: '掉', example: '这件衣服洗了几次就掉色了', keep: [] },
  { word: '冲', pinyin: 'chòng', before: '说话(?:也|很|太|挺|有点|比较)?', notAfter: '[动突击刺锋浪洗破淡着]', example: '他年轻时说话也冲', keep: ['他说话很冲动'] },
  // 种 zhòng "plant" after a way of doing it (各自种, 分散种); not 各自种类.
  { word: '种', pinyin: 'zhòng', before: '(?:各自|分散|统一|集中|单独|一起|各家)', notAfter: '[类子族群植]', example: '从“各自种”到“统一管”', keep: ['各自种类不同'] },
  // 劲 jìn "strength" in 劲往一处使.
  { word: '劲', pinyin: 'jìn', after: '往', example: '心往一处想、劲往一处使', keep: [] },
  // 累 lèi "tired" with the aspect 了 (累了一天); lěi in 积累了, 连累了, 拖累了.
  { word: '累', pinyin: 'lèi', notBefore: '[积连拖牵带劳负月]', after: '了', example: '她累了一天，回到家倒头就睡', keep: ['这些年他积累了不少经验', '不能因此连累了家人'] },
  // 数 shǔ "count" before 着 (老人数着零钱: not 人数); not 人数着实.
  { word: '数', pinyin: 'shǔ', after: '着(?!实)', example: '老人数着手里的零钱', keep: ['报名人数着实不少'] },
  // 着 zhe after a verb of carrying before a cold drink or dish (带着凉茶: pinyin-pro reads 着凉 zháoliáng "catch cold").
  { word: '着', pinyin: 'zhe', before: '[带拿提端背捧喝吃泡沏煮卖放揣装盛倒]', after: '凉(?:茶|水|白开|席|菜|面|亭|鞋|粉|皮|拌|帽|棚)', example: '考场外的家长们有的还带着凉茶和扇子', keep: ['夜里要盖好被子，小心着凉'] },
  // 得 de before a state in 发 (磨得发亮, 冻得发紫); not 获得发展, 取得发明专利.
  { word: '得', pinyin: 'de', notBefore: '[获取赢博难求夺争赚记懂觉值显晓使免]', after: '发(?:亮|光|烫|白|黑|红|紫|黄|麻|慌|抖|愁|胀|酸|毛|霉|软|硬|涩|苦|僵|怵|颤|呆|蒙|晕)', example: '青石板路被行人磨得发亮', keep: ['这些企业都获得发展'] },
  // 长 zhǎng "grow" before 满 (桥身长满了藤蔓: not 身长 shēncháng); not a length (路很长，满是碎石).
  { word: '长', pinyin: 'zhǎng', notBefore: '(?:[很较太更最好多延漫悠冗超]|时间|特别|比较|非常)', after: '满(?!意|足)', example: '这座石拱桥桥身长满了藤蔓', keep: ['这段山路很长，满是碎石'] },
  // 教 jiāo "teach" with what was taught or whom (教过的学生, 一直教下去); not 请教过, 宗教.
  { word: '教', pinyin: 'jiāo', notBefore: JIAO_WORD_END, after: '(?:过(?:的|我|你|他|她|不少|很多|好几|几)|下去|不了|得好|得很好)', example: '他教过的学生有好几千人', keep: ['这个问题我请教过专家'] },
  // 干 gàn "do" closing a clause after a modal (连农活都不会干); not 衣服很快会干.
  { word: '干', pinyin: 'gàn', before: '(?<![快就然慢才])(?:不会|会|肯|敢|愿意|不能|想)', after: '(?:[，。！？；、”]|$|活|事|什么|啥|家务)', example: '刚来时他连农活都不会干，', keep: ['衣服晾在外面很快会干。'] },
  // 了 le before 当时 / 当地 … (记录了当时的: pinyin-pro reads 了当 liǎodàng of 直截了当).
  { word: '了当', pinyin: 'le dāng', notBefore: '[截捷脆]', after: '(?:时|地|今|前|下|初|选|家|面|代|局|晚)', example: '铭文记录了当时的祭祀活动', keep: ['他说话直截了当'] },
  // 分 fēn "tell apart" before 出 + a contest's two sides (分出胜负, 分出高下).
  { word: '分', pinyin: 'fēn', after: '出(?:胜负|高下|高低|输赢|胜败|上下|伯仲|先后|主次|轻重|好坏|优劣|真假|对错)', example: '直到最后一秒才分出胜负', keep: [] },
  // 为 wéi "be" in 多为 after a group of people or things (受害人多为老年人); wèi "for" in 要多为群众办实事.
  { word: '为', pinyin: 'wéi', before: '[的人者员户品类种物]多', notAfter: '(?:群众|大家|人民|他人|社会|百姓|老百姓|国家|基层|企业|子孙)', example: '这起案件的受害人多为老年人', keep: ['党员干部要多为群众办实事'] },
  // 只 zhī, the measure word after hundreds, thousands and ten thousands (成千上万只鸟, 几百只白鹭); not 百万只是.
  { word: '只', pinyin: 'zhī', before: '(?:[一二两三四五六七八九十几数上成]|[0-9])[百千万]', notAfter: '[是有要能需会在见用剩靠好管想顾不得因怕够占可身字言争说为]', example: '每年冬天都有成千上万只鸟在这里栖息', keep: ['投入上百万只为一个目标'] },
  // 得 děi "must" after 就 / 也 / 还 … before what must be done (就得拆了重做, 也得去); not 就得到了.
  { word: '得', pinyin: 'děi', before: '(?:就|也|还|都|总|可|必须)', after: '(?:[拆改换修补做写跑等赔退交去走来花靠把先再多提早赶]|自己|马上|立即|赶紧|好好|重新)', example: '一个榫卯做不好，就得拆了重做', keep: ['他一到家就得到了消息'] },
  // 得 de after 过 "live" (日子过得紧巴巴的, 过得怎么样); not 通过得到, 功过得失, 经过得出.
  { word: '得', pinyin: 'de', before: '(?<![通经功])过', notAfter: '[到出失知益分奖以罪逞手票胜]', example: '日子虽然过得紧巴巴的', keep: ['通过得到的数据分析原因'] },
  // 地 de after a repeated count (一张一张地看, 一步一步地走).
  { word: '地', pinyin: 'de', before: `一${COUNT}一${COUNT}`, notAfter: DI_NOUN_AFTER, example: '他把老照片一张一张地给我们看', keep: [] },
  // 劲 jìn "strength" counted by 股 or given (憋着一股劲, 加把劲); not 一股劲风 jìng.
  { word: '劲', pinyin: 'jìn', before: '(?:股|加把)', notAfter: '[敌旅草射风]', example: '那个年代，大家心里都憋着一股劲', keep: ['一股劲风吹过山岗'] },
  // 背 bēi "carry on the back" before 扛 / 驮 (肩挑背扛).
  { word: '背', pinyin: 'bēi', after: '[扛驮]', example: '他们肩挑背扛，硬是凿出了一条水渠', keep: [] },
  // 得 de before an idiom that says how (背得滚瓜烂熟, 说得一清二楚).
  { word: '得', pinyin: 'de', notBefore: WORD_WITH_DE, after: '(?:难分难解|难解难分|滚瓜烂熟|一清二楚|清清楚楚|明明白白|干干净净|整整齐齐|井井有条|头头是道|有声有色|淋漓尽致|恰到好处|热火朝天|一干二净|乱七八糟|眉开眼笑|心花怒放|面红耳赤|泣不成声|目瞪口呆|满头大汗)', example: '她把课文背得滚瓜烂熟', keep: [] },
  // 劲 jìn summoned (憋足了劲, 鼓足了劲, 较着劲); not 劲敌, 劲旅.
  { word: '劲', pinyin: 'jìn', before: '[鼓憋使卯铆攒较加](?:足了?|着|了|起|上)', notAfter: '[敌旅草射风]', example: '两个班的同学憋足了劲，谁也不让谁', keep: [] },
  // 着 zhe after a verb of the hands before 手 (拍着手: pinyin-pro reads 着手 zhuóshǒu "set about").
  { word: '着', pinyin: 'zhe', before: '[拍握招挥搓牵拉举摆甩扶捂揣抄叉]', after: '手', example: '孩子们拍着手欢呼', keep: ['相关部门已着手调查'] },
  // 为 wéi of 评为 / 列为 … before 了 (被评为了: pinyin-pro reads 为了 wèile "in order to").
  { word: '为', pinyin: 'wéi', before: '(?:评|列|选|定|誉|命名|称|认定|确定|改)', after: '了', example: '他被评为了学校的“进步之星”', keep: ['他为了孩子辞去了工作'] },
  // 上 shang of 早上 / 晚上 / 身上 before 都 (the 都 rule above keeps pinyin-pro from 上都 Shàngdū; this keeps 上 neutral).
  { word: '上', pinyin: 'shang', before: '[早晚身]', after: '都', example: '公园里每天早上都有很多人锻炼', keep: [] },
  // 和 huó "knead" of 面粉 (把面粉和好); hé elsewhere (这方面和他们).
  { word: '和', pinyin: 'huó', before: '面粉', after: '(?:好|匀|成|了)', example: '奶奶把面粉和好，揉成一个个小面团', keep: [] },
  // 转 zhuàn "turn round" before 着 (风车不停地转着); not 运转着, 扭转着, 好转着 (zhuǎn).
  { word: '转', pinyin: 'zhuàn', notBefore: '[扭反好辗流运周倒回逆中]', after: '着', example: '风车在风中不停地转着', keep: ['这台机器一直平稳地运转着'] },
  // 数 shǔ "count" again in 数了又数.
  { word: '数', pinyin: 'shǔ', before: '数了又', example: '他把钱数了又数，生怕少了一张', keep: [] },
  // 得 de before 及时 (这场雨下得及时); not 取得.
  { word: '得', pinyin: 'de', notBefore: '[获取赢]', after: '及时', example: '这场雨下得及时，旱情得到了缓解', keep: [] },
  // 调 tiáo "adjust" up or down (音量调小了, 调低了利率); not 强调大力 …, 调到县城 (diào).
  { word: '调', pinyin: 'tiáo', notBefore: '[强协声语腔音论步基色情笔单曲格]', after: '[小大高低亮暗快慢准匀](?:了|一点|一些|些|到|至|为|，|。)', example: '他把音响的音量调小了一些', keep: ['会议强调大力推进改革'] },
  // 和 hé "and" before a word in 面 (笔试和面试, 鸡蛋和面粉: pinyin-pro reads 和面 huómiàn "knead dough"); not 用温水和面.
  { word: '和', pinyin: 'hé', notBefore: '水', after: '面(?:试|对|积|向|临|貌|料|包|条|粉|膜|具|孔|部|前|容|值|额|罩|馆|店|食)', example: '考试分笔试和面试两个环节', keep: ['奶奶在厨房里和面'] },
  // 种 zhǒng "kind" after a demonstrative (这种树木, 每种树: pinyin-pro reads 种树 zhòngshù "plant trees").
  { word: '种', pinyin: 'zhǒng', before: '[这那哪每某此]', example: '这种树木的年轮很清晰', keep: ['村民们在山上种树', '过了清明，就该种玉米了'] },
  // 说 shuō after 导游 (导游说: pinyin-pro reads 游说 yóushuì "lobby"); not 四处游说.
  { word: '说', pinyin: 'shuō', before: '(?:导|旅)游', example: '导游说，这座古塔已有一千多年的历史了', keep: ['他四处游说，希望得到支持'] },
  // 得 de before 不错 / 不够 … (发挥得不错); not 得不偿失, 得不到.
  { word: '得', pinyin: 'de', notBefore: '[获取赢博难求夺争]', after: '不(?:错|够|太|怎么|赖)', example: '主教练说，队员们发挥得不错', keep: ['这样做得不偿失'] },
  // 率 lǜ of a rate named by what is counted (占有率名列前茅); not 率先 (通过率先推行).
  { word: '率', pinyin: 'lǜ', before: '(?:占有|覆盖|满意|合格|达标|完成|执行|使用|利用|到位|出勤|入学|就业|升学|发病|死亡|出生|转化|周转|回收|知晓|参保|普及|治愈|准确|中标|优良|及格|录取|入住|出租|空置|流失|失业|渗透|办结|结案|化解|联网|整改)', notAfter: '先', example: '这家企业的产品在国内市场的占有率名列前茅', keep: ['该县通过率先推行改革取得成效'] },
  // 家 jiā of 外婆家 / 老婆家 (pinyin-pro reads 婆家 pójia "husband's family").
  { word: '家', pinyin: 'jiā', before: '(?:外|老|外祖)婆', example: '小时候，外婆家门前有一条小河', keep: [] },
  // 得 de before 能 and what it makes possible (河水清得能看见小鱼); not 获得能量, 取得能力.
  { word: '得', pinyin: 'de', notBefore: '[获取赢博难求夺争懂觉值显晓使免记]', after: '能(?:看|听|照|映|装|容|放|坐|站|住|数|拧|挤|捏|闻|摸|感)', example: '河水清得能看见游来游去的小鱼', keep: ['植物通过光合作用获得能量'] },
  // 种 zhòng of 播种面积 (the dictionary's bōzhòng "sow by broadcasting": ~面积).
  { word: '种', pinyin: 'zhòng', before: '播', after: '面积', example: '全年粮食播种面积二十万亩', keep: [] },
  // 都 dōu after 花 (浪花都干净, 鲜花都开了: pinyin-pro reads 花都 Huādū, the district); not 花都区.
  { word: '都', pinyin: 'dōu', before: '花', notAfter: '[区市]', example: '让每一朵浪花都干净', keep: ['广州花都区'] },
  // 得 de before 正是 / 正好 (这场雨下得正是时候, 来得正好); not 获得正式编制.
  { word: '得', pinyin: 'de', notBefore: '[获取赢博难求夺争懂觉值显晓使免记]', after: '正(?:是|好|巧|合适|当时)', example: '这场雨下得正是时候', keep: ['他获得正式编制'] },
  ...EVERYDAY_PATTERNS,
  ...HOUSEHOLD_PATTERNS,
  ...FIELD_PATTERNS,
  ...ENCYCLOPEDIC_PATTERNS,
  ...MEASURE_PATTERNS,
  ...IDIOM_PATTERNS,
  ...FUNCTION_PATTERNS,
  ...SECTION_PATTERNS,
  ...MIXED_REGISTER_PATTERNS,
  ...CONTRAST_PATTERNS,
  ...GENERAL_TEXT_PATTERNS,
  ...COLLOQUIAL_PATTERNS,
  ...KIND_PATTERNS,
  ...SENSE_PATTERNS,
  ...VERB_SENSE_PATTERNS,
  ...USAGE_SENSE_PATTERNS,
];
