// A page that shows several articles one after the other (small papers show all the short items
// of a print page together, each in a container of its own): the body is the one the URL names.

/** The article's number in a Founder URL: `content_551203.html`, `content_1_223344.htm`, `c231234.html`. */
export function articleNumber(url: URL): string | null {
  const m = /(?:content_(?:\d+_)?|\/c)(\d{4,})\.s?html?$/u.exec(url.pathname);
  return m ? (m[1] as string) : null;
}

/** How far up from a body its article's container (the element carrying the article's id) may be. */
const CONTAINER_REACH = 4;

/**
 * Of several candidate bodies, the one the URL points at: inside an element whose id ends in the
 * URL's article number (`<div id="content_551203">`, `<div id="art551203">`), or else the one whose
 * container's headline is the article title the page declares. Null when none says so.
 */
export function pointedBody(candidates: readonly Element[], url: URL, title: string | null): Element | null {
  if (candidates.length < 2) return null;
  const num = articleNumber(url);
  if (num !== null) {
    const ending = new RegExp(`(?:^|\\D)${num}$`, 'u');
    const named = (el: Element): boolean => el.id !== '' && ending.test(el.id);
    const hit = candidates.filter((c) => ancestors(c).some(named));
    if (hit.length === 1) return hit[0] as Element;
  }
  if (title === null) return null;
  const want = squash(title);
  const hit = candidates.filter((c) => ancestors(c).slice(1).some((a) => Array.from(a.querySelectorAll('h1, h2, h3, h4')).some((h) => squash(h.textContent ?? '') === want) && count(a, candidates) === 1));
  return hit.length === 1 ? (hit[0] as Element) : null;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let cur: Element | null = el;
  while (cur && out.length <= CONTAINER_REACH && cur.tagName !== 'BODY') {
    out.push(cur);
    cur = cur.parentElement;
  }
  return out;
}

const squash = (t: string): string => t.replace(/[\s\u3000\u00a0]+/gu, '');
const count = (container: Element, candidates: readonly Element[]): number => candidates.filter((c) => container.contains(c)).length;
