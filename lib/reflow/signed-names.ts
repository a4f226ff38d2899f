// Lines made of personal names: a 名单's print lines, names print pads with a space (`何 亮`), and the names that sign a
// piece (`□ 李明远`, a pupil's school and name, a speaker's office and name, `读者　沈建华`, `文／叶 子`), read by `classify.ts`.
import { isWhiteCode, mayBeNameList } from './chars';
import { SURNAMES, bareNames, isSurnamed } from './name-rows';

/** True when `t` holds a space or an ideographic space (what `SPACED_NAME` and name lists need). */
const hasSpace = (t: string): boolean => t.includes(' ') || t.includes('\u3000');

/** The mark and a role word set apart before the names (`□ 文 项晓东`, `■图/文 王 林`). */
const MARK_AND_ROLE = /^[■□●◆★◎☆◇]\s*(?:(?:文[/／]图|图[/／]文|文[/／]摄|文|图)(?:[ \u3000]+|\s*[：:/／]\s*))?/u;
const MARKED_NAMES = new RegExp(`${MARK_AND_ROLE.source}([\\u4e00-\\u9fff]{2,4})(?:[ \\u3000、]+([\\u4e00-\\u9fff]{2,4})){0,3}$`, 'u');

/**
 * `□ 李明远`, `■ 张三 李四`, `◎ 李慧芳` (a 副刊 essay's author): a box, bullet or circle and personal
 * names alone on a line (a signed piece), after a role word set apart or not (`□ 文 项晓东`).
 */
export function isMarkedNames(t: string): boolean {
  const m = MARKED_NAMES.exec(t);
  if (!m) return false;
  return t.replace(MARK_AND_ROLE, '').split(/[ \u3000、]+/u).every(isSurnamed);
}

/**
 * Whether `text` has the characters a line of names can have (`isNameListLine`): Han characters, `·`, white space,
 * full-width brackets and one colon after a label of two to six characters (`一等奖：`, cut off by `bareNames`); false at the first other one.
 */
function namesShaped(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhiteCode(text.charCodeAt(i))) i++;
  const start = i;
  let colon = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Full-width brackets: a name's place (`王　强（北京）`), read by `bareNames`.
    if ((c >= 0x4e00 && c <= 0x9fff) || c === 0xb7 || c === 0xff08 || c === 0xff09 || isWhiteCode(c)) continue;
    if ((c === 0xff1a || c === 0x3a) && !colon && i - start >= 2 && i - start <= 6) colon = true;
    else return false;
  }
  return true;
}

/**
 * `叶建平　毛　勇　刘国富　吴志强　周丽娟`: a print line of a 名单, three or more personal names
 * separated by spaces (two-character ones padded with a space between their characters), nearly
 * all opening with a family name — a line of the list, never a headline. (`min` 1: names only, as
 * the rest of such a line cut by a column is.)
 */
export function isNameListLine(text: string, min = 3): boolean {
  // Prose is answered at its first punctuation mark, not by reading it whole (a long paragraph asked line after line).
  if (!namesShaped(text)) return false;
  // Without a space the line is one name at most (saves splitting every line of a page into an array).
  if (min > 1 && !hasSpace(text)) return false;
  const t = bareNames(text.trim());
  if (!mayBeNameList(t)) return false;
  const names = joinSpacedNames(t).split(/[ \u3000]+/u);
  if (names.length < min || !names.every((n) => /^[\u4e00-\u9fff·]{2,4}$/u.test(n))) return false;
  return names.filter(isSurnamed).length >= names.length - 1;
}

/**
 * `海宁市实验小学五（3）班　陈语桐`, `杭州市学军中学 高二（5）班 王小明`, `绍兴市第一中学　李 想`: a pupil's
 * essay signed with the school (and grade or class) and a personal name after a space, as 校园 pages print it.
 */
const PUPIL_SIGNED = /^[\u4e00-\u9fff]{2,20}(?:小学|中学|学校|幼儿园|附小|附中|中心校)(?:[ \u3000]*[一二三四五六七八九高初]?[\u4e00-\u9fff0-9０-９（）()]{0,8}?(?:年级|班))?[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$/u;

export function isPupilSigned(t: string): boolean {
  const m = PUPIL_SIGNED.exec(t);
  return m !== null && isSurnamed((m[1] as string).replace(/[ \u3000]/gu, ''));
}

/**
 * `县长 张立新`, `市委书记　王建平`, `县政协主席 李 华`: the speaker of a speech printed above it, an office
 * (a place or body, then 长, 书记, 主任, 主席 …) and a personal name after a space.
 */
const SPEAKER = /^[\u4e00-\u9fff]{0,10}?(?:省长|市长|县长|区长|镇长|乡长|书记|主任|主席|局长|厅长|部长|院长|校长|董事长|总经理|秘书长)[ \u3000]+([\u4e00-\u9fff]{2,4})$/u;

export function isSpeakerLine(t: string): boolean {
  const m = SPEAKER.exec(t);
  return m !== null && isSurnamed(m[1] as string);
}

/**
 * `读者　沈建华`, `网友 李明`, `读者　陈　斌`: a letter signed by a reader, the word and a personal name, a two-character one
 * padded with a space as print pads it (`读者来信` is a column's label).
 */
export function isReaderSigned(t: string): boolean {
  const m = /^(?:读者|网友|市民)[ \u3000]*([\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}))$/u.exec(t);
  return m !== null && SURNAMES.has((m[1] as string)[0] as string);
}

/**
 * `何 亮`, `□ 晏 秋`: a two-character name printed with a space between its characters (print pads
 * it to the width of a three-character one). Joined where a byline holds one: a lone character
 * after a mark, a role, a label’s colon (`指导教师：沈 红`), a space or the 、 listing it after another name (`人民日报记者　丁怡婷、王　浩`), a space,
 * and a lone character before a space, a bracket, a slash (`吴 俊/摄`) or the end.
 */
const SPACED_NAME = /(^|[ \u3000■□▲△●○◆◇★☆◎：:、]|记者|通讯员|实习生|评论员)([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=$|[ \u3000、)）/／])/gu;

/**
 * `吕 珂 昕`: a three-character name letter-spaced in print, three lone characters after a role, a mark or a space, followed by
 * the end, a bracket, a slash or a word of two characters or more (`… 吕 珂 昕 通讯员 X`), never by another lone character
 * and never after one (`王 腾 李 明` are two padded two-character names).
 */
const SPACED_NAME3 = /(^|[ \u3000■□▲△●○◆◇★☆◎：:]|记者|通讯员|实习生|评论员)(?<!(?:^|[ \u3000])[\u4e00-\u9fff][ \u3000])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=$|[、)）/／]|[ \u3000]+[\u4e00-\u9fff]{2})/gu;

export function joinSpacedNames(t: string): string {
  // Most lines hold no space at all: nothing to join, and no pattern run over them.
  if (!hasSpace(t)) return t;
  return t
    .replace(SPACED_NAME3, (_m, before: string, a: string, b: string, c: string) => `${before}${a}${b}${c}`)
    .replace(SPACED_NAME, (_m, before: string, a: string, b: string) => `${before}${a}${b}`);
}

/** `文／叶 子`, `文/王晓明`, `图／陈 斌`: who wrote (or drew) the piece, a slash and a personal name. */
const AUTHOR_SLASH = /^(?:文|文字|图|文图|图文|文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／]\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$/u;

/** Where a second role and its slash begin after a space (`文/钱 丽　图/俞 斌`, `文/王晓明 摄影/李 强`). */
const NEXT_ROLE = /[ \u3000]+(?=(?:文|文字|图|图片|摄影|视频)\s*[/／])/u;

/**
 * `文/王晓明`, and up to three such pieces on one line, each a role, a slash and a personal name, parted by spaces
 * (`文/钱 丽　图/俞 斌`, `文/王晓明 摄影/李 强`): who wrote the piece and who took its pictures.
 */
export function isAuthorSlash(t: string): boolean {
  const pieces = t.trim().split(NEXT_ROLE);
  return pieces.length <= 3 && pieces.every((p, i) => {
    const m = AUTHOR_SLASH.exec(i === 0 ? p : p.replace(/^(?:图片|摄影|视频)(?=\s*[/／])/u, '图'));
    return m !== null && isSurnamed((m[1] as string).replace(/[ \u3000]/gu, ''));
  });
}
