/**
 * Rules for unquoted jargon that {@link ./detect.ts} adds to its patterns: the shapes of policy
 * formulas and coinages that ordinary prose seldom takes. Pure.
 *
 * - A chief system, X长制 or X（Y）长制 (田长制, 路长制, 湾（滩）长制, 河湖长制): one character, or
 *   two that make a word, before 长制, neither the whole nor its last character + 长制 a
 *   dictionary word (家长制 is one), no conjunction as the first of two (…和田长制 is 田长制), and
 *   制 not the start of a word with the character after it (小组长|制定, 家长|制作; 制度 may follow).
 * - A system put into effect at the end of a clause, 推行 / 实行 / 落实 … + three to seven characters
 *   + 制 (全面推行全员导师制，): see {@link systemsInForce}.
 * - An XX化 way of working named with the work it changes (增值化改革, 清单化管理): XX a word,
 *   XX化 not one (so 现代化建设, 信息化建设 are left to the dictionary).
 * - A strong-province goal, XX强省 / 强市 / 强县 / 强区 (海洋强省, 交通强市): XX a word, the whole not
 *   one, and not followed by what makes 强 a verb on a place word (做强市场, 增强省级统筹).
 * - A XX制 way of running something named with what it runs (信托制物业, 积分制管理): XX a word,
 *   XX制 not one.
 * - An 应X尽X coverage formula (应保尽保, 应检尽检): the whole not a word (应有尽有 is one).
 * - Two one-character abbreviations joined by 融合 / 联动 / 共治 / 协同 / 贯通 after a campaign verb
 *   (推进警网融合, 深化产城融合): the pair not a word (推进中西融合 is left alone).
 * - A named policy product, XX券 / 码 / 贷 / 驿站 / 工坊 (算力券, 人才码, 人才贷, 就业驿站, 非遗工坊): XX
 *   a word, neither the whole nor XX's last character + the suffix a word, and not 码头, 码表 (a bicycle's 计时码表), the verb 码 "to stack" (把蔬菜码得整整齐齐, 码放, 码齐; 人才码得到 is kept), 贷款, 贷过款 …; XX not a
 *   verb of setting one up, running or using it (设立工坊, 提升工坊, 发放消费券 are a verb and its object); and no
 *   …驿站 where a parcel is fetched or sent (小区门口的快递驿站取了包裹: a shop's parcel point) or whose XX names
 *   parcels (新开了一家快递驿站, 菜鸟驿站: the same shop), and no …工坊 whose XX is a craft made for pleasure (陶艺工坊,
 *   烘焙工坊: a studio or a class).
 * - A named campaign period, YY宣传月 / 宣传周 / 宣传日 / 活动月 / 活动周 / 服务月 / 普及月 (民法典宣传月, 金融知识普及月): YY the
 *   longest word of two to four characters before it; not 周 / 日 / 月 starting a word with the next
 *   character (学校的科技活动周末举行: 周末, the weekend; 活动日期; 服务月份; 智能手机普及日益广泛).
 * - Two places abbreviated and joined, XX一体化 / 同城化 (甬舟一体化, 杭绍同城化): XX not a word and
 *   no function character (城乡一体化, 区域一体化 are left to the dictionary and the glossary).
 * - A numbered method or list without 个/项/大: NUM + one to three characters + 工作法 (三事分流工作法),
 *   or + 机制 / 模式 / 清单 / 管理 / 服务 / 改革 / 工程 / 行动 / 制度 / 联动 / 融合 / 共治 (三色预警机制,
 *   三张清单, 三色管理), none of the middle characters a function word or one that makes ordinary
 *   counting or an adverb (二期工程, 三级管理, 三家推土机|制, 十分重视管理).
 * - A service circle measured in travel time, 15分钟…圈 / 一刻钟…圈 / 1小时…圈 (15分钟养老服务圈,
 *   一刻钟便民生活圈, 1小时通勤圈): two to eight characters, none a function word, up to the first 圈.
 * - A named "one thing" of integrated services, XX一件事, or Zhejiang's wider XX一类事 (出生一件事,
 *   退休一件事, 企业开办一类事): XX a word not ending in a verb or pronoun that makes ordinary prose
 *   (只有一件事, 同一件事, 这样一件事), and not after a verb of minding (只惦记钓鱼一件事).
 * - A graded emergency response, level Ⅰ to Ⅳ in Roman or Chinese numerals or figures, 级 and
 *   (应急)响应 (防汛Ⅳ级应急响应, 防台风二级应急响应, Ⅲ级响应): the level and the response, as every
 *   flood, typhoon or epidemic plan grades them.
 * Paired ABAC formulas (主责主业, 侨资侨智) were tried and left out: unquoted, two words side by
 * side take the shape as often (广东省东莞, 代数整数是, 执委会委员: about 20 false marks in 1,000
 * sentences), and so do XX经济 coinages (期间经济, 战后经济: 24 in all 9,893 sentences).
 * - A NUM X NUM Y formula without quotes (四换三名, 三改一拆) only right after a campaign verb
 *   (深化四换三名) or right before a programme noun (三改一拆工作): X no number or measure, Y no
 *   number, neither a function character, the whole not a word. Without that setting the shape is as common in ordinary prose
 *   (二尺五寸, 三战三败, 四柱三间, 一胎两仔) as in policy news: over the 9,893 cpp-dev sentences the
 *   bare shape outside the dictionary came 24 times, with the setting never.
 * Each rule asks `isWord` the same questions whatever it answers, so that `wordQuestions` in
 * ./detect.ts can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

const CHIEF = /(\p{Script=Han})(\p{Script=Han})(?:（(\p{Script=Han})）)?长制/gu;
/** A system put into effect, ending its clause: 推行 / 实行 … + three to seven characters + 制 (全面推行全员导师制，; not two, 实行郡县制 of history). */
const SYSTEM = /(?<=推行|实行|试行|施行|落实|建立|探索|实施)(\p{Script=Han}{3,7}?)制(?=[，。；、,;]|$)/gu;
/** A verb of improving or a numeral opening the stretch: the verb's object follows (建立健全…制), or a count of shifts or days (实行三班制). */
const SYSTEM_START = /^(?:健全|完善|全面|推行|实行|[一二两三四五六七八九十])/u;
/** A last character that makes an ordinary word with 制 whatever the dictionary says (长效机制, 管理体制, 人员编制, 依法治国的法制). */
const SYSTEM_END = /[机体编法税学控限]$/u;
const WAY = /(\p{Script=Han}{2})([化制])(?:改革|建设|管理|服务|治理|转型|运营|物业)/gu;
const STRONG = /(\p{Script=Han}{2})强[省市县区](?![级际内外委场民政域份长])/gu;
const COVERAGE = /应(\p{Script=Han})尽\1/gu;
/** 贷 followed by an aspect particle is the verb "to borrow" (在银行贷过款, 贷了款), no product. */
const PRODUCT = /(\p{Script=Han}{2})(券|码(?![表放齐]|得(?!到))|贷(?![过了着])|驿站|工坊)(?![款记方头率])/gu;
/** Before the suffix: a verb of setting up, running or improving one, so it is a verb and its object (设立工坊, 提升工坊), no name. */
/** Right after …驿站: a parcel fetched or sent there (驿站取了两个快递, 驿站寄件), so it is a shop's parcel point, no programme's station (驿站取得联系 is no fetching). */
const PARCEL_AFTER = /^(?:[取寄](?:了|过|件|快递|包裹|东西|回)|取走|寄出)/u;
/** XX of a parcel point's name (快递驿站, 菜鸟驿站, 邮政驿站): a shop where parcels wait, no programme's station. */
const PARCEL_XX = /^(?:快递|菜鸟|邮政|包裹)$/u;
/** XX of a studio where people make things for pleasure (陶艺工坊, 烘焙工坊, 木艺工坊): a shop or a class, no programme's workshop. */
const HOBBY_XX = /^(?:陶艺|烘焙|手作|花艺|插花|木艺|皮具|油画|绘画|甜品|咖啡|香薰|拼布|银饰)$/u;
const MAKING = /^(?:设立|建立|建设|创建|打造|成立|开设|开办|新建|组建|筹建|搭建|提升|升级|改造|扶持|运营|发放|领取|申领|使用|扫描|出示)$/u;
/** 周 / 日 / 月 that start a word with the next character (活动周末 "the activity at the weekend", 活动日期, 服务月份, 普及日益) end no period; 普及月 names a drive (金融知识普及月). */
const PERIOD = /(?:宣传|活动|服务|普及)(?:月(?![份子])|周(?![末年边围])|日(?![期子常程益]))/gu;
const JOINT = /(\p{Script=Han}{2})(?:一体化|同城化)/gu;
const FUNCTION_CHAR = /[的了是在和与及或并跟同把被从向对为以之其这那个等也都就还要会能]/u;
const NUMBERED = /[一两二三四五六七八九十](\p{Script=Han}{1,3})工作法|[两二三四五六七八九十](\p{Script=Han}{1,3})(?:机制|模式|清单|管理|服务|改革|工程|行动|制度|联动|融合|共治)/gu;
/** Characters that make NUM + … ordinary counting (二期工程, 三级管理, 两倍), anywhere after the number. */
const COUNTING = /[期家级年月日次号届人种名位条座所批倍亿万千百岁元块斤米]/u;
/** Right after the number: an adverb or a measure (十分重视, 四处, 三成, 两点, 三天), not 三事分流. */
const COUNTING_START = /^[分处成点时天周]/u;
const CIRCLE = /(?:(?:\d{1,2}|十五|二十|三十)分钟|一刻钟|(?:半|[1-3一二三])小时)(\p{Script=Han}{2,8}?)圈/gu;
const ONE_THING = /(\p{Script=Han}{2})一[件类]事/gu;
const PLAIN_BEFORE_THING = /[有是做说干想讲这那同第的了成好样么种就只]$/u;
/** Before the XX of XX一件事: a verb of minding, so the one thing is what someone minds (只惦记钓鱼一件事). */
const MINDING_BEFORE = /(?:惦记|记挂|牵挂|想着|念着|关心|在意|只顾|只管|只想)$/u;
const CONJUNCTION = /[和与及或并跟同]/u;
const RESPONSE = /(?<![A-Za-z\d十百])(?:[ⅠⅡⅢⅣ]|IV|I{1,3}|[1-4一二三四])级(?:应急)?响应/gu;
/** NUM X NUM Y: X no number, measure or function character (四换三名; not 三到六层, 四位五位), Y no number or function character (三名 may be "three famed"). */
const PAIRED = /[两二三四五六七八九十]([^\P{Script=Han}一二三四五六七八九十两百千万亿零年月日天次个名届人岁号点分秒倍成到至或级位层座等州县代元的对])[一两二三四五六七八九十]([^\P{Script=Han}一二三四五六七八九十两百千万亿零到至或的对等])/gu;
const PAIRED_VERB_BEFORE = /(?:推行|实施|开展|深化|推进|推动|打造|启动|落实|探索|建立|构建|迭代|部署|聚焦|围绕|抓好|抓实|做好)$/u;
const PAIRED_NOUN_AFTER = /^(?:工程|行动|战略|改革|攻坚|举措|专项|任务|体系|机制|建设|要求|理念|精神|目标|工作)/u;
const JOINED = /(?<=推进|推动|深化|促进|实施|探索|加快|开展|推行|打造|实现|强化|加强)(\p{Script=Han})(\p{Script=Han})(?:融合|联动|共治|协同|贯通)/gu;


/** X长制 chief systems in `text`. */
function chiefSystems(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(CHIEF)) {
    const [a, b, c] = [m[1] as string, m[2] as string, m[3]];
    const end = m.index + m[0].length;
    // Two characters before 长制 when they make a word (河湖) or the first ends no word before it
    // (实|河湖长制), else only the last one (推行|田长制, 推行|湾（滩）长制).
    const ends = isWord(`${text[m.index - 1] ?? ''}${a}`);
    // A conjunction never starts the pair, even when it makes a word with the next character
    // (占补平衡和|田长制, not the place name 和田).
    const pair = (isWord(a + b) || !ends) && !CONJUNCTION.test(a);
    const short = `${c === undefined ? b : `${b}（${c}）`}长制`;
    const [wordLong, wordShort] = [isWord(`${a}${b}${c ?? ''}长制`), isWord(short.replace(/[（）]/gu, ''))];
    // 制 starting a word with the next character (组长|制定, 家长|制作) is no chief system; 制度 may be one (河长制度).
    const next = text[end] ?? '';
    const verb = isWord(`制${next}`) && next !== '度';
    if (wordShort || (pair && wordLong) || verb) continue;
    out.push(pair ? detectedTerm(text, m.index, end, 'formula') : detectedTerm(text, end - short.length, end, 'formula'));
  }
  return out;
}

/**
 * A system put into effect at the end of a clause (推行全员导师制，): the stretch between the verb and 制
 * holds no function character, does not open with a verb of improving or a numeral, and neither it
 * nor its last one or two characters make a dictionary word with 制 (实行责任制, 建立机制, 推行股份制
 * are left alone); chief systems (…长制) are left to {@link chiefSystems}.
 */
function systemsInForce(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(SYSTEM)) {
    const stem = m[1] as string;
    // All three questions are asked whatever the answers (wordQuestions lists them ahead of time).
    const words = [isWord(`${stem.slice(-1)}制`), isWord(`${stem.slice(-2)}制`), isWord(`${stem}制`)];
    if (words.some(Boolean) || FUNCTION_CHAR.test(stem) || SYSTEM_START.test(stem) || SYSTEM_END.test(stem) || stem.endsWith('长')) continue;
    out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  }
  return out;
}

/** XX化 / XX制 + the work it changes (增值化改革, 信托制物业). */
function waysOfWorking(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(WAY)) {
    const xx = m[1] as string;
    const [word, coined] = [isWord(xx), !isWord(`${xx}${m[2] as string}`)];
    if (word && coined) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'coinage'));
  }
  return out;
}

/** Matches of `re` whose whole is not a word and that `keep` accepts (given the match). */
function shaped(text: string, re: RegExp, isWord: (w: string) => boolean, keep: (m: RegExpExecArray) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(re)) {
    // Both questions are always put (wordQuestions lists them ahead of time).
    const [word, kept] = [isWord(m[0]), keep(m)];
    if (!word && kept) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  }
  return out;
}

/** YY宣传月 campaign periods, YY the longest word of two to four Han characters before the period. */
function campaignPeriods(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const end = m.index + m[0].length;
    // Every candidate is asked about, as a word and with its period (wordQuestions lists them ahead of time).
    const candidates = [4, 3, 2]
      .map((n) => m.index - n)
      .filter((s) => s >= 0 && /^\p{Script=Han}+$/u.test(text.slice(s, m.index)))
      .map((s) => ({ s, word: isWord(text.slice(s, m.index)), whole: isWord(text.slice(s, end)) }));
    const best = candidates.find((c) => c.word);
    if (best !== undefined && !best.whole) out.push(detectedTerm(text, best.s, end, 'formula'));
  }
  return out;
}

/** XX强省 goals, 应X尽X, XY融合 after a campaign verb, policy products, campaign periods, numbered methods, XX一体化 and NUM X NUM Y in a campaign setting. */
function formulas(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [
    ...shaped(text, PRODUCT, isWord, (m) => {
      const [xx, suffix] = [m[1] as string, m[2] as string];
      const [word, tail] = [isWord(xx), isWord(`${xx.slice(1)}${suffix}`)];
      return word && !tail && !MAKING.test(xx) && !(suffix === '驿站' && (PARCEL_XX.test(xx) || PARCEL_AFTER.test(text.slice(m.index + m[0].length)))) && !(suffix === '工坊' && HOBBY_XX.test(xx));
    }),
    ...campaignPeriods(text, isWord),
    ...shaped(text, CIRCLE, isWord, (m) => !FUNCTION_CHAR.test(m[1] as string)),
    ...shaped(text, ONE_THING, isWord, (m) => isWord(m[1] as string) && !PLAIN_BEFORE_THING.test(m[1] as string) && !MINDING_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))),
    ...shaped(text, NUMBERED, isWord, (m) => {
      const middle = m[1] ?? m[2] ?? '';
      return !COUNTING.test(middle) && !COUNTING_START.test(middle) && !FUNCTION_CHAR.test(middle);
    }),
    ...shaped(text, JOINT, isWord, (m) => !isWord(m[1] as string) && !FUNCTION_CHAR.test(m[1] as string)),
    ...shaped(text, STRONG, isWord, (m) => isWord(m[1] as string)),
    ...shaped(text, COVERAGE, isWord, () => true),
    ...shaped(text, JOINED, isWord, (m) => !isWord(`${m[1] as string}${m[2] as string}`)),
    ...shaped(text, PAIRED, isWord, (m) => PAIRED_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) || PAIRED_NOUN_AFTER.test(text.slice(m.index + 4))),
  ];
}

/** Every match of the rules above in `text`, possibly overlapping one another (the caller resolves). */
export function ruleMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const responses = [...text.matchAll(RESPONSE)].map((m): DetectedTerm => ({ term: m[0], start: m.index, end: m.index + m[0].length, kind: 'formula' }));
  return [...chiefSystems(text, isWord), ...systemsInForce(text, isWord), ...waysOfWorking(text, isWord), ...formulas(text, isWord), ...responses];
}
