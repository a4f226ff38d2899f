// The article body's element on a recognised or forced page.
import { densestBlock, MIN_BODY_HAN } from './densest';
import { hanCount } from './han';
import { enpcontentBody, founderProperties } from './markers';
import { pointedBody } from './pointed';
import { withLeadingCaptions } from './leading-captions';
import type { SiteProfile } from './types';

/**
 * The body element: the site's selectors first, then any `founder-content` (of several, the one
 * the URL points at), a picture table; for a forced page the densest text block, else the enpcontent comments' parent.
 */
export function findBody(site: SiteProfile, doc: Document, force: boolean, url: URL, portal = false): Element | null {
  for (const sel of [...site.body, 'founder-content']) {
    const found = Array.from(doc.querySelectorAll(sel)).filter((el) => hanCount(el.textContent ?? '') >= MIN_BODY_HAN);
    const first = found[0];
    if (!first) continue;
    const body = withLeadingCaptions((found.length > 1 ? pointedBody(found, url, founderProperties(doc).title) : null) ?? first);
    if (!portal) return body;
    // On a page with no Founder markup (`portal`) an element named like a Founder body (`div.article-content`) is the
    // portal's container: where the densest text lies inside it (its `<article>`, with the page's <h1> title, the
    // time-and-account line and a 举报 link beside it in the container), that is the body.
    const dense = densestBlock(doc);
    return dense && dense !== body && body.contains(dense) ? dense : body;
  }
  return pictureTable(doc) ?? (force ? densestBlock(doc) : enpcontentBody(doc, MIN_BODY_HAN));
}

/**
 * A 图片新闻 whose `<founder-content>` is printed empty: its text is the captions of the template's picture
 * table (`table#newspic`), which is then the body; null where the page has no empty Founder body or no such table.
 */
function pictureTable(doc: Document): Element | null {
  const content = doc.querySelector('founder-content');
  if (!content || hanCount(content.textContent ?? '') > 0) return null;
  const table = doc.querySelector('table#newspic');
  return table && hanCount(table.textContent ?? '') >= MIN_BODY_HAN ? table : null;
}
