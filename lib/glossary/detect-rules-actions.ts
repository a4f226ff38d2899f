/**
 * Names built on the action words of policy prose and on the kinds of zone a place is made, for
 * {@link ./detect.ts}: county and city papers name a drive or a zone by what it works on, then
 * the action or the zone (社区食堂提质扩面, 农村公厕提档升级三年行动, 时尚产业先行区), faster than a
 * glossary can list them. Pure.
 *
 * - A named drive: a campaign verb (开展, 实施, 推进, 启动 …; a quoted name may stand between,
 *   推动“浙里办”县域专区迭代升级), what it works on (two to twelve Han characters without a function
 *   character; three at least after a quoted name, whose 百日 is a time frame), then one to three action words (提质, 扩面, 提档, 升级, 攻坚, 整治, 提升, 增效, 更新,
 *   扩容, 扩优, 培优, 育强, 巩固, 净化, 迭代, 提标, 焕新 …), a manner before them (有机, 精准) and a
 *   programme noun after them (行动, 三年行动, 工程, 攻坚战), where the action words, the manner and
 *   the noun together make at least two (社区食堂提质扩面, 老旧厂区有机更新, 参保精准扩面行动; not
 *   推动产业升级, 开展质量提升活动), and the name ends there (punctuation, or 的 / 和 / 与 / 以来 …).
 * - A zone made or applied for: a verb of making or winning one (获批, 打造, 建设, 创建, 申报, 谋划,
 *   争创 …), four to twelve Han characters without a function character, and a zone noun
 *   (集聚区, 先行区, 示范区, 试验区, 先导区, 样板区, 集中区, 合作区): 打造木业家居产业示范区,
 *   获批省级生物医药产业集聚区; not 建设示范区, whose name is too short to be one.
 * - A system set up: 建立 / 健全 / 完善 / 构建 / 推行 / 实行 …, a name of six to twelve Han characters
 *   without a function character, and 制度 / 体系 / 机制 (建立物业服务质量红黑榜制度; not 建立现代企业制度
 *   or 完善社会保障体系, whose names are too short to be coined ones).
 * A function character inside a dictionary word of two characters (能 in 技能, 会 in 社会) is no
 * function character. These are names of ./detect.ts's `names`: they win over a glossary match
 * inside them shorter than 60% of them (营商环境 in 营商环境提质攻坚行动). Every pair of characters
 * of a candidate is asked about, whatever the answers, so `wordQuestions` can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

const term = (text: string, start: number, end: number): DetectedTerm => detectedTerm(text, start, end, 'coinage');

/** Characters that make the stretch before the action or zone a clause, not what a name works on. */
const NOT_SUBJECT = /[的了着过是在和与及或并等把被给让从向对为以之其这那也都就还要会能将已不一]/u;
const ACTION = '(?:提质|扩面|提档|升级|攻坚|整治|提升|增效|更新|扩容|扩优|培优|育强|巩固|净化|迭代|提标|焕新|提能|强基|提速|扩能)';
const MANNER = '(?:有机|精准|全面|系统|集中)';
const NOUN = '(?:三年行动|专项行动|行动|工程|攻坚战)';
const DRIVE_VERB = '(?:开展|实施|推进|启动|推动|深化|持续|加快|部署|组织|全面推进)';
/** A campaign verb, a quoted name that may follow it, what the drive works on, and the tail (manner, actions, noun). */
const DRIVE = new RegExp(`${DRIVE_VERB}(?!${DRIVE_VERB})([“"][^”"]{1,8}[”"])?(\\p{Script=Han}{2,12}?)(${MANNER}?)((?:${ACTION}){1,3})(${NOUN}?)(?=[^\\p{Script=Han}]|$|的|和|与|以来|工作)`, 'gu');
const ZONE_VERB = '(?:获批|打造|建设|创建|申报|谋划|争创|建成|设立|规划|培育|获评|入选)';
const ZONE = new RegExp(`${ZONE_VERB}(\\p{Script=Han}{4,12}?)(?:集聚区|先行区|示范区|试验区|先导区|样板区|集中区|合作区)(?![域内外])`, 'gu');

const SYSTEM = /(?:建立|健全|完善|构建|推行|实行)(?:健全|完善)?(?!健全|完善)(\p{Script=Han}{6,12}?)(?:制度|体系|机制)/gu;

/**
 * Whether `text` holds a character of `chars` outside the two-character dictionary words of it (就 of
 * 就业, 会 of 社会 is none). Every pair of characters is asked, whatever the answers.
 */
export function loneCharOf(text: string, chars: RegExp, isWord: (w: string) => boolean): boolean {
  const pairs = [...text].slice(1).map((c, i) => isWord(`${text[i] ?? ''}${c}`));
  return [...text].some((c, i) => chars.test(c) && pairs[i - 1] !== true && pairs[i] !== true);
}

/** Whether `subject` holds a function character that is not inside a two-character dictionary word of it. */
const clause = (subject: string, isWord: (w: string) => boolean): boolean => loneCharOf(subject, NOT_SUBJECT, isWord);

/** Named drives: verb, what it works on, action words (with a manner and a noun) counting two at least. */
function drives(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(DRIVE)) {
    const [quoted, subject, manner, actions, noun] = [m[1], m[2] as string, m[3] as string, m[4] as string, m[5] as string];
    const weight = actions.length / 2 + (manner === '' ? 0 : 1) + (noun === '' ? 0 : 1);
    // After a quoted name, two characters are its time frame (“除险保安”百日攻坚行动), not what it works on.
    if (clause(subject, isWord) || weight < 2 || (quoted !== undefined && subject.length < 3)) continue;
    const end = m.index + m[0].length;
    out.push(term(text, end - subject.length - manner.length - actions.length - noun.length, end));
  }
  return out;
}

/**
 * A name the pattern's first group holds, ending in a head of `head` characters (a zone noun:
 * 示范区; a system noun: 制度), unless the name reads as a clause.
 */
function namedBefore(text: string, pattern: RegExp, head: number, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[1] as string;
    if (clause(name, isWord)) continue;
    const end = m.index + m[0].length;
    out.push(term(text, end - name.length - head, end));
  }
  return out;
}

/** Every match of the action and zone rules in `text`, possibly overlapping one another (the caller resolves). */
export function actionMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  // Zones made or applied for (verb, four to twelve characters, zone noun); systems set up (verb, a
  // name of six to twelve characters, 制度 / 体系 / 机制).
  return [...drives(text, isWord), ...namedBefore(text, ZONE, 3, isWord), ...namedBefore(text, SYSTEM, 2, isWord)];
}
