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
 * - Two characters of what the programme is about may stand between them (推行135工作机制, 实施3311人才工程),
 *   none of them a count, a measure or a unit (为325名服务对象, 为136户家庭服务 count people and homes).
 * - An "N+N" system printed without quotation marks and the name of what it is, up to six characters
 *   and the last programme noun within them (构建1+3+N产业政策体系, 迭代升级8+4经济政策体系); a quoted code
 *   (“1+6+N”基层应急体系) is the quoted-code rule's, and a sum (8+4等于12) has no programme noun.
 *
 * Also the graded warnings printed by their colour code: a hazard the weather, water, marine and
 * forestry services warn of (the fourteen of the China Meteorological Administration's 2007 rules on
 * weather-disaster warning signals — 台风, 暴雨, 暴雪, 寒潮, 大风, 沙尘暴, 高温, 干旱, 雷电, 冰雹, 霜冻, 大雾,
 * 霾, 道路结冰 — and 山洪, 地质灾害, 森林火险, 风暴潮, 海浪), then 蓝色 / 黄色 / 橙色 / 红色 and 预警, with
 * 信号 when printed (发布暴雨红色预警, 台风黄色预警信号). A colour alone (红色预警) or a warning of the body
 * (身体发出的预警信号) has no hazard and is left alone.
 *
 * Also a national standard by its number: GB (mandatory), GB/T (recommended) or GB/Z, the standard's number,
 * a dash and its year (新车须符合GB 17761-2018标准, GB/T 19001—2016). Without the year it is left alone: GB2312
 * is a character set, and 8GB or 内存16GB a size (the letters follow a digit or a letter there).
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

const PROGRAMME = '(?:服务|工程|行动|体系|模式|机制|计划|工作法|改革|战略)';
/** Right after the programme noun: the noun goes on into another word, so the digits count or number it. */
const NOUN_GOES_ON = '(?:对象|人员|费|站|点|热线|电话|窗口|中心|生育|单列)';
/** Two characters of what a coded programme is about between the code and the noun (135工作机制, 3311人才工程): no count, measure or unit (325名服务; 人才 is a field, not people counted). */
const ABOUT = '(?:人才|[^\\P{Script=Han}名户个人家台辆套万元年月日次件项条批位座所种届岁号期天周时分秒亿千百十的了是在和与及对为]{2})';
const CODE_BEFORE_PROGRAMME = new RegExp(
  `(?<![\\dA-Za-z.．:：/\\-－—~～第])(?!19\\d\\d|20\\d\\d)([1-9]{3,4})(?![\\d.．])(?:${ABOUT})?(${PROGRAMME})(?!${NOUN_GOES_ON})`,
  'gu',
);
/** An "N+N" system printed without quotes and the name of what it is (1+3+N产业政策体系, 8+4经济政策体系): up to six characters of what it is about, then the last programme noun within them. */
const JOINED_CODE_NAME = new RegExp(
  `(?<![\\d.．A-Za-z“"‘「])\\d{1,2}(?:[+＋](?:\\d{1,2}|[NnXx])){1,3}(?![\\d.．%”"’」])[^\\P{Script=Han}的了是在和与及对为等]{0,6}(?:${PROGRAMME}|政策|格局|架构)(?!${NOUN_GOES_ON})`,
  'gu',
);

const HAZARD = '(?:台风|暴雨|暴雪|寒潮|大风|沙尘暴|高温|干旱|雷电|冰雹|霜冻|大雾|霾|道路结冰|山洪|地质灾害|森林火险|风暴潮|海浪)';
const COLOUR_WARNING = new RegExp(`${HAZARD}(?:蓝|黄|橙|红)色预警(?:信号)?`, 'gu');

/** A national standard's number with its year: GB, GB/T or GB/Z, the number (a part after a point), a dash and four digits. */
const STANDARD_NUMBER = /(?<![A-Za-z\d])GB(?:\s?[/／]\s?[TZ])?\s?\d{3,5}(?:\.\d{1,2})?\s?[-－—–]\s?(?:19|20)\d\d(?!\d)/gu;

/** Digit codes printed bare before a programme noun in `text` (开展1131服务), colour-coded warnings (暴雨红色预警) and national standards by number (GB 17761-2018). */
export function codeMatches(text: string): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(CODE_BEFORE_PROGRAMME)) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  for (const m of text.matchAll(JOINED_CODE_NAME)) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  for (const m of text.matchAll(COLOUR_WARNING)) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  for (const m of text.matchAll(STANDARD_NUMBER)) out.push(detectedTerm(text, m.index, m.index + m[0].length, 'formula'));
  return out;
}
