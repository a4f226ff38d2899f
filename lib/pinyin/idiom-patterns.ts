// Readings of a polyphone inside an idiom (成语), proverb or set phrase of news, and of a few
// everyday verbs and adjectives near them, where pinyin-pro or the benchmark-trained model reads the
// commoner sense (Xiandai Hanyu Cidian, 7th ed., and its 成语 entries; CC-CEDICT agrees where it
// lists the idiom, except 装模作样, which it reads mó):
//   千钧一发 / 间不容发 / 一发千钧 fà (a hair); 装模作样 mú; 兵来将挡 jiàng; 风调雨顺 tiáo; 寡廉鲜耻 and
//   鲜有 / 鲜见 / 鲜少 xiǎn (rarely; not 新鲜有营养, 海鲜有); 敢为人先 / 敢为天下先 wéi; 吃一堑，长一智 zhǎng;
//   种瓜得瓜，种豆得豆 and 种花养鱼 zhòng (not 这种瓜得多浇水); 加油干 gàn closing a clause, 干了一天,
//   干完了活 gàn; 钻…空子 zuān; 调 tiáo
//   before 得 + a degree (调得太低; XH 调 tiáo 使配合得均匀合适); 少 shǎo closing a comparison with 比
//   (比往年少, 比去年少了一些); 抹 mā of wiping a table (XH 抹 mā 擦: 抹桌子).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { CLAUSE_END, ZHONG_COUNTED_BY } from './pattern-classes';

/** Characters after which 鲜 ends a word (新鲜, 海鲜, 保鲜 …) and what follows is another word. */
const XIAN_WORD_END = '[新海生保河湖尝时鱼冰江山光朝水]';

export const IDIOM_PATTERNS: readonly Correction[] = [
  // 发 fà "a hair" in 千钧一发, 间不容发 and 一发千钧; fā of 一发不可收拾.
  { word: '发', pinyin: 'fà', before: '(?:千钧一|间不容)', example: '在千钧一发之际，消防员冲进了火场', keep: ['问题一发现就整改'] },
  { word: '发', pinyin: 'fà', before: '一', after: '千钧', example: '形势一发千钧，容不得半点迟疑', keep: ['一发不可收拾'] },
  // 装模作样 zhuāng mú zuò yàng (XH; CC-CEDICT mó).
  { word: '模', pinyin: 'mú', before: '装', after: '作样', example: '有的干部下基层装模作样走一圈', keep: ['这套装模具很贵'] },
  // 兵来将挡，水来土掩 jiàng; jiāng of 兵来将至.
  { word: '将', pinyin: 'jiàng', before: '兵来', after: '挡', example: '大家兵来将挡，水来土掩', keep: ['援兵来将近一个月'] },
  // 风调雨顺 tiáo; diào of 风调 elsewhere is not a word.
  { word: '调', pinyin: 'tiáo', before: '风', after: '雨顺', example: '今年风调雨顺，早稻喜获丰收', keep: ['这首曲子的风调很特别'] },
  // 鲜 xiǎn "rarely": 寡廉鲜耻, 鲜有 / 鲜见 / 鲜少 / 鲜闻; xiān after a word ending in 鲜 (新鲜有营养).
  { word: '鲜', pinyin: 'xiǎn', before: '寡廉', after: '耻', example: '寡廉鲜耻的行为必将受到惩处', keep: ['廉价的鲜花'] },
  { word: '鲜', pinyin: 'xiǎn', notBefore: XIAN_WORD_END, after: '(?:有|见|少|闻)(?![机味营益])', example: '这一带鲜有游客到访', keep: ['这些蔬菜新鲜有营养', '店里的海鲜有十几种', '鲜有机蔬菜'] },
  // 敢为人先 / 敢为天下先 wéi; wèi of 敢为群众办实事.
  { word: '为', pinyin: 'wéi', before: '敢', after: '(?:人先|天下先)', example: '这座城市敢为人先，率先推出改革', keep: ['干部要敢为群众说话'] },
  // 吃一堑，长一智 zhǎng.
  { word: '长', pinyin: 'zhǎng', after: '一智', example: '吃一堑长一智，这次教训让公司完善了制度', keep: ['队长一直在场'] },
  // 种 zhòng of 种瓜得瓜，种豆得豆; zhǒng of 这种瓜得多浇水.
  { word: '种', pinyin: 'zhòng', notBefore: `[${ZHONG_COUNTED_BY}品良新]`, after: '[瓜豆麦稻树菜粮花果]得\\p{Script=Han}', example: '种瓜得瓜，种豆得豆，付出总有回报', keep: ['这种瓜得多浇水'] },
  // 种 zhòng of 种花养鱼, 种菜养鸡 (growing and raising); zhǒng of 这种花养起来.
  { word: '种', pinyin: 'zhòng', notBefore: `[${ZHONG_COUNTED_BY}品良新特物树播杂兵军人语剧]`, after: '(?:花|菜|树|草|瓜|豆|果)养', example: '退休后他种花养鱼，心宽体胖', keep: ['这种花养起来不难'] },
  // 干 gàn of working a span of time or a job (干了一天农活, 干完了活); gān of 干了这杯, 晾干了.
  { word: '干', pinyin: 'gàn', notBefore: '[晒晾烘风吹擦烤饼肉豆烧焙]', after: '(?:了|完了?|过)?(?:[一两三四五六七八九十几半整]+(?:天|个?月|年|辈子|个?小时|个?钟头)|(?:农|粗|重|细|零)?活|家务)', example: '干了一天农活，他累得腰都直不起来', keep: ['大家干了这杯酒', '衣服晒干了一天也没人收'] },
  // 加油干 gàn closing a clause (撸起袖子加油干); not 加油干杯.
  { word: '干', pinyin: 'gàn', before: '加油', after: CLAUSE_END, example: '撸起袖子加油干，新年开局就要抢抓进度', keep: ['大家为胜利加油干杯'] },
  // 钻 zuān of 钻…空子; not 电钻, 金刚钻.
  { word: '钻', pinyin: 'zuān', notBefore: '[电金风手冲]', after: '[^，。；！？\\s]{0,8}空子', example: '个别商家钻政策的空子骗取补贴', keep: ['工人用电钻在墙上打孔'] },
  // 调 tiáo before 得 + a degree (调得太低, 调得更亮); not a transfer (调得很远).
  { word: '调', pinyin: 'tiáo', after: '得(?:太|很|偏|过于?|更|稍微?|有点|再)?(?:高|低|大|小|亮|暗|快|慢|准|匀|淡|咸|浓|紧|松)', example: '空调温度不宜调得太低', keep: ['他被调得很远'] },
  // 少 shǎo closing a comparison with 比 (降雨比往年少, 比往年少了一些); not 比男女老少.
  { word: '少', pinyin: 'shǎo', before: '比[^，。；！？\\s]{1,10}', notBefore: '老', after: `(?:了|得多|了?(?:一些|一点儿?|些|许多|不少|很多|好多))?${CLAUSE_END}`, example: '今年的降雨比往年少', keep: ['参观的人比上届多了好些男女老少。'] },
  // 抹 mā of wiping a table, a stove, a window sill (抹桌子); mǒ of 抹药, mò of 拐弯抹角.
  { word: '抹', pinyin: 'mā', after: '了?(?:一下|一遍|两遍)?(?:桌子|桌面|桌椅|灶台|窗台|柜子|茶几)', example: '志愿者帮老人抹桌子、扫地', keep: ['医生给伤口抹了药'] },
];
