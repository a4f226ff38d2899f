/** What kind of e-paper page this is. */
export type PageKind = 'article' | 'layout';

/**
 * One paper's profile: where it lives, how its URLs look and where its article parts are.
 * Selectors are tried in order; the first that matches wins.
 */
export interface SiteProfile {
  id: string;
  /** The paper's name as readers know it, e.g. 萧山日报. */
  name: string;
  /** Host names (exact, or a suffix starting with a dot such as `.xsnet.cn`). */
  hosts: string[];
  /** Path (+ search) patterns of article pages. */
  articlePath: RegExp[];
  /** Path patterns of layout (page index) pages. */
  layoutPath: RegExp[];
  title: string[];
  /**
   * Weaker title selectors (a bare `h1` may be the paper's logo), tried only after the title of
   * the page's Founder `enpproperty` comment.
   */
  titleFallback?: string[];
  pretitle?: string[];
  subtitle?: string[];
  /** Elements that hold the issue date as text. */
  date?: string[];
  body: string[];
}

/** The result of recognising a page. */
export interface Recognition {
  site: string;
  siteName: string;
  kind: PageKind;
  title: string | null;
  pretitle: string | null;
  subtitle: string | null;
  /** Issue date, YYYY-MM-DD. */
  date: string | null;
  /** The element holding the article body (null on layout pages). */
  body: Element | null;
}
