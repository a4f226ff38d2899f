// Readings of polyphones in the registers the CPP benchmark mixes (history and encyclopedic prose,
// narration, everyday speech, local news) where the words around the character decide and the
// model reads the commoner use (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the
// word: 投降 / 降服 xiáng, 劲敌 jìng, 可汗 / 成吉思汗 hán, 弄堂 / 里弄 lòng, 旗杆 / 栏杆 gān, 供职 gòng):
//   为 wéi after a verb of changing rank or name (贬为, 降为, 封为, 讹为), after 依次 / 依序, and in 曾为 + a calling;
//   将 jiàng of a general (守将, 敌将, 叛将; 为将 closing a clause) and jiāng before 军 (老将军; not 少将军衔);
//   降 xiáng "surrender, subdue" (出降, 乞降, 归降, 降不住); 汗 hán of a khan (成吉思汗, 尊为大汗);
//   冒顿 Mòdú; 弄 lòng of a numbered lane (解放路120弄) and 弄口; 劲 jìn after 使 / 用 + 点;
//   钻 zuān "squeeze into" (钻了进来, 往领口里钻); 夹 jiā except 夹衫 / 夹袄 / 夹衣 / 夹缬 (jiá); 杆 gān of a pole;
//   闷 mēn of keeping covered and of silence (再闷十分钟, 闷着头, 闷声); 铺 pū of laying (铺通, 铺平);
//   倒 dào of leaf shapes (倒卵形); 奔 bèn "head for, near an age" (奔着, 奔六十); 供职 gòng;
//   地 de after a reduplicated word before 下 (哗哗地下了一夜); 着 zháo of a result (找着了).
// Found on a set written for the purpose (tests/fixtures/polyphones-dev17.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END, NUMERAL_CHARS } from './pattern-classes';

/** What follows 降 jiàng of lowering (降价, 降温, 降低, 降雨 …): never 降 xiáng. */
const JIANG_LOWER = '[价低温息费速级薪压幅雨水雪落准格本档半职]';
/** Callings that close a clause after 曾为 (曾为私塾先生). */
const CALLING = '塾师|先生|教师|教员|学徒|幕僚|职员|伙计|账房|会计|记者|编辑|军官|士兵|医生|郎中|官员|店员|厨师|画师|乡绅|商人';
/** A numeral of an address (120, 一百二十, 二百十一). */
const ADDRESS_NUMBER = `[${NUMERAL_CHARS}]{1,8}`;

export const MIXED_REGISTER_PATTERNS: readonly Correction[] = [
  // 为 wéi after a verb of changing rank or name (贬为知县, 被降为州, 封为, 立为太子, 讹为); not 建立 / 设立为民 ….
  { word: '为', pinyin: 'wéi', before: '(?:[贬降擢讹谪黜晋废]|(?<![建设成树创订确独自站孤对])[封立拜])', notAfter: '(?:了|何|什么|此|之|其|民|群众|人民|大家|他们|自己|百姓|企业|市民)', example: '他因直言进谏被贬为知县', keep: ['社区建立为民服务站', '各地设立为企服务专窗'] },
  // 为 wéi after 依次 / 依序 / 顺次 (自东向西依次为签到处、展示区).
  { word: '为', pinyin: 'wéi', before: '(?:依次|依序|顺次)', example: '三个展厅依次为历史厅、民俗厅和非遗厅', keep: [] },
  // 为 wéi "be, serve as" after 曾 when the clause ends in a calling (曾为私塾先生，); not 曾为这位先生 ….
  { word: '为', pinyin: 'wéi', before: '曾', notAfter: '[这那该其他她我你大全]', after: `[^，。；！？、\\s]{0,8}(?:${CALLING})${CLAUSE_END}`, example: '他早年曾为私塾先生，后来改行行医', keep: ['他曾为这位老先生，跑遍了半个城'] },
  // 将 jiàng of a general after 守 / 敌 / 叛 / 猛 / 骁 / 虎 / 良 (守将率残部); not 遵守将, nor 将军 (jiāng).
  { word: '将', pinyin: 'jiàng', before: '(?:(?<![遵恪信保看])守|敌|叛|猛|骁|虎|良)', notAfter: '[军来要近会]', example: '城破之后，守将率残部退守山寨', keep: ['大家要遵守将来的新规', '镇守将军府旧址'] },
  // 将 jiàng of 为将 "be a general" closing a clause (二十岁即为将，); not 为将来.
  { word: '将', pinyin: 'jiàng', before: '为', after: CLAUSE_END, example: '他少年从军，二十岁即为将，屡立战功', keep: ['为将来打下基础'] },
  // 将 jiāng before 军 (老将军, 镇守将军: 将军 jiāngjūn, not 老将 + 军).
  { word: '将', pinyin: 'jiāng', before: '[老大少名]', after: '军(?![衔装服籍队区事官种团师旅营])', example: '老将军拄着拐杖站在纪念碑前', keep: ['他被授予少将军衔'] },
  // 降 xiáng "surrender" after 出 / 乞 / 请 / 劝 / 招 / 纳 / 归 / 诈 / 迎 / 受 / 逼 (开城出降); not 推出降价.
  { word: '降', pinyin: 'xiáng', before: '[出乞请劝招纳归诈迎受逼]', notAfter: JIANG_LOWER, example: '敌军粮尽援绝，只得开城出降', keep: ['超市推出降价活动', '他申请降级处理'] },
  // 降 xiáng "subdue" before 不住 / 得住 / 服 / 伏 (谁也降不住他); not 温度降不下来.
  { word: '降', pinyin: 'xiáng', after: '(?:不住|得住|服|伏)', example: '这匹烈马谁也降不住', keep: ['气温一直降不下来'] },
  // 汗 hán of 成吉思汗 and of 大汗 as a title (推举为大汗, 尊为大汗); not 满头大汗.
  { word: '成吉思汗', pinyin: 'chéng jí sī hán', example: '成吉思汗统一蒙古各部', keep: [] },
  { word: '大汗', pinyin: 'dà hán', before: '(?:[为称尊立奉即当]|(?:部|族|国|联盟|蒙古|突厥)的)', notAfter: '[淋水珠流]', example: '他被推举为部落联盟的大汗', keep: ['他跑得满头大汗', '出了一身的大汗'] },
  // 冒顿 Mòdú, the Xiongnu chanyu; not 感冒顿时好了.
  { word: '冒顿', pinyin: 'mò dú', notBefore: '感', notAfter: '[时觉]', example: '冒顿是匈奴历史上著名的单于', keep: ['吃了药，感冒顿时好多了'] },
  // 弄 lòng of a numbered lane (解放路120弄3号, 新华路二百十一弄) and of 弄口 after 的 / 在 / 进 ….
  { word: '弄', pinyin: 'lòng', before: `(?:路|街|巷|坊)${ADDRESS_NUMBER}`, example: '该住宅位于新华路二百十一弄', keep: [] },
  { word: '弄', pinyin: 'lòng', before: '[的在到进出条个这那该每]', after: '口(?![子气味])', example: '社区把闲置的弄口空地改成了花园', keep: [] },
  // 劲 jìn after 使 / 用 / 费 / 加 + 点 / 把 / 些 (使点劲, 加把劲); not 强劲.
  { word: '劲', pinyin: 'jìn', before: '[使用费加鼓](?:点儿?|些|一把|把)', example: '使点劲，往上抬！', keep: [] },
  // 钻 zuān "squeeze into, get through" before 了 / 着 + a direction or at a clause's end after 里 / 往 …;
  // not 电钻 / 钻石 / 钻头 (zuàn).
  { word: '钻', pinyin: 'zuān', notBefore: '[电风金手冲]', after: '(?:[了着过](?:进|出|过|入|回)|进来|出来|过去)', example: '一只小猫从门缝里钻了进来', keep: ['工人用电钻了几个孔'] },
  { word: '钻', pinyin: 'zuān', before: '(?:里|往|直)', notAfter: '[石戒头机井孔]', after: CLAUSE_END, example: '冷风直往领口里钻，', keep: ['店里钻石柜台前排起了队'] },
  // 夹 jiā except 夹 jiá of lined clothes (夹衫, 夹袄, 夹衣, 夹被) and of 夹缬 (the clamp-resist dyeing), and 夹 gā of 夹肢窝 (多夹点菜, 夹在两条河之间).
  { word: '夹', pinyin: 'jiā', notAfter: '[衫袄衣被裤袍肢缬]', example: '多夹点菜，别光吃饭。', keep: ['奶奶翻出了那件夹袄'] },
  // 杆 gān of a pole (电线杆, 电杆, 旗杆, 桅杆, 栏杆, 灯杆); not 杠杆, 笔杆, 枪杆 (gǎn).
  { word: '杆', pinyin: 'gān', before: '(?:电线|电|旗|桅|栏|灯|标|撑)', example: '电力工人连夜扶正倒伏的电线杆', keep: ['这项政策起到杠杆作用'] },
  // 闷 mēn of keeping covered for a while (再闷十分钟, 闷一会儿) and of silence (闷着头, 闷头, 闷声不响).
  { word: '闷', pinyin: 'mēn', after: `(?:上|了)?(?:一会儿?|[${NUMERAL_CHARS}半]+(?:分钟|刻钟|个小时|小时))`, example: '米饭煮好后再闷十分钟', keep: ['屋里的气氛很沉闷'] },
  { word: '闷', pinyin: 'mēn', notBefore: '[烦苦沉郁愁纳解]', after: '(?:着头|头|声不)', example: '他闷着头干活，一整天没说话', keep: ['心里烦闷头也疼'] },
  // 铺 pū of laying (铺通, 铺平, 铺满); not 店铺 / 商铺 / 当铺 (pù), nor 铺通常.
  { word: '铺', pinyin: 'pū', notBefore: '[店当床药饭肉商旺门老茶客金卧]', after: '(?:通(?!常|过|知|风|用|讯)|平|满)', example: '这条铁路一九八二年铺通', keep: ['沿街商铺通常九点开门'] },
  // 倒 dào of leaf and petal shapes (倒卵形, 倒披针形, 倒心形, 倒圆锥形).
  { word: '倒', pinyin: 'dào', after: '(?:卵|披针|心形|三角形|圆锥|钟形)', example: '叶片倒卵形，边缘有细锯齿', keep: [] },
  // 奔 bèn "head for" before 着 (奔着灯光走去) and "near an age" (奔六十, 奔五十的人); not 奔跑.
  { word: '奔', pinyin: 'bèn', after: '(?:着|[二三四五六七八九]十(?!公里|米|里|多公里))', example: '我都奔六十的人了', keep: ['他奔跑了三十米'] },
  // 供 gòng of 供职 "hold a post"; not 提供职位, 可供职工.
  { word: '供', pinyin: 'gòng', notBefore: '[提可]', after: '职(?![工位业员场])', example: '他大学毕业后供职于县档案馆', keep: ['企业提供职位八百个', '食堂可供职工就餐'] },
  // 地 de after a reduplicated word before 下 (哗哗地下了一夜, 好好地下一盘棋); not 地下室 after one.
  { word: '地', pinyin: 'de', before: '\\1(\\p{Script=Han})', after: '下(?!室|车库|水|管|通道|商场|党|工作)', example: '雨哗哗地下了一夜', keep: ['他们在地下室里躲了一夜'] },
  // 着 zháo of a result after a verb of finding or meeting, before 了 / 没 / 吗 (钥匙找着了没有).
  { word: '着', pinyin: 'zháo', before: '(?:找|寻|碰|遇|逮|捉|猜|借|买)', after: '(?:了|没|吗|啦|？)', example: '钥匙找着了没有？', keep: ['他们找着找着就迷了路'] },
];
