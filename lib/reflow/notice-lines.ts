// Line-level recognisers of a notice's parts that stand as paragraphs of their own: contact and
// event fields, the signing organisation, the date under it and the closing formula.

import { PHONE_NUMBER } from './chars';
import { columnWidthFor, type Line } from './columns';

const FIELD = /^(?:联系人|联系电话|联系方式|电话|手机|(?:通信|通讯|联系|办公|报名|咨询|受理|办理|服务|来访|接待|收件|邮寄)?地址|邮编|邮政编码|邮箱|电子邮箱|传真|网址|咨询电话|监督电话|举报电话|投诉电话)\s*[：:]\s*\S/u;

/**
 * The details of an event, a show or an exhibition as papers print them under its story (an
 * 演出信息 / 活动信息 / 展览信息 box): `时间：12月6日（周六）19:30`, `地点：衢州大剧院大剧场`,
 * `票价：80元、120元`, `购票：…`, `主办：…` — a label of the fixed set and its value, no sentence.
 */
const EVENT_FIELD = /^(?:(?:活动|演出|展览|比赛|开放|报名|讲座)?(?:时间|日期|地点|场馆)|展期|票价|门票|购票|购票方式|主办(?:单位|方)?|承办(?:单位|方)?|协办(?:单位)?|指导单位|报名方式|报名电话|参与方式|费用)\s*[：:]\s*[^，。；！？,;!?]+$/u;
/** A time's or date's value names one: a figure or a day (`时间：都去哪儿了` is a headline's wordplay). */
const WHEN_FIELD = /^(?:活动|演出|展览|比赛|开放|报名|讲座)?(?:时间|日期)|^展期/u;
const isEventField = (t: string): boolean => EVENT_FIELD.test(t) && (!WHEN_FIELD.test(t) || /[0-9０-９]|[月日周天]|全天|每晚/u.test(t.replace(WHEN_FIELD, '')));

/** `供电服务热线：95598`, `报名电话：0573-…`: a line named by the service it reaches and its numbers only (`民生热线：路灯修好了` is a headline). */
const SERVICE_LINE = /^(?:(?:报名|服务|值班|求助)电话|\p{Script=Han}{0,6}热线)\s*[：:]\s*[0-9０-９][-－0-9０-９ 、，,/转（）()]*$/u;

/**
 * A public service's short number (`12306`, `12395`, `95598`, `110`): three to five digits opening with 1, or five with 9 — no
 * year (`2028`) nor a count opens so and stands alone after a label.
 */
const SERVICE_NUMBER = String.raw`(?:1\d{2,4}|9\d{4})`;

/** `硖石街道：0573-87012345`, `燃气抢修：0579-86223999`, `义乌火车站问询：12306`: a row naming whom a number reaches (two to ten
 * ideographs, `市劳动保障监察大队`) and a whole telephone number with its area code, a mobile's eleven digits or a service's
 * short number — nothing else (`民生热线：路灯修好了` is a headline). A label
 * ending in 电话 or 热线 is `FIELD`'s or `SERVICE_LINE`'s: here it is a fragment a line end cut (`…联` / `系电话：0574-…`). */
const PHONE_ROW = new RegExp(String.raw`^\p{Script=Han}{2,10}(?<!电话|热线|手机)\s*[：:]\s*(?:${PHONE_NUMBER}(?:\s*[、，,/]\s*${PHONE_NUMBER})*|${SERVICE_NUMBER})$`, 'u');

/** `报名邮箱：zhaopin@163.com`, `投稿信箱：…`: a mailbox named by what it receives and an e-mail address alone. */
const MAIL_ROW = /^\p{Script=Han}{0,4}(?:邮箱|信箱|电子邮件)\s*[：:]\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/u;

/**
 * `本期专家：刘建华（衢州市人民医院消化内科主任医师）`, `本期嘉宾：浙江禾城律师事务所律师　沈　洁`: a 健康 page's, a 讲座's or a
 * 律师在线 column's expert, named with the unit and title in brackets after the name, or before it (ending in the title, 律师,
 * 主任医师, 教授 …) and a space (no headline; `专家：多喝温水　少吃盐` is a headline's two phrases).
 */
const EXPERT_LINE = /^(?:本期|特邀|受访|答疑|坐诊)?(?:专家|嘉宾|主讲人?|讲师|医生)\s*[：:]\s*(?:[\u4e00-\u9fff·]{2,4}\s*[（(][^（()）。！？]{2,30}[)）]|[\u4e00-\u9fff（）()]{2,28}(?:律师|医师|医生|教授|研究员|主任|院长|法官|检察官|教师|老师|咨询师|营养师|药师|护师|工程师)[ \u3000]+[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})$/u;

/** `联系人：王先生`, `联系电话：0571-…`, `时间：12月6日 19:30`: a notice's contact field or an event's detail, a line (and paragraph) of its own. */
export function isFieldLine(text: string): boolean {
  // Every form holds its label's colon: a line without one is answered without the patterns.
  if (text.length > 60 || !(text.includes('：') || text.includes(':'))) return false; // (the engine's searches: faster than a loop here)
  const t = text.trim();
  return FIELD.test(t) || SERVICE_LINE.test(t) || isEventField(t) || EXPERT_LINE.test(t) || PHONE_ROW.test(t) || MAIL_ROW.test(t);
}

/** The endings of an organisation's name that signs a notice (see `isSignatureLine`). */
const ORG_ENDINGS = ['局', '委员会', '管委会', '办公室', '人民政府', '办事处', '公司', '协会', '学会', '法院', '检察院', '治丧小组', '编辑部', '报社',
  '组织部', '宣传部', '统战部', '总工会', '联合会', '大队', '支队', '指挥部', '办公厅', '清算组'];
const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fff]{2,24}(?:${ORG_ENDINGS.join('|')})$`, 'u');
/** The last characters of `ORG_ENDINGS`, as code units (all in the Basic Multilingual Plane). */
const ORG_LAST = new Set(ORG_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/** A sentence's opening words, which no organisation's name begins with: the reporter (`记者从…`, `记者在…`), a source's `据`. */
const SENTENCE_OPENING = /^(?:记者|据)/u;

/**
 * `临平区市场监督管理局`, `萧山区人民政府办公室`, `淳安县人民法院`, `本报编辑部` (under a 更正), `中共盐城市委组织部`, `余杭区总工会`,
 * `武义县公安局交通警察大队`, `县城市更新工作指挥部` (under a 交通管制通告), `江苏省人民政府办公厅`, `…有限公司清算组` (under a
 * 清算公告): an organisation's name alone on a line, a notice's
 * signature (body text, never a headline).
 */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  // The pattern backtracks over up to 24 characters for each ending: a line whose last character
  // ends none of them (nearly every line, asked two or three times each) is not read by it. A
  // sentence's words cut after an organisation (`会议听取了县农业农村局`): no name holds a `了`,
  // and none opens with the reporter or a source's `据` (`记者从国家林业和草原局` / `了解到，…`).
  return ORG_LAST.has(t.charCodeAt(t.length - 1)) && SIGNATURE.test(t) && !t.includes('了') && !SENTENCE_OPENING.test(t);
}

/** Every code `trimEnd` removes, and some it keeps (all controls): white space, line ends, the BOM. */
const mayTrim = (c: number): boolean =>
  c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `2024年5月20日`, `二〇二四年十二月五日` (courts date in Chinese numerals): a date alone on a line (a notice's signature date). */
export function isDateLine(text: string): boolean {
  // Both forms end in 日: any other line is answered without a pattern (asked of most lines twice or more), and a line
  // whose last code unit is neither 日 nor one `trimEnd` could drop without trimming it.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x65e5 && !mayTrim(last)) return false;
  if (!text.trimEnd().endsWith('日')) return false;
  if (/^\s*[〇○零一二]/u.test(text)) return /^[〇○零一二三四五六七八九]{4}年(?:十[一二]?|[一二三四五六七八九])月(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日$/u.test(text.trim());
  if (!/^\s*\d/u.test(text)) return false;
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u.test(text.trim());
}

/** A letter's or notice's closing formula, a paragraph of its own: `特此通告。`, `谨此讣告。`, `此致` (then `敬礼！`). */
export const CLOSING_FORMULA = /^(?:(?:特此|谨此)(?:通告|公告|声明|通知|函告|批复|说明|证明|讣告|告知)[。！!]?|此致)$/u;
/** `text` is a closing formula (see `CLOSING_FORMULA`); a text opening otherwise is answered without the pattern. */
export const isClosingFormula = (text: string): boolean => (text.startsWith('特此') || text.startsWith('谨此') || text.startsWith('此致')) && CLOSING_FORMULA.test(text);

/**
 * A field's value a column cut (`报名地址：绍兴市越城区` / `解放南路1088号`): on a page that indents its paragraphs, the
 * field's line fills its column (`full`) and stops on a character or a figure, and the next element is unindented and
 * no field, date or signature of its own — the field's rest, not the notice's next part.
 */
export function fieldCutAtColumn(indentUsed: boolean, a: { text: string }, b: { text: string; indent: boolean }, full: boolean): boolean {
  if (!full || !indentUsed || b.indent || !/[\u4e00-\u9fff0-9]$/u.test(a.text.trim())) return false;
  return isFieldLine(a.text) && !isFieldLine(b.text) && !isDateLine(b.text) && !isSignatureLine(b.text);
}

/**
 * The line under `b` where it may be the rest of a signer's name the line end cut (for `wrappedFieldEnds`): the next line
 * of `b`'s element, or, where `b` fills its column, the first line after the column's end (`嘉兴市禾丰农业科技有限` / (column
 * cut) / `公司清算组`).
 */
export function signerTail(ctx: { lines: readonly Line[]; widths: readonly (number | undefined)[]; ev: { slack: number } }, b: Line): string | undefined {
  const next = ctx.lines[b.ord + 1];
  if (next === undefined || next.gap === 0) return next?.text;
  const w = columnWidthFor(ctx.widths, b, next);
  return w !== undefined && b.width >= w - ctx.ev.slack ? next.text : undefined;
}

/**
 * A contact field whose value the line end wrapped (`通信地址：南京市北京东路41` / `号（邮编210008）`), its last print line short
 * of its column (`short`: print fills every line of a paragraph but its last), before the notice's next part — the
 * organisation that signs it, the date or the next field: the field ends there, across an empty line or not (a column
 * is cut after a full line only; a value cut at a clause mark goes on). `after`: the line that may end the signer's name (`signerTail`).
 */
export function wrappedFieldEnds(para: string, lines: number, a: string, b: string, short: boolean, after?: string): boolean {
  if (!short || lines < 2 || para.length > 60 || /[，、；：,;:]$/u.test(a.trim())) return false;
  if (!isFieldLine(para)) return false;
  // (The signer's name may be wrapped too, `丽水市公安局交通警察支` / `队`: its tail is a few characters.)
  return isSignatureLine(b) || isDateLine(b) || isFieldLine(b) || (after !== undefined && after.trim().length <= 6 && isSignatureLine(b.trim() + after.trim()));
}
