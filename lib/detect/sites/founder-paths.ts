// URL shapes shared by the Founder (方正) e-paper system, used by many papers.

/**
 * `/html/2025-03/09/content_79494_19886522.htm`, optionally `?div=-1`, optionally under a prefix; the extension may be
 * in capitals (`.HTM`, as servers that ignore case serve it).
 */
export const FOUNDER_HTML_ARTICLE = /\/html\/\d{4}-\d{2}\/\d{2}\/content_\d+(?:_\d+)?\.(?:htm|HTM)(?:\?.*)?$/u;
/** `/html/2025-03/09/node_79494.htm` (`.HTM` too). */
export const FOUNDER_HTML_LAYOUT = /\/html\/\d{4}-\d{2}\/\d{2}\/node_\d+(?:_\d+)?\.(?:htm|HTM)(?:\?.*)?$/u;
/**
 * `/pc/content/202508/16/content_221100.html` (also `con`), and its `pad/` and `mobile/` twins;
 * also the `paper/` variant `/pc/paper/c/202205/20/content_1872366.html` (older `…/c40941.html`).
 * The family may be spelt in capitals (`/PC/content/…`, as the 深圳报业 papers on *.sznews.com do).
 */
export const FOUNDER_PC_ARTICLE = /\/(?:[Pp][Cc]|[Pp][Aa][Dd]|[Mm][Oo][Bb][Ii][Ll][Ee])\/(?:(?:content|con)\/\d{6}\/\d{2}\/content_\d+|paper\/c\/\d{6}\/\d{2}\/(?:content_|c)\d+)\.html(?:\?.*)?$/u;
/** `/pc/layout/202508/16/node_01.html` (also `column`, and `paper/layout`), and its `pad/` and `mobile/` twins; the family may be in capitals (`/PC/layout/…/node_A05.html`). */
export const FOUNDER_PC_LAYOUT = /\/(?:[Pp][Cc]|[Pp][Aa][Dd]|[Mm][Oo][Bb][Ii][Ll][Ee])\/(?:paper\/)?(?:layout|column)\/\d{6}\/\d{2}\/node_\w+\.html(?:\?.*)?$/u;
/** `/html/2024-11/30/nw.D110000renmrb_20241130_1-01.htm`: the Founder newspaper product's article pages (人民日报, 光明日报 …). */
export const FOUNDER_NW_ARTICLE = /\/html\/\d{4}-\d{2}\/\d{2}\/nw\.D\d+\w*?_\d{8}_\d+-\d+\.htm(?:\?.*)?$/u;
/** `/html/2024-11/30/nbs.D110000renmrb_01.htm`: its layout pages. */
export const FOUNDER_NBS_LAYOUT = /\/html\/\d{4}-\d{2}\/\d{2}\/nbs\.D\d+\w*?_\d+\.htm(?:\?.*)?$/u;
/**
 * `/bjrb/mobile/2024/20241220/20241220_006/content_20241220_006_2.htm`: the family with the year,
 * the issue date and the page as directories, and the date and page again in the file
 * name (北京日报 and 北京晚报 on bjrbdzb.bjd.com.cn address their articles so); the page part may
 * be a number or a page id. The date in the directory and in the file name must agree.
 */
export const FOUNDER_DATED_ARTICLE = /\/(?:pc|pad|mobile)\/\d{4}\/(\d{8})\/\1_\w+\/content_\1_\w+?_\d+\.html?(?:\?.*)?$/u;
