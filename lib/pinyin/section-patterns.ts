// Readings of polyphones on the sport, market, life and local-history pages where the word around the
// character, not the character's commoner sense, decides (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT
// agrees where it lists the word: 揣度 / 忖度 duó, 关卡 qiǎ, 和面 huó):
//   度 duó "estimate" after 揣 / 忖 / 臆; 吐 tù "vomit" ending a clause (一上车就吐了, 吐了一地; not 把鱼刺吐了 tǔ);
//   结 jiē "bear (fruit)" after a fruit or a crop (杨梅结得又大又多; not 树枝上结了冰 jié); 冠 guàn of a title (卫冠,
//   摘冠, 三连冠); 蒙 mēng "guess" (瞎蒙, 蒙对了); 晃 huǎng "dazzle" after light (阳光晃得人睁不开眼);
//   关卡 qiǎ; 的 dí of 的哥 / 的姐; 场 cháng of a threshing floor (晒场, 稻场); 和 huó "knead" before 面 as a verb (一早起来和面包汤圆; not 牛奶和面包 hé).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END } from './pattern-classes';

/** No clause mark or space: a span of one clause. */
const SPAN = '[^，。；！？、\\s]';
/** Fruit and crops that 结 (bear) before: 杨梅结得又大又多, 瓜藤上结满了南瓜. */
const BEARER = '(?:果|树|杨梅|桃|梨|橘|柑|柚|柿|枣|李|杏|葡萄|瓜|藤|苗|枝头|稻|麦|豆|茄子|番茄|辣椒|猕猴桃|蓝莓|草莓|枇杷|石榴)';
/** What is 结 jié although a plant bears it: ice, frost, cobwebs, cocoons, scabs. */
const JIE_NOT_FRUIT = '[冰霜网茧疤痂晶冻]';
/** Words of light before 晃 huǎng "dazzle". */
const LIGHT = '(?:光|阳|灯|照|亮|闪|太阳)';

export const SECTION_PATTERNS: readonly Correction[] = [
  // 度 duó "estimate, surmise" (揣度, 忖度, 臆度).
  { word: '度', pinyin: 'duó', before: '[揣忖臆]', example: '做事不能凭主观臆度，要先到现场看看', keep: ['这种说法纯属臆想，可信度不高'] },
  // 吐 tù "vomit": ending a clause after 了, or 吐了一地 / 一身; not with 把 / 将 in the clause (把鱼刺吐了 tǔ), nor
  // 吞吐 / 谈吐 / 倾吐, nor what is said (心里话都吐了).
  { word: '吐', pinyin: 'tù', notBefore: `(?:(?:把|将)${SPAN}{0,10}|[吞谈倾一]|(?:心里话|苦水|真言|实情|实话|真话|怨气)${SPAN}{0,3})`, after: `了(?:一地|一身|满地|好几次|${CLAUSE_END})`, example: '车开到半山腰，孩子就吐了', keep: ['他把嘴里的鱼刺吐了。', '她终于把心里话吐了，', '几天的憋屈一吐了之'] },
  // 吐 tù after 想 / 要 ending a clause (恶心想吐).
  { word: '吐', pinyin: 'tù', before: '(?:想|要|直想|就想)', after: CLAUSE_END, example: '坐了一路大巴，她头晕想吐。', keep: ['有话想吐露出来'] },
  // 结 jiē "bear (fruit)" after a fruit or crop in the clause (杨梅结得又大又多, 树上结满了果子); not 结了冰.
  { word: '结', pinyin: 'jiē', before: `${BEARER}${SPAN}{0,3}`, after: `(?:(?:得|满了?|了|出)(?!${SPAN}{0,4}${JIE_NOT_FRUIT})|籽|荚|穗)`, example: '今年的杨梅结得又密又甜', keep: ['清晨，树枝上结了一层霜', '果树结构调整后效益更好'] },
  // 冠 guàn of a title (卫冠, 摘冠, 争冠, 三连冠); not 树冠, 皇冠.
  { word: '冠', pinyin: 'guàn', before: '(?:卫|摘|争|折|封|连|[两三四五六七八九十])', notAfter: '[心状]', example: '这支球队时隔两年再度卫冠', keep: ['这棵古树的树冠像一把大伞'] },
  // 蒙 mēng "guess" (瞎蒙, 乱蒙, 蒙对了); not 蒙在鼓里 méng.
  { word: '蒙', pinyin: 'mēng', before: '[瞎乱]', example: '不会做的题他就瞎蒙', keep: ['村民们被蒙在鼓里'] },
  { word: '蒙', pinyin: 'mēng', after: '[对中]了', example: '这道题他是蒙对了', keep: ['受灾群众蒙受了损失'] },
  // 晃 huǎng "dazzle" after light, in the clause or the one before (阳光照在墙上，晃得人睁不开眼); not 船晃得厉害.
  { word: '晃', pinyin: 'huǎng', before: `${LIGHT}[^。；！？]{0,14}`, after: `(?:眼|得${SPAN}{0,4}(?:眼|睁不开))`, example: '对面车的远光灯晃得人睁不开眼', keep: ['灯光下，渔船晃得厉害'] },
  // 卡 qiǎ of 关卡 (a checkpoint, a level of a game); not 关卡片, nor a card after 通关 / 开关 / 机关 (通关卡 kǎ).
  { word: '卡', pinyin: 'qiǎ', before: '(?<![开机玄通])关', notAfter: '[片通]', example: '检查站在各个出城关卡设点', keep: ['他买了两张快速通关卡'] },
  // 的 dí of 的哥 / 的姐 (a taxi driver) starting a clause or after a measure (一位的哥); not 他的哥哥, 我们的哥们.
  { word: '的', pinyin: 'dí', before: '(?:^|[，。；！？、“‘（《\\s]|[位名个])', after: '[哥姐](?![哥姐们])', example: '深夜，的哥小李把醉酒乘客送回了家', keep: ['他的哥哥在杭州工作', '她是我们的哥们'] },
  // 场 cháng of a threshing floor (晒场, 稻场, 谷场: XH 场 cháng ①, as 打场, 场院).
  { word: '场', pinyin: 'cháng', before: '(?<![展市广会赛现])[晒稻谷麦]', example: '村口的晒场上堆满了刚收的稻谷', notAfter: '[景所馆合次]', keep: ['稻谷市场价格平稳', '来自硅谷场景的创新'] },
  // 和 huó "knead" before 面 as a verb: after a word of doing, before the dough's end or 包 + a dumpling;
  // not the conjunction (牛奶和面包 hé, 在和面包店老板谈).
  { word: '和', pinyin: 'huó', before: '(?:^|[，。；！？、\\s]|起来|正在|在|正|先|帮|开始|忙着|要|去|来)', after: `面(?:${CLAUSE_END}|了|粉|团|包(?:汤圆|饺子|粽子|馄饨|包子))`, example: '冬至前后，奶奶一早起来和面包汤圆', keep: ['早餐是牛奶和面包', '他正在和面包店老板谈合作'] },
];
