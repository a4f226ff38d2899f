// Line-level recognisers: bylines, photo captions and headline candidates.
import { balanced, hasHan, lastChar, startsNoStart, visualWidth } from './chars';

const BYLINE_ROLE =
  /^[■□▲△●○◆◇★☆]?\s*(?:文\s*[/／]\s*)?(?:本报)?(?:首席)?(?:记者|通讯员|实习生|见习记者|特约记者|撰稿)/u;
const SENTENCE_PUNCT = /[，。；！？,;!?：:]/u;

/**
 * `人民日报记者 李心萍`, `湖北日报全媒记者 左晨`, `□ 湖北日报评论员`, `本报评论员`,
 * `记者 X 通讯员 Y`: a medium's name, a role, and names (or none, for a commentator).
 */
const MEDIUM_ROLE =
  /^[■□▲△●○◆◇★☆]?\s*(?:文\s*[/／]\s*)?(?:[一-鿿]{1,8}?(?:日报|晚报|报|新闻社|通讯社|社|电视台|台|网))?(?:全媒体|全媒|首席|特约|实习|见习)?(?:记者|评论员|通讯员)(?:[ 　]*[一-鿿·]{2,5}(?:[ 　、]+[一-鿿·]{2,5})*(?:[ 　]+(?:记者|通讯员)[ 　]*[一-鿿·]{2,5}(?:[ 　、]+[一-鿿·]{2,5})*)*)?$/u;
/** `（据新华社北京2月10日电）`, `（据央视新闻）`: the source of a report, on a line of its own. */
const SOURCE_CREDIT = /^[（(]\s*(?:据|来源[：:]?|本报综合|综合)[^（()）]{0,30}[)）]$/u;

/** `■记者盛凤琴通讯员许慧君`, `通讯员裴妙法记者范方斌`, `本报记者 王俞楠`, `新华社记者 刘艺`: a byline line. */
export function isRoleByline(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.trim();
  if (SOURCE_CREDIT.test(t) || MEDIUM_ROLE.test(t)) return true;
  if (!/记者|通讯员|实习生|撰稿/u.test(text)) return false;
  if (!BYLINE_ROLE.test(t) || t.startsWith('本报讯')) return false;
  if (SENTENCE_PUNCT.test(t) || visualWidth(t) > 40) return false;
  return !/摄\s*$/u.test(t);
}

/** `陆静`, `蒋瑾华 朱灵燕`: a line of one to four personal names (only a byline right after a headline). */
export function isNameLine(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){0,3}$/u.test(text.trim());
}

/** Longer lines are never taken for captions (and the patterns need not scan them). */
const MAX_CAPTION = 300;

const CAPTION_PATTERNS: readonly RegExp[] = [
  /[（(]?图片?由[^，。()（）]{1,30}提供[)）]?\s*$/u,
  /[（(]\s*(?:本报)?(?:首席)?(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,12}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄\s*[)）]\s*$/u,
  /(?:^|[ \u3000。])(?:本报)?(?:首席)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄\s*$/u,
  /[ \u3000][\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄\s*$/u,
  /^\s*(?:图为|图：|图:|▲)/u,
  /[（(](?:新华社|中新社|本报|人民图片|视觉中国)[^（()）]{0,12}发[)）]\s*$/u,
];

/** A photo caption by its own wording: `…图片由…提供`, `…记者 X 摄`, `（X 摄）`, `图为…`. */
export function isCaptionLine(text: string): boolean {
  if (text.length > MAX_CAPTION || !/[摄供图▲发]/u.test(text)) return false;
  const t = text.trim();
  return CAPTION_PATTERNS.some((re) => re.test(t));
}

const FIELD = /^(?:联系人|联系电话|联系方式|电话|手机|地址|通讯地址|邮编|邮政编码|邮箱|电子邮箱|传真|网址|咨询电话|监督电话|举报电话|投诉电话)\s*[：:]\s*\S/u;

/** `联系人：王先生`, `联系电话：0571-…`: a notice's contact field, a line (and paragraph) of its own. */
export function isFieldLine(text: string): boolean {
  return text.length <= 60 && FIELD.test(text.trim());
}

/** `(朱艳佳)`, `（蒋瑾华 朱灵燕）`: an author's credit on a line of its own, closing a paragraph. */
export const NAME_CREDIT = /^[（(][\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}[)）]$/u;

/**
 * `临平区市场监督管理局`, `萧山区人民政府办公室`: an organisation's name alone on a line, a notice's
 * signature (body text, never a headline).
 */
export function isSignatureLine(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,24}(?:局|委员会|管委会|办公室|人民政府|办事处|公司|协会|学会)$/u.test(text.trim());
}

/** `2024年5月20日`: a date alone on a line (a notice's signature date). */
export function isDateLine(text: string): boolean {
  if (!/^\s*\d/u.test(text)) return false;
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u.test(text.trim());
}

/**
 * Could this line be (part of) a headline? Short, no sentence punctuation inside or at its
 * end, balanced quotes and brackets, and not a continuation or a news-agency opening.
 */
export function isHeadingCandidate(text: string): boolean {
  if (text.length > 72 || /[。！？；!?;]/u.test(text)) return false;
  const t = text.trim();
  if (isFieldLine(text) || isDateLine(text) || isSignatureLine(text) || NAME_CREDIT.test(t)) return false;
  const w = visualWidth(t);
  if (w < 2 || w > 34) return false;
  if (/[，,][^]*[，,]/u.test(t)) return false;
  const last = lastChar(t);
  if (/[，、：,:—…·]/u.test(last)) return false;
  if (startsNoStart(t) || t.startsWith('本报讯')) return false;
  if (!balanced(t)) return false;
  return hasHan(t);
}
