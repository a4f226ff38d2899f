// Readings of a polyphone used as a single-character word or a function word in everyday news, where
// pinyin-pro or the benchmark-trained model reads the commoner sense or a word across the
// construction (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word):
//   只 zhī of 只身 (形单影只: the adverb rule of ./correction-table.ts now leaves it); 当 dàng "take as" in 把…当… (把次品当正品卖; not 把垃圾当街焚烧 dāng);
//   相 xiàng of a photograph (照了几张相); 数 shǔ "rank first" (要数 / 就数 … 最); 倒 dào of pouring
//   (倒进, 倒入, 倒满) and the adverb (倒还, 倒也); 背 bēi of carrying on the back (背着孩子, 背上债,
//   从楼上背下来; not 背着父母 bèi, 把课文背下来 bèi); 差 chāi of 差事 (an errand); 重 chóng of doing
//   again (重写了一遍); 冲 chòng "towards, on account of" (冲着这碗面来); 空 kōng of 天空 before 格外;
//   种 zhòng before 的 and a crop (家里种的杨梅); 系 jì of tying (系着围裙); 尽 jǐn "let go first"
//   (尽着老人先吃); 为 wéi "be" after 原 / 均 / 皆 and a verb of judging (认定为民事纠纷); 着 zháo of
//   a result (没找着), zhuó of wearing (身着制服), zhāo of a move (走错一着).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END, ZHONG_COUNTED_BY } from './pattern-classes';

/** No clause mark or space: a span of one clause. */
const SPAN = '[^，。；！？、\\s]';
/** Verbs after which 倒 is falling (摔倒, 推倒, 刮倒 …) rather than pouring. */
const DAO_FALL = '[摔跌滑绊推撞压刮吹打扳累病晕拜颠卧潦放扳砍拉踢]';
/** Loads carried on the back (背着孩子, 背上行囊). */
const LOAD = '(?:孩子|孙子|孙女|儿子|女儿|娃|老人|伤员|病人|伤者|书包|背包|包裹|行囊|行李|竹篓|箩筐|喷雾器|药箱|工具箱|柴|水桶|氧气瓶|债|债务|贷款|骂名|包袱)';
/** Clothes, after 身着 (身着统一服装, 身着红色马甲). */
const CLOTHES = '(?:服|装|衣|衫|袍|褂|裙|马甲|制服|西装|汉服|旗袍|盔甲)';

export const FUNCTION_PATTERNS: readonly Correction[] = [
  // 只 zhī of 只身 (alone); not 只身体 (只 + 身体).
  { word: '只', pinyin: 'zhī', after: '身(?![体上边后份价高材子])', example: '三十年前，他只身一人到杭州学手艺', keep: ['他只身体不太好', '老人只身上有点擦伤'] },
  // 当 dàng "take as, treat as" in 把 … 当 …; not 当场, 当街, 当天 … (dāng), nor 当选, nor after a verb of
  // motion in between (把女儿送到城里来当学徒 dāng).
  { word: '当', pinyin: 'dàng', before: '把[^，。；！？、\\s来去到给]{1,8}', notAfter: '(?:场|街|面|众|即|时|地|年|日|晚|夜|中|下|前|今|初|着|选|然|局|家|心|务|代|权|政|兵|官|归)', example: '有的商家把普通大米当有机米卖', keep: ['有人把垃圾当街焚烧', '他把问题当场解决了', '她把这件事当面说清', '他们把女儿送到城里来当学徒'] },
  // 相 xiàng of a photograph (照了一百多张相, 拍张相).
  { word: '相', pinyin: 'xiàng', before: `(?:照|拍)[了过个]?${SPAN}{0,5}张`, notAfter: '[关互距信似同对比约识继应]', example: '志愿者为老人们拍了一张张相', keep: ['照片上张相关人员的名字'] },
  // 数 shǔ "rank first" (要数 / 就数 / 当数 … 最); not 就数据 / 还数量.
  { word: '数', pinyin: 'shǔ', before: '(?:要|就|得|当|还)', notAfter: '(?:据|字|量|额|码|学|目|值|位|次|百|千|万|十|个|年|名|以|亿|分)', after: `${SPAN}{1,10}最`, example: '说起做年糕的手艺，村里要数王阿婆最好', keep: ['这家企业就数据安全出台了最新规定'] },
  // 倒 dào of pouring (倒进, 倒入, 倒满); not 摔倒进 …, nor 倒在 / 倒掉 (either; 把水倒掉 is read elsewhere).
  { word: '倒', pinyin: 'dào', notBefore: DAO_FALL, after: '(?:进|入|满|一杯|上一杯|垃圾|开水)', example: '把泡好的茶水倒进杯子里', keep: ['他摔倒在地', '大风刮倒在路边的广告牌'] },
  // 倒 dào, the adverb "on the other hand" (倒还不错, 倒也干净, 倒不如); not 摔倒也不哭.
  { word: '倒', pinyin: 'dào', notBefore: DAO_FALL, after: '(?:还|也|挺|蛮|真|并不|不如|不是|不错)', example: '房子不大，收拾得倒也干净', keep: ['孩子摔倒也不哭'] },
  // 背 bēi of carrying: 背着 / 背上 / 背起 a load (背着孩子, 背上了一身债); not 背着父母 bèi.
  { word: '背', pinyin: 'bēi', notBefore: '[违靠后脊手腰驼]', after: `(?:着|上|起|了|过)${SPAN}{0,8}${LOAD}`, example: '她背着竹篓上山采茶', keep: ['他背着父母偷偷报了名', '违背着良心做事'] },
  // 背 bēi of carrying someone down, up or out (从五楼背了下来); not 把课文背下来 bèi.
  { word: '背', pinyin: 'bēi', before: `从${SPAN}{1,10}`, after: '[了着]?(?:下|上|出|进|回|到|过)', example: '民警把受伤的游客从山顶背了下来', keep: ['孩子把整篇课文背了下来'] },
  // 差 chāi of 差事 (an errand, a job); not 差事 of "a poor matter".
  { word: '差', pinyin: 'chāi', before: '(?:[份件个桩这那]|苦|美|肥|好|的|新)', after: '事', example: '这份差事虽然辛苦，他却干得很起劲', keep: [] },
  // 重 chóng of doing again (重写了一遍, 重拍了一次); not 很重了一些.
  { word: '重', pinyin: 'chóng', after: '(?:写|做|拍|修|建|装|画|印|排|刷|走|读|考|测|办|填|选|录|算|查|审|铺|种|栽|编|制|洗|缝|砌|唱|演|弹|抄|打)(?:了|过)?(?:一遍|一次|一回|一下|两遍|几遍)', example: '材料有误，他只好把表格重填了一遍', keep: ['这只箱子很重'] },
  // 冲 chòng "towards, on account of": 冲着 before what is aimed at (冲着这碗面来); not 冲着进去.
  { word: '冲', pinyin: 'chòng', notBefore: '[横直猛往俯飞向]', after: '着(?![进出上下过去来向往前澡凉咖茶奶水])', example: '不少食客就是冲着这家的老味道来的', keep: ['消防员一个个冲进火场'] },
  // 空 kōng of 天空 / 太空 before 格外 (not the word 空格).
  { word: '空', pinyin: 'kōng', before: '[天太高星夜碧晴领]', after: '格外', example: '雨后的天空格外湛蓝', keep: [] },
  // 种 zhòng before 的 and a crop (他家种的杨梅); not 这种的, 品种的.
  { word: '种', pinyin: 'zhòng', notBefore: `[${ZHONG_COUNTED_BY}品良新特物树播杂兵军人语剧工]`, after: '的(?:杨梅|茶|水稻|稻|蔬菜|菜|瓜|果|树|花|草|粮|玉米|小麦|麦|豆|橘|柑|桃|梨|葡萄|西瓜|甘蔗|番薯|红薯|土豆)', example: '他们家种的西瓜又大又甜', keep: ['这种的西瓜不好卖', '这个品种的水稻抗倒伏'] },
  // 系 jì of tying (系着围裙, 系上领带); not 系统, 系列.
  { word: '系', pinyin: 'jì', notAfter: '[统列数]', after: `(?:着|上|好|紧|牢|了|在)?${SPAN}{0,4}(?:围裙|领带|领巾|鞋带|安全带|丝带|绳|腰带|围巾|彩带|丝巾|蝴蝶结|飘带|红布)`, example: '新郎系着一条红色领带', keep: ['系统自动识别安全带是否扣好'] },
  // 尽 jǐn "let go first" (尽着老人先吃: XH 尽 jǐn 让某些人或事物尽先).
  { word: '尽', pinyin: 'jǐn', after: `着${SPAN}{1,8}先`, example: '家里有好吃的，总是尽着孩子先吃', keep: [] },
  // 为 wéi "be" after 原 / 均 / 皆 (原为一片荒地, 均为本地人); not 均为群众办实事.
  { word: '为', pinyin: 'wéi', before: '[原均皆]', notAfter: '(?:了|此|其|之|何|什么|自己|他|她|群众|人民|大家|百姓|老百姓|社会|企业|村民|居民)', example: '这片公园原为一处废弃的砖窑厂', keep: ['党员均为群众办过实事', '几位书法家均为其题写过匾额'] },
  // 为 wéi "as" after a verb of judging (认定为民事纠纷: not 为民 wèi).
  { word: '为', pinyin: 'wéi', before: '(?:认定|界定|鉴定|判定|定性|视|列|评)', notAfter: '(?:了|此|何|什么|群众|人民|大家|百姓|村民|居民|企业)', example: '该行为被认定为民间借贷', keep: [] },
  // 着 zháo of a result after 没 / 没有 + a verb (没找着, 没碰着).
  { word: '着', pinyin: 'zháo', before: '没有?(?:找|碰|摸|逮|抓|猜|赶|够|买|借|见)', example: '他跑遍了半个城也没找着', keep: [] },
  // 着 zhuó of wearing: 身着 + clothes (身着统一服装); not 全身着火 zháo.
  { word: '着', pinyin: 'zhuó', before: '身', after: `${SPAN}{0,6}${CLOTHES}`, example: '学生们身着汉服，在孔庙前诵读《论语》', keep: ['他浑身着急得直冒汗'] },
  // 着 zhāo "a move" in chess and tactics (走错一着, 这一着棋); not 一着急.
  { word: '着', pinyin: 'zhāo', before: '(?:走错|下错|出错|输|赢)?[一这那]', after: `(?:棋|妙棋|险棋|${CLAUSE_END})`, example: '他下错一着，只能认输', keep: ['老人一着急就说不出话'] },
];
