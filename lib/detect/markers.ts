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
  // Some county exports write the markers as elements (`<enpcontent>…</enpcontent>`, `<enpproperty>…</enpproperty>`).
  if (doc.querySelector('enpcontent, enpproperty')) found.push('enp-element');
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

/** Article metadata a Founder `enpproperty` comment carries. */
export interface FounderProperties {
  title: string | null;
  subtitle: string | null;
  pretitle: string | null;
  date: string | null;
}

const tag = (v: string, names: readonly string[]): string | null => {
  for (const n of names) {
    const m = new RegExp(`<${n}>([\\s\\S]*?)</${n}>`, 'u').exec(v);
    const t = m?.[1]?.replace(/<[^>]*>/gu, '').replace(/[\s\u3000]+/gu, ' ').trim();
    if (t) return t;
  }
  return null;
};

const propertiesOf = (v: string): FounderProperties => ({
  title: tag(v, ['founder-title', 'title']),
  subtitle: tag(v, ['founder-subtitle', 'subtitle']),
  pretitle: tag(v, ['founder-introtitle', 'introtitle']),
  date: tag(v, ['founder-date', 'date']),
});

/**
 * Title, subtitle, pretitle and date of an `enpproperty` comment, in either form:
 * `<founder-title>`/`<founder-date>` or plain `<title>`, `<subtitle>`, `<introtitle>`,
 * `<date>2023-02-11 00:00:00:0</date>` — or of an `<enpproperty>` element holding the same tags
 * (the markers written as elements). Nulls when there is neither.
 */
export function founderProperties(doc: Document): FounderProperties {
  const none = { title: null, subtitle: null, pretitle: null, date: null };
  const root = doc.documentElement;
  if (!root) return none;
  const walker = doc.createTreeWalker(root, 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.includes('enpproperty')) return propertiesOf(v);
  }
  const el = doc.querySelector('enpproperty');
  return el ? propertiesOf(el.innerHTML) : none;
}
