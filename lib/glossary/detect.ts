/**
 * Jargon the glossary has never seen: coinages in quotation marks and numbered formulas, found
 * in running text so that they can get a lighter mark than glossary terms. Pure.
 *
 * What counts
 * - A coinage: two to six characters (Han, or Han with Latin letters and digits) inside a pair of
 *   quotation marks (“小切口”, 『两个确立』 in corner quotes, and “ 两山 ” with a space just inside them), that are not an ordinary word (`isWord`, e.g. CC-CEDICT), do not
 *   end like a clause (…的, …了) and are not a name being given (称为“…”, 原名“…”, 名叫“…”).
 *   Quoted speech (longer, or holding punctuation) is not one. A quoted dictionary word counts only
 *   when it is two or three characters starting with a number other than 一 (“两重”, “三合一”,
 *   “双减”; not “一体”), and not when a name is being given (称为“两难”). Also a longer quoted name of
 *   seven to ten characters without a function word that ends in a policy noun (…计划, …中心,
 *   …驿站, …工作站, …共富带, …大篷车, …一类事, a package of N articles …32条: “小微企业成长计划”), or of up to twelve that holds a
 *   glossary term of three or more characters (“民营经济高质量发展”) or stands between a campaign verb
 *   and a programme noun, one of them at least (推行“企业开办一日办结”, “强基增效双提标”行动), and a quoted pair or
 *   triple joined by 、 · or + whose parts are such phrases, at least one of them not a word
 *   (“微改造、精提升”, “共享社·幸福里”, “标准地+承诺制”).
 * - A quoted dictionary word that names a campaign or model: right before 行动, 专项行动, 系列…,
 *   工程, 计划, 经验, 模式, 工作法 or 品牌 (“清朗”系列专项行动, “铁拳”行动).
 * - A quoted code: digits with a letter or plus sign, or three or more digits, in quotes
 *   (“141”, “8+4”, “415X”).
 * - A numbered formula, quoted or not: a count and 个/项/大 before a quoted phrase or a policy
 *   head noun (三个“一号工程”, 十项重大工程, 四大行动), "N+N" (5+2, 1+N, and “4 + 1” quoted with spaces
 *   before a name), 一X一Y (一村一品, and with
 *   the word Y starts: 一村一法律顾问),
 *   three or more 大XX in a row (大走访大调研大服务), a series of two or more XX化
 *   (高端化智能化绿色化) and 多X合一 or NUM X合一 (多规合一, 五证合一).
 * - The unquoted shapes of ./detect-rules.ts: chief systems (田长制, 湾（滩）长制), systems put into effect
 *   (推行全员导师制，), XX化 / XX制 ways
 *   of working (增值化改革, 信托制物业), XX强省 goals, 应X尽X and XY融合 after a campaign verb;
 *   and of ./detect-rules-programmes.ts: XX+ actions (人工智能+消费提质), lists of new economies
 *   (演唱会经济、赛事经济), campaign years, cluster tiers, 涉企 items, relending tools, 科创 zones and
 *   laws coming into force, Latin acronyms and classes (DRG支付方式改革, Ⅱ类户); and of ./detect-rules-families.ts: 共富 names, X共体 / X联体 bodies,
 *   浙里 / 浙有 brands, campaigns read back from …专项行动, designations won (入选…基地); and of
 *   ./detect-rules-names.ts: bodies and services set up (组建乡村振兴联合体), the full name an abbreviation
 *   is defined for, firsts (首笔用水权交易) and orders issued (生态修复令); and of ./detect-rules-actions.ts: drives named by their action words
 *   (社区食堂提质扩面) and zones made or applied for (打造木业家居产业示范区).
 *   And the fixed frames of ./detect-rules-shapes.ts: 以X促Y methods, ratings, dated days, service numbers,
 *   一X通Y slogans, counted targets and stand-in nouns (以赛促学, 三星级文明户, “3·15”, 就业超市); and the bare
 *   digit codes before a programme noun of ./detect-rules-codes.ts (开展1131服务); and the counted
 *   abbreviations of ./detect-rules-counted.ts printed without quotes in a policy setting (两新组织, 纠治四风).
 * - Not the everyday shapes of ./detect-plain.ts: signs, shouts, titles, price offers and emphasis in quotes
 *   (“好吃不贵”, “加油加油”, “第二杯半价”, 让教师“减负担”) and idioms on a word (一针一线, 一草一木).
 * - An abbreviation the article defines, （以下简称“YY”）: YY there and every later YY; and every
 *   later unquoted use of a quoted coinage of three or more characters (“萧企通” … 萧企通).
 * Nothing that overlaps a glossary match (`known`) is reported, except a quoted coinage or code
 * that holds shorter glossary matches entirely inside its quotes (“乡贤议事会” around 乡贤) or one
 * that starts inside the quotes and runs past them (“海上枫桥”经验 over 枫桥经验), and a body set up,
 * a drive carried out, a drive or system by its name (首贷户拓展行动) or a named one thing (托育一件事) that holds glossary matches shorter than 60% of it (组建乡村振兴联合体
 * around 乡村振兴; 燃气安全专项整治 keeps its card in 城镇燃气安全专项整治): the caller drops those
 * matches ({@link withoutInside}).
 */
import type { TermMatch } from './types';
import { ruleMatches } from './detect-rules';
import { familyMatches, setUpAbbreviationNames } from './detect-rules-families';
import { acronymMatches, programmeMatches } from './detect-rules-programmes';
import { nameMatches } from './detect-rules-names';
import { actionMatches, loneCharOf } from './detect-rules-actions';
import { shapeMatches } from './detect-rules-shapes';
import { codeMatches } from './detect-rules-codes';
import { carriedMatches } from './detect-rules-carried';
import { countedMatches } from './detect-rules-counted';
import { abbreviations, mannerEnd, opensWithPair, repeats } from './detect-quoted';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quote-marks';
import { plainFormulaAt, plainNumberQuote, plainPairOfOnes, plainQuote } from './detect-plain';

/** One detected piece of jargon. */
export interface DetectedTerm {
  /** The span as printed, without wrapping quotation marks. */
  readonly term: string;
  /** Start offset in UTF-16 code units, inclusive (inside the quotes). */
  readonly start: number;
  /** End offset in UTF-16 code units, exclusive. */
  readonly end: number;
  /** `coinage`: a quoted phrase; `formula`: a numbered formula or a quoted code. */
  readonly kind: 'coinage' | 'formula';
}

const NUM = '[两二三四五六七八九十百千万]';
const HEAD = '(?:工程|行动|战略|体系|攻坚|任务|产业|平台|机制|举措|改革|计划|专项|提升|建设|集群|板块|目标|理念|精神|要求|原则|优势|短板|清单)';
const PATTERNS: readonly [RegExp, DetectedTerm['kind']][] = [
  [new RegExp(`${NUM}[个项大](?:[“"‘][^”"’\\s]{2,8}[”"’]|\\p{Script=Han}{0,4}${HEAD})`, 'gu'), 'formula'],
  [/(?<![\d.])\d{1,2}\+(?:\d{1,2}|[NnX])(?![\d.%])/gu, 'formula'],
  // The same in quotes with spaces around the signs, as some pages set it, naming what follows
  // (“4 + 1”工业强县行动; not the sum in 写作“3 + 4”。).
  [/(?<=[“"‘「][ \u3000]?)\d{1,2}(?:[ \u3000]?[+＋][ \u3000]?(?:\d{1,2}|[NnXx]))+(?=[ \u3000]?[”"’」]\p{Script=Han})/gu, 'formula'],
  [/一(\p{Script=Han})一(\p{Script=Han})/gu, 'formula'],
  [/(?:大\p{Script=Han}{2}){3,}/gu, 'formula'],
  [/(?:[^\P{Script=Han}化]{2}化){2,}/gu, 'formula'],
  [/[多两二三四五六七八九十]\p{Script=Han}{1,2}合一/gu, 'formula'],
];
/** A quoted stretch that may be a coinage, a code or a joined name (judged by {@link quotedKind}); a space just inside either quote, as some pages set them (“ 两山 ”), is not part of it. */
const QUOTED_ANY = new RegExp(`[${OPEN_QUOTES}][ \\u3000]?([^${CLOSE_QUOTES}${OPEN_QUOTES}\\s，。；：！？,.;:!?《》]{2,16})[ \\u3000]?[${CLOSE_QUOTES}]`, 'gu');
const JOINER = /[、·+＋]/u;
/** Characters that make a longer quoted stretch read as speech, not a name (outside a word of two: 就业, 会议). */
const FUNCTION_WORD = /[的了着过是在我你他她它们这那吗呢吧啊说把被给让就都也很要会能和与及之第等]/u;
/** The opening of a part of a counted slogan: a number (百县争创, 千乡晋级, 万村过硬). */
const COUNTED_PART = /^[一二两三四五六七八九十百千万亿]/u;
/** 一X一Y with a measure word or a pair of opposites is ordinary prose (一次一次, 一大一小), not a formula. */
const PLAIN_PAIR = /[的是了个次种遍回下天年些点替大小高低前后左右上下南北东西长短多少新旧老少来去进出十百千万亿零]/u;
/** How a longer quoted name of a programme, service or body ends (“小微企业成长计划”, “助企服务直通车”). */
const POLICY_TAIL = /(?:计划|行动|工程|中心|机制|体系|模式|平台|服务|改革|示范区|共同体|综合体|驿站|直通车|贷|码|圈|网格|专员|制度|工作法|清单|联盟|基地|专区|专线|工作室|议事会|服务队|应用|示范带|共富带|走廊|示范点|示范线|联合体|一件事|一类事|一张网|一张图|一码通|工作站|服务站|服务点|专窗|专班|管家|合伙人|先锋|大篷车|班车|食堂|书房|客厅|之家|在线|大脑|先行区|[\d一二三四五六七八九十]{1,3}条)$/u;
const HAN = /\p{Script=Han}/u;
/** Just before the opening quote: a name is being given (称为“…”, 称作“…”, 原名“…”, a person: 叫他“…”; a thing called 叫它“…” may be a coined name), so the quote holds a name; 名 after a number counts people (选派一名“共富指导员”), and 为 after a verb of rebuilding tells what a thing is turned into (改造为“共享农房”), as 改造成 does, or after 设 or 定 what a day or place is designated (每周三设为“无作业日”, 定为“开放日”). */
const NAMING = /(?:称|(?<![一二两三四五六七八九十百千\d])名|叫|号|(?<!改造|改建|打造|建设|建成|升级|转型|[设定])为|[称叫唤]作)(?:[他她]们?)?[\s▁]*$/u;
/** Just after the closing quote: the quoted word names a campaign or model (“清朗”系列专项行动, “铁拳”行动, “枫桥”经验). */
const CAMPAIGN_AFTER = /^(?:系列)?(?:专项)?(?:行动|工程|计划|经验|模式|工作法|品牌)/u;
/** Right before the opening quote: a campaign verb, so the quotes hold the name of what is carried out (推行“…”). */
const CAMPAIGN_VERB_BEFORE = /(?:推行|实施|开展|深化|推进|推动|打造|启动|落实|探索|建立|构建|迭代|部署|聚焦|围绕)$/u;
/** Right after the closing quote: the kind of programme the quoted name is (“…”行动, “…”活动, “…”改革). */
const CAMPAIGN_NOUN_AFTER = /^(?:系列)?(?:专项)?(?:行动|活动|工程|改革|模式|机制|攻坚|计划|工作法|品牌|体系)/u;
/** A quoted phrase ending like a clause, not a term (“真正的”, “完成了”). */
const CLAUSE_TAIL = /[的了着过吗呢吧]$/u;
const CODE = /^(?=.*\d)(?:[\dA-Za-z+]*[A-Za-z+][\dA-Za-z+]*|\d{3,})$/u;
const MIXED = /^[\p{Script=Han}A-Za-z\d+]+$/u;
/** A Han name of two to five characters followed by a number of three or more digits, not a year (“交管12123”; not “美丽乡村2025”). */
const NAME_NUMBER = /^(\p{Script=Han}{2,5})(?!(?:19|20)\d\d$)\d{3,}$/u;
/** A quoted dictionary word that is still a formula: two or three characters after a number other than 一 (一体, 一个人, 一站式 are plain words). */
const NUMBERED_WORD = /^[二三四五六七八九十两双]\p{Script=Han}{1,2}$/u;

/**
 * Detected jargon in `text`, in text order, none overlapping another or a `known` match.
 * `isWord` tells an ordinary dictionary word (simplified); without it, no quoted phrase is
 * taken for an ordinary word.
 */
export function detectJargon(
  text: string,
  known: readonly Pick<TermMatch, 'start' | 'end'>[] = [],
  isWord: (w: string) => boolean = () => false,
): DetectedTerm[] {
  const found: DetectedTerm[] = [];
  for (const [re, kind] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const s = m.index;
      if (kind === 'formula' && m[0].startsWith('一') && (isWord(m[0]) || (m[2] !== undefined && m[1] === m[2]) || PLAIN_PAIR.test(`${m[1] ?? ''}${m[2] ?? ''}`) || (m[2] !== undefined && plainPairOfOnes(m[1] as string, m[2], isWord)))) continue;
      if (m[0].endsWith('化') && !seriesOfWords(m[0], isWord)) continue;
      if (plainFormulaAt(text, s, s + m[0].length)) continue;
      const end = m[0].startsWith('一') ? pairEnd(text, s, isWord) : s + m[0].length;
      found.push({ term: text.slice(s, end), start: s, end, kind });
    }
  }
  found.push(...ruleMatches(text, isWord), ...programmeMatches(text, isWord), ...familyMatches(text, isWord), ...countedMatches(text, isWord));
  // A body or drive may hold glossary terms shorter than 60% of it (组建乡村振兴联合体 around 乡村振兴), and a
  // 共富 name of a thing set up the bare abbreviation (共富大棚 around 共富): its name is the term. A glossary match that is most of it (燃气安全专项整治 in 城镇燃气安全专项整治) keeps its card.
  const names = new Set<DetectedTerm>([...nameMatches(text, isWord), ...actionMatches(text, isWord), ...shapeMatches(text, isWord), ...acronymMatches(text), ...codeMatches(text), ...setUpAbbreviationNames(text, isWord)]);
  found.push(...names);
  const quoted = new Set<DetectedTerm>();
  for (const m of text.matchAll(QUOTED_ANY)) {
    const inner = m[1] as string;
    const at = m.index + m[0].indexOf(inner, 1);
    const campaign = CAMPAIGN_AFTER.test(text.slice(m.index + m[0].length)) && HAN.test(inner) && MIXED.test(inner);
    const holdsTerm = known.some((k) => k.start >= at && k.end <= at + inner.length && k.end - k.start >= 3);
    const inCampaign = CAMPAIGN_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || CAMPAIGN_NOUN_AFTER.test(text.slice(m.index + m[0].length)) || opensWithPair(found, at);
    const kind = quotedKind(inner, isWord, holdsTerm || inCampaign) ?? (campaign && isWord(inner) ? 'coinage' : null);
    if (kind === null || (kind === 'coinage' && plainQuote(text, m.index, m.index + m[0].length, inner, isWord))) continue;
    if (kind === 'formula' && plainNumberQuote(text, m.index + m[0].length, inner)) continue;
    const named = NAMING.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (named && (kind === 'coinage' || isWord(inner))) continue;
    const end = kind === 'coinage' ? mannerEnd(text, at, inner) : at + inner.length;
    const d: DetectedTerm = { term: text.slice(at, end), start: at, end, kind };
    quoted.add(d);
    found.push(d);
  }
  found.push(...abbreviations(text), ...repeats(text, quoted), ...carriedMatches(text, isWord, found));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedTerm[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const d of found) {
    // A quoted coinage may hold shorter glossary matches (“乡贤议事会” around 乡贤), or the start of
    // one running past its closing quote (“海上枫桥”经验 over 枫桥经验): the quotes mark the term.
    // An "X+" action with its sector (人工智能+消费) may hold the glossary's bare action (人工智能+).
    const blocks = (k: { start: number; end: number }): boolean =>
      overlaps(k, d) &&
      !(quoted.has(d) && ((within(k, d) && k.end - k.start < d.end - d.start) || startsInside(k, d))) &&
      !((names.has(d) || DRIVE_END.test(d.term)) && within(k, d) && k.end - k.start < 0.6 * (d.end - d.start)) &&
      !(SECTOR_ACTION.test(d.term) && within(k, d) && k.start === d.start && SIGN.test(text[k.end - 1] ?? '') && k.end < d.end);
    if (known.some(blocks) || out.some((o) => overlaps(o, d))) continue;
    out.push(d);
  }
  return out;
}

/** A named one thing (托育一件事) or a drive or system by its name (服务消费提质惠民行动, 山区海岛县跨越发展体系): it may hold shorter glossary terms. */
const DRIVE_END = /(?:一[件类]事|行动|体系)$/u;
/** An "X+" / "X×" action followed by the sector it is applied to (人工智能+消费, 数据要素×交通). */
const SECTOR_ACTION = /[+＋×]\p{Script=Han}{2,}$/u;
const SIGN = /^[+＋×]$/u;
const within = (k: { start: number; end: number }, d: { start: number; end: number }): boolean => d.start <= k.start && k.end <= d.end;
/** Whether `k` starts after the start of `d`, inside it, and ends after it. */
const startsInside = (k: { start: number; end: number }, d: { start: number; end: number }): boolean => d.start < k.start && k.start < d.end && k.end > d.end;

/**
 * The glossary matches `found` without those lying inside a detected term of `detected` or
 * starting inside one (the only overlaps {@link detectJargon} lets a detected term have).
 */
export function withoutInside<T extends { start: number; end: number }>(found: readonly T[], detected: readonly DetectedTerm[]): T[] {
  return found.filter((k) => !detected.some((d) => within(k, d) || startsInside(k, d)));
}

/** The end of 一X一Y at `s`, taking in the word Y starts when it has one (一村一法律顾问, 一户一档案). */
function pairEnd(text: string, s: number, isWord: (w: string) => boolean): number {
  let end = s + 4;
  // Every length is asked, longest first (wordQuestions lists them ahead of time).
  for (let n = 4; n >= 2; n--) if (s + 3 + n <= text.length && isWord(text.slice(s + 3, s + 3 + n)) && end === s + 4) end = s + 3 + n;
  return end;
}

/** Whether each XX化 of a series has a word for its XX (高端化智能化, not 二氧化锰氧化). */
function seriesOfWords(series: string, isWord: (w: string) => boolean): boolean {
  for (let i = 0; i < series.length; i += 3) if (!isWord(series.slice(i, i + 2))) return false;
  return true;
}

/**
 * What a quoted stretch is: a code (formula), a coinage, or neither (null). `policy`: the quotes
 * hold a glossary term of three or more characters (“民营经济高质量发展”), or stand right after a
 * campaign verb or right before a programme noun (开展“三联三送三落实”活动), which makes a longer
 * quoted name a programme even without a policy tail.
 */
function quotedKind(inner: string, isWord: (w: string) => boolean, policy = false): DetectedTerm['kind'] | null {
  if (CODE.test(inner)) return 'formula';
  const phrase = (p: string, max: number): boolean => p.length >= 2 && p.length <= max && HAN.test(p) && MIXED.test(p) && !CLAUSE_TAIL.test(p);
  if (JOINER.test(inner)) {
    const parts = inner.split(JOINER);
    // In a counted slogan, every part opening with a number (百县争创、千乡晋级、万村过硬), a function character
    // counts only alone, not inside a two-character word of its part (过 in 过硬); elsewhere any one counts (过得好).
    const counted = parts.every((p) => COUNTED_PART.test(p));
    const functional = (p: string): boolean => (counted ? loneCharOf(p, FUNCTION_WORD, isWord) : FUNCTION_WORD.test(p));
    if (parts.length > 3 || !parts.every((p) => phrase(p, 6) && !functional(p))) return null;
    // A plus sign joins the two halves of a working model (“园区+社区”) even when both are words.
    return /[+＋]/u.test(inner) || parts.some((p) => !isWord(p)) ? 'coinage' : null;
  }
  // A quoted dictionary word is ordinary, unless it is a short numbered one (“两重”, “三合一”, “双减”).
  if (isWord(inner)) return NUMBERED_WORD.test(inner) ? 'formula' : null;
  // A 的 inside makes a description (“语言的调和”), not a name. A run of digits after the name counts as
  // one character, as a service number does (“交管12123”).
  const numbered = NAME_NUMBER.exec(inner);
  if (numbered !== null) return phrase(numbered[1] as string, 5) && !FUNCTION_WORD.test(numbered[1] as string) ? 'coinage' : null;
  if (inner.length <= 6) return phrase(inner, 6) && !inner.slice(0, -1).includes('的') ? 'coinage' : null;
  return phrase(inner, policy ? 12 : 10) && !loneCharOf(inner, FUNCTION_WORD, isWord) && (POLICY_TAIL.test(inner) || policy) ? 'coinage' : null;
}

/**
 * Every string {@link detectJargon} may ask `isWord` about in `text` (quoted stretches and their
 * parts, the XX of XX化 series, 一X一Y), so that a dictionary can answer them ahead of time.
 */
export function wordQuestions(text: string): string[] {
  const asked = new Set<string>();
  // Asked once answering yes and once no, every question on every path is put.
  for (const answer of [true, false]) {
    detectJargon(text, [], (w) => {
      asked.add(w);
      return answer;
    });
  }
  return [...asked].sort();
}

/** Start of the matcher id of a detected term: `detected:<term>`. */
export const DETECTED_PREFIX = 'detected:';

/**
 * Glossary matches `found` with the jargon detected in `text` added as matches whose id is
 * {@link DETECTED_PREFIX} + the term, all in text order (for drawing a lighter mark).
 */
export function withDetected(text: string, found: readonly TermMatch[], isWord?: (w: string) => boolean): TermMatch[] {
  const terms = detectJargon(text, found, isWord);
  const detected = terms.map((d) => ({ id: DETECTED_PREFIX + d.term, term: d.term, start: d.start, end: d.end }));
  return detected.length === 0 ? [...found] : [...withoutInside(found, terms), ...detected].sort((a, b) => a.start - b.start);
}

/** What an article says about a detected term: the sentence that defines it, and every sentence that uses it. */
export interface ArticleExplanation {
  /** The sentence that introduces or defines the term (the first with a defining phrase, else the first use), or null. */
  readonly definition: string | null;
  /** Every sentence that holds the term, in order, the defining one included. */
  readonly occurrences: readonly string[];
}

const DEFINING = /即|是指|指的是|就是|主要是|包括|涵盖|分别是|：/u;
/** A sentence that gives the term as the abbreviation of a name before it. */
const ABBREVIATING = (term: string): RegExp => new RegExp(`简称[“"‘「]?${term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[”"’」]?`, 'u');

/** The article's own explanation of `term` from its block texts (sentences end at 。！？；). */
export function explainInArticle(term: string, blocks: readonly string[]): ArticleExplanation {
  const occurrences = blocks.flatMap((b) => b.split(/(?<=[。！？；])/u)).map((s) => s.trim()).filter((s) => s.includes(term));
  const abbreviating = ABBREVIATING(term);
  const defining = occurrences.find((s) => abbreviating.test(s)) ?? occurrences.find((s) => DEFINING.test(s.slice(s.indexOf(term))));
  return { definition: defining ?? occurrences[0] ?? null, occurrences };
}
