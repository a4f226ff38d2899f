// Readings the sense of a neighbouring word decides, in kinds of use the model still misses
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 斗拱 dǒu, 着手 / 着眼 /
// 着力 / 着实 zhuó, 盛饭 chéng, 挨打 ái, 哦 o5 among its readings, 光晕 / 月晕 yùn, 晕厥 yūn):
//   斗 dǒu of the bracket set (斗拱, 斗栱), not 战斗拱卫; 藏 cáng of what a collection holds (所藏文物,
//   现藏于), not 藏族 / 藏语 / 藏文; 藏 zàng of Tibet after 进 / 驻 / 赴 (进藏, 驻藏大臣),
//   in 入藏 before a road, convoy or staff (入藏车队), and in 藏军, not 私藏军火 nor 入藏博物馆;
//   累 lěi of a career or a span of time (累迁, 累官至, 累年, 累日), not 累计; 累 lèi of tiredness
//   closing a clause after a word of degree or 喊 / 怕 (真累啊, 喊过一声累); 晕 yūn after a blow (撞晕,
//   打晕), not 晕车 / 晕染; 靡 mǐ "bend before the wind" (从风而靡, 草靡); 着 zhe of a prepositional 着
//   word (随着, 接着, 本着, 凭着 …) before what would start a 着 word (随着手机, 本着实事求是, 接着眼泪),
//   not 直接着手 / 方向着手; 盛 chéng of filling a bowl or vessel (盛碗米饭, 盛好饭菜, 用于盛水), not 丰盛饭菜;
//   哦 o as a particle closing a clause (记得带伞哦。), not 哦 opening one; 挨 ái before 了 (挨了一拳,
//   挨了批评), not 挨了过来; 钉 dìng "drive in" before 入 / 进 (钉入河床), not 图钉进货; 为 wéi of a unit's
//   change of rank (改该府为州, 降明州为县), not 改建厂房为老人提供服务.
// Found on a set written for the purpose (tests/fixtures/polyphones-dev24.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END } from './pattern-classes';

/** Units of administration whose rank is changed (府, 州, 县, 郡 …). */
const UNIT = '[府州县郡镇市区乡厅卫道路军]';

/** A prepositional 着 word's first character, guarded against words ending in it (直接, 脚跟, 根本, 王朝, 方向). */
const ZHE_WORD =
  '(?:[随沿顺凭靠]|(?<![直间连承迎对嫁衔焊交])接|(?<![脚高后鞋])跟|(?<![根基资日样课账剧成书文版])本|(?<![王皇唐宋明清元汉隋前本当历])朝|(?<![方意动志偏倾走风导取趋去纵横内外])向)';

export const SENSE_PATTERNS: readonly Correction[] = [
  // 斗 dǒu of the bracket set (斗拱, 斗栱); not 战斗 / 奋斗 before 拱卫.
  { word: '斗', pinyin: 'dǒu', notBefore: '[战奋争搏格打械决]', after: '[拱栱]', example: '清代则称斗栱，其形制随朝代变化', keep: ['两支部队在此战斗拱卫都城'] },
  // 藏 zàng of Tibet after 进 / 驻 / 赴 (进藏, 驻藏大臣); not 收进藏书室, 进藏在.
  { word: '藏', pinyin: 'zàng', before: '[进驻赴]', notAfter: '[于在着了起匿身好进入到书品经宝]', example: '不少游客选择自驾进藏，沿川藏线一路向西', keep: ['他把旧书收进藏书室'] },
  // 入藏 zàng before a road, convoy or staff (入藏车队, 入藏公路); not 入藏博物馆 (cáng).
  { word: '藏', pinyin: 'zàng', before: '入', after: '(?:车队|车辆|公路|线路|路线|通道|干部|人员|部队|官兵|旅游|游客|途中|之路)', example: '物资由入藏车队分批送往各县', keep: ['这批文物已入藏省博物馆'] },
  // 藏 cáng of what a collection holds (所藏, 现藏于, 今藏); not 藏族 / 藏区 / 藏语 nor 藏文 of the script.
  { word: '藏', pinyin: 'cáng', before: '[所现今]', notAfter: '(?:[族区语医药学历传剧戏獒羚式南北东西]|文(?!物|献|书|稿))', example: '馆中所藏文物多达万件', keep: ['该所藏语研究室成立于1980年', '至今藏族同胞仍保留这一习俗'] },
  // 藏军 zàng (Tibetan troops); not 私藏军火, 窝藏军用物资.
  { word: '藏', pinyin: 'zàng', notBefore: '[私窝收隐埋躲暗珍冷]', after: '军(?![火械用需品])', example: '当时的藏军装备落后，多用火绳枪', keep: ['他因私藏军火被捕'] },
  // 累 lěi of a career or a span of time (累迁, 累官至, 累转至, 累年, 累日); not 太累年轻人.
  {
    word: '累',
    pinyin: 'lěi',
    notBefore: '[劳疲很太真好又也都挺最不得么受连牵拖积负]',
    after: '(?:迁|擢|转(?:至|任|为|官)|官|年(?!轻)|日|世)',
    example: '他由县丞起家，累转至知府',
    keep: ['全县今年累计接待游客三百万人次', '这份工作太累年轻人都不愿干'],
  },
  // 累 lèi of tiredness closing a clause after a word of degree, 喊 / 怕 / 嫌 … (真累啊, 喊过一声累).
  { word: '累', pinyin: 'lèi', before: '(?:真|好|太|很|挺|蛮|怪|多|不|怕|喊|叫|声|嫌|说)', after: `(?:[啊呀吧吗呢了死坏得]|${CLAUSE_END})`, example: '这些年她从没喊过一声累。', keep: ['他不累计这些数据'] },
  // 晕 yūn of fainting after a blow or a fright (撞晕, 打晕, 吓晕); not 晕车, 晕染.
  { word: '晕', pinyin: 'yūn', before: '[撞打砸敲击摔吓熏劈踢]', notAfter: '[车船机染圈轮眩]', example: '男子醉酒后被路边的铁架撞晕，民警将其送医', keep: ['他一上车就晕车'] },
  // 靡 mǐ "bend before the wind" (从风而靡, 风行草靡); not 草靡费.
  { word: '靡', pinyin: 'mǐ', before: '(?:风而|草)', notAfter: '[费烂]', example: '此书一出，士人从风而靡', keep: [] },
  // 着 zhe of a prepositional 着 word before what would start a 着 word (随着手机, 本着实事求是, 接着眼泪); not 直接着手.
  { word: '着', pinyin: 'zhe', before: ZHE_WORD, after: '[手眼力重实地陆迷想落笔色墨]', example: '随着手机支付的普及，用现金的人越来越少', keep: ['我们直接着手解决这个问题', '要从这个方向着手', '从根本着手'] },
  // 盛 chéng of filling a bowl or vessel (盛碗米饭, 盛好饭菜, 用于盛水); not 丰盛饭菜, 盛开.
  {
    word: '盛',
    pinyin: 'chéng',
    notBefore: '[丰茂旺兴繁昌强鼎全隆极气炽]',
    after: '(?:[了好上出起着]?[一两几半]?[碗勺盆盘杯锅桶瓢缸]|[了好上出起着]?(?:米饭|饭菜|饭|汤|粥|菜|水|酒)(?![期季节会世宴年])|满)',
    example: '食堂工作人员为老人盛好饭菜',
    keep: ['年夜饭十分丰盛饭菜摆满一桌', '泉水盛水期的涌量最大'],
  },
  // 哦 o, a particle closing a clause (记得带伞哦。); not 哦 opening one (哦，原来是你, ò).
  { word: '哦', pinyin: 'o', before: '\\p{Script=Han}', notBefore: '[哦喔噢]', after: `(?:[～~…]|${CLAUSE_END})`, example: '“明天降温，出门记得多穿件衣服哦。”', keep: ['“哦，原来是你啊。”'] },
  // 挨 ái of suffering before 了 (挨了一拳, 挨了老师一顿批评); not 挨了过来 (āi, move close).
  { word: '挨', pinyin: 'ái', after: '了(?!过来|过去|上去|近|着)', example: '小偷刚伸手就挨了一拳', keep: ['他慢慢挨了过来'] },
  // 钉 dìng "drive in" before 入 / 进 (钉入河床); not 图钉进货, 铁钉进口.
  { word: '钉', pinyin: 'dìng', notBefore: '[图铁螺铆鞋门道棺碰眼长木竹]', after: '[入进]', example: '施工时先将木桩钉入河床', keep: ['商店的图钉进货价涨了'] },
  // 为 wéi of a unit's change of rank (改该府为州, 降明州为县, 升该州为府); not 改建厂房为老人提供服务.
  {
    word: '为',
    pinyin: 'wéi',
    before: `[改升降废并析划置](?:该|此|其)?\\p{Script=Han}{0,4}${UNIT}`,
    after: `\\p{Script=Han}{0,4}?${UNIT}(?:[，。；、）隶辖治属]|$)`,
    example: '明初改该府为州，隶属布政司。',
    keep: ['县里改建闲置厂房为老人提供服务', '改造县道为全县群众出行提供便利'],
  },
];
