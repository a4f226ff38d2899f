// Line-level recognisers: bylines, photo captions and headline candidates (lines of personal names: ./signed-names.ts).
import { balanced, hasHan, lastCode, startsNoStart, visualWidth } from './chars';
import { isClosingFormula, isDateLine, isFieldLine, isSignatureLine } from './notice-lines';
import { creditWithoutLead } from './credit-leads';
import { isOtherCredit, stationAsRole, withoutUnits } from './credit-forms';
import { isSetApart } from './set-apart';
import { isSurnamed } from './name-rows';
import { isAuthorSlash, isMarkedNames, isNameListLine, isPupilSigned, isReaderSigned, isSpeakerLine, joinSpacedNames } from './signed-names';
import { isCitedStory } from './cited-story';
import { isAuthorCredit } from './author-credits';
import { foldRoleWords } from './traditional-roles';
import { foldRareIdeographs } from './rare-ideographs';

const BYLINE_ROLE =
  /^[■□▲△●○◆◇★☆◎]?\s*(?:(?:文|图|文字|摄影)(?:\s*[/／]\s*(?:文|图|摄影|摄))?\s*[/／：:]?\s*)?(?:本报)?(?:首席)?(?:记者|通讯员|实习生|见习记者|特约记者|撰稿)/u;
const SENTENCE_PUNCT = /[，。；！？,;!?：:]/u;

/** How a medium's name ends (日报, 新闻社, 客户端 …): the names before a reporter's role. */
const MEDIUM_END = '日报|晚报|报|新闻社|通讯社|社|电视台|台|网|在线|客户端|新闻|融媒体中心|传媒中心|新闻中心';
/**
 * `人民日报记者 李心萍`, `湖北日报全媒记者 左晨`, `荆州日报全媒体见习记者 X 记者 Y` (a medium's 全媒体 and a 见习 rank together), `□ 湖北日报评论员`, `本报评论员`,
 * `记者 X 通讯员 Y`, `钱江晚报·小时新闻记者 X`, `青岛日报/观海新闻记者 X` (a paper and its app, parted by a slash), `潮新闻客户端 记者 X`, `海都记者 陈 曦` (a 都市报's short
 * name, 海都 or 南都, right before 记者 and a space): a medium's name (an app's
 * too, and a space after it), a role, and names (or none, for a commentator); a later role may
 * repeat the medium (`光明日报记者 X 光明日报通讯员 Y`).
 */
const MEDIUM_ROLE = new RegExp(
  `^[■□▲△●○◆◇★☆◎]?\\s*(?:(?:文|图|文字|摄影)(?:\\s*[/／]\\s*(?:文|图|摄影|摄))?\\s*[/／：:]?\\s*)?(?:(?:[一-鿿·]{0,12}?(?:${MEDIUM_END})[/／])?[一-鿿·]{0,12}?(?:${MEDIUM_END}|央视)[ 　]?|[一-鿿]都(?=记者[ 　]))?(?:全媒体|全媒|融媒体|融媒)?(?:首席|特约|特派|实习|见习)?(?:记者|评论员|通讯员)(?:[ 　]*[一-鿿·]{2,5}(?:[ 　、]+[一-鿿·]{2,5})*(?:[ 　]+(?:[一-鿿·]{0,12}?(?:${MEDIUM_END}))?(?:全媒体|全媒|融媒体|融媒)?(?:首席|特约|特派|实习|见习)?(?:记者|通讯员)[ 　]*[一-鿿·]{2,5}(?:[ 　、]+[一-鿿·]{2,5})*)*)?$`,
  'u',
);
/** `（据新华社北京2月10日电）`, `（据央视新闻）`: the source of a report, on a line of its own. */
const SOURCE_CREDIT = /^[（(]\s*(?:据|来源[：:]?|本报综合|综合|摘自|选自|转自|(?:新华社|中新社)[^（()）。！？]{0,14}电)[^（()）。！？]{0,30}[)）]$/u;

/**
 * A credit on a line of its own: `（作者系四川省社会科学院研究员）`, `（作者单位：…）`, `（作者：…教授）` (with a bracket
 * nested inside: `（作者为中央党校（国家行政学院）教授）`),
 * `（原标题：…）` (or `原标题：…` unbracketed, a reprint's first line), `（地址：…）` (under a reader's letter), `（本报记者 周萌 整理）`, `（通讯员 X 对本文亦有贡献）`, `来源：福建日报`,
 * `（数据来源：…）`, `本文来源：…`, `记者：陈晓雨` (a WeChat footer), `回复机构：…` (who answered a
 * message on a 留言板 or 政民互动 page), `指导老师：朱丽华` (under a pupil's essay), `编辑：张蕾`, `责任编辑：…`, `审核：…`. Never sentence text: no sentence punctuation inside.
 */
const CREDIT: readonly RegExp[] = [
  /^[（(]\s*(?:作者(?:系|为|是|单位\s*[：:]|\s*[：:])|原标题\s*[：:]|原题\s*[：:]|(?:作者|来信人)?(?:通讯)?地址\s*[：:])(?:[^（()）。！？]|[（(][^（()）。！？]{1,20}[)）]){2,60}[)）]$/u,
  /^(?:原标题|原题)\s*[：:][^（()）。]{2,60}$/u,
  /^[（(]\s*(?:本报|本刊)?(?:首席|特约|实习|见习)?(?:记者|通讯员|实习生|编辑)[^（()）。！？，]{2,30}(?:整理|采写|综合|编译|供稿|撰稿|采访|报道|对本文亦有贡献|对此文亦有贡献)\s*[)）]$/u,
  /^[[【［(（]?\s*(?:本文|文章|稿件|信息|图片|图文|数据|资料)?来源\s*[：:]\s*[^，。；！？]{2,30}[\]】］)）]?$/u,
  /^(?:回复|答复|办理|承办)(?:机构|单位|部门)\s*[：:]\s*[^，。；！？]{2,40}$/u,
  /^(?:撰文|撰稿|文字|摄影|作者|供图|图片|记者|通讯员|实习生|指导老师|指导教师|辅导老师)\s*[：:]\s*[\u4e00-\u9fff·]{2,5}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,5}){0,3}$/u,
  /^[\u4e00-\u9fff·、]{2,20}[ \u3000]*(?:供稿|供图)$/u,
  // `（椒江区人民法院　林　芳）`, `（县检察院　王　强）` closing a 法官说法 box: the writer's unit, then the name (two to four characters, padded or not)
  /^[（(]\s*[\u4e00-\u9fff]{1,20}(?:法院|检察院|公安局|公安分局|派出所|司法局|法庭|律师事务所|医院)[ \u3000]+[\u4e00-\u9fff·](?:[ \u3000]*[\u4e00-\u9fff·]){1,3}\s*[)）]$/u,
  /^[[【［(（]?\s*(?:本版|本期)?(?:责任编辑|责编|编辑|审核|审校|校对|监制|统筹|策划|美编|制图|终审|二审|一审|初审)\s*[：:]\s*[^，。；！？]{1,30}[\]】］)）]?$/u,
];

/** A credit line (`（作者系…）`, `来源：…`, `编辑：…`, `（本报记者 X 整理）`), a byline of the article. */
export function isCreditLine(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.trim();
  return CREDIT.some((re) => re.test(t)) || isAuthorCredit(t);
}

/**
 * `记者手记`, `记者观察`, `评论员观察`, `编者按`: a column's label built on a role and a genre, a
 * heading of the piece it opens, not a byline (no name follows the role).
 */
export const ROLE_COLUMN = /^[■□▲△●○◆◇★☆◎【［[]?\s*(?:本报)?(?:记者|评论员|通讯员|编者|编辑)(?:手记|札记|笔记|观察|调查|述评|随笔|日记|走访|探访|连线|追踪|感言|来信|点评|视点|按)\s*[】］\]]?$/u;

/**
 * `文/摄`, `文/图`, `图/文` after the names: the named reporter wrote the text and took the pictures
 * (a byline's credit, not a caption's `X 摄`).
 */
const TEXT_AND_PHOTO = /[ \u3000]+(?:文\s*[/／、]\s*(?:摄|图)|图\s*[/／]\s*文)$/u;

/**
 * `記者陳麗妤／金城報導`, `【记者 王明／台北报道】`, `記者　陳怡君／報導`: the reporter and (often)
 * where the report was filed, the byline of papers in Taiwan (and of reprints from them).
 */
const PLACE_REPORT =
  /^[【［[]?\s*(?:(?:特派|實習|实习|駐地|驻地)?(?:記者|记者))\s*[\u4e00-\u9fff·]{2,4}(?:[、 \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[／/]\s*(?:[\u4e00-\u9fff]{2,8})?(?:報導|报道|報道|專電|专电)\s*[】］\]]?$/u;

/**
 * What every form `isRoleByline` takes holds one of: a bracket, a colon, a slash, a mark, a space,
 * 供, a role or a reader's word. A line with none (most of a page) is answered without the patterns.
 */
const BYLINE_TRACE = /[ \u3000(（：:/／供■□●◆★◎☆◇]|记者|記者|评论员|通讯员|实习生|撰稿|读者|网友|市民/u;

/** `■记者盛凤琴通讯员许慧君`, `通讯员裴妙法记者范方斌`, `本报记者 王俞楠`, `新华社记者 刘艺`, `记者 张一鸣 文/摄`: a byline line. */
export function isRoleByline(line: string): boolean {
  if (line.length > 80) return false;
  // `記者　陳嘉敏`: a byline printed in traditional characters is read as its simplified twin
  // `湖北日报全媒记者　张　𬭎`: a name character outside the basic CJK block is read as a name character
  const text = foldRareIdeographs(foldRoleWords(line));
  if (isOtherCredit(text)) return true;
  // `作者：嘉兴日报记者　沈　琳`, `界面新闻记者 | 沈一鸣`: a portal's label or bar around a byline
  const wrapped = creditWithoutLead(text);
  if (wrapped !== null && isRoleByline(wrapped)) return true;
  if (!BYLINE_TRACE.test(text)) return false;
  const t = withoutUnits(stationAsRole(joinSpacedNames(text.trim().replace(TEXT_AND_PHOTO, ''))));
  // a column label letter-spaced in print (`记 者 手 记`) is still a label
  if (ROLE_COLUMN.test(t.replace(/[ \u3000]+/gu, ''))) return false;
  // `文/钱 丽　图/俞 斌` is read as printed too: joining padded names would take 丽　图 for one
  if (SOURCE_CREDIT.test(t) || (MEDIUM_ROLE.test(t) && namesAfterRolesSurnamed(t)) || (unknownMediumReporter(t) && !/摄影?\s*$/u.test(text)) || isCreditLine(t) || isMarkedNames(t) || PLACE_REPORT.test(t) || isReaderSigned(t) || isAuthorSlash(t) || isAuthorSlash(text) || isPupilSigned(t) || isSpeakerLine(t)) return true;
  if (!/记者|通讯员|实习生|撰稿/u.test(text)) return false;
  if (!BYLINE_ROLE.test(t) || t.startsWith('本报讯')) return false;
  if (SENTENCE_PUNCT.test(t) || visualWidth(t) > 40) return false;
  return !/摄影?\s*$/u.test(t) && onlyNamesBesideRoles(t);
}

/**
 * A medium whose name ends in none of `MEDIUM_END` (an app's, `川报观察`, a channel's), its reporter's role and up to three
 * names, each set apart by a space (`川报观察记者　刘　宇`, `川报观察记者　罗　敏　文　静`, the names' padding joined): a byline.
 * A word of a medium's name in what comes before the role, the spaces and the family names keep a headline about
 * reporters (`走近一线记者　张　三`) out.
 */
const UNKNOWN_MEDIUM_REPORTER = /^([\u4e00-\u9fff]{2,10})记者((?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){1,3})$/u;
/** What a medium's name holds somewhere (`川报观察`, `潮新闻客户端`, `某某视频号`), not only at its end. */
const MEDIUM_WORD = /[报媒网台社刊视播]|新闻|观察/u;
function unknownMediumReporter(t: string): boolean {
  const m = UNKNOWN_MEDIUM_REPORTER.exec(t);
  return m !== null && MEDIUM_WORD.test(m[1] as string) && (m[2] as string).trim().split(/[ \u3000]+/u).every(isSurnamed);
}

/**
 * A name printed right against its role (`新华社记者刘艺`) begins with a family name: `农民日报·中国农网记者节活动举行`
 * is a headline about 记者节 (Journalists' Day), not a reporter named 节活动举行. Names set apart by a space are
 * not asked (a rare family name, a padded name).
 */
function namesAfterRolesSurnamed(t: string): boolean {
  for (const m of t.matchAll(/(?:记者|评论员|通讯员)([\u4e00-\u9fff·]{2,5})(?=$|[ \u3000、])/gu)) if (!isSurnamed(m[1] as string)) return false;
  return true;
}

/** Roles, media and marks a byline prints besides names. */
const BYLINE_WORDS = /本报|首席|特约|见习|记者|通讯员|实习生|撰稿|文字|摄影|[文图]|[■□▲△●○◆◇★☆◎\s\u3000、/／：:]/gu;

/**
 * What a run-together byline holds besides its roles is names, none longer than a name
 * (`■记者盛凤琴通讯员许慧君`), not a sentence's words (`记者采访了市海洋与渔业`, a print line).
 */
function onlyNamesBesideRoles(t: string): boolean {
  return t.split(BYLINE_WORDS).every((part) => Array.from(part).length <= 4);
}

/** `（县人力社保局 供稿）`, `（市文旅局供图）`: who supplied the text or pictures, in brackets. */
const SUPPLIED_BY = /^[（(][\u4e00-\u9fff·、 \u3000]{2,24}(?:供稿|供图|撰稿|提供)[)）]$/u;

/**
 * `（记者 沈晓燕 通讯员 朱磊）`, `（记者 王俞楠）`: the reporters in brackets, roles and names only.
 * Printed at a paragraph's end it is that paragraph's credit; in an element of its own after the
 * last paragraph, the article's byline (see `segment`).
 */
export function isBracketCredit(text: string): boolean {
  // Every form opens with its bracket: a line opening otherwise (asked at each paragraph's start) is answered without the patterns.
  const first = text.trim()[0];
  if (first !== '（' && first !== '(') return false;
  // names printed with a space between their two characters (`（记者 陈晓东 通讯员 许 丽）`) are one name
  const t = joinSpacedNames(text.trim());
  // `（湖南日报全媒体记者 周帙恒 通讯员 李娟）`: a medium, a role and names, in brackets.
  if (/^[（(][^（()）]+[)）]$/u.test(t) && MEDIUM_ROLE.test(t.slice(1, -1).trim())) return true;
  return SUPPLIED_BY.test(text.trim()) || /^[（(]\s*(?:本报)?(?:首席|特约|实习|见习)?(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:(?:[ \u3000、]*(?:记者|通讯员)[ \u3000]*|[ \u3000、]+)[\u4e00-\u9fff·]{2,4}){0,5}\s*[)）]$/u.test(t);
}

/** `陆静`, `蒋瑾华 朱灵燕`: a line of one to four personal names (only a byline right after a headline). */
export function isNameLine(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){0,3}$/u.test(text.trim());
}

/** Longer lines are never taken for captions (and the patterns need not scan them). */
const MAX_CAPTION = 300;

const CAPTION_PATTERNS: readonly RegExp[] = [
  /[（(]?图片?由[^，。()（）]{1,30}提供[)）]?\s*$/u,
  // `（记者 徐昊 摄）`, `（通讯员 吴俊/摄）`, `本报记者 朱海燕 摄影`: the photographer, then 摄 (or 摄影), a slash between them or not
  // (a two-character name padded in print, `新华社发（吴 德 摄）`, too)
  /[（(]\s*(?:本报)?(?:首席)?(?:记者|通讯员)?\s*(?:[\u4e00-\u9fff·]{2,12}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]?\s*摄影?\s*[)）]\s*$/u,
  /(?:^|[ \u3000。])(?:本报)?(?:首席)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]?\s*摄影?\s*$/u,
  /[ \u3000][\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]?\s*摄影?\s*$/u,
  // `…检修播种机。摄影 乌 兰`, `…秧苗长势。摄影：本报记者 X`: the photographer's role first, then the name, right after the caption's sentence
  /[。！？][ \u3000]*摄影(?:[ \u3000]+|\s*[：:]\s*)(?:本报)?(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}\s*$/u,
  // `…滑雪。　新华社记者　许　畅摄`, `（河北日报记者　赵　杰摄）`: a reporter's two-character name padded to three in print and
  // glued to 摄 (the patterns above join no padded name before 摄), after the reporter's paper or agency or none
  /(?:^|[ \u3000。（(])(?:本报|新华社|中新社|[\u4e00-\u9fff]{2,4}[报社台])?(?:首席|特约)?(?:摄影)?(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]摄影?\s*[)）]?\s*$/u,
  /^\s*(?:图为|图：|图:|▲)/u,
  /[（(](?:新华社|中新社|本报|人民图片|视觉中国)[^（()）]{0,12}发[)）]\s*$/u,
  // `旅客在广州东站乘车。新华社发`, `…夜景。视觉中国`, `…读书笔记。受访者供图`: a picture agency's or
  // supplier's credit, unbracketed, right after the caption's sentence
  // `…观赏冬日云海。图/卢 晨`: the photographer after a slash, right after the caption's sentence (not `图/文 X`, a story's credit)
  /[。！？][ \u3000]*(?:图|摄影|摄)\s*[/／]\s*(?!文)[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}\s*$/u,
  // `…门前拍照。金　涛/摄`: the photographer's name, a slash and 摄, glued right after the caption's sentence
  /[。！？](?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])\s*[/／]\s*摄影?\s*$/u,
  // (`…码头一派繁忙。视觉中国供图`: an agency's name over 供图 too)
  /[。！？][ \u3000]*(?:(?:新华社|中新社|人民图片|视觉中国)(?:记者[\u4e00-\u9fff·]{2,4})?发|(?:视觉中国|东方IC|IC\s*photo|图虫创意)(?:供图)?|资料图片|受访者供图|受访者提供|(?:本报)?资料图)\s*$/iu,
  // `民警将走失老人送回家中。（通讯员供图）`, `…深加工产品。（受访单位供图）`: who supplied the picture, in brackets, right after the caption's sentence
  /[。！？][ \u3000]*[（(][\u4e00-\u9fff·]{1,12}[ \u3000]?供图[)）]\s*$/u,
];

/**
 * A photographer's credit alone that names the agency or paper before 记者 (`新华社记者　李　博　摄`, `湖北日报全媒记者　X　摄`),
 * or the photographer after 图/ (`图/钱　晨`, not `图/文 X`, a story's credit): forms the pattern below leaves out.
 */
const MEDIUM_PHOTO_CREDIT = /^[（(]?\s*(?:新华社|中新社|[\u4e00-\u9fff]{2,6}?[报社台](?:全媒体|全媒|融媒体|融媒)?)(?:首席)?(?:摄影)?记者\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]?\s*摄影?\s*[)）]?$/u;
const SLASH_PHOTO_CREDIT = /^图\s*[/／]\s*(?!文)[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}$/u;

/** `本报记者 朱海燕 摄影`, `（通讯员 吴俊/摄）`, `徐 斌 摄`: a photographer's credit and nothing else, on a line of its own. */
export function isPhotoCreditLine(text: string): boolean {
  const t = joinSpacedNames(text.trim());
  return t.length <= 40 && (/^[（(]?\s*(?:本报)?(?:首席)?(?:摄影)?(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]?\s*摄影?\s*[)）]?$/u.test(t) ||
    MEDIUM_PHOTO_CREDIT.test(t) || SLASH_PHOTO_CREDIT.test(text.trim()));
}

/** A photo caption by its own wording: `…图片由…提供`, `…记者 X 摄`, `（X 摄）`, `图为…`. */
export function isCaptionLine(text: string): boolean {
  if (text.length > MAX_CAPTION || !/[摄供图▲发国片]|photo|IC/iu.test(text)) return false;
  const t = joinSpacedNames(text.trim());
  return CAPTION_PATTERNS.some((re) => re.test(t));
}

/**
 * A news brief's dateline opening its text: `本报讯`, `本报金华12月3日电`, `新华社杭州12月3日电`, and the 讯 of a paper
 * that names itself in it, by its short name or in full (`快报讯`, `都市快报讯`, `羊城晚报讯`, `早报讯`, `晨报讯`, `商报讯`).
 */
export const BRIEF_DATELINE = /^\s*(?:本报讯|[\u4e00-\u9fff]{0,4}[快晚早晨商]报讯|本报[^，。（）]{0,14}电|(?:新华社|中新社)[^，。（）]{0,14}电)/u;

/** `(朱艳佳)`, `（蒋瑾华 朱灵燕）`: an author's credit on a line of its own, closing a paragraph. */
export const NAME_CREDIT = /^[（(][\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}[)）]$/u;

/** `（2024年11月22日）`: a date in brackets alone (when a list or decision was adopted), never a headline. */
const BRACKET_DATE = /^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]$/u;

/** `（下转第三版）`, `（上接第1版）`, `(转A2版)`: where an article jumps between pages, a line of its own. */
export function isJumpLine(text: string): boolean {
  const t = text.trim();
  // It ends in a closing bracket: other lines (asked of every boundary twice) are answered without the pattern.
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0x29 && last !== 0xff09) return false;
  return /^[（(]\s*(?:下转|上接|紧接|转|接|续)\s*(?:第\s*)?[0-9０-９一二三四五六七八九十A-Za-zＡ-Ｚ]{1,4}\s*版\s*[)）]$/u.test(t);
}

/** A clause mark, a colon, a dash, an ellipsis or a middle dot: a headline never ends with one (read by code unit, no string made). */
const CLAUSE_END_CODES: ReadonlySet<number> = new Set([...'，、：,:—…·'].map((c) => c.charCodeAt(0)));

/** How many commas (`，` or `,`) `text` holds, counted to two. */
function commaCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c) n++;
  }
  return n;
}

/**
 * Could this line be (part of) a headline? Short, no sentence punctuation inside or at its
 * end, balanced quotes and brackets, and not a continuation or a news-agency opening.
 */
/** A meeting report's turn or a source's phrase opening a sentence (`会议听取了`, `会上，`, `据介绍，`). */
const REPORT_OPENING = /^(?:据(?:介绍|悉|了解|统计|报道|测算)|会上[，,]|会议(?:指出|强调|要求|认为|明确|听取|审议|研究|决定|提出|号召|还))/u;

export function isHeadingCandidate(text: string): boolean {
  if (text.length > 72 || /[。！？；!?;]/u.test(text)) return false;
  const t = text.trim();
  // A note in words wholly in brackets (`（此件公开发布）`) is no headline (a bracketed year, `（2024年度）`, or part, `（上）`, may be).
  // (The four bracket patterns are read only where the line opens with a bracket.)
  const bracketed = t.startsWith('（') || t.startsWith('(');
  // The cheap tests first (a body line fails on its commas or its last mark): each says no alone, in any order.
  const w = visualWidth(t);
  if (w < 2 || w > 34 || commaCount(t) >= 2 || CLAUSE_END_CODES.has(lastCode(t))) return false;
  if (isFieldLine(text) || isDateLine(text) || isNameListLine(text) || (bracketed && (BRACKET_DATE.test(t) || /^[（(][\u4e00-\u9fff]{4,}[)）]$/u.test(t) || NAME_CREDIT.test(t) || SUPPLIED_BY.test(t))) || isSignatureLine(text) || isJumpLine(t) || isClosingFormula(t) || isSetApart(t)) return false;
  // An interview's turn (`问：新政策从什么时候开`, `A：家庭共济是指…`, a column cut it short) is no headline, nor a report's
  // sentence opening (`会议听取了县农业农村局`, `据了解，…`: a paragraph's first line a column cut off).
  if (startsNoStart(t) || t.startsWith('本报讯') || /^(?:[问答]|[QA])\s*[：:]/u.test(t) || REPORT_OPENING.test(t)) return false;
  if (t.startsWith('《') && isCitedStory(t)) return false; // a story cited under 相关阅读, no subheading
  if (!balanced(t)) return false;
  return hasHan(t);
}
