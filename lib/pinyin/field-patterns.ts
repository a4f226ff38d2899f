// Readings of the farm, the kitchen, the bank and the street in local news whose reading follows
// from the words around them, where pinyin-pro or the benchmark-trained model reads the commoner
// word (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word):
//   蔓 wàn of a vine's stem (南瓜蔓, 红薯蔓, 藤蔓; màn of 蔓延, 蔓生); 率 lǜ of a rate closing a clause
//   (下调存款准备金率。; shuài of 坦率, 表率, 草率); 为 wéi of a sum of money given (配套资金为两亿元,
//   补助标准为每人每月200元; wèi of 这笔投资为3000户家庭带来了收益); 得 děi "must" after a person
//   before what must be done (你得去排队; dé of 他得了冠军); 和 huó of dough or mortar mixed (把面团和好;
//   hé of 把面团和馅料一起放进冰箱); 炸 zhá of frying in a pan (油锅里炸出春卷; zhà of 锅里炸开了);
//   没 mò ending 淹没, 沉没, 埋没 … before 了 (淹没了大片农田: pinyin-pro reads 没了 méi le).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { SHUAI_WORD_END } from './news-patterns';

/** Sums of money and their limits, before 为 + a figure in 元. */
const MONEY =
  '(?:资金|投资|经费|预算|资产|贷款|补贴|补助|奖金|奖励|成本|造价|投入|存款|市值|估值|工资|薪酬|收益|租金|押金|保费|学费|费用|价款|罚款|赔偿金?|标准|限额|上限|起付线|封顶线|报酬|金额)';
/** A figure in yuan, optionally per person, household or month, ending the clause. */
const YUAN_FIGURE =
  '(?:每(?:人|户|亩|月|年|吨|平方米|天|次)){0,2}[0-9０-９零〇一二两三四五六七八九十百千万亿几约近][0-9０-９.．,零〇一二两三四五六七八九十百千万亿余多]*(?:元|美元|欧元)(?:左右|以上|以下|多)?(?:[，。；、）]|$)';
/** The people who may be told what they must do (你得去, 大家得自己想办法). */
const PERSON = '(?:你|我|他|她|咱|咱们|我们|你们|他们|她们|大家|您)';
/** What must be done (去, 先, 赶紧 …), after 得 děi. */
const MUST_DO = '(?:去|先(?!进)|赶紧|赶快|马上|早点|早些|抓紧|提前|自己|好好|亲自|再|重新|准备)';

export const FIELD_PATTERNS: readonly Correction[] = [
  // 蔓 wàn of a vine's stem after 瓜 / 豆 / 薯 / 藤 / 秧; màn of 蔓延 (but 瓜蔓延伸 is wàn).
  { word: '蔓', pinyin: 'wàn', before: '[瓜豆薯秧藤]', notAfter: '(?:延(?!伸)|生)', example: '南瓜蔓爬满了整个棚架', keep: ['杂草蔓生', '疫情蔓延'] },
  // 率 lǜ of a rate that closes a clause (准备金率。); shuài of 坦率 / 表率 / 草率 … and the old office 卫率.
  { word: '率', pinyin: 'lǜ', before: '\\p{Script=Han}', notBefore: `(?:${SHUAI_WORD_END}|[粗卫])`, after: '(?:[，。；！？、”）]|$)', example: '央行下调了存款准备金率', keep: ['他说话一向坦率。', '党员干部要当好表率', '他被授予太子左卫率。'] },
  // 为 wéi of a sum of money given in yuan (配套资金为两亿元); wèi of 投资为3000户家庭带来收益.
  { word: '为', pinyin: 'wéi', before: MONEY, after: YUAN_FIGURE, example: '其中地方配套资金为两亿元', keep: ['这笔投资为3000户家庭带来了收益', '专项资金为100名困难学生发放补助'] },
  // 得 děi "must" after a person, before what must be done (你得去排队); not 他得先进个人称号 or 他得了冠军.
  { word: '得', pinyin: 'děi', before: PERSON, after: MUST_DO, example: '明天一早你得去排队挂号', keep: ['他得先进个人称号那年才二十岁', '她得了全县演讲比赛冠军'] },
  // 和 huó of dough or mortar mixed after 把 (把面团和好); hé of 把面团和馅料一起放进冰箱.
  { word: '和', pinyin: 'huó', before: '把(?:面团|面粉|面|泥巴|泥|水泥|糯米粉|米粉)', after: '(?:好|匀|成|开|了)', example: '她把面团和好后放在一边醒面', keep: ['把面团和馅料一起放进冰箱'] },
  // 炸 zhá of frying in a pan or in oil (油锅里炸出春卷); zhà of bursting (锅里炸开了).
  { word: '炸', pinyin: 'zhá', before: '(?:油锅|锅|油)里', notAfter: '[弹药毁裂开伤死响雷]', example: '油锅里炸出了金黄的春卷', keep: ['爆米花在锅里炸开了'] },
  // 没 mò ending 淹没 / 沉没 / 埋没 … (淹没了大片农田); not 没有 after them.
  { word: '没', pinyin: 'mò', before: '[淹沉埋吞覆湮泯]', notAfter: '有', example: '河水漫过堤坝，淹没了大片农田', keep: ['这艘船沉没有八十年了'] },
];
