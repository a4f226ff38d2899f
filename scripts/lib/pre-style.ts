// Which elements a page's own <style> rules pre-format (white-space: pre…): the CLI's DOM renders
// no CSS, so the CLI reads it. One linear pass over the style text per document; then one walk
// of the page that tests each element against only the rules that could select it.

import { selectAll } from './selector-index';

const PRE_RE = /white-space\s*:\s*pre/iu;

/**
 * Selectors of the rules in `css` whose declarations set `white-space: pre…`, in one pass: a
 * rule body is the text between a `{` and the next `}` without another `{` between (rules
 * inside @media blocks included); comments are removed first. Never backtracks.
 */
export function preSelectors(css: string): string[] {
  const text = stripComments(css);
  const out: string[] = [];
  /** The last `{`, `}` or (between rules) `;`: a selector starts after it. */
  let lastDelimiter = -1;
  let selectorStart = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      selectorStart = lastDelimiter + 1;
      open = i;
      lastDelimiter = i;
    } else if (c === 0x7d /* } */) {
      if (open >= 0 && PRE_RE.test(text.slice(open + 1, i))) {
        const selector = text.slice(selectorStart, open).trim();
        if (selector && !selector.startsWith('@')) out.push(selector);
      }
      open = -1;
      lastDelimiter = i;
    } else if (c === 0x3b /* ; */ && open < 0) lastDelimiter = i;
  }
  return out;
}

/** `css` without its comments. */
function stripComments(css: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = css.indexOf('/*', at);
    if (start < 0) return out + css.slice(at);
    out += css.slice(at, start);
    const end = css.indexOf('*/', start + 2);
    if (end < 0) return out;
    at = end + 2;
  }
}

const cache = new WeakMap<Document, ReadonlySet<Element>>();

/**
 * True when the DOM understands `sel`. Asked of one detached element (`matches` parses the
 * selector without walking the document): a querySelector per selector would walk the whole
 * page for each one that matches nothing — selectors × elements.
 */
function isValidSelector(probe: Element, sel: string): boolean {
  try {
    probe.matches(sel);
    return true;
  } catch {
    return false; // a selector the DOM does not understand: not ours to judge
  }
}

/**
 * The elements a document's pre-formatting rules select (valid selectors only), found once per
 * document in one walk of the page, however many rules (./selector-index.ts).
 */
function preElements(doc: Document): ReadonlySet<Element> {
  const known = cache.get(doc);
  if (known) return known;
  const css = Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
  const probe = doc.createElement('div');
  const valid = preSelectors(css).filter((sel) => isValidSelector(probe, sel));
  const found = selectAll(doc, [...new Set(valid)]);
  cache.set(doc, found);
  return found;
}

/** True when `el` is pre-formatted: a <pre>, an inline `white-space: pre…`, or a matching <style> rule. */
export function isPreformatted(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  if (PRE_RE.test(el.getAttribute('style') ?? '')) return true;
  return preElements(el.ownerDocument).has(el);
}
