// A story cited under a 相关阅读 / 链接 / 往期回顾 head: its title in 《》 and, in brackets, where and when it ran
// (`《于都：脐橙搭上“快车道”》（本报2026年11月3日第5版）`). A reference, never a subheading of the article.

/** `《title》（[本报|据…|原载…] date and/or page）`: the bracket holds a date with month and day, or a page (`第5版`, `A3版`). */
const CITED = /^《[^《》]{2,40}》\s*[（(][^（）()]{0,16}?(?:\d{1,2}月\d{1,2}日[^（）()]{0,8}|(?:第\s*)?[A-Z]?\d{1,2}\s*版)[)）]$/u;

/** True when `text` is a cited story: a title in 《》 followed by the date or page it ran on, in brackets. */
export function isCitedStory(text: string): boolean {
  return CITED.test(text.trim());
}

/**
 * A cited story ends where the next element begins, or where another cited story follows it line under line: a
 * 相关阅读 list's entries are read one by one (the one after it is no continuation of its title).
 */
export function citedApart(a: string, b: string, gap: number): boolean {
  return isCitedStory(a) && (gap > 0 || b.trim().startsWith('《'));
}
