/**
 * Unquoted names of bodies and services for {@link ./detect.ts}, made of ordinary words, that
 * county and city papers set up faster than a glossary can list them. Pure.
 *
 * - A body or service set up: right after a verb of setting up (建成, 组建, 成立, 设置, 布局 …),
 *   with a count or a first between them when there is one (建成首个, 设置…36个 has it after), a
 *   modifier of two to twelve Han characters without a function character and then the head noun
 *   of a body or service (…联合体, …共同体, …综合体, …联盟, …驿站, …服务站, …工作站, …服务中心,
 *   …照护专区, …服务点 / 休息点 / 歇脚点, …联络站, …调解会 / 调解委员会, …小组): 组建乡村振兴联合体, 建成青瓷宝剑产业创新服务综合体, 设置户外劳动者服务驿站. A
 *   place's first (全市首个, 全县首个 …) stands for the verb: 全市首个低空飞行服务站投入运行. The
 *   modifier must not be a single dictionary word of two characters unless the head is one of
 *   the compound heads (体育综合体 stays; 成立军事联盟 does not).
 * - A reform or drive carried out: a campaign verb (开展, 实施, 深化 …), a chain of dictionary words
 *   of four characters at least, and …集成改革 / …综合改革 / …专项整治 / …集中整治 / …专项治理
 *   (深化新时代乡村集成改革, 开展医保基金违法违规问题专项整治).
 * - The full name an abbreviation is defined for, （以下简称X）: the words before the parenthesis
 *   (the chain of dictionary words back from it, or, when X itself stands just before it, X with
 *   the words before X): 城乡风貌样板区建设（以下简称风貌样板区）. The abbreviation itself is
 *   ./detect.ts's.
 * - A mechanism set up: 建立 / 健全 / 完善 / 构建 … right before a chain of dictionary words of four to
 *   ten characters and 机制 (建立执行联动机制, 建立欠薪预警机制; 建立长效机制 is too short to be a name).
 * - A first of its kind done in a place: 首笔 / 首宗 / 首单 and what was done, two to twelve Han characters
 *   without a function character before a deal, a grant or a policy (…交易, …出让, …贷款, …保险 …):
 *   完成全县首笔用水权交易, 首宗海域使用权立体分层设权出让.
 * - An order issued: a verb of issuing (发出, 开出, 签发, 制发, 下达 …; 首份 or 一份 may follow) and
 *   two to six Han characters with 令 that are no dictionary word (开出生态修复令, 制发整改令; not
 *   下达通缉令 or 发出动员令, which are words).
 * - A working method spread by name: 推广 / 推行 / 总结 / 提炼 / 运用 … right before two to six Han characters
 *   without a function character and 工作法 (推广老杨调解工作法); not 工作法规 / 工作法律 / 工作法治.
 * A name of these rules wins over a glossary match inside it shorter than 60% of it (./detect.ts).
 * Each rule asks `isWord` the same questions whatever it answers, so that `wordQuestions` in
 * ./detect.ts can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';
import { chainStart } from './detect-rules-programmes';
import { ABBREVIATION_DEFINED } from './quote-marks';

const term = (text: string, start: number, end: number): DetectedTerm => detectedTerm(text, start, end, 'coinage');

/** A verb of setting a body or service up, and a count or a first that may follow it. */
const SET_UP = /(?:建成|建立|组建|成立|设立|设置|布局|开设|搭建|新建|建起|挂牌成立|揭牌成立)(?:全国首个|全省首个|全市首个|全县首个|首个|首批|一批|\d{1,3}个|[一二三四五六七八九十]{1,2}个)?|(?:全国|全省|全市|全县|全区)首个/gu;
/** Head nouns of a body or service; the compound heads (two words or more) make any modifier a name. */
const BODY_HEAD = /^(?:服务综合体|联合体|共同体|综合体|党建联盟|联盟|服务驿站|驿站|服务站|工作站|劝导站|指导站|联络站|服务中心|调解中心|调解委员会|调解会|调解室|指挥室|预警点|联系点|服务点|休息点|歇脚点|照护专区|专区|小组)/u;
const COMPOUND_HEAD = /^(?:服务综合体|服务驿站|服务站|工作站|劝导站|指导站|服务中心|调解中心|调解委员会|调解会|调解室|指挥室|预警点|联系点|服务点|休息点|歇脚点|照护专区|党建联盟|联合体|共同体|综合体)$/u;
/** Characters that make the stretch before the head a clause, not a modifier. */
const NOT_MODIFIER = /[的了着过是在和与及或并等把被给让从向对为以之其这那也都就还要会能将已不个]/u;
/** The head of a reform or drive carried out (深化新时代乡村集成改革, 开展医保基金违法违规问题专项整治). */
const DRIVE_HEAD = /(?:集成改革|综合改革|专项整治|集中整治|专项治理)/gu;
/** A campaign verb right before the name. */
const DRIVE_VERB = /(?:开展|实施|推进|深化|推行|部署|启动|持续|全面|迭代)$/u;

/** Bodies and services set up: verb, modifier, head (组建乡村振兴联合体). */
function bodiesSetUp(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(SET_UP)) {
    const from = m.index + m[0].length;
    for (let at = from + 2; at <= Math.min(text.length, from + 12); at++) {
      const modifier = text.slice(from, at);
      if (!/^\p{Script=Han}+$/u.test(modifier) || NOT_MODIFIER.test(modifier)) break;
      const head = BODY_HEAD.exec(text.slice(at));
      if (head === null) continue;
      // Asked whatever the head (wordQuestions lists the question ahead of time).
      const plainWord = modifier.length === 2 && isWord(modifier);
      if (!plainWord || COMPOUND_HEAD.test(head[0])) out.push(term(text, from, at + head[0].length));
      break;
    }
  }
  return out;
}

/** A working method named and spread: a verb of spreading or distilling one, then two to six Han characters and 工作法 (推广老杨调解工作法, 总结推广五步议事工作法). */
const METHOD = /(?<=推广|推行|总结|提炼|运用|探索|创新|学习|打造|形成)(\p{Script=Han}{2,6}?)工作法(?![规律治])/gu;

/** Working methods spread by name: verb, name, 工作法; the name no clause (no function character). */
function methods(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(METHOD)) if (!NOT_MODIFIER.test(m[1] as string)) out.push(term(text, m.index, m.index + m[0].length));
  return out;
}

/** The full name before （以下简称X）. */
function definedNames(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(ABBREVIATION_DEFINED)) {
    const short = m[1] as string;
    const near = text.lastIndexOf(short, m.index - short.length);
    const inside = near >= 0 && m.index - (near + short.length) <= 4 && /^\p{Script=Han}*$/u.test(text.slice(near + short.length, m.index));
    const chained = chainStart(text, m.index, isWord, 14);
    const fromShort = chainStart(text, Math.max(0, near), isWord, 6);
    const start = inside ? fromShort : chained;
    if (m.index - start >= 4) out.push(term(text, start, m.index));
  }
  return out;
}

/**
 * A reform or drive carried out: a campaign verb, the chain of dictionary words before the head
 * (four characters at least) reaching back to the verb, and the head.
 */
function drives(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(DRIVE_HEAD)) {
    const s = chainStart(text, m.index, isWord, 14);
    if (m.index - s >= 4 && DRIVE_VERB.test(text.slice(Math.max(0, s - 2), s))) out.push(term(text, s, m.index + m[0].length));
  }
  return out;
}

/** A verb of building a mechanism, right before its name (建立执行联动机制, 建立健全欠薪预警机制). */
const MECHANISM_VERB = /(?:建立|健全|完善|构建|探索|创新|推行|实行)(?:健全|完善)?(?=\p{Script=Han})/gu;

/**
 * A mechanism set up: a verb of building one, a chain of dictionary words of four to ten
 * characters reaching back exactly to the verb, and 机制 (建立执行联动机制, not 建立长效机制).
 */
function mechanisms(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(MECHANISM_VERB)) {
    const from = m.index + m[0].length;
    const at = text.indexOf('机制', from);
    if (at < from + 4 || at > from + 10) continue;
    const name = text.slice(from, at);
    if (!/^\p{Script=Han}+$/u.test(name) || NOT_MODIFIER.test(name)) continue;
    if (chainStart(text, at, isWord, at - from) === from) out.push(term(text, from, at + 2));
  }
  return out;
}

/** A first of its kind and what was done: 首笔 / 首宗 / 首单, the thing, and a deal, grant or policy. */
const FIRST_DONE = /首[笔宗单](\p{Script=Han}{2,12}?)(?:交易|出让|贷款|保险|保单|质押融资|质押|拍卖|收储)/gu;

/** The thing done as a first of its kind, without 首笔 (完成全县首笔用水权交易: 用水权交易). */
function firstsDone(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(FIRST_DONE)) {
    if (NOT_MODIFIER.test(m[1] as string)) continue;
    out.push(term(text, m.index + 2, m.index + m[0].length));
  }
  return out;
}

/** A verb of issuing an order, and 首份 / 一份 that may follow it. */
const ISSUED = /(?:发出|开出|签发|制发|下达|送达)(?:全县首份|全市首份|首份|一份|了)?(\p{Script=Han}{2,6}?令)/gu;

/** An order issued (开出生态修复令): the order's name, when it is no dictionary word. */
function ordersIssued(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(ISSUED)) {
    const order = m[1] as string;
    if (isWord(order) || NOT_MODIFIER.test(order.slice(0, -1))) continue;
    const start = m.index + m[0].length - order.length;
    out.push(term(text, start, start + order.length));
  }
  return out;
}

/** Every match of the name rules in `text`, possibly overlapping one another (the caller resolves). */
export function nameMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [...bodiesSetUp(text, isWord), ...definedNames(text, isWord), ...drives(text, isWord), ...mechanisms(text, isWord), ...firstsDone(text), ...ordersIssued(text, isWord), ...methods(text)];
}
