// The role words of bylines and photo credits as papers printed in traditional characters print them (香港, 澳門, 台灣):
// `記者　陳嘉敏`, `本報記者`, `通訊員`, `實習生`, `評論員`, `記者手記`, `（… 攝）`. The byline patterns are written in
// simplified characters; a line is read through this fold so every byline form they know reads in traditional
// characters too.

/** The traditional characters of those words, each with its simplified form. */
const FOLD: Readonly<Record<string, string>> = {
  記: '记', 報: '报', 訊: '讯', 員: '员', 實: '实', 習: '习', 評: '评', 論: '论', 見: '见', 約: '约', 攝: '摄', 筆: '笔',
};
// 記者會 (a press conference) is a word of its own, not the role: `記者會／報導` is no byline, and stays as printed.
const TRADITIONAL = /記(?!者會)|[報訊員實習評論見約攝筆]/gu;

/**
 * The line with the traditional characters of the role words (記者, 本報, 通訊員, 實習生, 評論員, 見習, 特約, 攝影, and
 * 手記, 筆記 of a column's label) folded to the simplified ones, for reading it only; the same length as the line.
 * Most lines hold none and come back as they are; 記者會 keeps its 記.
 */
export function foldRoleWords(text: string): string {
  TRADITIONAL.lastIndex = 0;
  if (!TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL, (c) => FOLD[c] ?? c);
}
