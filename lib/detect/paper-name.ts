// The paper's own name for a page on a profile that serves many papers (any Founder e-paper):
// the profile's name alone ("电子报") tells the reader's library nothing. The Founder pages of the
// fixtures and blind sets title their pages with the paper's name (<title>宁波日报</title>); a
// title that also holds the article's title ("…｜诸暨日报") is read part by part.

/** A paper's name: Han characters ending as papers' names end (日报, 晚报, 商报, 新闻, 时报 …). */
const PAPER = /^[\p{Script=Han}]{1,10}(?:日报|晚报|早报|商报|时报|都市报|法制报|新闻|周报|导报|快报)$/u;

/** The paper named by the document's title, or `fallback` when no part of the title is one. */
export function paperName(doc: Document, fallback: string): string {
  const parts = (doc.title ?? '').split(/[\s\-_|｜—–·:：,，]+/u).filter(Boolean);
  return parts.find((p) => PAPER.test(p)) ?? fallback;
}

/** An edition's name, said after the paper's: `数字报`, `电子版`, `手机版` … */
const EDITION = /^(?:数字报|数字报刊|电子报|电子版|数字版|手机版|网络版)$/u;

/**
 * A document title of names only, parted by a middle dot (`邢台日报·数字报`, `城南日报 · 电子版`): each part a site's name
 * (`isSiteName`) or an edition's. No article's title.
 */
export function namesOnly(title: string, isSiteName: (part: string) => boolean): boolean {
  const parts = title.split(/\s*[·・•]\s*/u);
  return parts.length >= 2 && parts.every((p) => isSiteName(p) || PAPER.test(p) || EDITION.test(p));
}
