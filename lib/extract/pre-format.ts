// Whether a body's text is pre-formatted (its newlines and spaces shown as typed): asked once per body by the
// extraction (./index.ts), its own element's style first, then what it inherits.

/** Default pre detection: `<pre>`, or a `white-space: pre*` style (inline or computed when available). */
export function defaultIsPre(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  const inline = el.getAttribute('style') ?? '';
  if (/white-space\s*:\s*pre/iu.test(inline)) return true;
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  try {
    const ws = view?.getComputedStyle?.(el).whiteSpace ?? '';
    return ws.startsWith('pre') || ws === 'break-spaces';
  } catch {
    return false;
  }
}

/** An inline white-space declaration: `pre…` / `break-spaces` (true) or another value (false). */
const INLINE_WS_RE = /white-space\s*:\s*([\w-]+)/iu;

/**
 * White space is inherited: a body with no white-space of its own inside an element that pre-formats it inline (a
 * `<div id="ozoom" style="white-space:pre-wrap">` around `<founder-content>`, or a `<pre>`) keeps its newlines as the
 * browser shows them. The nearest element around the body that says anything decides; a few levels only.
 */
export function preAround(body: Element): boolean {
  if (INLINE_WS_RE.test(body.getAttribute('style') ?? '')) return false;
  let el = body.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    if (el.tagName === 'PRE') return true;
    const m = INLINE_WS_RE.exec(el.getAttribute('style') ?? '');
    if (m) return /^(?:pre|break-spaces)/iu.test(m[1] ?? '');
  }
  return false;
}
