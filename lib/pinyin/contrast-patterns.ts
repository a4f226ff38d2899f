// Readings of polyphones whose rarer reading the model misses in the registers the CPP benchmark
// mixes, where the words around the character decide (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT
// agrees where it lists the word: 汗国 hán, 摇杆 / 操纵杆 / 笔杆 gǎn, 应予 yīng):
//   为 wéi in a taxonomic statement (…为蔷薇科山楂属), after a floor (一层为展厅) and before a share
//   closing the clause (女性为四成九); 汗 hán of a khan's throne and court (汗位, 汗庭);
//   扒 bā "hold on to, pull down, dig out" (扒着窗台, 扒了出来, 扒火车), not 扒了两口饭 (pá);
//   蒙 mēng "dazed, deceive" (问蒙了, 别蒙我) and Měng of Mongolia after 中 / 俄 (中蒙边境);
//   应 yīng "should" before 予 / 是 / 还 / 属 / 先 / 为 (应予处罚, 应先征求, 本义应为); 载 zài after 限; 眼泡 pāo;
//   杆 gǎn of a handle or shaft (摇杆, 操纵杆, 腰杆); 子 zǐ "sub-" after 个 (五个子项目, not 个子).
// Found on a set written for the purpose (tests/fixtures/polyphones-dev18.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { AFGHAN_BEFORE_HAN, CLAUSE_END, NUMERAL_CHARS } from './pattern-classes';

/** After 为: the beneficiary of 为 wèi "for" (为市民提供, 为大家). */
const FOR_WHOM = '(?:了|民|人民|群众|百姓|企业|大家|孩子|学生|老人|居民|村民|市民|游客|职工|何|什么)';
/** Where 应 ends or is inside a word (响应, 供应, 相应, 因应 …), not the modal. */
const YING_IN_WORD = '[反响适对供相答理呼效感回照顺报接内策因]';

export const CONTRAST_PATTERNS: readonly Correction[] = [
  // 为 wéi "be" in a taxonomic statement (野山楂为蔷薇科山楂属的落叶灌木); not 为科研单位提供.
  { word: '为', pinyin: 'wéi', after: '[^，。；！？为]{1,8}科[^，。；！？]{0,8}属', example: '野山楂为蔷薇科山楂属的落叶灌木', keep: ['这笔经费专门为科研单位购置设备'] },
  // 为 wéi after a floor (一层为展厅，二楼为阅览室); not 一楼为市民开放.
  { word: '为', pinyin: 'wéi', before: `[${NUMERAL_CHARS}]+[层楼]`, notAfter: FOR_WHOM, example: '新馆一层为展厅，二层为阅览室', keep: ['图书馆一楼为市民提供自习座位'] },
  // 为 wéi before a share closing the clause (女性为四成九, 合格率为98%); not 为三成企业减负.
  { word: '为', pinyin: 'wéi', after: `(?:[${NUMERAL_CHARS}]+成[一二三四五六七八九]?|[0-9.０-９]+[%％])${CLAUSE_END}`, example: '男性占五成一，女性为四成九', keep: ['新政为三成企业减轻了负担'] },
  // 汗 hán of a khan's throne and court (继承汗位, 汗庭); not 出汗位置, 阿富汗位于.
  { word: '汗', pinyin: 'hán', notBefore: `(?:${AFGHAN_BEFORE_HAN}|[出流冒发止擦虚盗])`, after: '[位庭廷帐](?![置于])', example: '父亲死后，他继承了汗位', keep: ['运动时出汗位置因人而异', '阿富汗位于亚洲中部'] },
  // 扒 bā "hold on to, pull down, dig out" (扒着窗台, 房子扒了, 扒了出来, 扒火车); not 扒了两口饭 (pá), 扒手.
  { word: '扒', pinyin: 'bā', after: `(?:着|开|掉|下来|出来|出|了(?:出来|下来|${CLAUSE_END})|过?(?:(?:火|汽)?车|墙|窗))`, notAfter: '[着了][^，。]{0,3}饭', example: '几个孩子扒着窗台往屋里看', keep: ['他低头扒着碗里的饭', '民警抓获一名扒手'] },
  // 蒙 mēng "dazed" after a verb (被问蒙了, 搞蒙了) and "deceive" with its object (别蒙我); not 蒙了一层灰.
  { word: '蒙', pinyin: 'mēng', before: '[问搞吓打整弄听看绕说给]', after: `(?:了|圈)${CLAUSE_END}`, example: '他一下子被问蒙了，半天没说出话来', keep: ['桌上蒙了一层灰'] },
  { word: '蒙', pinyin: 'mēng', before: '(?:别|少|不许|不准|敢|想|存心|故意)', after: '(?:我|你|他|她|人|咱)(?![们]?[的眼脸头])', example: '你别蒙我，这东西哪值这么多钱', keep: ['别蒙他眼睛'] },
  // 蒙 Měng of Mongolia after 中 / 俄 (中蒙边境, 中蒙两国); not 中蒙受损失.
  { word: '蒙', pinyin: 'měng', before: '[中俄]', after: '(?:边境|两国|关系|俄|合作|口岸|友好|双方|经贸|铁路|国界|边界)', example: '二连浩特是中蒙边境上最大的陆路口岸', keep: ['企业在这次事故中蒙受损失'] },
  // 应 yīng "should" before 予 / 是 / 属 / 还 / 先 / 为 (应予处罚, 他应是最早的, 应先报批, 本义应为); not 反应是 / 供应还 / 答应先 / 感应为.
  { word: '应', pinyin: 'yīng', notBefore: YING_IN_WORD, after: '(?:予|是|属|还(?![击手嘴])|视为|先|为)', example: '对违反规定的行为应予处罚', keep: ['他的第一反应是报警', '蔬菜供应还算充足', '他答应先去看看', '这种电路以电磁感应为原理'] },
  // 载 zài of carrying after 限 (限载二十吨).
  { word: '载', pinyin: 'zài', before: '限', example: '这座桥限载二十吨', keep: [] },
  { word: '眼泡', pinyin: 'yǎn pāo', example: '她哭了一夜，眼泡肿得老高', keep: [] },
  // 杆 gǎn of a handle or shaft (摇杆, 操纵杆, 驾驶杆, 笔杆, 枪杆, 秤杆, 腰杆); 杆 gān of a pole is in ./mixed-register-patterns.ts.
  { word: '杆', pinyin: 'gǎn', before: '(?:摇|操纵|驾驶|笔|枪|秤|腰)', example: '游戏手柄左边的摇杆控制人物移动', keep: [] },
  // 子 zǐ "sub-" after 个 (五个子项目, 三个子公司); not 个子高 (gèzi).
  { word: '子', pinyin: 'zǐ', before: '个', after: '(?:项目|课题|任务|系统|模块|目录|公司|品牌|栏目|工程|类别|基金|网站|集)', example: '改造工程分为五个子项目', keep: ['他个子高，站在最后一排'] },
];
