// Readings of polyphones the model still misses in general text, where a neighbouring word decides
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 直奔 bèn, 炸鱼 zhá,
// 卷发 juǎn, 铣床 xǐ, 流氓 máng):
//   藏 zàng of a scripture store (藏经楼, 藏经阁);
//   抡 lún "select" before 才 / 元 (抡才, 抡元); 缪 Miào next to 姓 / 氏 (缪姓族谱);
//   铣 xǐ "mill" next to 削 / 刀 / 床 / 数控 … (铣削), not in names (萧铣) nor 铣铁 (xiǎn); 卷 juàn after 试 / 问 / 答 / 考 even before 发 (试卷发下来);
//   炸 zhá "deep-fry" before a dish (炸点带鱼, 炸春卷), bare 鱼 left out; 炸 zhà of 炸鱼 banned or listed with 毒鱼 / 电鱼;
//   氓 méng except in 流氓; 糊 hù of a paste-like food (芝麻糊); 锔 jú of the element; 奔 bèn after 直,
//   and bēn before 跑 / 驰 / 波 / 腾 … whatever precedes (一直奔跑).
// And (tests/fixtures/polyphones-dev20.json; CC-CEDICT agrees where it lists the word: 葛根 gé, 磨坊 fáng,
// 琢磨 zuó "think over", 挨打 ái):
//   擂 lèi of 擂主; 坊 fáng of a craft workshop (油坊, 粉坊, 豆腐坊); 葛 gé of the plant (葛根, 葛粉);
//   琢 zuó of 琢磨 "turn over in the mind" (琢磨了好几天, 瞎琢磨); 挨 ái of blows and scolding with words
//   between (挨父亲的打); 撮 zuǒ of a tuft of hair (一撮小胡子); 垛 duò of a stack (麦秸垛, 柴火垛);
//   校 jiào "proofread" before 一遍 (校一遍); 喝 hè of a shout (大喝一声); 缝 fèng of a crack after 条 / 道
//   (那条缝); 圩 xū of a market day (赶圩, 圩日); 臭 xiù "odour" in 无色无臭; 吧 ba of a suggestion
//   closing its clause (走吧，), not of a bar (去酒吧，).
// Found on sets written for the purpose (tests/fixtures/polyphones-dev19.json, -dev20.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';

/** Dishes fried in oil (炸 zhá before them, with a measure or 点 / 些 / 了 between). */
const FRIED = '(?:带鱼|小鱼|鱼块|黄鱼|鸡腿|鸡翅|鸡块|虾|春卷|丸子|油条|薯条|排骨|花生|豆腐|年糕|馒头|茄子|里脊|酥肉|肉丸|藕盒|臭豆腐)';

export const GENERAL_TEXT_PATTERNS: readonly Correction[] = [
  // 藏 zàng of a scripture store (藏经楼, 藏经阁); not 把经书藏在洞里.
  { word: '藏', pinyin: 'zàng', after: '经[楼阁洞殿堂]', example: '寺后有一座藏经阁，存有明代刻本', keep: ['他把经书藏在山洞里'] },
  // 抡 lún "select" before 才 / 元 (抡才大典, 抡元); not 抡起锤子 (lūn).
  { word: '抡', pinyin: 'lún', after: '[才元]', example: '那年乡试他一举抡元', keep: ['他抡起锤子砸向木桩'] },
  // 缪 Miào, the surname, next to 姓 / 氏 (缪姓, 姓缪); not 未雨绸缪 (móu).
  { word: '缪', pinyin: 'miào', after: '[姓氏]', example: '村里的缪姓人家大多是明代迁来的', keep: ['要未雨绸缪，早做准备'] },
  { word: '缪', pinyin: 'miào', before: '姓', example: '新来的老师姓缪', keep: [] },
  // 铣 xǐ "mill" before 削 / 刀 / 床 / 工 / 槽 and after 数控 / 化 / 粗 / 精; not 铣铁 nor names (萧铣 Xiǎn).
  { word: '铣', pinyin: 'xǐ', after: '[削刀床工槽]', example: '这批零件还要再铣削一遍', keep: ['铣铁是含碳较高的铸铁', '唐军击败萧铣，平定江南'] },
  { word: '铣', pinyin: 'xǐ', before: '(?:数控|化|粗|精)', example: '这道工序要先粗铣再精铣', keep: [] },
  // 卷 juàn of an exam or questionnaire paper even before 发 (试卷发下来); not 她的卷发 (juǎn).
  { word: '卷', pinyin: 'juàn', before: '[试问答考]', example: '试卷发下来以后，他先看了作文题', keep: ['她把卷发扎了起来'] },
  // 炸 zhá "deep-fry" before a dish (炸点带鱼, 炸春卷); not 炸了一座桥. Bare 鱼 is left out: 严禁炸鱼 is zhà.
  { word: '炸', pinyin: 'zhá', after: `(?:点|些|了)?(?:[一两几][盘锅碗条块])?${FRIED}`, example: '晚上炸点带鱼，孩子爱吃', keep: ['敌军炸了一座桥', '他一听就炸了锅'] },
  // 炸 zhà of fishing with explosives: 炸鱼 banned (严禁炸鱼, 非法炸鱼) or listed with 毒鱼 / 电鱼; the fried dish stays zhá.
  { word: '炸', pinyin: 'zhà', after: '鱼', before: '(?:严禁|禁止|不准|不得|不许|非法|私自|违法)[^。；！？，、]{0,8}', example: '禁渔期内严禁炸鱼、毒鱼、电鱼', keep: ['晚上炸鱼给孩子吃'] },
  { word: '炸', pinyin: 'zhà', after: '鱼[、，和及或]?[毒电]鱼', example: '有人在水库里炸鱼电鱼，被渔政部门查处', keep: ['炸鱼块要先腌一下'] },
  { word: '炸', pinyin: 'zhà', after: '鱼', before: '[毒电]鱼[、，和及或]?', example: '毒鱼、炸鱼的行为将被依法处理', keep: [] },
  // 氓 méng "the common people" (群氓, the 诗经's 氓); máng only in 流氓.
  { word: '氓', pinyin: 'méng', notBefore: '流', example: '诗经卫风中有一篇叫氓', keep: ['警方抓获一名耍流氓的男子'] },
  // 糊 hù of a paste-like food (芝麻糊, 核桃糊, 辣椒糊); not 芝麻糊了 (burnt, hú).
  { word: '糊', pinyin: 'hù', before: '(?:芝麻|核桃|杏仁|辣椒|花生)', notAfter: '[了住上涂弄里口]', example: '冬天早上喝一碗黑芝麻糊', keep: ['锅里的芝麻糊了'] },
  // 锔 jú of the element (锔是一种放射性元素); jū of mending china (锔瓷, 锔碗).
  { word: '锔', pinyin: 'jú', after: '[^。；！？]{0,16}(?:元素|同位素|放射性)', example: '锔是一种放射性金属元素', keep: ['老师傅现场演示锔瓷技艺'] },
  // 奔 bèn "head straight for" after 直 / 直接 (直奔车站, 直接奔县城去); not 一直奔跑.
  { word: '奔', pinyin: 'bèn', before: '直接?', notBefore: '(?:一|简)直接?', notAfter: '[跑驰波腾流赴走逃放]', example: '下了车，他们直接奔县医院去', keep: ['孩子们一直奔跑到村口'] },
  // 奔 bēn "run, rush" in 奔跑 / 奔驰 / 奔波 / 奔腾 / 奔流 / 奔赴 / 奔走 / 奔逃 / 奔放 (一直奔跑, 直接奔放); not 投奔 (the dictionary word).
  { word: '奔', pinyin: 'bēn', after: '[跑驰波腾流赴走逃放]', example: '孩子们一直奔跑到村口', keep: ['他去温州投奔舅舅'] },
  // 擂 lèi of the arena's champion (擂主); not 擂鼓 (léi).
  { word: '擂', pinyin: 'lèi', after: '主', example: '连守三关的老擂主终于败下阵来', keep: ['战士们擂响了战鼓'] },
  // 坊 fáng of a craft workshop (油坊, 粉坊, 染坊, 豆腐坊); not 牌坊 / 街坊 (fāng).
  { word: '坊', pinyin: 'fáng', before: '(?:[油粉糖醋酱]|豆腐)', example: '村东头那家粉坊专做番薯粉丝', keep: ['村口立着一座贞节牌坊'] },
  // 葛 gé of the plant (葛根, 葛粉, 葛藤, 葛布); not 诸葛, nor the surname (葛大爷, Gě).
  { word: '葛', pinyin: 'gé', after: '[根粉藤布]', notBefore: '诸', example: '山里人把葛根挖回来磨成粉', keep: ['诸葛亮六出祁山', '葛大爷一早就去赶集了'] },
  // 琢 zuó of 琢磨 "turn over in the mind" (琢磨了好几天, 瞎琢磨); not the carver's 精雕细琢 / 琢磨玉器 (zhuó).
  { word: '琢', pinyin: 'zuó', after: '磨(?:了|着|过|出|透|不透|一下|半天|好久|起来|什么|啥|怎么|琢磨)', example: '他琢磨了半天，还是没想出个头绪', keep: ['这块玉料经过匠人反复琢磨才成器'] },
  { word: '琢', pinyin: 'zuó', after: '磨', before: '(?:瞎|细细|暗自|暗暗|心里|私下|自己)', example: '别一个人瞎琢磨，找人商量商量', keep: [] },
  // 挨 ái of blows and scolding with words between (挨父亲的打, 挨了老师一顿批评); not 挨着打印机 / 挨家挨户 (āi).
  { word: '挨', pinyin: 'ái', after: '(?:了|过)?(?:[^，。！？；、]{1,4}的|[^，。！？；、]{0,4}[一几两]顿)(?:打|骂|揍|批评|训斥|处分|耳光|巴掌|板子|鞭子)(?![印开算扫工造球车电字])', example: '那天他又挨了父亲的一顿骂', keep: ['他的座位挨着打印机的桌子'] },
  // 撮 zuǒ, the measure of a tuft of hair (一撮小胡子, 两撮白毛); not 一撮盐 (cuō).
  { word: '撮', pinyin: 'zuǒ', before: '[一两几数]', after: '[小白黑长短灰花卷]{0,2}(?:胡子|胡须|毛|头发|白发|黑发|鬓角)', example: '那人嘴角留着一撮黑胡子', keep: ['汤里再放一撮盐'] },
  // 垛 duò of a stack (麦秸垛, 草垛, 柴火垛, 砖垛); not 城垛 / 垛口 (duǒ).
  { word: '垛', pinyin: 'duò', before: '(?:[秸草柴麦稻砖谷粮煤]|柴火|棉花)', example: '几个孩子在草垛后面捉迷藏', keep: ['城墙上的垛口还留着弹痕'] },
  // 校 jiào "proofread, check" before 一遍 / 两遍 (把稿子校一遍); not 学校一遍遍 … (xiào).
  { word: '校', pinyin: 'jiào', after: '了?[一两三几]遍', notBefore: '[学院母军党分高驾全本返离住夜名团]', example: '付印之前，编辑又把清样校了一遍', keep: ['全校一遍遍地演练疏散'] },
  // 喝 hè of a shout (大喝一声, 断喝一声); not 喝一口 (hē).
  { word: '喝', pinyin: 'hè', after: '一声', example: '班长大喝一声，冲了上去', keep: ['他喝一口茶，接着往下说'] },
  // 缝 fèng of a crack or gap after 条 / 道 (那条缝, 一道缝); not 一条缝好的裤子 (féng).
  { word: '缝', pinyin: 'fèng', before: '[条道]', notAfter: '[好上补制合起在住了过纫]', example: '窗户下面那条缝，一到冬天就漏风', keep: ['她把那条裤子缝好了'] },
  // 圩 xū of a market (赶圩, 趁圩, 圩日); not 圩区 / 圩堤 (wéi).
  { word: '圩', pinyin: 'xū', before: '[赶趁逢]', example: '每逢农历三六九，山里人都要下山赶圩', keep: ['镇里加固了沿江的圩堤'] },
  { word: '圩', pinyin: 'xū', after: '日', example: '圩日一到，街上挤满了卖山货的人', keep: [] },
  // 臭 xiù "odour" in 无色无臭 / 无味无臭; not 有臭味 (chòu).
  { word: '臭', pinyin: 'xiù', before: '无[色味][，、]?无', example: '甲烷是一种无色无臭的气体', keep: ['这种气体有臭味'] },
  // 吧 ba of a suggestion or agreement closing its clause (走吧，车快开了; 好吧，); not 去酒吧， (bā).
  { word: '吧', pinyin: 'ba', after: '[，。！？；…”’]', notBefore: '[酒网氧水书茶话贴陶迪琴论]', example: '好吧，车开了我们就出发', keep: ['下了班他常去酒吧，一坐就是半夜'] },
];
