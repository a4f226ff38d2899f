// Readings of polyphones the model still misses in general text, where a neighbouring word decides
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 直奔 bèn, 炸鱼 zhá,
// 卷发 juǎn, 铣床 xǐ, 流氓 máng):
//   藏 zàng of a scripture store (藏经楼, 藏经阁);
//   抡 lún "select" before 才 / 元 (抡才, 抡元); 缪 Miào next to 姓 / 氏 (缪姓族谱);
//   铣 xǐ "mill" next to 削 / 刀 / 床 / 数控 … (铣削), not in names (萧铣) nor 铣铁 (xiǎn); 卷 juàn after 试 / 问 / 答 / 考 even before 发 (试卷发下来);
//   炸 zhá "deep-fry" before a dish (炸点带鱼, 炸春卷), bare 鱼 left out; 炸 zhà of 炸鱼 banned or listed with 毒鱼 / 电鱼;
//   氓 méng except in 流氓; 糊 hù of a paste-like food (芝麻糊); 锔 jú of the element; 奔 bèn after 直,
//   and bēn before 跑 / 驰 / 波 / 腾 … whatever precedes (一直奔跑).
// Found on a set written for the purpose (tests/fixtures/polyphones-dev19.json), not on CPP's sentences.
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
];
