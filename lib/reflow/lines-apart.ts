// Print lines the page's markup sets apart from the paragraph around them, where the wording alone
// decides nothing: a subheading set in bold among `<br>` print lines, a short news item's title
// above its dateline, and a short line under a picture that the page does not indent while it
// indents its paragraphs (the picture's caption).
import { ANY_MARK, endsSentence, startsNoStart, visualWidth } from './chars';
import { BRIEF_DATELINE, isPhotoCreditLine, ROLE_COLUMN } from './classify';
import { columnWidthFor, type Line } from './columns';
import { lineEndsSentence, lineIsByline, lineIsHeadingCandidate } from './line-tests';
import { atColumnEnd, type PageEvidence } from './evidence';
import { phoneFieldEnds } from './county-items';
import { isReaderSigned } from './signed-names';
import { isMarkedHeadLine } from './set-apart';
import { captionCutAbove } from './credit-captions';
import { inPhotoRun } from './photo-run';
import { OPENS_WITH_MARK } from './marked-items';
export { flushPartHead, partHeadLine, unindentedHead } from './document-lines'; // a 条例's `第一章　总　则`, an 起草说明, for the segmenter
export { noticeLinesApart } from './notice-signers'; // a notice's signers over their date, a dated row, for the segmenter
export { documentRowEnds, entryRowFrom, isEntryRow, opensDocumentPart } from './document-rows'; // a 名单's row of names and units, a 公报's date in brackets

export { headCandidate, numberedPlainHead, numberedQuestionUnindented, subHeadUnderPartHead } from './numbered-heads';
export { questionUnindented } from './question-lines'; // `多久能到账？` alone and unindented, for the segmenter
export { markedHeadUnindented } from './marked-lines'; // `◆ 有的排长队，有的没人来` flush in indented lines, for the segmenter
export { creditEndsCaption, creditedCaptions } from './credit-captions'; // a caption over print lines, its credit last
export { cardRowOver } from './card-rows'; // a card's row over another row (`影院：…` / `场次：…`), for the segmenter's last pass
export { noticeNameHeads } from './notice-names'; // a notice's name alone over its text (`减资公告`)

/**
 * A print line set wholly in bold between breaks (`…订单。<br>　　<b>订单排到了5月</b><br>　　“今年…`),
 * the only bold line there (a lead paragraph set in bold is several such lines), with no sentence in it
 * and an indented line after it: a subheading. The caller asks it only after a finished sentence.
 */
export function boldPrintHead(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  // (Also an element of its own in bold, `<p><b>编者的话</b></p>`, where the page's elements are its print lines: their breaks read as none.)
  if (!(l?.boldLine || l?.bold) || !prev || !next || l.gap > 0) return false;
  return !prev.boldLine && !prev.bold && !next.boldLine && !next.bold && next.indent && lineIsHeadingCandidate(l);
}

/** A line ending an item of a 简讯 column: a sentence's end or a credit's closing bracket (`（记者　叶　青）`). */
const briefClosedAbove = (l: Line): boolean => lineEndsSentence(l) || /[）)]\s*$/u.test(l.text);

/**
 * A print line of its own opening a run of print lines (the text's first line, or after an empty print line),
 * with no sentence in it, right above a line that opens with a news item's dateline (`…参加。<br><br><b>大堰镇举办
 * 乡村篮球赛</b><br>本报讯（通讯员 毛丹）3月1日，…`): the dateline opens a paragraph, so the line above it is a
 * block of its own, and one with no sentence end is the item's title (a 短讯 column's items, bold or not, indented
 * or not). So is one inside a run, with no empty line, where the item above ends its line with a full stop or its
 * credit's bracket (`…参加。` / `（通讯员　郑　毅）` / `鹿城发放首批“安居券”` / `本报讯　日前，…`): print lines that lost
 * their breaks and bold. The caller asks it only after a finished sentence or at the start.
 */
export function briefItemTitle(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!l || !next || (i > 0 && l.gap === 0 && !briefClosedAbove(lines[i - 1] as Line)) || next.gap > 0 || l.bold || next.boldLine) return false;
  return BRIEF_DATELINE.test(next.text) && !lineIsByline(l) && lineIsHeadingCandidate(l);
}

/** A label set as a print line of its own is at most this wide (`编者按`, `读者来信`, `记者手记`). */
const PLAIN_HEAD_WIDTH = 6;

/**
 * An indented print line between `<br>`s, not in bold, short and with no mark at all, inside a run
 * of print lines and before an indented line (`…讨论。<br>　　读者来信<br>　　编辑同志：`): a paragraph's
 * last line is indented only when the paragraph is that one line, and a sentence holds a mark, so such a
 * line is a label or subheading. Asked only after a finished sentence or at the start.
 */
export function plainPrintHead(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!l || !next || !l.indent || l.bold || l.boldLine || next.gap > 0 || !next.indent || (i > 0 && l.gap > 0)) return false;
  // After a sentence's mark, or opening the text, and before prose, a line with a mark (a poem quoted
  // line by line, each line indented, is lines with none).
  if ((i > 0 && !lineEndsSentence(lines[i - 1] as Line)) || !ANY_MARK.test(next.text)) return false;
  const t = l.text.trim();
  return visualWidth(t) <= PLAIN_HEAD_WIDTH && !ANY_MARK.test(t) && !lineIsByline(l) && lineIsHeadingCandidate(l);
}

/**
 * At most this share of its column: a paragraph's first line may stop a few characters short (a quotation mark or a
 * word pushed to the next line, `农业银行萧山分行城厢支行是` / `“医银合作”网点之一。…`), a subheading stops well short.
 */
const HEAD_SHARE = 0.7;

/** A punctuation mark of any kind (figures aside: a subheading may hold one, `航线加密到每晚6班`). */
const PUNCT_MARK = /[，,。．！？!?；;、：:（()）“”‘’《》—…·]/u;

/**
 * The line's text with each word in quotation marks bare (`从“卖布”到“卖设计”` → `从卖布到卖设计`): a 小标题 quotes words
 * (`鹿城发放首批“安居券”`); a quotation holding a mark of its own (`“好。”`) keeps its marks.
 */
const QUOTED_WORD = /“([^“”\p{P}]{1,10})”/gu;
const unquoted = (text: string): string => text.replace(QUOTED_WORD, '$1');
/** `PUNCT_MARK` without the quotation marks `unquoted` takes off: a line holding one of these holds a mark unquoted too. */
const MARK_NOT_QUOTE = /[，,。．！？!?；;、：:（()）‘’《》—…·]/u;
/** `PUNCT_MARK.test(unquoted(text))`, with no copy of the line where it holds a mark that is no quotation mark (most lines). */
export const markedUnquoted = (text: string): boolean =>
  MARK_NOT_QUOTE.test(text) || ((text.includes('“') || text.includes('”')) && PUNCT_MARK.test(unquoted(text)));

/**
 * Print lines pre-wrapped with no indentation and no blank line (`…被订完。` / `航线加密到每晚6班` / `为了满足市民
 *和游客的需求，从…`): a line well short of its column with no punctuation mark at all, after a finished sentence and
 * before a full line of prose, stands apart — a paragraph does not end without a mark, and one that goes on fills its
 * line — so it is a subheading between two paragraphs (it may start a headline run). So it is at a column's top, the
 * blank line of a column end before it (`…海南岛。` / `` / `小发糕做成大产业` / `目前，龙游县…`), and at a column's foot,
 * the blank line right under it (`…调解邻里纠纷300多起。` / `小事不出网格` / `` / `去年夏天，…`): see `blankEndsColumn`.
 * An item ending in a telephone field's whole number (`…电话：13867912345` / `家政服务` / `专业保洁、月嫂、…，`, a 分类广告's
 * category head) has ended as a sentence has (see `phoneFieldEnds`), and so has a reader's letter signed on a line of its own
 * (`…增开几个班次。` / `读者　钱先生` / `部门回复` / `钱先生：您好！…`, the reply's head; see `isReaderSigned`).
 */
export function plainRunHead(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], ev: PageEvidence): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!l || !prev || !next || l.indent || next.indent || l.bold || l.boldLine) return false;
  if (!(lineEndsSentence(prev) || phoneFieldEnds(lines[i - 2]?.text, prev.text, l.text) || isReaderSigned(prev.text.trim()))) return false;
  const labelled = l.text.length <= 20 && labelHead(l.text.trim());
  if ((markedUnquoted(l.text) && !labelled) || (next.gap > 0 && !blankEndsColumn(ev, next))) return false;
  const w = columnWidthFor(widths, prev, l);
  if (w === undefined || (!markedHeadShort(l, next, w) && !(labelled && l.width <= w - 2) && (!proseUnder(lines, i) || (l.width > w * HEAD_SHARE && !narrowColumnHead(l, next, w))))) return false;
  return next.width >= w - ev.slack && !lineIsByline(l) && lineIsHeadingCandidate(l);
}

/** At most this wide, a column is narrow: a 小标题 of eight to twelve characters fills most of it. */
const NARROW_COLUMN = 14;

/**
 * In a narrow column (`NARROW_COLUMN`), a line of Han characters alone stopping a whole character or more short of it is a
 * 小标题 nearly as wide as the column (`…排到了6月份。` / `新能源汽车模具成新增长点` / `黄岩是“中国模具之乡”。今`, twelve
 * in thirteen): a paragraph's first line stops short of its column only where print pushed a character on, before a
 * figure (`…出口额` / `21.6亿元`), an opening mark (`…支行是` / `“医银合作”…`) or a character and its mark (`…交货` /
 * `期，…`), none of which the line under it opens with. The line under holds a mark of its own (a full line with none, a
 * figure cut at its end, `全县设立农资配送网点12`, leaves the line above as it was: see plainRunHead's share).
 */
const narrowColumnHead = (l: Line, next: Line, w: number): boolean =>
  w <= NARROW_COLUMN && l.width <= w - 1 && /^\p{Script=Han}+$/u.test(l.text.trim()) && PUNCT_MARK.test(next.text) && !PUSHED_ON.test(next.text.trim());
/** What a line opens with when print pushed a character of the line above on to it: a figure, a letter, an opening mark, a character and its mark. */
const PUSHED_ON = /^(?:[0-9A-Za-z０-９“‘《（(「『〈【]|.[，,。．！？!?；;、：:”’）)》」』…—])/u;

/**
 * The full line under a head candidate is prose: it holds a mark, or it holds none (`杭州植物园的杜鹃园种有杜鹃品种20`) and the
 * line right under it, in the same run and not indented, does (`0余个，目前已进入盛花期。园内有`): a sentence going on over two
 * lines, as a list of names or a table's rows (no mark in either) does not.
 */
const proseUnder = (lines: readonly Line[], i: number): boolean => {
  const next = lines[i + 1] as Line;
  const after = lines[i + 2];
  return PUNCT_MARK.test(next.text) || (after !== undefined && after.gap === 0 && !after.indent && PUNCT_MARK.test(after.text));
};

/**
 * `进化镇：看油菜花`, `义桥：共富工坊开到村口`: a 小标题 of a place or topic, a colon and a phrase, with no other mark. Its
 * colon says what it is, as a mark does (`markedHeadShort`): two characters or more short of its column it stands apart
 * though the full line under it holds no mark. A notice's field (`联系人：王先生`) or an interview's turn (`问：…`) is no
 * headline candidate, so is not asked.
 */
const LABEL_HEAD = /^\p{Script=Han}{2,6}[：:]\p{Script=Han}{2,10}$/u;
/**
 * `LABEL_HEAD`, its phrase holding a quoted word or two (`专家下沉：家门口看上“大医生”`, `改造：从“制造”到“智造”`): the
 * quotation marks of a word are no sentence's marks (see `unquoted`). The golds outside the held-back half hold nine such
 * headings; no body block is such a line alone (the nearest, a programme's field `购票：“衢州大剧院”微信公众号`, has more
 * than ten characters after its colon).
 */
const labelHead = (text: string): boolean => LABEL_HEAD.test(text) || (text.includes('”') && LABEL_HEAD.test(unquoted(text)));

/**
 * A marked head (`■整村授信全覆盖`, `★路桥开通定制公交`: see `isMarkedHeadLine`) two or more characters short of a narrow
 * column may take more of it than an unmarked one (nine of eleven), and the full line under it need hold no mark (a
 * column of eleven, `该行组织客户经理走村入`): its mark says what it is. Not over a line that opens with a mark too (a
 * list's items, one a line).
 */
const markedHeadShort = (l: Line, next: Line, w: number): boolean =>
  l.width <= w - 2 && isMarkedHeadLine(l.text) && !OPENS_WITH_MARK.test(next.text.trim());

/**
 * The one blank line before line `b` is a column's end, not a paragraph's: the page's blank lines mark no paragraph
 * and the regular grid of its columns, where it has one, ends a column there. (Asked only of a blank under a line
 * with no mark at all: a paragraph ends in a mark, so such a line at a column's foot is no paragraph's last line.)
 */
export function blankEndsColumn(ev: PageEvidence, b: Line): boolean {
  return b.gap === 1 && !ev.blankIsParagraph && atColumnEnd(ev, b) !== false;
}

/**
 * `记者手记`, `编者按` alone on a print line, after a finished sentence and before prose (the caller asks it only
 * there), indented or not: a column's label (see `ROLE_COLUMN`) is a heading, on a page that marks nothing else too.
 */
export function roleLabelHead(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!l || !next || l.boldLine || !ANY_MARK.test(next.text)) return false;
  return ROLE_COLUMN.test(l.text.replace(/[ \u3000]+/gu, ''));
}

/**
 * `12月17日，宁波舟山港梅山港区集装箱码头。`: the news photo's caption form, the day and the scene in
 * one short sentence (no other sentence end inside).
 */
const DATED_SCENE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,][^。！？!?；;]{4,32}。$/u;

/** Text right under a picture that reads like a caption: signed with a credit, short, or a dated scene. */
export function isPictureCaption(text: string): boolean {
  if (startsNoStart(text)) return false;
  return /[（(][\u4e00-\u9fff ·\u3000]{2,20}[)）]\s*$/u.test(text.slice(-40)) || (text.length <= 40 && (!endsSentence(text) || DATED_SCENE.test(text.trim())));
}

/** Longer than this, a line under a picture is a paragraph, not a caption, unless its words say so. */
const MAX_PLAIN_CAPTION = 40;

/**
 * A short element right under a picture (`<p><img></p><p>市民在街区赏灯。</p>`), not indented where the
 * page indents its paragraphs (two or more of its elements, most of them), with nothing after it or an
 * indented paragraph: the picture's caption, finished sentence or not — not the second half of the
 * paragraph before the picture (a column's continuation). The caller asks it only after a finished sentence.
 */
export function unindentedCaption(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (inPhotoRun(lines, i)) return true; // a photo page's last run of pictures, one element under each (photo-run.ts)
  if (!l?.afterMedia || l.indent || l.gap === 0 || Array.from(l.text).length > MAX_PLAIN_CAPTION || startsNoStart(l.text)) return false;
  const next = lines[i + 1];
  if (next && (next.gap === 0 || !next.indent) && !captionRunAfter(lines, i)) return false;
  // The page's paragraphs say whether it indents them: not the elements under its pictures (a photo story's
  // captions, unindented, may outnumber its paragraphs).
  return indentsParagraphs(lines);
}

/**
 * A photo page's pictures one after another, each with its caption (`…繁忙景象。</p><p><img></p><p>茶农在茶园里采摘夏茶。</p>
 * <p><img></p><p>茶商正在选购新茶。</p><p>　　据了解，…`): after the element under a picture, only more such elements — each
 * under a picture of its own, unindented, short, one finished sentence — up to an indented paragraph or the text's end.
 * Not a paragraph's second half after a picture (no picture above the element after it, or an element going on).
 */
function captionRunAfter(lines: readonly Line[], i: number): boolean {
  let j = i + 1;
  for (; j < lines.length; j++) {
    const x = lines[j] as Line;
    if (x.gap > 0 && x.indent) break;
    if (!x.afterMedia || x.indent || x.gap === 0 || !lineEndsSentence(x) || Array.from(x.text).length > MAX_PLAIN_CAPTION || startsNoStart(x.text)) return false;
  }
  return j > i + 1 && lineEndsSentence(lines[i] as Line);
}

/**
 * A lone photographer's credit as the text's first line, with pictures further on (`本报记者 梁 栋 摄影`, `记者　X　摄`, then the
 * story and its pictures): the byline of the page's pictures, not a caption (nothing is above it to sign). `pictured`: the
 * text has pictures, among `lines` or with their centred or framed captions taken out before them (./framed-captions.ts).
 */
export function creditOpensPhotoPage(lines: readonly Line[], i: number, pictured: boolean): boolean {
  const l = lines[i];
  return i === 0 && !!l && !l.afterMedia && isPhotoCreditLine(l.text) && pictured;
}

/**
 * A photographer's credit printed on a print line of its own in the run holding its caption's words, right under them
 * (`…市民在湖边观赏腊梅。<br>记者　X　X　摄<br>`), the last line of the caption `above`: the end of that caption, not a caption of its own.
 * (A credit in an element of its own, `<p>本报记者 钱 锋 摄</p>`, stays apart, as does a credit under another credit.)
 */
export function creditUnderCaption(lines: readonly Line[], i: number, above: { kind: string; lines: readonly Line[]; text?: string } | undefined): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  if (!l || !prev || !above || above.lines[above.lines.length - 1] !== prev) return false;
  if (captionCutAbove(above, l, lines[i + 1])) return true; // the caption's words cut on the line above (credit-captions.ts)
  return above.kind === 'caption' && l.gap === 0 && isPhotoCreditLine(l.text) && !isPhotoCreditLine(prev.text);
}

/**
 * A short finished sentence in an element of its own right under a picture, where the paragraph before the picture
 * stops mid-sentence (`…互相穿插、</p><p><img></p><p>游客在姐妹桥前拍照留念。</p><p>彼此受力，…`), not indented where the
 * page indents its paragraphs, with an unindented element after it (the paragraph's second half, a column's
 * continuation): the picture's caption, set where the picture cut the paragraph — not the paragraph's second half
 * itself (`…互相穿插、</p><p><img></p><p>彼此受力，一根都不能错。</p><p>　　当天，…`, an indented paragraph after it).
 * The caller asks it only while a paragraph is open.
 */
export function captionBetweenHalves(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!l?.afterMedia || l.indent || l.gap === 0 || !lineEndsSentence(l) || Array.from(l.text).length > MAX_PLAIN_CAPTION || startsNoStart(l.text)) return false;
  if (!next || next.gap === 0 || next.indent || next.afterMedia || lineIsByline(next)) return false;
  return indentsParagraphs(lines);
}

/** Whether the page indents its paragraphs: two or more of its elements not under a picture, and most of them, are indented. */
function indentsParagraphs(lines: readonly Line[]): boolean {
  const starts = lines.filter((x) => (x.gap > 0 || x.ord === 0) && !x.afterMedia);
  const indented = starts.filter((x) => x.indent).length;
  return indented >= 2 && indented * 2 > starts.length;
}
