/**
 * Numbered codes printed bare before the programme they name, for {@link ./detect.ts}: county and
 * city papers write a service or a programme by its digit code without quotation marks (开展1131服务,
 * 推行4321工程), where the quoted code (“1131”) is already a formula of ./detect.ts. Pure.
 *
 * - The code: three or four digits from 1 to 9 (a count or a sum has zeros and units; a code is a
 *   run of small counts), not part of a longer number, a decimal, a phone number or a Latin name
 *   (0571-88801131, G60, 2.125), not after 第 (an ordinal), and not a year (19xx, 20xx).
 * - Right after it, a programme noun (服务, 工程, 行动, 体系, 模式, 机制, 计划, 工作法, 改革, 战略) that
 *   does not go on into a noun of its own (服务对象, 服务人员, 服务费, 服务站, 计划生育): 开展1131服务;
 *   not 共接待325服务对象, 完成2025行动计划 (a year), 拨打12345服务热线.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

const PROGRAMME = '(?:服务|工程|行动|体系|模式|机制|计划|工作法|改革|战略)';
/** Right after the programme noun: the noun goes on into another word, so the digits count or number it. */
const NOUN_GOES_ON = '(?:对象|人员|费|站|点|热线|电话|窗口|中心|生育|单列)';
const CODE_BEFORE_PROGRAMME = new RegExp(
  `(?<![\\dA-Za-z.．:：/\\-－—~～第])(?!19\\d\\d|20\\d\\d)([1-9]{3,4})(?![\\d.．])(${PROGRAMME})(?!${NOUN_GOES_ON})`,
  'gu',
);

/** Digit codes printed bare before a programme noun in `text` (开展1131服务). */
export function codeMatches(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(CODE_BEFORE_PROGRAMME)) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  return out;
}
