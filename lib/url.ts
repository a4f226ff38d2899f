// Canonical article URLs: the e-paper URL without tracking or display parameters.

const TRACKING = /^(?:utm_\w+|spm|from|share\w*|isappinstalled|scene|clicktime|enterid|wxshare\w*|fbclid|gclid|mc_\w+|div|v)$/iu;

/**
 * The canonical form of a page URL: lower-case host, no fragment, no tracking or display
 * parameters (`utm_*`, `spm`, `from`, `div=-1`, `v=1` …). Returns null for a URL that does not parse.
 */
export function canonicalUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  u.hash = '';
  // forEach, not keys(): in a Firefox content script the page's URLSearchParams iterators are
  // not iterable from the extension's side (TypeError), and every page reply used to fail there.
  const drop: string[] = [];
  u.searchParams.forEach((_value, key) => {
    if (TRACKING.test(key)) drop.push(key);
  });
  for (const key of drop) u.searchParams.delete(key);
  u.searchParams.sort();
  return u.toString().replace(/\?$/u, '');
}
