/**
 * More unquoted shapes for {@link ./detect.ts}: the kinds of names that 2025–26 policy news coins
 * faster than a glossary can list them. Pure.
 *
 * - An "XX+" / "XX×" action (人工智能+消费提质, AI+教育, 数据要素×): XX the longest dictionary word
 *   right before the sign (or two two-character words, 数据|要素; or a Latin or digit-and-letter
 *   name, AI, 5G), and the longest word right after it when there is one. Not after or before a
 *   digit (3+4, 2×2). A campaign verb before the sign's two characters is no half of XX (推广|党建+网格,
 *   探索|信用+积分: the two characters before the sign are XX, word or not).
 * - A list of new "economies" or kinds of consumption, two or more XX经济 / XX消费 joined by 、 和
 *   与 及 (演唱会经济、赛事经济; IP经济、宠物经济): each XX a word or a Latin name, and the item
 *   not a dictionary word (市场经济 and 计划经济 are left to the dictionary). A single XX经济 is not
 *   marked: encyclopedia prose has 战后经济 and 期间经济 as often as news has 低空经济.
 * - A ministry's campaign year, …服务年 / 管理年 / 提升年 / 攻坚年 … before 行动 or 活动
 *   (儿科和精神卫生服务年行动): the words before it, back to a campaign verb or punctuation.
 * - A tier of industrial cluster, 万亿级 / 千亿级 / 百亿级 … 集群 (千亿级产业集群).
 * - Business-facing items, 涉企 + what concerns firms (涉企违规收费, 涉企行政检查).
 * - A central-bank relending tool, …再贷款 (服务消费与养老再贷款, 支农再贷款): the words before it.
 * - A science-and-innovation zone, XX科创区 / 科创走廊 / 科创园 (甬江科创区).
 * - A law just revised or coming into force, 新修订的…法 or …法…起施行 (治安管理处罚法): the
 *   words before 法, the last character with 法 not a word (办法, 方法, 宪法 are words).
 * - A Latin acronym of two to five capitals (a plural s, a second acronym after a hyphen or a
 *   letter after a plus allowed: CHS-DRG, EPC+O) right before the kind of thing it names, or two to
 *   four characters of policy prose before it (EPC总承包, BIM技术, EOD项目, DRG支付方式改革, ESG信息披露);
 *   and a graded class, a capital or a Roman numeral + 类 + what is graded (D类企业, Ⅱ类户, Ⅲ类账户,
 *   III类以上水质, Ⅴ类水体), or a house rated C or D unsafe (D级危房). Not a class of medical device
 *   (III类医疗器械): glossary-dev23 holds it as an ordinary classification in its boundary traps.
 * "The words before" is a chain of dictionary words of two to four characters (with 和 / 与 / 及
 * between two of them), at most ten characters, read back from the anchor and stopped by a
 * campaign verb (开展, 实施 …), a function character or anything not a word.
 * Each rule asks `isWord` the same questions whatever it answers (every word in a fixed window
 * is asked first), so that `wordQuestions` in ./detect.ts can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';


const PLUS = /[+＋×]/gu;
const LATIN_NAME = /(?<![A-Za-z\d])[A-Za-z\d]{1,4}$/u;
const LIST_ITEM = /([\p{Script=Han}]{1,4}|[A-Za-z]{2,4})(经济|消费)/gu;
const LIST_JOIN = /^(?:[、和与及]|以及)$/u;
const CAMPAIGN_YEAR = /(?:服务|管理|提升|攻坚|建设|突破|优化|质效|效能|落实|治理|安全)年(?=行动|活动|专项行动)/gu;
const CLUSTER_TIER = /(?:[万千百]亿|[一二三四五六七八九十\d]+千亿)级\p{Script=Han}{0,6}?集群/gu;
const FIRMS = /涉企(?:\p{Script=Han}{0,4}?)(?:收费|检查|执法|政策|服务|事项|诉求|补贴|审批|许可|案件|问题|数据|信息)/gu;
const RELENDING = /再贷款/gu;
const SCI_ZONE = /科创(?:大走廊|走廊|区|园)/gu;
const LAW_IN_FORCE = /(?<!办|方|宪|说|想|做|用|写|看|算|语|兵|立|司|执|守|违|犯|合|非|依|法)法(?=(?:于|自)?(?:今年|明年|\d{1,4}年)?(?:\d{1,2}月\d{1,2}日)?(?:起)?(?:正式)?施行)/gu;
const REVISED_LAW = /(?:新修订的|修订后的|新修订)(\p{Script=Han}{2,12}?)法/gu;
/** Words that end a chain read backwards: the campaign verb or the function character before a name. */
const CHAIN_STOP = /^(?:开展|实施|启动|推进|深化|推动|推广|推行|探索|持续|全面|设立|创设|运用|用好|发放|推出|新设|增加|通过|利用|提供|落实|加大|出台|印发|发布|建设|打造|创建|培育|发展|修订|新修订|成立|组建|组成|抽调)$/u;
const CHAIN_JOIN = /[和与及]/u;
/** What a Latin acronym names, right after it or after a word or two of policy prose (DRG支付方式改革). */
const ACRONYM_KIND = '(?:模式|技术|总承包|项目|改革|试点|平台|体系|认证|评价|报告|理念|机制|工程|付费|基金|信息披露|门诊|审查|备案|核算)';
const ACRONYM = new RegExp(`(?<![A-Za-z\\d])[A-Z]{2,5}s?(?:-[A-Z]{2,5}|\\+[A-Z])?(?:${ACRONYM_KIND}|[^\\P{Script=Han}，。、的了在是和与]{2,4}?${ACRONYM_KIND})`, 'gu');
/** A class in a Latin letter or a Roman numeral (Ⅰ to Ⅴ, or I to V in Latin capitals) and what is classed (Ⅱ类户, III类以上水质). */
const GRADED = /(?<![A-Za-z\d])(?:[A-E]|[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)类(?:企业|项目|地区|村|社区|人员|场所|用地|单位|工业企业|账户|户|(?:及?以上)?水质|水体|断面|高风险区域|区域|海域|海水|疫苗)|(?<![A-Za-z\d])[A-D]级危房/gu;

/**
 * Where a chain of dictionary words ending at `end` starts (`end` when there is none): two to four
 * characters each, 和 / 与 / 及 allowed between two words, at most `max` characters, stopped by a
 * campaign verb. Every Han substring of two to four characters in the window is asked first.
 */
export function chainStart(text: string, end: number, isWord: (w: string) => boolean, max = 10): number {
  const from = Math.max(0, end - max);
  const known = new Map<string, boolean>();
  for (let s = from; s < end; s++) {
    for (let n = 2; n <= 4 && s + n <= end; n++) {
      const w = text.slice(s, s + n);
      if (/^\p{Script=Han}+$/u.test(w)) known.set(w, isWord(w));
    }
  }
  let start = end;
  for (;;) {
    const n = [4, 3, 2].find((k) => start - k >= from && known.get(text.slice(start - k, start)) === true);
    if (n === undefined || CHAIN_STOP.test(text.slice(start - n, start))) break;
    start -= n;
    const joined = start - 3 >= from && CHAIN_JOIN.test(text[start - 1] ?? '') && known.get(text.slice(start - 3, start - 1)) === true;
    if (joined) start -= 1;
  }
  // A joiner left at the front (与|养老) belongs to the prose before the name.
  return CHAIN_JOIN.test(text[start] ?? '') ? start + 1 : start;
}

/** The longest dictionary word of two to `max` characters ending at `end` (asking every length), or its start. */
function wordBefore(text: string, end: number, isWord: (w: string) => boolean, max = 6): number | null {
  const asked = [];
  for (let n = max; n >= 2; n--) asked.push({ n, word: end - n >= 0 && /^\p{Script=Han}+$/u.test(text.slice(end - n, end)) && isWord(text.slice(end - n, end)) });
  const hit = asked.find((a) => a.word);
  return hit === undefined ? null : end - hit.n;
}

/** The end of the longest dictionary word of two to four Han characters starting at `start` (`start` when none; every length is asked). */
export function wordAfter(text: string, start: number, isWord: (w: string) => boolean): number {
  const asked = [4, 3, 2].map((n) => ({ n, word: start + n <= text.length && /^\p{Script=Han}+$/u.test(text.slice(start, start + n)) && isWord(text.slice(start, start + n)) }));
  return start + (asked.find((a) => a.word)?.n ?? 0);
}

/** "XX+" and "XX×" actions, with the word after the sign when there is one. */
function plusActions(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(PLUS)) {
    const at = m.index;
    const latin = LATIN_NAME.exec(text.slice(0, at));
    const single = wordBefore(text, at, isWord);
    const four = at >= 4 && /^\p{Script=Han}{4}$/u.test(text.slice(at - 4, at));
    // Both halves are always asked (wordQuestions lists the questions ahead of time).
    const halves = four ? [isWord(text.slice(at - 4, at - 2)), isWord(text.slice(at - 2, at))] : [false, false];
    // A campaign verb before two characters is no half of the name (推广|党建+网格, 探索|信用+积分): the two are XX.
    const verb = four && CHAIN_STOP.test(text.slice(at - 4, at - 2));
    const pair = halves.every(Boolean) && !verb;
    const start = latin !== null && /[A-Za-z]/u.test(latin[0]) && latin[0].length >= 2 ? at - latin[0].length : single !== null && at - single > 2 ? single : pair ? at - 4 : verb ? at - 2 : single;
    const end = wordAfter(text, at + 1, isWord);
    // Arithmetic (3+4, 2×2) and runs of signs (C++) are not actions; nor is a middle part of a joined
    // name A+B+C (代表联络站+物业+业委会), whose XX follows a sign of its own.
    if (start === null || /[\d+＋×]/u.test(text[at + 1] ?? '') || /[+＋×]/u.test(text[at - 1] ?? '') || /[+＋×]/u.test(text[start - 1] ?? '')) continue;
    out.push(detectedTerm(text, start, end, 'formula'));
  }
  return out;
}

/** Two or more XX经济 / XX消费 items in a list; the items that are not dictionary words. */
function economyLists(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const items = [...text.matchAll(LIST_ITEM)].map((m) => {
    const head = m[1] as string;
    // The longest word of up to four characters ending the run is the XX (带火首发|经济 → 首发).
    const s = wordBefore(text, m.index + head.length, isWord, Math.min(4, head.length));
    const latin = /^[A-Za-z]+$/u.test(head);
    const start = latin ? m.index : (s ?? m.index + head.length);
    const end = m.index + m[0].length;
    return { start, end, ok: (latin || s !== null) && !isWord(text.slice(start, end)), tail: m[2] as string };
  });
  const out: DetectedTerm[] = [];
  items.forEach((it, i) => {
    const near = (o: (typeof items)[number] | undefined, a: number, b: number): boolean => o !== undefined && o.tail === it.tail && LIST_JOIN.test(text.slice(a, b));
    const listed = near(items[i - 1], items[i - 1]?.end ?? 0, it.start) || near(items[i + 1], it.end, items[i + 1]?.start ?? 0);
    if (listed && it.ok) out.push(detectedTerm(text, it.start, it.end, 'coinage'));
  });
  return out;
}

/** Named programmes ending in an anchor, with the chain of words before it as their name. */
function chained(text: string, re: RegExp, isWord: (w: string) => boolean, min: number): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(re)) {
    const s = chainStart(text, m.index, isWord);
    if (m.index - s >= min) out.push(detectedTerm(text, s, m.index + m[0].length, 'formula'));
  }
  return out;
}

/** Laws named as revised or coming into force (治安管理处罚法…施行, 新修订的反不正当竞争法). */
function laws(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out = chained(text, LAW_IN_FORCE, isWord, 4);
  for (const m of text.matchAll(REVISED_LAW)) {
    const end = m.index + m[0].length;
    const s = chainStart(text, end - 1, isWord);
    const plain = isWord(text.slice(end - 2, end));
    if (end - 1 - s >= 4 && !plain) out.push(detectedTerm(text, s, end, 'formula'));
  }
  return out;
}

/** Every match of the rules above in `text`, possibly overlapping one another (the caller resolves). */
export function programmeMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [
    ...plusActions(text, isWord),
    ...economyLists(text, isWord),
    ...chained(text, CAMPAIGN_YEAR, isWord, 2),
    ...[...text.matchAll(CLUSTER_TIER)].map((m) => detectedTerm(text, m.index, m.index + m[0].length, 'formula')),
    ...[...text.matchAll(FIRMS)].map((m) => detectedTerm(text, m.index, m.index + m[0].length, 'formula')),
    ...chained(text, RELENDING, isWord, 2),
    ...chained(text, SCI_ZONE, isWord, 2),
    ...laws(text, isWord),
  ];
}

/**
 * Latin acronyms before what they name and graded classes (DRG支付方式改革, Ⅲ类医疗器械): like a body set
 * up, the whole is the term, and a glossary form shorter than 60% of it inside (DRG支付) gives way.
 */
export function acronymMatches(text: string): DetectedTerm[] {
  return [...text.matchAll(ACRONYM), ...text.matchAll(GRADED)].map((m) => detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
}
