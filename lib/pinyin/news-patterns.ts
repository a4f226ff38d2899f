// Grammatical patterns of news text in which a polyphonic character's reading follows from the
// construction, not from a word: measure words after a numeral, 为 as the copula "be", modal
// 应 "should", 还 "pay back", and verbs known by their object (a penalty, a seat belt, a load,
// a boat, grain, a circle). Readings from the Xiandai Hanyu Cidian (7th ed.): 场 cháng
// (量词, the course of an event: 一场透雨, 一场大病), 担 dàn and 沓 dá (量词), 为 wéi (作为,
// 成为, 是: 被评为, 面积为十二万亩), 应 yīng (应该: 应在月底前提交, 应收尽收), 还 huán (归还),
// 处 chǔ (处罚: 处以罚款), 系 jì (打结: 系好安全带), 背 bēi (用脊背驮: 背着书包),
// 划 huá (拨水前进: 划龙舟), 种 zhòng (种植: 种粮大户), 转 zhuàn (绕着圈: 转了几个圈),
// 量 liáng (测量: 量体温), 种 zhòng (种了一茬晚稻), 教 jiāo (手把手教), 塞 sāi (塞进),
// 挑 tiāo (用肩膀支起: 挑起重担; not 挑大梁, which the dictionary reads tiǎo dàliáng); and words the model reads by the benchmark's commonest reading where
// news uses another: 差 chà (不好; 缺欠: 信号差, 只差一步), 率 lǜ (比率: 参保率达99%),
// 累 lèi (疲劳: 很累), 得 de (助词: 笑得很开心).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';
import { NUMERAL_OR_DEMONSTRATIVE } from './pattern-classes';
import { wordTable } from './reader-data';


/** Events counted with 场 cháng (not shows and matches, 一场比赛 chǎng). */
const CHANG_EVENTS =
  '(?:透雨|大雨|暴雨|小雨|阵雨|雷雨|春雨|秋雨|冬雨|喜雨|及时雨|雨|大雪|暴雪|小雪|雪|冰雹|霜冻|寒潮|大风|台风|大病|重病|病|官司|误会|虚惊|风波|战争|大战|灾难|浩劫|大火|火灾|噩梦|劫难|洪水|旱灾|寒|梦|车祸|事故|疫情|灾害|干旱|大旱|地震|风暴)';

/** Nouns of quantity before 为 + a figure: 面积为十二万亩, 增幅为3.2%. */
const QUANTITY =
  '(?:面积|总量|总额|总数|产量|产值|收入|营收|利润|税收|支出|余额|人数|数量|金额|比例|比重|占比|增幅|增速|涨幅|降幅|长度|全长|高度|宽度|深度|重量|温度|气温|时速|速度|价格|单价|票价|费用|得分|比分|年龄|容量|库容|载荷|荷载|负荷|功率|电压|电流|排量|直径|半径|厚度|跨度|转速|流量|频率|体积|净重|总重|[率值额量])';
/** The start of a figure. */
const FIGURE = '[0-9０-９零〇一二两三四五六七八九十百千万亿几约近超达逾]';
/** A quantity given against another period's (雨量为常年的1.5倍, 产量为去年同期的两倍). */
const COMPARED = '(?:常年|往年|去年|上年|历史同期|同期)(?:同期)?的';

/** Verbs of naming or designating before 为 "as" (被评为, 列为, 更名为, 任命为). */
const DESIGNATE =
  '(?:称之|评|选|列|誉|视|奉|尊|(?<![决制规约指预假])定|改|转|变|(?<![计规策谋筹刻])划|升格|更名|改名|命名|认定|评定|任命|聘|当选|推选|(?<![号感传])召|(?<![搬拆变乔动])迁)';
/** After 为: the beneficiary of 为 wèi "for" (决定为民, 选为群众办实事). */
const BENEFICIARY = '(?:了|民|人民|群众|百姓|老百姓|企业|基层|大家|社会|孩子|学生|老人|居民|村民|市民|职工|游客|患者|何|什么)';

/** Where 应 is a word's end or part (响应, 供应, 相应 …), not the modal. */
const YING_WORD_END = '[反响适对供相答理呼效感回照顺报接内策本]';

/**
 * Verbs and adjectives of one character that take a complement of result or degree with 得 de
 * (笑得合不拢嘴, 忙得团团转, 办得有声有色, 好得很); pinyin-pro reads that 得 dé.
 */
const COMPLEMENT_HEAD = '[笑哭跑跳忙累急气吓冻热饿困疼唱做干写吃睡走玩变办搞弄活住说讲学练养卖修建管抓看听想飞闹挤涨长红火好快慢早晚高低远近美静稳准细穷冷富胖瘦亮黑脏乱吵闷烦紧贵烧撞花洗擦摔砸晒骂淋泡打]';
/** What after 得 makes it the verb "get" or part of a word (得到, 得以, 得知, 学得一身本领, 卖得的钱, 这样做|得不偿失). */
/** A mark or prize won after 得了 (跳远得了冠军, 数学得了满分): 得 dé "obtain", not a complement. */
const PRIZE_WON = '了(?:满分|高分|第一|冠军|亚军|季军|金牌|银牌|铜牌|[一二三]等奖|大奖|[一二两三四五六七八九十百0-9]+分)';
const NOT_COMPLEMENT = `(?:[到以知出失分益奖票病主意罪逞体当力手一的]|不偿失|${PRIZE_WON})`;

/**
 * The particle 得 unless the character before it, 得 and up to three characters after it are a
 * dictionary word with 得 dé or děi (过得 guòdé, 深得民心 shēndé mínxīn).
 */
function particleDe(text: string, start: number): boolean {
  const table = wordTable();
  const prev = text[start - 1] ?? '';
  for (let n = 0; n <= 3; n++) {
    const r = table.reading(`${prev}~${text.slice(start + 1, start + 1 + n)}`, '得');
    if (r === 'de2' || r === 'dei3') return false;
  }
  return true;
}

/**
 * Words ending in 差 chā/chāi (温差, 误差, 出差, 交差) and measured quantities whose 差 is their
 * difference (密度差, 高度差, 压差, 时间差, 年龄差): a 差 after them is not "poor".
 */
const CHA_WORD_END = '[温误时落偏色逆级视价顺反公等极音出交兼当听苦美肥邮度位压间格龄额距]';
/** Verbs and adverbs of a figure after a rate (参保率达99%, 开工率保持在九成). */
const RATE_VERB =
  '(?:明显|显著|有所|进一步|大幅|稳步|逐年|持续|再次|均已|已经|已|一直|始终|常年|连续|仍然|仍)?(?:达|为|保持|提高|提升|超过|降至|下降|上升|增长|稳定|居|位居|均|从|较(?:高|低)|偏(?:高|低)|高于|低于)';
/** Words ending in 率 shuài (统率, 表率, 轻率, 草率, 坦率, 直率). */
export const SHUAI_WORD_END = '[统带督表轻草坦直真]';

/** Penalties imposed: 处以罚款 (chǔ, not the place 处 chù). */
const PENALTY = '(?:罚款|罚金|警告|拘留|行政拘留|没收|吊销|暂扣|责令|[0-9０-９一二三四五六七八九十百千万])';
/** Loads carried on the back. */
const LOAD = '(?:书包|背包|背篓|竹篓|行囊|行李|药箱|包袱|孩子|小孩|孙子|孙女|儿子|女儿|老人|伤员|伤者|患者|病人|村民|群众|游客)';

export const NEWS_PATTERNS: readonly Correction[] = [
  {
    word: '得',
    pinyin: 'de',
    before: COMPLEMENT_HEAD,
    after: '\\p{Script=Han}',
    notAfter: NOT_COMPLEMENT,
    when: (text, start) => particleDe(text, start),
    example: '大家忙得不可开交',
    keep: ['问题得到解决', '他学得一身本领', '小店卖得的钱全部捐给了村里', '在校运会上，他跳远得了冠军'],
  },
  {
    word: '场',
    pinyin: 'cháng',
    before: NUMERAL_OR_DEMONSTRATIVE,
    after: CHANG_EVENTS,
    example: '入夏以来的第一场暴雨让水库水位明显上涨',
    keep: ['体育馆今晚有一场比赛', '剧团下乡演了两场越剧'],
  },
  { word: '担', pinyin: 'dàn', before: NUMERAL_OR_DEMONSTRATIVE, notAfter: '[任当心保忧负责纲]', example: '老农挑来两担山泉水', keep: ['他一人担任两个职务', '这家公司一担保就是十年'] },
  { word: '沓', pinyin: 'dá', before: NUMERAL_OR_DEMONSTRATIVE, example: '桌上放着厚厚一沓申请材料' },
  {
    word: '为',
    pinyin: 'wéi',
    before: DESIGNATE,
    notAfter: BENEFICIARY,
    example: '这座古桥被列为省级文物保护单位',
    keep: ['村里决定为每户发放米面油', '今年计划为群众办好十件实事', '选为民办实事项目'],
  },
  {
    word: '为',
    pinyin: 'wéi',
    before: QUANTITY,
    after: `(?:${FIGURE}|${COMPARED})`,
    example: '新建道路全长为12公里，双向四车道',
    keep: ['这笔投资为3000户家庭带来了收益'],
  },
  { word: '应', pinyin: 'yīng', after: '(\\p{Script=Han})尽\\1', example: '医保基金做到应收尽收', keep: [] },
  {
    word: '应',
    pinyin: 'yīng',
    notBefore: YING_WORD_END,
    after: '(?:在|于|由|向|与|按|从|及时|尽快|主动|严格|依法|立即|当)',
    example: '申请人应在收到通知后十日内补齐材料',
    keep: ['各地积极响应在全市推开的垃圾分类', '保障蔬菜供应在春节期间不断档'],
  },
  { word: '处', pinyin: 'chǔ', after: `以${PENALTY}`, example: '对无证经营的摊贩依法处以警告', keep: ['全市有多处以老厂房改建的文创园'] },
  { word: '系', pinyin: 'jì', notBefore: '[关联体维派世直干谱]', after: '[好上紧牢]?(?:安全带|鞋带|领带|红领巾|丝带|绳)', example: '驾驶员未按规定系安全带被罚', keep: ['邻里关系好安全感就强'] },
  { word: '背', pinyin: 'bēi', after: `[着起上](?:受伤的?|被困的?|生病的?|年迈的?|年幼的?|沉重的?|[一两][个位名只])?${LOAD}`, example: '救援队员背起伤员转移到安全地带', keep: ['他背着家人偷偷借了网贷'] },
  { word: '划', pinyin: 'huá', notBefore: '[规计策谋筹刻]', after: '[着起]?(?:龙舟|龙船|小船|船|桨|皮划艇|竹筏|冲锋舟|橡皮艇|皮艇|竹排|木筏)', example: '端午前夕，龙舟队在江上练习划龙舟', keep: ['按照规划船坞将迁至城东'] },
  { word: '种', pinyin: 'zhòng', notBefore: '[品物良杂播选育各多树稻麦]', after: '粮', example: '省财政加大对种粮农民的补贴力度', keep: ['引进优良品种粮食产量大增'] },
  { word: '量', pinyin: 'liáng', notBefore: '[质数流产含容剂用重能力音热雨分总]', after: '(?:血压|体温|身高|体重|尺寸|腰围|血糖)', example: '社区医生上门为老人量血压', keep: ['产品质量血压计合格率高'] },
  { word: '差', pinyin: 'chà', before: '(?:只|还|就|仅|尚|相)', example: '这条路离贯通还差一个月', keep: [] },
  { word: '差', pinyin: 'chà', before: '\\p{Script=Han}', notBefore: CHA_WORD_END, after: '(?:[，。；！？、]|了|的)', example: '偏远山区的网络信号差，看病也不方便', keep: ['入秋后昼夜温差，', '他下个月要去出差。', '减少固液间的密度差。'] },
  { word: '率', pinyin: 'lǜ', before: '\\p{Script=Han}', notBefore: SHUAI_WORD_END, after: RATE_VERB, example: '今年全市医保参保率保持在99%以上', keep: ['这种做法太草率为群众所不满', '区长率代表团赴沪考察'] },
  { word: '累', pinyin: 'lèi', before: '(?:很|太|挺|真|特别|非常|有点|有些|不|好|最|再|更|越来越|觉得|感到|怕|喊)', after: '(?:[，。；！？、了得的]|$)', example: '走了一天山路很累，大家早早休息', keep: ['经验不断积累，'] },
  { word: '种', pinyin: 'zhòng', notBefore: '[这那哪每各某几一二两三四五六七八九十多此该同本品物良杂播选育树稻麦]', after: '(?:了(?!解|不起|结)|下(?!降)|着|过(?!程))', example: '农户又种了一茬晚稻', keep: ['这种了解很有必要', '一种了不起的精神'] },
  { word: '教', pinyin: 'jiāo', before: '手把手', example: '老师傅手把手教徒弟' },
  { word: '塞', pinyin: 'sāi', notBefore: '[边要关出堵阻闭淤梗充茅]', after: '[进到入给满住]', example: '他把钥匙塞进了门缝', keep: ['城区道路堵塞到晚上才缓解'] },
  { word: '挑', pinyin: 'tiāo', after: '(?:起了?[^，。；！？,.;!?]{0,10}?)?(?:重担|担子)', example: '青年干部挑起了乡村振兴的重担', keep: ['有人故意挑起事端', '民营企业在制造业领域挑大梁'] },
  { word: '转', pinyin: 'zhuàn', after: '了?[几一两三四五六七八九十好]*个?圈', example: '无人机在空中转了三个圈后平稳降落' },
  {
    word: '还',
    pinyin: 'huán',
    before: '(?:按期|按时|如期|到期|逐月|分期|提前|无力|拒不)',
    notAfter: '[是有要会能可在没不]',
    example: '企业到期还贷有困难的可申请展期',
    keep: ['合同到期还有三个月', '贷款到期还是要还的'],
  },
  // 还 huán with 了 and the debt after it (他还了银行的贷款, 还了三年房贷); not 还了解, 还了得.
  {
    word: '还',
    pinyin: 'huán',
    after: '了[^，。；！？]{0,8}?(?:房贷|车贷|网贷|贷款|欠款|借款|债务?|信用卡)',
    notAfter: '了[解得结却断]',
    example: '他用卖茶叶的收入还了银行的贷款',
    keep: ['他还了解到村民的贷款需求'],
  },
  // …and after 没/未, before what is left of the paying (房贷没还完, 欠款未还清).
  { word: '还', pinyin: 'huán', before: '(?:没|没有|未)', after: '(?:完|清)', example: '他还有四千元房贷没还完', keep: ['事情还没完'] },
];
