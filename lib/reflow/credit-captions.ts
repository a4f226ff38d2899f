// A photo caption printed over several print lines, its credit last (a 图片新闻 whose caption runs on under the picture,
// `…市民在新建成的滨江` / `绿道上跑步。记者　陈　旭　摄`; a caption whose bracketed credit the line end cut, `…夜景。（记者　潘　虹` /
// `摄）`; a 组图's credit, `本组图片由记者　方　斌　通讯` / `员　李　晨　摄`): only its last line holds the credit, so the test
// of a line by its words (classify.ts isCaptionLine) sees none of it, and the paragraph under it is joined on.
import { trimmedLastCode } from './chars';
import { BRIEF_DATELINE, isCaptionLine, isPhotoCreditLine } from './classify';
import type { Line } from './columns';
import type { BlockKind } from './types';

/** How a photographer's or a supplier's credit ends: 摄, 摄影 or 提供, in brackets or not. */
export const CREDIT_TAIL = /(?:摄影?|提供)[)）]?$/u;
/** The last characters `CREDIT_TAIL` may end on (摄, 影, 供 and the closing brackets): read before the pattern. */
export const mayEndInCredit = (c: number): boolean => c === 0x6444 || c === 0x5f71 || c === 0x4f9b || c === 0x29 || c === 0xff09;
/** What a line cut right after 摄 goes on with as one word (`摄影`, `摄像`, `摄制`, `摄入`, `摄取`, `摄氏`). */
const WORD_GOES_ON = /^[影像制入取氏]/u;
/** A caption's opening mark (`图为…`, `▲…`): a caption by it alone, not by a credit at its end. */
const OPENING_MARK = /^\s*(?:图为|图[：:]|▲)/u;
/** Longer than any caption (classify.ts reads none longer). */
const MAX_CAPTION = 300;

/**
 * A paragraph's text ends in a photographer's or a supplier's credit, as a caption's does (`…跑步。记者　陈　旭　摄`,
 * `…夜景。（记者　潘　虹　摄）`, `本组图片由记者　X　摄`, `…（图片由X提供）`): not a news brief's text opening with its
 * dateline (`本报讯…`), nor a line a caption only by an opening mark.
 */
export function endsInPhotoCredit(text: string): boolean {
  const t = text.trimEnd();
  return t.length <= MAX_CAPTION && CREDIT_TAIL.test(t) && !BRIEF_DATELINE.test(t) && isCaptionLine(t.replace(OPENING_MARK, ''));
}

/**
 * The paragraph so far (its print lines `lines`, its text `text`) is a caption its credit has ended: the next print line
 * `next` starts anew (`…记者　陈　旭　摄` / `本报讯　近日，…`), unless it goes on with the word the line end cut (`摄` / `影`).
 * The last line is read first: most paragraphs end in no credit.
 */
export function creditEndsCaption(text: string, lines: readonly Line[], next: Line): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && mayEndInCredit(trimmedLastCode(last.text)) && CREDIT_TAIL.test(last.text.trimEnd()) && !WORD_GOES_ON.test(next.text.trimStart()) && endsInPhotoCredit(text);
}

/**
 * A 组图's numbered caption: `图` and a circled picture number, then a space and its text (`图①　所前镇选手在挑担接力比赛中
 * 奋力冲刺。`, `图②　工人将蒸好的糯米摊开晾凉。`), whether or not a credit ends it — not a text pointing to a figure
 * (`如图①所示`, `图①中的…`: no space after the number).
 */
const NUMBERED_PICTURE = /^图[\u2460-\u2473][\s　]+\S/u;
/** A 组图's or a page's credit alone: `本组图片由记者　X　摄`, `本版图片由X提供`. */
const GROUP_CREDIT = /^(?:本组|本版)(?:图片|照片)[^。，]{0,30}(?:摄影?|提供|供图)$/u;
/** Print lines a numbered caption runs over at most. */
const MAX_NUMBERED_LINES = 4;

/**
 * A paragraph of two print lines or more that ends in a photo credit is a caption over several lines, not body; so is
 * a numbered caption (`图①　…`) of a few print lines.
 */
export function creditedCaptions<T extends { kind: BlockKind; text: string; lines: readonly unknown[] }>(blocks: T[]): T[] {
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    if ((b.lines.length >= 2 && endsInPhotoCredit(b.text)) || (b.lines.length <= MAX_NUMBERED_LINES && b.text.length <= MAX_CAPTION && NUMBERED_PICTURE.test(b.text.trim()))) b.kind = 'caption';
  }
  return blocks;
}

/** How a finished sentence (or a finished caption's words) ends. */
const SENTENCE_END = /[。！？!?…”」』]$/u;
/** A mark inside a sentence: a caption's words cut by the line end hold one (`…花灯次第亮起，`, `…大桥（无人`); a 小标题 holds none. */
const INNER_MARK = /[，、；：（(]/u;
/** The print line after a caption starts anew: none, after a break or a picture, indented, or a news brief's dateline. */
const startsAnew = (next: Line | undefined): boolean => !next || next.gap > 0 || next.afterMedia || next.indent || BRIEF_DATELINE.test(next.text);
/** Print lines of a caption's words above the line that ends in its credit, at most. */
const MAX_CUT_LINES = 3;

/**
 * The print line `l`, text and a photographer's credit (`游人徜徉其间。（延时摄影　记者　X　摄）`, `机照片）。　记者　X　摄`,
 * `驶过。记者　X　摄`), goes on the caption whose words the line end cut on the line above (`2月4日晚，南湖湖滨区域的花灯次
 * 第亮起，`, `2月4日拍摄的瓯江北口大桥（无人`): `above`, the paragraph so far, is a few unindented print lines of body
 * whose sentence the line end left open, or a caption opened by its mark (`图为…`) left open, and with `l` its text ends in
 * the credit as a caption's does (`endsInPhotoCredit`: not a news brief's `本报讯…`). Not a line in an element of its own
 * or under a picture, nor under an indented paragraph's start, a finished sentence or a 小标题 with no mark; nor where the
 * print line after it goes on in the same run with no indent and no dateline (`“光伏板能给茶树遮阴，夏天` / `溪龙乡…航拍。
 * 通讯员　X　摄` / `茶叶不容易晒伤，…`: a whole caption printed where a column cut a paragraph, its second half under it).
 */
export function captionCutAbove(above: { kind: string; lines: readonly Line[]; text?: string }, l: Line, next: Line | undefined): boolean {
  const first = above.lines[0];
  if (!first || l.gap > 0 || l.afterMedia || l.indent || !startsAnew(next)) return false;
  const t = (above.text ?? above.lines.map((x) => x.text).join('')).trim();
  if (SENTENCE_END.test(t)) return false;
  const opens = above.kind === 'caption' ? OPENING_MARK.test(t) : above.kind === 'body' && above.lines.length <= MAX_CUT_LINES && !first.indent && INNER_MARK.test(t);
  return opens && endsInPhotoCredit(t + l.text.trim());
}

/**
 * The print line `lines[i]`, no caption by its own words, is the rest of the caption `above` whose credit the line end cut
 * inside its role (`图为游客在东钱湖畔赏樱拍照。　记` / `者　崔　引　摄`, `图为…现场。　通讯` / `员　李　晨　摄`): `above` is a caption of
 * the one print line right over it, opened by its mark (`图为…`) and left open, and the two end in the credit as a caption
 * does (`endsInPhotoCredit`). In the same run or, on a page setting each print line in an element of its own, in the next
 * element; not indented, not under a picture, not over a line going on in the same run. Not a line after a finished
 * caption, nor one a credit does not end.
 */
export function creditRestUnderCaption(lines: readonly Line[], i: number, above: { kind: string; lines: readonly Line[]; text?: string } | undefined): boolean {
  const l = lines[i];
  const prev = lines[i - 1];
  if (above?.kind !== 'caption' || !l || !prev || above.lines.length !== 1 || above.lines[0] !== prev || l.afterMedia || l.indent || !startsAnew(lines[i + 1])) return false;
  const t = (above.text ?? prev.text).trim();
  return OPENING_MARK.test(t) && !SENTENCE_END.test(t) && endsInPhotoCredit(t + l.text.trim());
}

/** How the words of a caption under its picture end in a credit: a photographer's (`…摄`, `…摄影`) or a supplier's (`…提供`, `…供图`). */
const PICTURE_CREDIT_TAIL = /(?:摄影?|提供|供图)[)）]?$/u;
/**
 * Print lines a caption under its picture runs on over after its first, at most: `MAX_CUT_CAPTION` characters bound it
 * first in columns of eleven to twenty-four (a 图片新闻's caption paragraph of five sixteen-wide lines to its credit).
 */
const MAX_REST_LINES = 8;
/** Longer than this, the words under a picture are no caption cut into print lines. */
const MAX_CUT_CAPTION = 100;

/**
 * The caption under a picture whose words the print line end cut (`渔民在石浦渔港的“海上客厅”里` / `休息。（记者　X　通讯员　` /
 * `Y　摄）`, `社区食堂工作人员为老人打菜。通` / `讯员供图`, `图①　采茶工人在黄杜村茶园采摘` / `茶青。`): the index of its last
 * print line, `i` when it has none after `lines[i]`. `lines[i]` stands under a picture and leaves its words open (no
 * sentence end, no credit, no closing bracket: `…大桥。（新华社发）` over `本版图片由…提供` is two captions); the lines after it (as many as `MAX_CUT_CAPTION` characters hold), unindented, none under a picture and none a news brief's
 * dateline, run on to a credit (not one the next line goes on as a word, `摄` / `影`) or, for a 组图's numbered caption,
 * to a finished sentence the next line does not go on from. Not one running past a finished sentence into anything but
 * a credit alone (a paragraph's second half under a caption printed where a column cut it).
 */
export function captionRestEnd(lines: readonly Line[], i: number): number {
  const l = lines[i];
  if (!l?.afterMedia || l.indent) return i;
  let t = l.text.trim();
  // The words with a space where each line ended: a credit whose role and name the line end parted (`通讯员` / `甬　渔　摄）`).
  let spaced = t;
  if (SENTENCE_END.test(t) || PICTURE_CREDIT_TAIL.test(t) || /[)）]$/u.test(t)) return i;
  const numbered = NUMBERED_PICTURE.test(t);
  for (let j = i + 1; j <= i + MAX_REST_LINES && j < lines.length; j++) {
    const x = lines[j] as Line;
    if (x.afterMedia || x.indent || x.row || BRIEF_DATELINE.test(x.text)) return i;
    t += x.text.trim();
    spaced += `　${x.text.trim()}`;
    if (Array.from(t).length > MAX_CUT_CAPTION) return i;
    const next = lines[j + 1];
    if (PICTURE_CREDIT_TAIL.test(t)) return !WORD_GOES_ON.test(next?.text.trimStart() ?? '') && (/供图$/u.test(t) || isCaptionLine(t) || isCaptionLine(spaced)) ? j : i;
    if (SENTENCE_END.test(t)) {
      // A 组图's numbered caption ends at its finished sentence where the next line starts anew or is the group's credit
      // (`图③　…进行` / `“点睛”仪式，…。` / `本组图片由记者　X　摄`).
      if (numbered && (startsAnew(next) || GROUP_CREDIT.test(next?.text.trim() ?? ''))) return j;
      if (!next || !isPhotoCreditLine(next.text)) return i;
    }
  }
  return i;
}

/** Words that leave a credit open in its bracket: a role and, maybe, part of the name (`（记者　王`, `（通讯员　`). */
const OPEN_CREDIT = /[（(][^（）()]*(?:记者|通讯员|摄影|特约|见习)[^（）()]*$/u;
/**
 * A print line that opens on the full-width space inside a credit's name, the line end having cut the name there
 * (`…做游戏。（记者　王` / `　茜　摄）`): its leading space is no indent. The words before it leave a credit open and the
 * line, short, closes it.
 */
function nameSpaceOpens(before: string, line: string): boolean {
  const rest = line.trim();
  return rest.length <= 8 && OPEN_CREDIT.test(before) && CREDIT_TAIL.test(before + rest);
}

/**
 * A photo caption printed between two paragraphs on a page that indents them, cut by the line end over print lines of
 * its own, its credit on the last (`…搓汤圆。` / `居民们在“共享厨房”里一起包` / `馄饨。（记者　X　摄）` / `　　“共享厨房”…`,
 * `…书房。（记者　` / `徐　晴　摄）`): the index of the caption's last print line, or -1. `lines[i]` stands right under a
 * print line ending a sentence, and it and the lines after it, up to four in all, unindented and none under a picture or
 * a row and none but the last ending a sentence (`…人均产` / `值提高了两倍多，…` / `缩短到了18天。` / `工人在…数据。（记者　X　摄）`
 * is a paragraph's second half over a whole caption), run on to a credit (not one the next line goes on as a word, `摄` /
 * `影`) that ends their words as a caption's (`endsInPhotoCredit`: not a news brief's `本报讯…`); the print line after the credit starts anew (indented, after a break
 * or a picture, or a 小标题 set in bold). Not a caption of one print line (the test of a line by its words reads it), nor a
 * line whose paragraph the line above left open.
 */
export function captionCutAfterSentence(lines: readonly Line[], i: number, indentUsed: boolean): number {
  const l = lines[i];
  const prev = lines[i - 1];
  if (!indentUsed || !l || !prev || l.indent || l.afterMedia || l.row || l.bold || !SENTENCE_END.test(prev.text.trimEnd())) return -1;
  let t = '';
  for (let j = i; j <= i + MAX_CUT_LINES && j < lines.length; j++) {
    const x = lines[j] as Line;
    if (j > i && ((x.indent && !nameSpaceOpens(t, x.text)) || x.afterMedia || x.row || x.gap > 0)) return -1;
    t += x.text.trim();
    if (Array.from(t).length > MAX_CUT_CAPTION) return -1;
    if (!mayEndInCredit(trimmedLastCode(x.text)) || !CREDIT_TAIL.test(t)) {
      if (SENTENCE_END.test(x.text.trimEnd())) return -1; // a paragraph's lines going on after a finished sentence
      continue;
    }
    const next = lines[j + 1];
    if (j === i || WORD_GOES_ON.test(next?.text.trimStart() ?? '')) return -1;
    return (startsAnew(next) || next?.bold === true || next?.boldLine === true) && endsInPhotoCredit(t) ? j : -1;
  }
  return -1;
}
