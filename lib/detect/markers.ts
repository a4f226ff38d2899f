// DOM and text evidence that a page comes from an e-paper system.

const FOUNDER_COMMENT = /<!--\s*(?:enpcontent|enpproperty|<npm:article-content>)|enpcontent|enpproperty|npm:article-content/u;

/** Founder (方正) markers in the DOM: strong enough, with a Founder URL, to recognise a paper. */
export function founderMarkers(doc: Document): string[] {
  const found: string[] = [];
  if (doc.querySelector('founder-content')) found.push('founder-content');
  if (doc.querySelector('#ozoom') && doc.querySelector('.BSHARE_TEXT')) found.push('ozoom+BSHARE_TEXT');
  if (doc.querySelector('.main-article-title, .main-ed-articlenav-list')) found.push('main-article');
  if (doc.querySelector('#titleList, #pageList, map[name=PagePicMap], map[name=pagepicmap]')) found.push('page-index');
  if (hasFounderComment(doc)) found.push('enp-comment');
  return found;
}

/** True when the document holds an `enpcontent` / `enpproperty` / `npm:article-content` comment. */
export function hasFounderComment(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (FOUNDER_COMMENT.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** The `<founder-title>` and `<founder-date>` of an `enpproperty` comment, if any. */
export function founderProperties(doc: Document): { title: string | null; date: string | null } {
  const root = doc.documentElement;
  if (!root) return { title: null, date: null };
  const walker = doc.createTreeWalker(root, 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (!v.includes('enpproperty')) continue;
    const title = /<founder-title>([\s\S]*?)<\/founder-title>/u.exec(v)?.[1]?.trim() || null;
    const date = /<founder-date>([\s\S]*?)<\/founder-date>/u.exec(v)?.[1]?.trim() || null;
    return { title, date };
  }
  return { title: null, date: null };
}
