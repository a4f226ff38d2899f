// The address a saved page came from, as the tools that save pages write it into the file: the "Save as"
// of Chrome, Edge and Internet Explorer (the mark of the web before <html>: `<!-- saved from
// url=(0063)http://… -->`, the number being the address's length) and SingleFile (a comment at the top of
// the page: `Page saved with SingleFile`, then `url: http://…`, then `saved date: …`). The CLI's `reflow` of a
// page file reads it when the page names no address of its own (canonical link, og:url), so that a saved
// e-paper page is read with its site's profile, as it would be in the browser.

/** How far into the file the tools write it (the mark of the web comes first; SingleFile's comment opens <html>). */
const HEAD = 8192;
const MARK_OF_THE_WEB = /<!--\s*saved from url=\(\d{4}\)(https?:\/\/[^\s<>"]+?)\s*-->/iu;
const SINGLE_FILE = /<!--\s*Page saved with SingleFile\s+url:\s*(https?:\/\/[^\s<>"]+)/iu;

/** The http(s) address `html` says it was saved from, or null (none, or not an address). */
export function savedFromUrl(html: string): string | null {
  const head = html.slice(0, HEAD);
  const m = MARK_OF_THE_WEB.exec(head) ?? SINGLE_FILE.exec(head);
  if (!m) return null;
  try {
    return new URL(m[1] as string).href;
  } catch {
    return null;
  }
}
