/**
 * Families of programme names for {@link ./detect.ts}: a shared abbreviation or template that
 * Zhejiang and national policy news reuse for ever new names, so that the family, not each
 * member, is recognised. Pure.
 *
 * - 共富 (common prosperity) and 数智 (digital-intelligent) names: the abbreviation + the word after
 *   it (共富果园, 数智乡村), or the word before it + the abbreviation when none follows (全域共富);
 *   the women's federation's 巾帼 names the same way (巾帼志愿者, 巾帼护河队), not the literary
 *   巾帼不让须眉 / 巾帼英雄.
 * - 新型 after a campaign verb, and 全域, with the dictionary words after them (培育新型消费,
 *   全域数字化转型; after 全域, an adverb too in 全域推进, four characters at least); 未来 + a facility (未来社区, 未来乡村, 未来工厂), not after 在 / 的 / 将 …;
 *   (近)零碳 / 低碳 + a site or body made so (零碳码头, 零碳校园, 低碳工业园区), not 低碳生活 / 低碳出行.
 * - Task forces, …工作专班 / …专班, with the words before them (招商引资工作专班); Party building in a
 *   sector, …党建 with the words before it (快递小哥党建, 商圈党建), not 党建引领 / 统领 / 联建 / 共建.
 * - Help for firms, 助企 / 惠企 / 帮企 / 暖企 … + the word after it (助企纾困, 惠企政策, 暖企行动): 企
 *   stands for 企业, so 帮助企业 (助企|业) has no word after the pair and is left alone.
 * - X共体 / X联体 community bodies (教共体, 健共体, 医联体, 校联体): one Han character, not a
 *   function character, before 共体 or 联体; neither X共 / X联 nor 体 + the next character a word
 *   (公共体育, 中共体面), and not 联体别墅 (a townhouse).
 * - The low-altitude economy's names, 低空 + a sector, a route or a facility (低空旅游, 低空航线, 低空物流,
 *   低空飞行服务站), not 低空 of a bird or a plane flying low (低空飞过, 低空盘旋, a plane's 低空性能) nor
 *   降低|空气 and the like.
 * - Zhejiang service brands: 浙里 + the word after it, else up to two Han characters (浙里办, 浙里康养), and
 *   浙有 + two characters (浙有善育, 浙有众扶), not after 江 / 闽 / 苏 (江浙有…).
 * - A named campaign read back from its template, …专项行动 / 三年行动 / 攻坚行动 / 提升行动 /
 *   攻坚战 (打击整治养老诈骗专项行动, 城市更新三年行动): at least two words before the template.
 * - A designation the place has won: after 入选 / 获批 / 获评 / 创建 / 创成 / 争创 / 成功创建 /
 *   列入 / 认定为 (and 荣获 / 评为 / 成为 / 通过 before a level word), a batch (首批) and a level, the
 *   words up to …基地 / 示范区 / 先行区 / 试验区 / 试点 / 示范县 / 示范村 / 示范园区 / 样板区 / 先导区 /
 *   …型县 / 园区 / 城镇, or the register or kind of street it enters, 名录 / 街区 (入选国家数据标注基地,
 *   获批省级未来产业先导区, 创建省级森林城镇, 入选国家级旅游休闲街区, 入选省级绿色矿山名录).
 * - A manner of serving or governing, XX式 + 服务 / 帮扶 / 监管 / 治理 / 管理 … (保姆式服务, 组团式帮扶,
 *   店小二式服务; one character when the two before 式 are no word and the first ends a word: 开展|链式招商): XX式 not a dictionary word (一站式服务 is everyday).
 * - A way of attracting investment named by its means, XX招商 after 以 / 开展 / 推行 / 采取 / 运用 / 探索 (以场景招商,
 *   以资本招商方式, 开展委托招商), not after 可以 / 所以 …, not a time, a place or an adverb for XX (开展全市招商,
 *   以今年招商), nor the bank or the group, 招商银行 / 招商局.
 * - Unquoted NUM X NUM Y formulas (三清三拆, 两客一危, 双招双引): neither X nor Y a numeral, measure,
 *   time unit, body part, kin or administrative unit (二子一女, 二州七县), X ≠ Y, neither NUM X, NUM Y,
 *   X NUM nor the whole a word (三头六臂, 双向四车道), not after a numeral or 第, not before a
 *   measure, not rooms or dishes (三室一厅, 两菜一汤: ./detect-plain.ts), and not starting with 一
 *   (一胎两仔; 一X一Y is ./detect.ts's). Across all 9,893 cpp-dev
 *   sentences this adds five marks (三战三败, 四菜一粥, 三跪九磕, 九踩四翘, and 三蔡一妃, a name).
 * "The words before" are the chain of dictionary words of {@link chainStart}. Each rule asks
 * `isWord` the same questions whatever it answers, so `wordQuestions` can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';
import { chainStart, wordAfter } from './detect-rules-programmes';
import { countedThings } from './detect-plain';


/** Abbreviations that head or end a programme name (共富 for 共同富裕, 数智 for 数字化智能化, 巾帼 for women). */
const NAME_ABBREVIATIONS = /共富|数智|巾帼(?!不让|须眉|英雄|英豪)/gu;
/** NUM X NUM Y: two counted one-character items (两客一危, 三清三拆, 双招双引). */
const COUNTED_PAIR = /(?<![一两二三四五六七八九十百千万第\d])([两二三四五六七八九十双百千万])(\p{Script=Han})([一两二三四五六七八九十双])(\p{Script=Han})/gu;
/** Characters that make a NUM X pair ordinary counting, a date, a measure or a direction. */
const COUNT_OR_MEASURE = /[一两二三四五六七八九十双百千万亿年月日天周次回个只件张本部辆艘架门层楼期届级岁倍成尺寸斤斗升里米分秒时点号位名人家所座条头间趟线道度代向方面边手脚口眼子女儿孙男州县省市乡镇楹檐爷]/u;
/** A manner of serving or governing, XX式 + the work (保姆式服务, 组团式帮扶). */
const MANNER = /式(?:服务|帮扶|监管|治理|执法|培训|养老|托育|管理|办理|调解|救助|医疗|陪伴|招商)/gu;
/** XX招商 after a verb that names a method (以场景招商, 开展委托招商); XX two Han characters, not the bank or the group. */
const INVESTMENT_MEANS = /(?<=(?<![可所得加予难用足何借据是])以|开展|推行|采取|运用|探索)(\p{Script=Han}{2})招商(?!银行|局|证券|蛇口|基金)/gu;
/** XX that is a time, a place, an amount or an adverb, not a means (开展全市招商, 以今年招商, 开展集中招商). */
const NOT_A_MEANS = /^(?:今年|明年|去年|全年|年度|全[市省县区镇国]|各地|各级|外出|[春夏秋冬]季|集中|当前|日常|继续|持续|大力|积极|主动|加大|加强|强化|全力|深入|广泛|创新|新的|这种|各种|多种|一轮|新一)$/u;
/** A verb on 企 (for 企业) before a word: 助企纾困, 惠企政策, 暖企行动. */
const FOR_FIRMS = /[助惠帮援暖护育兴扶亲]企/gu;
const NEW_TYPE = /(?<=推进|推动|加快|培育|发展|构建|建设|打造|壮大|深化|探索|布局|完善)新型|全域/gu;
const FUTURE = /(?<![在的于向到将从])未来(?:社区|乡村|工厂|学校|医院|园区|实验室|农场|村庄)/gu;
/** A zero- or low-carbon site or body, (近)零碳 / 低碳 + what is made so (零碳码头, 零碳校园, 低碳工业园区), not 低碳 of a way of life (低碳生活, 低碳出行). */
const ZERO_CARBON = /(?:近)?零碳(?:社区|景区|码头|港口|港区|校园|学校|建筑|园区|乡村|村庄|工厂|医院|酒店|机场|服务区|加油站|小镇|海岛|楼宇|场馆|会议|赛事|公交|示范区|城市|城镇|岛)|低碳(?:工业园区|园区|城市|城镇|社区|校园|景区|小镇|试点)/gu;
const TASK_FORCE = /(?:工作)?专班/gu;
/** Party building in a sector, …党建 after the sector's words (快递小哥党建, 商圈党建), not 党建引领 / 统领 / 联建 / 共建. */
const SECTOR_PARTY_BUILDING = /党建(?![引统联共])/gu;
const COMMUNITY_BODY = /(?<=[^\P{Script=Han}的了是在和与及或并同把被从向对为以之其这那个等也都就还要会能一])(?:共体|联体)(?!别墅)/gu;
const ZHELI = /浙里/gu;
const ZHEYOU = /(?<![江闽苏])浙有\p{Script=Han}{2}/gu;
const CAMPAIGN = /(?:专项行动|三年行动|攻坚行动|提升行动|攻坚战)/gu;
/** 低空 before a sector, a route or a facility of the low-altitude economy (低空旅游, 低空航线), not the end of 降低 / 减低 …. */
const LOW_ALTITUDE = /(?<![降减压调最较偏过])低空(?:旅游|文旅|航线|物流|配送|空域|交通|出行|产业|制造|装备|基础设施|应用场景|飞行服务站|飞行器|消费|巡检|救援|安防)/gu;
const LEVEL = '(?:国家级|国家|全国|省级|市级|省|市)';
const BATCH = '(?:首批|新一批|第[一二三四五六七八九十]批)?';
/** The verb that wins a designation (荣获 / 评为 / 成为 / 通过 … only before a level word), a batch, the level. */
const DESIGNATION = new RegExp(
  `(?:入选|获批|获评|成功创建|创建|创成|争创|列入|认定为|(?:荣获|被评为|评为|命名为|成为|通过)(?=${BATCH}(?:国家级|国家|全国|省级|省)))${BATCH}(${LEVEL}?)`,
  'gu',
);
const DESIGNATION_END = /^(?:名录|街区|基地|示范区|先行区|试验区|试点县|试点|示范县|示范市|示范镇|示范村|示范乡镇|示范街道|示范社区|示范园区|示范基地|示范城市|示范单位|样板区|先导区|型县(?:（市）)?|型城市|园区|城镇)/u;
/** Ends that also begin longer words (城镇化, 园区内): taken only before a non-Han character or a word of winning. */
const LOOSE_END = /^(?:园区|城镇)$/u;
const AFTER_LOOSE = /^(?:[^\p{Script=Han}]|称号|复评|创建|验收|名单)/u;

/**
 * Where a chain of dictionary words starting at `start` ends (`start` when there is none): two to
 * four characters each, none starting with a conjunction or particle, at most `max` characters. Every Han substring of two to four characters in
 * the window is asked first.
 */
function chainEnd(text: string, start: number, isWord: (w: string) => boolean, max = 8): number {
  const to = Math.min(text.length, start + max);
  const known = new Map<string, boolean>();
  for (let s = start; s < to; s++) for (let n = 2; n <= 4 && s + n <= to; n++) known.set(text.slice(s, s + n), /^\p{Script=Han}+$/u.test(text.slice(s, s + n)) && isWord(text.slice(s, s + n)));
  let end = start;
  for (;;) {
    const n = [4, 3, 2].find((k) => end + k <= to && known.get(text.slice(end, end + k)) === true);
    // A word that starts with a conjunction or particle (和数, 的话) belongs to the prose after the name.
    if (n === undefined || /^[和与及或的了是在并]/u.test(text[end] ?? '')) return end;
    end += n;
  }
}

/** A campaign verb right after 全域, which makes it the adverb "across the whole area" (全域推进乡村环境整治). */
const ADVERB_VERB = /^(?:推进|推动|开展|实施|打造|深化|加快|落实|铺开)/u;
/** 新型 after a campaign verb and 全域, with up to six characters of words after them (新型消费, 全域数字化转型; 全域 needs four). */
function newTypes(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(NEW_TYPE)) {
    // 全域 is also an adverb (全域推进): only a longer name after it (全域数字化转型) counts, and none after a campaign verb (全域打造美丽风景线).
    if (m[0] === '全域' && ADVERB_VERB.test(text.slice(m.index + 2))) continue;
    const end = chainEnd(text, m.index + 2, isWord, 6);
    if (end >= m.index + (m[0] === '全域' ? 6 : 4)) out.push(detectedTerm(text, m.index, end, 'coinage'));
  }
  return out;
}

/** Things a village or firm sets up and runs that a 共富 / 数智 name may be given (共富大棚, 共富班车), not 共富路上 or 共富成果. */
const SET_UP_THING = /^(?:大棚|农场|果园|菜园|茶园|渔场|牧场|林场|班车|车间|工厂|工坊|作坊|食堂|超市|集市|市集|书屋|驿站|公寓|单元|基金|基地|合作社|公司|产业园|客厅|讲堂|专员|指导员|带头人)$/u;

/**
 * 共富 / 数智 names the abbreviation heads whose word after it is a thing set up and run (共富大棚, 共富农场):
 * ./detect.ts lets them hold a glossary match of the bare abbreviation (共富), which alone covers half the name.
 */
export function setUpAbbreviationNames(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return abbreviationNames(text, isWord).filter((d) => /^(?:共富|数智)/u.test(d.term) && SET_UP_THING.test(d.term.slice(2)));
}

/** 共富 / 数智 / 巾帼 names: the abbreviation + the word after it, else the word before it + the abbreviation. */
function abbreviationNames(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(NAME_ABBREVIATIONS)) {
    const after = wordAfter(text, m.index + 2, isWord);
    const s = chainStart(text, m.index, isWord, 4);
    if (after > m.index + 2) out.push(detectedTerm(text, m.index, after, 'coinage'));
    else if (s < m.index) out.push(detectedTerm(text, s, m.index + 2, 'coinage'));
  }
  return out;
}

/** X共体 / X联体, unless X共 / X联 or 体 + the next character is a word (公共|体育, 中共|体面). */
function communityBodies(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(COMMUNITY_BODY)) {
    const [head, body] = [isWord(text.slice(m.index - 1, m.index + 1)), isWord(text.slice(m.index + 1, m.index + 3))];
    if (!head && !body) out.push(detectedTerm(text, m.index - 1, m.index + m[0].length, 'formula'));
  }
  return out;
}

/** NUM X NUM Y formulas whose items are not counting, whose parts and whole are not words, and not before a measure (双向四车道). */
function countedPairs(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(COUNTED_PAIR)) {
    const [x, y] = [m[2] as string, m[4] as string];
    const words = [isWord(m[0]), isWord(`${m[1] as string}${x}`), isWord(`${m[3] as string}${y}`), isWord(`${x}${m[3] as string}`)];
    const counting = COUNT_OR_MEASURE.test(x) || COUNT_OR_MEASURE.test(y) || x === y || countedThings(x, y);
    if (!counting && !words.some(Boolean) && !COUNT_OR_MEASURE.test(text[m.index + 4] ?? '')) out.push(detectedTerm(text, m.index, m.index + 4, 'formula'));
  }
  return out;
}

/** XX式 + the work: XX the word of two or three characters before 式 (else two characters, or one when the two are no word and the first ends a word before them: 开展链式招商), XX式 not a word (一站式 is everyday). */
function manners(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(MANNER)) {
    const [three, two] = [text.slice(m.index - 3, m.index), text.slice(m.index - 2, m.index)];
    const [one, before] = [text.slice(m.index - 1, m.index), text.slice(m.index - 3, m.index - 1)];
    const asked = [three.length === 3 && isWord(three), isWord(`${three}式`), isWord(`${two}式`), isWord(two), before.length === 2 && isWord(before), isWord(`${one}式`)];
    // Two characters that are no word, the first closing a word before them (开展|链式招商, while 开展|组团式帮扶 keeps its word): one character only.
    const cut = asked[0] !== true && asked[3] === false && asked[4] === true;
    const start = asked[0] === true ? m.index - 3 : cut ? m.index - 1 : m.index - 2;
    const plain = start === m.index - 3 ? asked[1] : cut ? asked[5] : asked[2];
    if (/^\p{Script=Han}+$/u.test(text.slice(start, m.index)) && start >= 0 && plain === false) out.push(detectedTerm(text, start, m.index + m[0].length, 'coinage'));
  }
  return out;
}

/** A way of attracting investment named by its means, XX招商 after 以 / 开展 … (以场景招商), XX no time, place or adverb. */
function investmentMeans(text: string): DetectedTerm[] {
  return [...text.matchAll(INVESTMENT_MEANS)].filter((m) => !NOT_A_MEANS.test(m[1] as string)).map((m) => detectedTerm(text, m.index, m.index + m[0].length, 'coinage'));
}

/** X企 + the word after it (助企纾困, 惠企政策), the pair X企 not a word. */
function forFirms(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(FOR_FIRMS)) {
    const [end, pair] = [wordAfter(text, m.index + 2, isWord), isWord(m[0])];
    if (end > m.index + 2 && !pair) out.push(detectedTerm(text, m.index, end, 'coinage'));
  }
  return out;
}

/** 浙里 + the word after it, else up to two Han characters (浙里办, 浙里康养); 浙有 + two characters. */
function zhejiangBrands(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(ZHELI)) {
    const after = wordAfter(text, m.index + 2, isWord);
    const han = /^\p{Script=Han}{1,2}/u.exec(text.slice(m.index + 2))?.[0].length ?? 0;
    const end = after > m.index + 2 ? after : m.index + 2 + han;
    if (han > 0) out.push(detectedTerm(text, m.index, end, 'coinage'));
  }
  return [...out, ...coinages(text, ZHEYOU)];
}

/**
 * A name read back from its template `re`: the chain of words before the template (at most `max`
 * characters), kept when it holds at least `least` characters. Task forces, …工作专班 / …专班, need
 * one word (招商引资工作专班); campaigns, …专项行动 / 三年行动 …, two (城市更新三年行动).
 */
function chained(text: string, re: RegExp, isWord: (w: string) => boolean, max: number, least: number): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(re)) {
    const s = chainStart(text, m.index, isWord, max);
    if (m.index - s >= least) out.push(detectedTerm(text, s, m.index + m[0].length, 'formula'));
  }
  return out;
}

/**
 * Whether `name` splits into dictionary words of two to four Han characters. Every such substring
 * is asked first, whatever the answers (`wordQuestions` lists them ahead of time).
 */
function splitsIntoWords(name: string, isWord: (w: string) => boolean): boolean {
  const known = new Map<string, boolean>();
  for (let s = 0; s < name.length; s++) for (let n = 2; n <= 4 && s + n <= name.length; n++) known.set(name.slice(s, s + n), isWord(name.slice(s, s + n)));
  const reach = [true];
  for (let e = 1; e <= name.length; e++) reach[e] = [2, 3, 4].some((n) => e - n >= 0 && reach[e - n] === true && known.get(name.slice(e - n, e)) === true);
  return /^\p{Script=Han}{2,}$/u.test(name) && reach[name.length] === true;
}

/**
 * Designations after the verb that wins them: the words up to the first designation noun, either
 * a chain of dictionary words of {@link chainStart} reaching back to the level word, or a name
 * after the level word made of dictionary words only (国家农业绿色发展先行区, 省级森林城镇).
 */
function designations(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const level = m[1] as string;
    const from = m.index + m[0].length - level.length;
    // The designation noun within the next twelve characters, after at least one word.
    for (let at = from + 2; at <= Math.min(text.length, from + 14); at++) {
      const tail = DESIGNATION_END.exec(text.slice(at));
      if (tail === null) continue;
      if (LOOSE_END.test(tail[0]) && !AFTER_LOOSE.test(text.slice(at + tail[0].length) || '。')) continue;
      const s = chainStart(text, at, isWord, at - from);
      const name = text.slice(s, at);
      const chained = s <= from + 1 && name.length >= 2 && /^\p{Script=Han}+$/u.test(name);
      const named = splitsIntoWords(text.slice(from + level.length, at), isWord);
      if (chained || (level !== '' && named)) out.push(detectedTerm(text, from, at + tail[0].length, 'formula'));
      break;
    }
  }
  return out;
}

/** Every match of `re` (a global pattern that is a whole name by itself: 低空旅游, 未来社区) as a coinage. */
function coinages(text: string, re: RegExp): DetectedTerm[] {
  return [...text.matchAll(re)].map((m) => detectedTerm(text, m.index, m.index + m[0].length, 'coinage'));
}

/** Every match of the family rules in `text`, possibly overlapping one another (the caller resolves). */
export function familyMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [
    ...abbreviationNames(text, isWord),
    ...communityBodies(text, isWord),
    ...forFirms(text, isWord),
    ...countedPairs(text, isWord),
    ...manners(text, isWord),
    ...investmentMeans(text),
    ...zhejiangBrands(text, isWord),
    ...coinages(text, LOW_ALTITUDE),
    ...chained(text, CAMPAIGN, isWord, 12, 4),
    ...newTypes(text, isWord),
    ...coinages(text, FUTURE),
    ...coinages(text, ZERO_CARBON),
    ...chained(text, TASK_FORCE, isWord, 8, 2),
    ...chained(text, SECTOR_PARTY_BUILDING, isWord, 6, 2),
    ...designations(text, isWord),
  ];
}
