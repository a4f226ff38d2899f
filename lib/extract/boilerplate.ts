// Portal boilerplate inside an article container: editor lines, print-source lines, share bars,
// links to the previous and next article, page bars, rating widgets, lines that are nothing but a link, the label
// of a list of links, WeChat's follow prompt, reaction controls (点赞/收藏) and audio players.
// Left out of the extracted article (the page keeps them; "show original" shows them).

import { walkBounded } from './walk';

const EDITOR = /^[[【［(（]?\s*(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|审核|审校|校对)\s*[：:]/u;
/** A name in an editor line: two to four characters, or a two-character name letter-spaced by print (`周　洁`). */
const EDITOR_NAME = String.raw`(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff])`;
/** `审核　张强　校对　李华`, `责任编辑 王丽`, `本版编辑　周　洁　美编　张　宁`: roles and names only, a space (no colon) after each role. */
const EDITOR_NAMES = new RegExp(String.raw`^(?:本版)?(?:责任编辑|责编|编辑|美编|审核|审校|校对|终审|签发)\s+${EDITOR_NAME}(?:\s+(?:责任编辑|责编|编辑|美编|审核|审校|校对|终审|签发)\s+${EDITOR_NAME})*$`, 'u');
/**
 * `撰稿：沈晓　审核：吴斌`, `供稿：县农业农村局 编辑：王丽`: a credit chain of roles and names, each after a colon, that
 * holds an editor's role (a government or portal page's 撰稿/审核 line); a writer's credit alone (`撰稿：沈晓`) is a byline.
 */
const CREDIT_CHAIN = /^(?:(?:撰稿|供稿|撰文|摄影|拍摄|编辑|责任编辑|责编|审核|审校|校对|初审|复审|终审|签发|美编)\s*[：:]\s*[\u4e00-\u9fff·]+(?:[ \u3000]?[\u4e00-\u9fff·]+)?\s*){2,6}$/u;
const EDITOR_ROLE = /(?:编辑|责编|审核|审校|校对|审|签发)\s*[：:]/u;
/**
 * `界面新闻编辑 | 刘　芳`, `编辑｜王丽`: a portal's editor line in its role-bar house style (a medium's name may come
 * first), roles and names only.
 */
const EDITOR_BAR = new RegExp(String.raw`^[\u4e00-\u9fff]{0,8}(?:责任编辑|责编|编辑|审核|校对)\s*[|｜]\s*${EDITOR_NAME}(?:\s*[、 ]\s*${EDITOR_NAME})*$`, 'u');
/**
 * `点击查看视频：杭州地铁夜间延时运营首日探访`, `点击观看：…`: the line of a box between paragraphs that sends the reader to a
 * video or another story, a click-word, a colon and the other item's title.
 */
const CLICK_TO = /^(?:点击|点此)(?:查看|观看|收看)(?:完整|更多)?(?:视频|直播|详情|原文)?\s*[：:]/u;
/** `广告`, `推广`: an advertisement's tag. */
const AD_TAG = /^(?:广告|推广|赞助|AD|Ad)$/u;
/** An advertisement box by its class or id: `ad`, `ad-slot`, `adBox`, `index_adTag__x1Y2`. */
const AD_TOKEN = /^(?:ad|ads|advert|advertisement|adbox|adtag|adslot|ad-?box|ad-?slot|ad-?tag|ad-?wrap|gg|guanggao)$/iu;
/**
 * A video player's placeholder before its script runs: `视频加载中，请稍候……`, `播放 00:00 / 01:58 全屏` — its status
 * and controls only (a video's title stays: that is its caption).
 */
const PLAYER_TEXT = /^(?:(?:视频|内容|播放器)?(?:正在)?加载中?[，,]?(?:请稍候|请稍等)?|播放|暂停|全屏|退出全屏|静音|重播|倍速|清晰度|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|[\s\u3000.。…，,])+$/u;
/** `点击查看专题>>`, `进入专题`: a box announcing the topic page the article belongs to. */
const TOPIC_LINK = /(?:点击)?(?:查看|进入)(?:更多)?专题/u;
/**
 * `《光明日报》（2024年05月20日 03版）`, `《广州日报》（2027年03月22日　A4版）`: a reprint's print source, its date and page in
 * brackets; `《浙江日报》2031年02月10日　第1版`: the same unbracketed, its page then required.
 */
const PRINT_SOURCE = /^《[^》]{2,16}》\s*(?:[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*[A-Z]?\d{1,3}\s*版)$/u;
/**
 * `（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）`, `下载新京报APP，阅读更多精彩内容`, `扫码下载新华网客户端，第一时间获取权威资讯`:
 * a portal's prompt to download its app, the medium's name and a short promise at most beside it.
 */
const APP_PROMPT = /^[（(]?(?:本文来自[^，,。]{2,12}[，,])?(?:更多[^，,。]{0,12}请)?(?:扫码|点击)?下载[“"]?[^，,。”"]{1,10}[”"]?\s*(?:APP|App|app|客户端)(?:[，,][^。，,]{0,16})?。?[）)]?$/u;
const SHARE_TEXT = /^(?:分享到|分享至|分享)\s*[：:]?/u;
/** `上一篇：…`, `下一篇：…`: links to the neighbouring articles, printed under the text by some templates. */
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[：:]/u;
/** `上一页 1 2 下一页`, `首页 上一页 2/5 下一页 尾页`: a multi-page article's page bar. */
const PAGE_BAR = /^(?:(?:上一页|下一页|首页|尾页|末页|共\s*\d+\s*页|第\s*\d+\s*页|\d+\s*\/\s*\d+|\d+|[«»<>‹›]|\.{3}|…)\s*)+$/u;
/**
 * `点击蓝字 关注我们`, `点击上方蓝字关注`: the follow prompt nearly every WeChat public account
 * prints at the head of its articles (the account's name shows in blue above the title); `点击关注　了解更多`,
 * `扫码关注我们`, `长按识别二维码关注`: the same prompt under the account's card or code at the foot of the article.
 */
const FOLLOW_PROMPT =
  /^(?:(?:点击|点)?(?:上方|上面)?(?:蓝字|蓝色字体?)\s*[，,]?\s*(?:一键)?关注(?:我们)?|(?:点击|扫码|长按(?:识别)?(?:二维码)?)关注(?:我们)?[，,]?(?:了解更多(?:资讯|信息|精彩)?)?)\s*[！!]?$/u;
/** `解决程度 ★★★★★`: a rating widget (a 留言板 reply's satisfaction scores, a review's stars). */
const RATING = /[★☆]{3,}/u;
/**
 * `点赞 128 收藏`, `在看 36`, `转发 评论 12`: the reaction controls of a mobile or app page, their
 * words and counts only.
 */
const REACTIONS = /^(?:(?:点赞|赞|收藏|在看|转发|评论|分享|喜欢|打赏)\s*(?:\d+(?:\.\d+)?[万wk]?|\(\d+\)|（\d+）)?\s*)+$/u;
/** Longest text of an audio player's controls (`听新闻 00:00 / 02:46`, `播放 语音播报`). */
const MAX_PLAYER_TEXT = 24;
/** Longest label of a list of links (`往期推荐`, `相关阅读`). */
const MAX_LIST_LABEL = 8;
const SHARE_TOKENS = new Set(['share', 'sharebar', 'share-bar', 'share-box', 'bdsharebuttonbox', 'bshare-custom', 'jiathis_style', 'social-share']);
/** Longer elements are article text whatever they start with. */
const MAX_BOILERPLATE = 80;

/**
 * True when `el` is portal boilerplate rather than article text: a share bar (by its class or
 * id, or a short `分享到：` line), an editor line (`[ 责编：X ]`, `审核　X　校对　Y`), or a print-source line
 * (`《光明日报》（2024年05月20日 03版）`), a link to the previous or next article (`上一篇：X`), a
 * page bar (`上一页 1 2 下一页`), a rating widget (`办理速度 ★★★★☆`), WeChat's follow prompt (`点击蓝字 关注我们`), an element that is
 * nothing but a link (`返回搜狐，查看更多`), or the label of the list of links after it (`往期推荐`); an advertisement (its
 * `广告` tag, a box whose class names it an ad), a video placeholder's status and controls (`视频加载中`, `播放 00:00 / 01:58`),
 * a 撰稿/审核 credit chain, a `点击查看专题` box, a prompt to download the portal's app (`（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）`).
 * Reads only short elements.
 */
export function isBoilerplate(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/u);
  if (tokens.some((t) => SHARE_TOKENS.has(t) || t.split(/_+/u).some((part) => AD_TOKEN.test(part)))) return true;
  const raw = shortText(el, MAX_BOILERPLATE * 2);
  if (raw === null) return false;
  const text = raw.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  if (!text || text.length > MAX_BOILERPLATE) return false;
  if (EDITOR.test(text) || EDITOR_NAMES.test(text) || EDITOR_BAR.test(text) || CLICK_TO.test(text) || PRINT_SOURCE.test(text) || APP_PROMPT.test(text) || SHARE_TEXT.test(text) || PREV_NEXT.test(text)) return true;
  if ((PAGE_BAR.test(text) && /上一页|下一页/u.test(text)) || FOLLOW_PROMPT.test(text.replace(/\s+/gu, '')) || RATING.test(text)) return true;
  if (REACTIONS.test(text) || isPlayer(el, text) || AD_TAG.test(text) || (CREDIT_CHAIN.test(text) && EDITOR_ROLE.test(text))) return true;
  if ((/加载|\d:\d{2}/u.test(text) && PLAYER_TEXT.test(text)) || (TOPIC_LINK.test(text) && el.querySelector('a') !== null)) return true;
  return linkOnly(el, text) || isListLabel(el, text) || labelledLinks(el, text) || adBoxHolds(el, text);
}

/** Longest editor line read inside a run of print lines (`责任编辑：郑 洁`, `校对：陈亮　美编：许诺`). */
const MAX_EDITOR_LINE = 40;

/**
 * A print line that is an editor or production credit (`责任编辑：郑 洁`, `校对：陈 亮`, `美编：许 诺`,
 * `审核　张强　校对　李华`): roles and names only, no sentence mark. Left out where it is a line of a
 * <br> run as it is where it is an element of its own (`isBoilerplate`).
 */
export function isEditorLine(text: string): boolean {
  const t = text.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  if (!t || t.length > MAX_EDITOR_LINE || /[，,。；;！!？?]/u.test(t)) return false;
  return EDITOR.test(t) || EDITOR_NAMES.test(t) || (CREDIT_CHAIN.test(t) && EDITOR_ROLE.test(t));
}

/**
 * A print line that is the print-source line of a portal's reprint (`　　《台州日报》（2028年06月14日　第03版）`), the last
 * line of a text copied from the print page into <br> lines or pre-wrap: left out where it is a line of a run as it is
 * where it is an element of its own (`isBoilerplate`).
 */
export function isPrintSourceLine(text: string): boolean {
  const t = text.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  return t.length <= MAX_EDITOR_LINE && PRINT_SOURCE.test(t);
}

const bare = (t: string): string => t.replace(/[\s\u3000\u00a0]+/gu, '');

/**
 * An audio player (`<audio>` with its label and time, `听新闻 00:00 / 02:46`, a page's read-aloud
 * control): no sentence of the article. (A video's block keeps its title: that is its caption.)
 */
function isPlayer(el: Element, text: string): boolean {
  if (bare(text).length > MAX_PLAYER_TEXT || /[，。；！？,;!?]/u.test(text)) return false;
  return el.tagName.toLowerCase() === 'audio' || el.querySelector('audio') !== null;
}

const adTokens = (el: Element): boolean =>
  `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/u).some((t) => t.split(/_+/u).some((part) => AD_TOKEN.test(part)));

/**
 * A wrapper whose whole text lies in one advertisement box inside it (`<div class="img_wrapper"><span class="ad">新浪广告</span></div>`):
 * the advertisement's slot, as the box itself would be.
 */
function adBoxHolds(el: Element, text: string): boolean {
  const whole = bare(text);
  return Array.from(el.querySelectorAll('*')).some((d) => adTokens(d) && bare(d.textContent ?? '') === whole);
}

/** An element whose whole text is link text (`返回搜狐，查看更多`, an item of 往期推荐, a bare `<a>阅读原文</a>`): navigation, not article text. */
function linkOnly(el: Element, text: string): boolean {
  const links = el.tagName.toLowerCase() === 'a' ? [el] : Array.from(el.querySelectorAll('a'));
  if (links.length === 0) return false;
  return bare(links.map((a) => a.textContent ?? '').join('')) === bare(text);
}

/** The label of a portal's link line: `相关文件：`, `相关链接：`, `延伸阅读：`, `政策原文：`, `原文链接：`. */
const LINK_LABEL = /^(?:相关(?:文件|链接|阅读|新闻|报道|政策)|延伸阅读|政策原文|原文链接|文件原文)\s*[：:]/u;

/**
 * `相关文件：《义乌市支持青年人才安居的若干措施》` where all after the label is link text: a portal's pointer to other pages,
 * not article text (a print box 相关链接：… whose text is no link stays).
 */
function labelledLinks(el: Element, text: string): boolean {
  const m = LINK_LABEL.exec(text);
  if (!m) return false;
  const links = Array.from(el.querySelectorAll('a'));
  const rest = bare(text.slice(m[0].length));
  return links.length > 0 && rest !== '' && bare(links.map((a) => a.textContent ?? '').join('')) === rest;
}

/**
 * `往期推荐`, `相关阅读` over the links it announces: a short label with no punctuation whose next
 * element holds nothing but links.
 */
function isListLabel(el: Element, text: string): boolean {
  if (bare(text).length > MAX_LIST_LABEL || /[，。；：！？、,.;:!?]/u.test(text)) return false;
  const next = el.nextElementSibling;
  if (!next) return false;
  const t = shortText(next, MAX_BOILERPLATE * 2);
  return t !== null && bare(t) !== '' && linkOnly(next, t);
}

/** An inline element with only block elements (or nothing) beside it, no text: set as a line of its own. */
export function standsAsBlock(el: Element, blocks: ReadonlySet<string>): boolean {
  const alone = (n: ChildNode | null, step: (x: ChildNode) => ChildNode | null): boolean => {
    for (; n; n = step(n)) {
      if (n.nodeType === 3 && !(n.textContent ?? '').trim()) continue;
      if (n.nodeType === 8) continue;
      return n.nodeType === 1 && blocks.has((n as Element).tagName.toUpperCase());
    }
    return true;
  };
  return alone(el.previousSibling, (x) => x.previousSibling) && alone(el.nextSibling, (x) => x.nextSibling);
}

/** Nodes read at most to tell whether an element is short. */
const NODE_BUDGET = 64;

/** The element's text when it is short (at most `max` characters within a few nodes), else null. */
function shortText(el: Element, max: number): string | null {
  let text = '';
  const whole = walkBounded(el, NODE_BUDGET, (n) => {
    if (n.nodeType === 3) text += (n as Text).data;
    return text.length <= max;
  });
  return whole ? text : null;
}
