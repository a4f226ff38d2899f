/**
 * Shapes of policy jargon with a fixed frame for {@link ./detect.ts}: method formulas, ratings,
 * days named by a date, service numbers, one-stop slogans and counted targets, which county and
 * city papers fill with ever new words. Pure.
 *
 * - A method formula 以X促Y / 以X代Y / 以X带Y / 以X引Y / 以X养Y / 以X释Y (以赛促学, 以购代捐, 以老带新,
 *   以房养老, 以案释法): neither 以X (以往, 以及, 以便), nor XV (确保, 代替, 带动: 以确保…, 难以代替),
 *   nor the whole (以身作则) a dictionary word.
 * - A rating that designates a place or a body: a star grade (三星级文明户, 五星级农贸市场), an A grade
 *   (4A级旅游景区, AAA级信用村, A级纳税人) or a hospital grade (三级乙等医院), with the name rated: the
 *   dictionary word after the grade (two more when it is of two characters and a word follows), or four
 *   characters when no word starts there (五星级共富工坊). A hotel's stars (五星级酒店), a grade before
 *   的 and a grade before the act of rating it (通过了五星级评定, 四星级评选) are left alone. Also the
 *   tiers of a graded programme, 基础级 / 先进级 / 卓越级 / 领航级 (卓越级智能工厂), unless 级 starts a
 *   word with the character after it (最先进级别).
 * - A day named by its date, “3·15” in quotes or 12·2 before its name (12·2全国交通安全日), with the
 *   middle dot, never the decimal point; and an observance, 全国 / 国家 / 国际 / 世界 / 中国 / 中华 +
 *   two to five characters without a function character + 日 (全国生态日, 国家宪法日), 日 not the start
 *   of a word with the character after it (全国各地日前, 人民日报).
 * - A service number, five digits before the name of its line (12366纳税服务热线, 12309检察服务中心),
 *   or before 来电 (96110来电); a bare number (快递单号末尾是12366) is left alone.
 * - A one-stop slogan 一X通Y / 一X统Y (一证通办, 一码通行, 一屏统管, 一图统揽, 一卡通用) or 一X通 at a
 *   phrase's end (一表通): 一X not a word (一路, 一致, 一律: 一路通行, 一致通过), and when 一X通 is one
 *   (一卡通) not followed by 了 / 过 / 着 (一卡通用了十年); 即X即Y (即申即办); a service mode after a verb
 *   of reaching it, 实现 / 实行 / 推行 + two characters + 办 / 可办 / 通办 (实现指尖办, 实现异地可办); 零 +
 *   two characters after such a verb (实现零跑腿, 实行零材料), not a word (零增长); 不见面 + 审批 / 办理 /
 *   开标 (不见面审批); a project-speed slogan after such a verb, two characters + 即 + a milestone (实现签约即开工,
 *   推行交地即发证), not after a time (雨停即开工 has no such verb; 实现当天即开工 names a time).
 * - A counted target: 两个 / 三个 … or 双 before a percentage (两个100%, 双90%), N个全覆盖 (两个全覆盖), a
 *   time to finish (1日办结, 1小时办结) and round-the-clock service (7×24小时).
 * - A stand-in noun for a service, set up by a verb of opening or appointing one (开设孝心银行, 开出就业超市,
 *   配备一名企业管家, 聘请12名科技红娘, 开办农民夜校, 改造成邻里客厅, 设立法律门诊): the verb, a count when
 *   there is one, two to four characters without a function character and 银行 / 超市 / 管家 / 医生 /
 *   红娘 / 夜校 / 客厅 / 诊所 / 门诊; the modifier and the head not one dictionary word (建设银行); and a
 *   chief officer 首席X官 (首席合规官), not a word (首席执行官).
 * - A figurative noun of policy prose (压舱石, 先手棋, 施工图, 牛鼻子, 赛马比拼 …) in the clause of a verb that
 *   makes it a role, a move or a plan (是, 成为, 下好, 牵住, 细化为, 签订 …), not running on into a longer word.
 * - A paired verb-object compression sharing its object, AXBX with two verbs policy prose pairs (强链补链,
 *   稳岗扩岗, 拆违控违, 育林护林), neither a dictionary word nor two side by side (强制|控制); everyday pairs (上楼下楼, 买菜做菜, 左看右看) have
 *   other verbs.
 * Every rule asks `isWord` the same questions whatever it answers (`wordQuestions` in ./detect.ts).
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';
import { loneCharOf } from './detect-rules-actions';

const term = (text: string, start: number, end: number): DetectedTerm => detectedTerm(text, start, end, 'formula');
const FUNCTION_CHAR = /[的了着过是在和与及或并等把被给让从向对为以之其这那也都就还要会能将已不各每]/u;

const METHOD = /以(\p{Script=Han})([促代带引养释])(\p{Script=Han})/gu;

function methods(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(METHOD)) {
    const [x, v] = [m[1] as string, m[2] as string];
    const asked = [isWord(`以${x}`), isWord(`${x}${v}`), isWord(m[0])];
    if (asked.some(Boolean) || FUNCTION_CHAR.test(x) || FUNCTION_CHAR.test(m[3] as string)) continue;
    out.push(term(text, m.index, m.index + 4));
  }
  return out;
}

const GRADE = /(?:[一二三四五1-5]星级|[1-5]A级|A{1,5}级|[一二三]级[甲乙丙]等)(?=\p{Script=Han})/gu;
/** A hotel's, a restaurant's or a holiday resort's stars: an ordinary rating. */
const HOTEL = /^(?:大?酒店|宾馆|饭店|旅馆|度假村)/u;
/** The act of rating, not a thing rated: the grade is what a body or a hotel is given (通过了五星级评定). */
const RATING_ACT = /^(?:评定|评选|评比|评审|认定|复核|复评|验收|标准)/u;

/** The name a grade rates, from `from`: a word of two to four characters, and one more when it is of two, or four characters. */
function ratedName(text: string, from: number, isWord: (w: string) => boolean): number {
  const wordAt = (at: number): number => {
    let len = 0;
    for (let n = 4; n >= 2; n--) if (isWord(text.slice(at, at + n)) && len === 0 && /^\p{Script=Han}+$/u.test(text.slice(at, at + n))) len = n;
    return len;
  };
  const first = wordAt(from);
  // Every start of a second word is asked, whatever the first (wordQuestions lists them ahead of time).
  const seconds = [2, 3, 4].map((k) => wordAt(from + k));
  const second = seconds[Math.max(first, 2) - 2] ?? 0;
  if (first === 0) return /^\p{Script=Han}{4}$/u.test(text.slice(from, from + 4)) && !FUNCTION_CHAR.test(text.slice(from, from + 4)) ? from + 4 : from;
  if (first === 2 && second > 0) return from + 2 + second;
  // A one-character head after a word of two (文明户, 信用村).
  if (first === 2 && /^[户村站院馆园所社点室]/u.test(text[from + 2] ?? '')) return from + 3;
  return from + first;
}

/**
 * The name's end moved one character on when its last character and the next make a word and no word starts at
 * the next (五星级党组|织 → 五星级党组织, 组织 a word and 织3 none), but not when one does (A级纳税人|数量: 数量).
 * Both questions are asked at every end a name can have, whatever the answers.
 */
function wholeWordEnd(text: string, from: number, end: number, isWord: (w: string) => boolean): number {
  const ask = (at: number): [boolean, boolean] => [isWord(text.slice(at - 1, at + 1)), isWord(text.slice(at, at + 2))];
  const answers = [2, 3, 4, 5, 6].map((k) => ask(from + k));
  const [straddles, nextWord] = answers[end - from - 2] ?? [false, true];
  return straddles && !nextWord && /\p{Script=Han}/u.test(text[end] ?? '') ? end + 1 : end;
}

/** The tiers of a graded programme (基础级, 先进级, 卓越级 and 领航级 smart factories). */
const TIER = /(?:基础|先进|卓越|领航)级(?=\p{Script=Han})/gu;
const TIER_NAME = /^(?:基础|先进|卓越|领航)级$/u;

function grades(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of [...text.matchAll(GRADE), ...text.matchAll(TIER)]) {
    const from = m.index + m[0].length;
    const end = wholeWordEnd(text, from, ratedName(text, from, isWord), isWord);
    // 级 of a tier may start a word with the next character (先进级别), asked whatever the answers.
    const levelWord = TIER_NAME.test(m[0]) && isWord(`级${text[from] ?? ''}`);
    if (HOTEL.test(text.slice(from)) || RATING_ACT.test(text.slice(from)) || text[from] === '的' || end === from || levelWord) continue;
    out.push(term(text, m.index, end));
  }
  return out.sort((a, b) => a.start - b.start);
}

const DATED = /(?<![\d.·•・])(?:1[0-2]|[1-9])[·•・](?:[12]\d|3[01]|[1-9])(?![\d·•・])/gu;
const OBSERVANCE = /(?:全国|国家|国际|世界|中国|中华)(\p{Script=Han}{2,5}?)日/gu;

function days(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(DATED)) {
    const end = m.index + m[0].length;
    const quoted = /[“"‘「]/u.test(text[m.index - 1] ?? '') && /[”"’」]/u.test(text[end] ?? '');
    if (quoted || /\p{Script=Han}/u.test(text[end] ?? '')) out.push(term(text, m.index, end));
  }
  for (const m of text.matchAll(OBSERVANCE)) {
    const end = m.index + m[0].length;
    // 日 may start a word with the next character (人民日报, 各地日前), unless that character starts one itself (慈善日|前夕).
    const asked = [isWord(`日${text[end] ?? ''}`), isWord(text.slice(end, end + 2)), isWord(`${(m[1] as string).slice(-1)}日`)];
    // A day already named by a word (传统节日, 法定假日) is no observance of its own.
    if (asked[2]) continue;
    const wordAfter = asked[0] && !asked[1];
    if (wordAfter || FUNCTION_CHAR.test(m[1] as string) || /[\d]/u.test(m[1] as string)) continue;
    out.push(term(text, m.index, end));
  }
  return out;
}

const SERVICE_NUMBER = /(?<![\d.,．])\d{5}(?![\d.,．%])(?:\p{Script=Han}{0,10}?(?:热线|专线|电话|服务台|中心|平台)|(?=来电))/gu;

function serviceNumbers(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(SERVICE_NUMBER)) if (!FUNCTION_CHAR.test(m[0].slice(5))) out.push(term(text, m.index, m.index + m[0].length));
  return out;
}

const ONE_STOP = /一(\p{Script=Han})([通统])([办行管揽用达]?)(?![\p{Script=Han}])|一(\p{Script=Han})([通统])([办行管揽用达])/gu;
const RUSH = /即(\p{Script=Han})即(\p{Script=Han})/gu;
const MILESTONE = /(?:实现|实行|推行|做到)(\p{Script=Han}{2})即(?:开工|投产|发证|拿证|开业|落地|交付|入驻|交房|供地)(?![\p{Script=Han}])/gu;
const REACH = /(?:实现|实行|推行|做到)((?:\p{Script=Han}{2}(?:可|通)?办)|零\p{Script=Han}{2}|不见面(?:审批|办理|开标))(?=[，。、；！]|$)/gu;

function slogans(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(ONE_STOP)) {
    const [x, y] = [(m[1] ?? m[4]) as string, (m[3] ?? m[6] ?? '') as string];
    const v = (m[2] ?? m[5]) as string;
    const asked = [isWord(`一${x}`), isWord(`一${x}${v}`), isWord(m[0]), isWord(`${x}${v}`)];
    // 统一|系统管理 and 统一|交通管理 hold XV as a word; 一卡通 is one itself, and then used as a verb before 了.
    if (asked[0] || asked[2] || (asked[3] && !asked[1]) || (asked[1] && (y === '' || /[了过着]/u.test(text[m.index + 4] ?? ''))) || FUNCTION_CHAR.test(x)) continue;
    out.push(term(text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(RUSH)) {
    if (isWord(m[0]) || FUNCTION_CHAR.test(`${m[1] ?? ''}${m[2] ?? ''}`)) continue;
    out.push(term(text, m.index, m.index + 4));
  }
  for (const m of text.matchAll(MILESTONE)) {
    const step = m[1] as string;
    if (FUNCTION_CHAR.test(step) || /[天日时年月周刻]$|^(?:立即|马上|随时)$/u.test(step)) continue;
    const end = m.index + m[0].length;
    out.push(term(text, end - step.length - 3, end));
  }
  for (const m of text.matchAll(REACH)) {
    const name = m[1] as string;
    const word = isWord(name);
    if (word || (/办$/u.test(name) && FUNCTION_CHAR.test(name.slice(0, 2)))) continue;
    const at = m.index + m[0].length - name.length;
    out.push(term(text, at, at + name.length));
  }
  return out;
}

const TARGET = /(?:[两二三四五六]个|双)\d{2,3}(?:\.\d)?%|[两二三四五六]个全覆盖|(?<![\d.])\d{1,2}(?:\.\d)?(?:个工作日|日|天|小时|分钟)办结|7\s?[×xX*]\s?24小时/gu;

function targets(text: string): DetectedTerm[] {
  return [...text.matchAll(TARGET)].map((m) => term(text, m.index, m.index + m[0].length));
}

const STAND_IN = /(?:开设|开出|新开|开办|设立|配备|配齐|派驻|派出|聘请|组建|组织|推行|上线|改造成|改建成|打造)(?:(?:一|\d+|[两三四五六七八九十]+)[名家个批支位])?(\p{Script=Han}{2,4}?)(银行|超市|管家|医生|红娘|夜校|客厅|诊所|门诊)/gu;
const CHIEF = /首席\p{Script=Han}{2,3}?官/gu;

function standIns(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(STAND_IN)) {
    const [modifier, head] = [m[1] as string, m[2] as string];
    const asked = [isWord(`${modifier}${head}`), isWord(modifier.slice(-1) + head)];
    // A function character inside a word of two is none (就 of 就业超市).
    if (asked.some(Boolean) || loneCharOf(modifier, FUNCTION_CHAR, isWord)) continue;
    const end = m.index + m[0].length;
    out.push(term(text, end - modifier.length - head.length, end));
  }
  for (const m of text.matchAll(CHIEF)) if (!isWord(m[0])) out.push(term(text, m.index, m.index + m[0].length));
  return out;
}

/** The figurative nouns policy prose gives a role, a plan or a contest (压舱石, 先手棋, 施工图, 赛马比拼). */
const FIGURE = '(?:压舱石|先手棋|桥头堡|金名片|试验田|施工图|作战图|路线图|任务书|军令状|责任状|赛马比拼|硬骨头|牛鼻子|主引擎|强引擎|新引擎|主阵地|风向标|晴雨表|指挥棒|排头兵|领头羊|领跑者|主力军|生力军|增长极|策源地|试金石|助推器|稳定器|定盘星|金钥匙|连心桥|主心骨|护城河|快车道|新赛道)';
/** A verb that makes what follows in its clause a role or a plan: 是 / 成为 … the figure, 下好 … the move, 签订 … the pledge. */
const FIGURE_VERB = '(?:是|为|成为|作为|当好|争当|争做|打造|下好|下活|牵住|抓住|扭住|啃下|啃|签订|立下|挂出|绘就|绘制|制定|下发|细化|开展|入选|跑出|驶入)';
const FIGURATIVE = new RegExp(`${FIGURE_VERB}[^，。；：！？、,.;:!?“”"]{0,20}?${FIGURE}(?![\\p{Script=Han}](?<=[纸里上中内外下]))`, 'gu');
const FIGURE_AT_END = new RegExp(`${FIGURE}$`, 'u');

/**
 * A figurative noun in the clause of a verb that makes it a role or a plan (制造业是全县经济的压舱石,
 * 要下好科技创新这步先手棋, 细化为施工图); a literal one has no such verb before it (古船的压舱石被打捞上岸,
 * 农科院的水稻试验田, 交付全部施工图, 棋手下出一步先手棋) or runs on into a longer word (施工图纸).
 */
function figures(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(FIGURATIVE)) {
    const found = FIGURE_AT_END.exec(m[0]);
    if (found === null) continue;
    const end = m.index + m[0].length;
    out.push({ term: found[0], start: end - found[0].length, end, kind: 'coinage' });
  }
  return out;
}

/** Verbs that policy prose pairs on one object (强链补链, 稳岗扩岗, 拆违控违, 育林护林). */
const PAIR_VERB = '[强补延稳扩拆控治育护引增减降提兴招保优固防管]';
const PAIR = new RegExp(`(${PAIR_VERB})(\\p{Script=Han})(?!\\1)(${PAIR_VERB})\\2`, 'gu');

/** A paired verb-object compression sharing its object, AXBX with two policy verbs, not a dictionary word (将错就错) nor two (强制|控制). */
function pairs(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(PAIR)) {
    // Two dictionary words side by side (强制|控制) are prose; the compression's halves are seldom both words.
    const asked = [isWord(m[0]), isWord(m[0].slice(0, 2)), isWord(m[0].slice(2))];
    if (asked[0] || (asked[1] && asked[2]) || FUNCTION_CHAR.test(m[2] as string)) continue;
    out.push(term(text, m.index, m.index + 4));
  }
  return out;
}

/** Every match of the shape rules in `text`, possibly overlapping one another (the caller resolves). */
export function shapeMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [...methods(text, isWord), ...grades(text, isWord), ...days(text, isWord), ...serviceNumbers(text), ...slogans(text, isWord), ...targets(text), ...standIns(text, isWord), ...figures(text), ...pairs(text, isWord)];
}
