// Which elements a page's own <style> rules pre-format (white-space: pre…): happy-dom renders no
// CSS, so the CLI reads it. One linear pass over the style text per document; then one
// selector match per element.

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

const cache = new WeakMap<Document, string | null>();

/** One selector list (the valid selectors only) for a document's pre-formatting rules, computed once. */
function preSelectorList(doc: Document): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  const css = Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
  const valid = preSelectors(css).filter((sel) => {
    try {
      doc.querySelector(sel);
      return true;
    } catch {
      return false; // a selector happy-dom does not understand: not ours to judge
    }
  });
  const list = valid.length > 0 ? [...new Set(valid)].join(', ') : null;
  cache.set(doc, list);
  return list;
}

/** True when `el` is pre-formatted: a <pre>, an inline `white-space: pre…`, or a matching <style> rule. */
export function isPreformatted(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  if (PRE_RE.test(el.getAttribute('style') ?? '')) return true;
  const list = preSelectorList(el.ownerDocument);
  if (!list) return false;
  try {
    return el.matches(list);
  } catch {
    return false;
  }
}
