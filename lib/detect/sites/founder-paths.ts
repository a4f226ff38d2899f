// URL shapes shared by the Founder (方正) e-paper system, used by many papers.

/** `/html/2025-03/09/content_79494_19886522.htm`, optionally `?div=-1`, optionally under a prefix. */
export const FOUNDER_HTML_ARTICLE = /\/html\/\d{4}-\d{2}\/\d{2}\/content_\d+(?:_\d+)?\.htm(?:\?.*)?$/u;
/** `/html/2025-03/09/node_79494.htm`. */
export const FOUNDER_HTML_LAYOUT = /\/html\/\d{4}-\d{2}\/\d{2}\/node_\d+(?:_\d+)?\.htm(?:\?.*)?$/u;
/**
 * `/pc/content/202508/16/content_221100.html` (also `con`), and its `pad/` and `mobile/` twins;
 * also the `paper/` variant `/pc/paper/c/202205/20/content_1872366.html` (older `…/c40941.html`).
 */
export const FOUNDER_PC_ARTICLE = /\/(?:pc|pad|mobile)\/(?:(?:content|con)\/\d{6}\/\d{2}\/content_\d+|paper\/c\/\d{6}\/\d{2}\/(?:content_|c)\d+)\.html(?:\?.*)?$/u;
/** `/pc/layout/202508/16/node_01.html` (also `column`, and `paper/layout`), and its `pad/` and `mobile/` twins. */
export const FOUNDER_PC_LAYOUT = /\/(?:pc|pad|mobile)\/(?:paper\/)?(?:layout|column)\/\d{6}\/\d{2}\/node_\w+\.html(?:\?.*)?$/u;
/** `/html/2024-11/30/nw.D110000renmrb_20241130_1-01.htm`: the Founder newspaper product's article pages (人民日报, 光明日报 …). */
export const FOUNDER_NW_ARTICLE = /\/html\/\d{4}-\d{2}\/\d{2}\/nw\.D\d+\w*?_\d{8}_\d+-\d+\.htm(?:\?.*)?$/u;
/** `/html/2024-11/30/nbs.D110000renmrb_01.htm`: its layout pages. */
export const FOUNDER_NBS_LAYOUT = /\/html\/\d{4}-\d{2}\/\d{2}\/nbs\.D\d+\w*?_\d+\.htm(?:\?.*)?$/u;
