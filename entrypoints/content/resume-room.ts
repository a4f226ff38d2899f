// Room for the "continue where you stopped" prompt (resume.ts). The prompt is fixed at the bottom of
// the window; on a narrow screen it spans the width, and the article's last lines could never be
// scrolled out from under it. While it shows, the page gets bottom room as tall as the band the
// prompt covers, and the browser's own scrolling by page and to a focused element keeps that band
// clear (scroll-padding). Closing the prompt gives the page its own values back.

/** The gap left between the text and the prompt's top (px). */
const GAP = 8;

/** Gives the page bottom room for `box` (a fixed element at the window's bottom) until the function returned is called. */
export function roomBelow(doc: Document, box: HTMLElement): () => void {
  const win = doc.defaultView;
  const html = doc.documentElement;
  if (!win) return () => undefined;
  const style = html.style;
  const own = (['padding-bottom', 'scroll-padding-bottom'] as const).map((p) => [p, style.getPropertyValue(p), style.getPropertyPriority(p)] as const);
  // The page's own bottom padding, kept under the room.
  const pagePad = parseFloat(win.getComputedStyle(html).paddingBottom) || 0;
  const fit = (): void => {
    const top = box.getBoundingClientRect().top;
    const band = Math.max(0, Math.ceil(win.innerHeight - top) + GAP);
    style.setProperty('padding-bottom', `${pagePad + band}px`, 'important');
    style.setProperty('scroll-padding-bottom', `${band}px`, 'important');
  };
  fit();
  const listening = new AbortController();
  win.addEventListener('resize', fit, { signal: listening.signal });
  return () => {
    listening.abort();
    for (const [p, value, priority] of own) {
      if (value) style.setProperty(p, value, priority);
      else style.removeProperty(p);
    }
  };
}
