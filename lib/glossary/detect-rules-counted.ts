/**
 * Counted abbreviations printed without quotation marks, for {@link ./detect.ts}: policy news writes
 * a formula by its count and one to three characters (两新组织, 三公经费, 双拥模范城, 纠治四风, 落实双减政策,
 * 坚持两个毫不动摇), where the quoted ones (“两新”, “三服务”) are already the detector's. Pure.
 *
 * - The count: 两 三 四 五 六 七 八 九 十 or 双, not inside a longer number or after 第 / a digit, with 个
 *   after it when printed (两个毫不动摇).
 * - What is counted: one to four Han characters (one to three before a programme noun), none a
 *   number, a measure, a unit of time, a place, a side or a person counted (三天, 三小时, 两岸, 两国, 三人,
 *   四周, 十年, 双方, 三名), and no function character (的, 是, 在, 和, 对 …); or 一 after 个, a count of
 *   ones (四个一工作法). Not a word the count makes with its start followed by a word (双语|教学).
 * - The setting, one of:
 *   a programme noun right after it (组织, 项目, 经费, 政策, 场所, 经济, 工作法, 模范, 活动, 工作, 行为 …:
 *     两高项目, 三小场所, 三服务活动, 三违行为, 四责协同机制), what is counted then no word of its own (双|减价|活动,
 *     两个|先行|试点 count a price cut and pilots); the formula and a naming noun (组织, 项目, 经费, 政策,
 *     场所, 经济, 工作法) are the mark, the work a formula is done in (活动, 工作, 行为, 机制 …) is left out of
 *     it (三服务|活动), or
 *   a campaign verb right before the count (推进, 落实, 坚持, 纠治, 推行 …) and the formula ending its
 *     clause (纠治四风。, 推进双减，, 推行三高共管，).
 * Without such a setting the shape is ordinary counting (三峡水库, 双重身份, 两手空空) and is left alone.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

/** The counts a formula takes (一 makes idioms and 一把手-like words, another rule's; 二 is ordinal 二十届 …). */
const COUNT = /[两三四五六七八九十双]/u;
/** Before the count: a longer number, an ordinal or a digit (二十三, 第三, 3三), so the count is not one. */
const NUMBER_BEFORE = /[\d０-９一二两三四五六七八九十百千万亿零第几数每半届]$/u;
/** Characters that make the stretch counting, a place, a side, a person or a time (三天, 两岸, 两人, 双方, 四周). */
const COUNTED = /[一二两三四五六七八九十百千万亿零\d个项大期家级年月日天周时分秒次号届人种名位条座所批倍岁元块斤米处成点方面边岸地国省市县区镇村校者侧端头只张本件台辆份套间层楼门道轮场些样类路步声遍回趟口户股支队组班排连营团师军部章节篇句字代世胎子女孙亩吨克升里尺寸毛角季]/u;
/** Characters that make a stretch a phrase of prose, not a name (the, be, at, and, for …). */
const FUNCTION = /[的了着过是在和与及或并跟把被从向对为以之其这那等也都就还要会能很更最所而且但如若即又再已将则]/u;
/** A programme noun that names what the formula is (两新组织, 两高项目, 三公经费, 双减政策): part of the mark. */
const NAMING_NOUN = /^(?:工作法|组织|项目|经费|政策|场所|经济|模范城|模范县|模范)/u;
/** The work a formula is done in (三服务活动, 四责协同机制): the setting, not part of the mark. */
const WORK_NOUN = /^(?:活动|工作|行为|机制|制度|要求|目标|战略|精神|行动|工程|改革|体系|试点|建设|举措|任务|理念|格局|座谈会)/u;
/** A campaign verb right before the count (推进双减，, 纠治四风。). */
const VERB_BEFORE = /(?:推进|推动|落实|坚持|深化|开展|纠治|整治|推行|实施|践行|巩固|做好|抓好|抓实|树牢|增强|做到|贯彻|构建|深入推进|持续推进)$/u;
/** The end of the clause the formula ends. */
const CLAUSE_END = /^(?:[，。；、：！？,;:!?]|$)/u;

/** Counted abbreviations in `text` (两新组织, 纠治四风). */
export function countedMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!COUNT.test(text[i] as string) || NUMBER_BEFORE.test(text.slice(Math.max(0, i - 1), i))) continue;
    const ge = text[i + 1] === '个' ? 1 : 0;
    const from = i + 1 + ge;
    const verb = VERB_BEFORE.test(text.slice(Math.max(0, i - 4), i));
    // Every stretch is asked about as a word before any is judged (wordQuestions lists them ahead of time).
    const stretches: { n: number; word: boolean; split: boolean }[] = [];
    for (let n = 1; n <= 4; n++) {
      const x = text.slice(from, from + n);
      // 个一 is a count of ones (四个一工作法); any other number in the stretch makes it counting.
      const ones = ge === 1 && x === '一';
      if (x.length < n || !/^\p{Script=Han}+$/u.test(x) || (!ones && (COUNTED.test(x) || /[一二两三四五六七八九十百千万]/u.test(x))) || FUNCTION.test(x)) break;
      // A word the count makes with the stretch's start, and a word for the rest (双语|教学): ordinary prose.
      const split = [...Array(n - 1).keys()].map((k) => [isWord(text.slice(i, from + k + 1)), isWord(x.slice(k + 1))]).some(([a, b]) => a === true && b === true);
      stretches.push({ n, word: (n >= 2 && isWord(x)) || split, split });
    }
    let found: DetectedTerm | null = null;
    for (const { n, word, split } of stretches) {
      const after = text.slice(from + n);
      // Before a programme noun the stretch is no word of its own (双|减价|活动, 两个|先行|试点 count a price cut and pilots).
      const naming = word ? null : NAMING_NOUN.exec(after);
      if (n <= 3 && naming !== null) found = detectedTerm(text, i, from + n + naming[0].length, 'formula');
      else if ((n <= 3 && !word && WORK_NOUN.test(after)) || (verb && !split && CLAUSE_END.test(after))) found = detectedTerm(text, i, from + n, 'formula');
      if (found !== null) break;
    }
    if (found !== null) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}
