// Constructions of the report pages — court and police briefs, hospital news, weather and flood
// reports, finance briefs, school and farm news, obituaries and memoir columns — in which a
// polyphonic character's reading follows from the words around it (Xiandai Hanyu Cidian, 7th ed.):
//   背 bēi (carry on the back: 背着书包, 背着我走, 把老人背了出来), 还 huán (pay back: 还上了 after a
//   loan is named, 每月要还五千元房贷), 得 děi (这得从…说起, 就得两天, 得等到过年), 得 de (高兴得,
//   吹得东倒西歪), 和 hè (齐声应和), 挨 ái (挨过饿, 挨打), 长 zhǎng (长我六岁), 冲 chòng (冲着我笑),
//   倒 dào (倒也), 好 hào (一生好学), 累 lèi (累出来的, 累坏), 量 liáng (量一次体温), 卡 qiǎ (被卡在),
//   薄 báo (皮薄), 种 zhòng (种子种进), 只 zhī (这只基金), 为 wéi (扭亏为盈), 教 jiāo (教会了我);
// and words: 口角 kǒujué after a quarrel's verb, 创面 chuāngmiàn, 藏医/藏药 zàng, 降书 xiáng,
// 当差 dāngchāi, 湖州长兴 Cháng.
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** Clause-bound look-back: the text of the current sentence before `start`, at most `n` characters. */
function sentenceBefore(text: string, start: number, n: number): string {
  const head = text.slice(Math.max(0, start - n), start);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('\n'));
  return head.slice(cut + 1);
}

/** Words of a debt named before 还 (借了邻居的钱，…就还上了). */
const DEBT = /[借贷欠债]|钱|款/;
/** A sum of money and what it pays off (五千多元房贷). */
const SUM_OWED = '[一二三四五六七八九十两几百千万\\d]+[多余来]?[万千百]?元(?:多|左右)?的?(?:房贷|车贷|贷款|欠款|借款|债|网贷)';
/** What is carried on the back: bags and baskets. */
const CARRIED = '(?:书包|背包|新书包|包袱|行囊|行李|背篓|竹篓|篓子|双肩包|登山包)';
/** People carried on the back, when a way of going follows (背着孩子走, not 背着孩子们偷偷攒钱). */
const CARRIED_PERSON = '(?:[我他她]|孩子|娃娃?|婴儿|伤员|伤者|老人|病人|弟弟|妹妹)';
/** Feelings and states before a complement with 得 de (高兴得跳了起来, 累得直不起腰): not 乐得, 难得, nor 得以/得到 (精气得以舒发). */
const FEELING = '(?:高兴|激动|开心|感动|兴奋|紧张|害怕|着急|生气|难过|伤心|委屈|惊讶|吓|急|累|饿|疼|痛|忙|笑|哭|馋|渴)';
/** Heads of the idioms X为Y in which 为 is wéi "become" (扭亏为盈, 转危为安, 化险为夷). */
const WEI_IDIOM = '(?:扭亏|转危|化险|变废|化整|化零|转败|反客|化悲|化干戈|转忧|破涕|化敌|变害|化腐朽)';

/** What 只 zhī counts: an animal, or one of a pair (手, 脚, 眼睛, 鞋), with a word before it (小, 流浪, 受伤的). */
const ZHI_COUNTED =
  '(?:小|大|老|流浪|野生|受伤的?|可爱的?)?(?:[鸟狗猫鸡鸭鹅羊猪兔猴熊虎鹰龟鹭鹊燕雀鸽蝶蜂鼠猬狐鹿鹤雁]|白鹭|喜鹊|燕子|麻雀|鸽子|天鹅|蝴蝶|蜜蜂|松鼠|刺猬|熊猫|大熊猫|海龟|手(?!机|续|段|工|艺|术)|脚|眼睛|耳朵|鞋|手套|袜子|箱子|篮子|灯笼|风筝)';

export const REPORT_PATTERNS: readonly Correction[] = [
  // 背 bēi "carry on the back": before what is carried, or a person carried along (背着我走).
  { word: '背', pinyin: 'bēi', notBefore: '[违相靠后腰手脊]', after: `(?:[着起上了]|起了)?(?:一个|个)?${CARRIED}`, example: '孩子们背着新书包走进校门', keep: ['他背着孩子们偷偷攒钱'] },
  { word: '背', pinyin: 'bēi', after: `着${CARRIED_PERSON}(?:一路|连夜|一口气)?(?:小跑|走|跑|下山|上山|过河|去|到|进|出|上|下)`, example: '母亲背着他走了十几里山路', keep: ['他背着我偷偷报了名'] },
  { word: '背', pinyin: 'bēi', notBefore: '[违相靠]', after: '(?:了)?(?:出来|出去|下山|上山|回家|到医院|到岸边|上岸)', example: '消防员把受伤的老人背了出来', keep: ['这首诗他早就背下来了'] },
  // 还 huán "pay back": 还上了/还不上/还清 when a loan or money is named before it in the sentence.
  {
    word: '还',
    pinyin: 'huán',
    after: '(?:上了|不上|得上|不起|不清|清了?)',
    when: (text, start) => DEBT.test(sentenceBefore(text, start, 24)),
    example: '这笔借款到期后，他一时还不上',
    keep: ['他还上了三年夜校', '天气还不上不下'],
  },
  { word: '还', pinyin: 'huán', after: SUM_OWED, example: '他每月要还四千元房贷', keep: ['他还有四千元房贷没还完'] },
  // 得 děi "must, take": 这得从…说起, 就得 + a span of time, 得等到.
  { word: '得', pinyin: 'děi', after: '从[^，。；！？]{1,12}(?:说起|讲起|谈起|说)', example: '这件事还得从十年前说起', keep: [] },
  { word: '得', pinyin: 'děi', before: '就', after: '[一两二三四五六七八九十几半]+(?:个)?(?:天|小时|钟头|年|个月|星期|分钟)', example: '过去去县城，光走路就得一天', keep: [] },
  { word: '得', pinyin: 'děi', notBefore: '[记觉懂值舍晓显免获取难认赢求落省使]', after: '等(?:到|上|着)', example: '买台电视机得等到年底', keep: ['他记得等到天黑才回家'] },
  // 得 de after a feeling (高兴得跳了起来) and before 东X西Y / 七X八Y / 横X竖Y idioms (吹得东倒西歪).
  { word: '得', pinyin: 'de', before: FEELING, notAfter: '[以知益分奖票手逞罪失]', example: '孩子们高兴得跳了起来', keep: ['使精气得以舒发'] },
  { word: '得', pinyin: 'de', notBefore: '[获取赢值懂记觉难]', after: '(?:东[\\p{Script=Han}]西|七[\\p{Script=Han}]八|横[\\p{Script=Han}]竖|左[\\p{Script=Han}]右)[\\p{Script=Han}]', example: '大风把帐篷吹得东倒西歪', keep: [] },
  // 和 hè "join in singing": 应和/附和/唱和 ending a clause or before 一句/着 (not 响应和支持).
  { word: '和', pinyin: 'hè', before: '(?<![响呼反回答供适效感相照顺对报])(?:应|附|唱)', after: '(?:[一，。；！、]|着|了|声|$)', example: '台上领唱，台下齐声应和', keep: ['群众积极响应和支持'] },
  // 挨 ái "suffer": 挨过饿, 挨打, 挨了一顿骂 (not 挨着, 挨家挨户).
  { word: '挨', pinyin: 'ái', after: '(?:过|了)?(?:一顿)?(?:饿|打|骂|批|冻|揍|罚|训|整|宰|刀)', example: '那几年他挨过冻，也挨过饿', keep: ['两家店挨着开'] },
  // 长 zhǎng "be older": 长我六岁.
  { word: '长', pinyin: 'zhǎng', after: '[我你他她]?[一两二三四五六七八九十几]+岁', example: '姐姐长我三岁', keep: [] },
  // 冲 chòng "toward": 冲着 + a person or the camera (冲着我笑).
  { word: '冲', pinyin: 'chòng', after: '着(?:[我你他她]|大家|镜头|记者|观众|人群|对方)', example: '小女孩冲着镜头做了个鬼脸', keep: [] },
  // 倒 dào "yet, after all": 倒也 (not 摔倒也, 推倒也).
  { word: '倒', pinyin: 'dào', notBefore: '[摔跌推打绊撞击滑晕病压吹刮扳累放颠翻卧跪醉]', after: '也', example: '日子虽苦，他倒也乐在其中', keep: ['他摔倒也不哭'] },
  // 好 hào "be fond of": 好学 after 一生/一向/素来/终身 … (the seventh round has 从小/自幼).
  { word: '好', pinyin: 'hào', before: '(?:一生|一向|素来|生性|天性|终生|终身|一辈子|勤勉|向来)', after: '学', example: '老人一辈子好学，晚年还在练书法', keep: [] },
  // 累 lèi "tired": 累出来, 累坏, 累倒 … (not 积累出, 连累).
  { word: '累', pinyin: 'lèi', notBefore: '[积连牵拖日年危]', after: '(?:出来|出了|坏|倒|垮|病|死|得)', example: '他的胃病是常年跑运输累出来的', keep: ['经验是慢慢积累出来的'] },
  // 量 liáng "measure": 量 (一次/一下) 体温/血压/身高 …
  { word: '量', pinyin: 'liáng', notBefore: '[剂数产质能流容总含分雨用销重力测]', after: '(?:[一两几]?[次下]|了|过)?(?:体温|血压|身高|体重|尺寸|腰围|胸围|脉搏|血糖|视力)', example: '护士每天给他量两次血压', keep: ['医生控制了药物剂量体温'] },
  // 卡 qiǎ "be stuck": 被卡在/被卡住.
  { word: '卡', pinyin: 'qiǎ', before: '(?:被|给)', after: '[在住]', example: '一名工人的腿被卡在机器里', keep: [] },
  // 薄 báo "thin" after 皮 (皮薄馅大, 脸皮薄), not 薄弱/薄膜.
  { word: '薄', pinyin: 'báo', before: '皮', notAfter: '[弱利膜荷片礼情]', example: '这家的馄饨皮薄馅大', keep: [] },
  // 种 zhòng "sow" after what is sown (种子种进, 树苗种在), not 种类/种群.
  { word: '种', pinyin: 'zhòng', before: '(?:种子|树苗|秧苗|苗木|花苗|菜苗|幼苗|果苗)', notAfter: '[类群族别系属性质子苗]', example: '孩子们把树苗种在了操场边', keep: ['种子种类繁多'] },
  // 只 zhī as the measure word of a fund or a stock (这只基金, 一只股票).
  { word: '只', pinyin: 'zhī', before: '(?:[这那每哪几两]|[一二三四五六七八九十百千\\d]+)', after: '(?:基金|股票|个股|新股|债券|蓝筹股|ETF)', example: '这只股票连续三天涨停', keep: [] },
  // 得 de in a verb's "can" form before 出 or 到 (背得出, 叫得出, 看得出, 说得出做得到, 找得到): not 得出 déchū
  // "reach (a conclusion)" after a noun (调查组得出结论), nor 想得到 "want to get".
  { word: '得', pinyin: 'de', before: '[背叫看拿说想认写答算猜分听找挑做]', after: '出', example: '村里的老人都背得出这首诗', keep: ['调查组得出结论'] },
  { word: '得', pinyin: 'de', before: '[做办看找买吃拿听]', after: '到', example: '说得出，也要做得到', keep: ['他想得到大家的认可', '企业得到了支持'] },
  // 着 zhe after a verb done with the hands, before 手 (拿着手机, 握着手, 背着手): not 着手 zhuóshǒu "set about".
  { word: '着', pinyin: 'zhe', before: '[背拿牵拉握挽揣插甩叉搓摸扶捂举招挥攥捏抓数]', after: '手', example: '他拿着手机拍下了这一幕', keep: ['相关部门已着手解决'] },
  // 行 xíng in 行驶, 行走, 行进 after 内 (市区内行驶): pinyin-pro reads 内行 nèiháng "expert" across the words.
  { word: '行', pinyin: 'xíng', before: '内', after: '(?:驶|走|进)', example: '车辆在市区内行驶', keep: ['他是这方面的内行'] },
  // 种 zhòng "plant" after 把 and what is planted, before where it goes (把菜种在院子里); not 把这种…
  { word: '种', pinyin: 'zhòng', before: '把[^，。；！？]{1,8}', notBefore: '[这那各某哪每一两几多此该本品物]', after: '[在到进满上]', example: '他把菜种在院子里', keep: ['他把这种在外地推广的做法带回了村里'] },
  // 只 zhī counting an animal or one of a pair after 这/那/哪 (这只白鹭, 那只流浪狗, 这只手); not 这只是, 这只能.
  { word: '只', pinyin: 'zhī', before: '[这那哪]', after: ZHI_COUNTED, example: '这只白鹭在湖边觅食', keep: ['这只是一个开始', '那只能等明年了'] },
  // 为 wéi in the idioms X为Y "turn X into Y" (扭亏为盈, 转危为安).
  { word: '为', pinyin: 'wéi', before: WEI_IDIOM, example: '这家企业去年扭亏为盈', keep: [] },
  // 教 jiāo in 教会 "taught (someone to)": before 了 or a person, not the church (教会学校).
  { word: '教会', pinyin: 'jiāo huì', after: '(?:了|[我你他她]|孩子|学生|大家|村民)', example: '外婆教会了我包粽子', keep: ['这是一所教会学校'] },
  // Words: 口角 "quarrel" after the verbs that start one; 创面 "wound surface"; 藏医/藏药 Tibetan
  // medicine; 降书 "letter of surrender"; 当差 "serve as a clerk"; 湖州长兴, the county (not 州长).
  { word: '角', pinyin: 'jué', before: '(?:发生了?|起了?|产生了?|引发了?|爆发了?|几句)口', example: '两人因排队发生口角', keep: [] },
  { word: '创面', pinyin: 'chuāng miàn', notAfter: '[向对临]', example: '烫伤后要尽快冷却创面', keep: ['开创面向未来的新局面'] },
  { word: '藏', pinyin: 'zàng', notBefore: '[私收珍储冷窝隐暗潜蕴深埋躲]', after: '(?:医|药)', example: '这位藏医擅长用草药治风湿', keep: ['他私藏药品被查处'] },
  { word: '降书', pinyin: 'xiáng shū', example: '敌军递交了降书', keep: [] },
  { word: '当差', pinyin: 'dāng chāi', example: '他年轻时在县衙当差', keep: [] },
  { word: '长兴', pinyin: 'cháng xīng', before: '湖州', example: '湖州长兴的银杏长廊吸引了不少游客', keep: [] },
];
