import type { SiteProfile } from '../types';
import { FOUNDER_DATED_ARTICLE, FOUNDER_HTML_ARTICLE, FOUNDER_HTML_LAYOUT, FOUNDER_NBS_LAYOUT, FOUNDER_NW_ARTICLE, FOUNDER_PC_ARTICLE, FOUNDER_PC_LAYOUT } from './founder-paths';

/**
 * Any other paper on the Founder e-paper system. It has no hosts of its own: a page is taken
 * for one only when both its URL shape and Founder markers in the DOM say so.
 */
export const founder: SiteProfile = {
  id: 'founder',
  name: '电子报',
  hosts: [],
  articlePath: [FOUNDER_HTML_ARTICLE, FOUNDER_PC_ARTICLE, FOUNDER_NW_ARTICLE, FOUNDER_DATED_ARTICLE],
  layoutPath: [FOUNDER_HTML_LAYOUT, FOUNDER_PC_LAYOUT, FOUNDER_NBS_LAYOUT],
  title: ['h1.main-article-title', 'p.BSHARE_TEXT', '#Title', 'h2.article-title', 'founder-title'],
  // The classic table template's title cell (`td.font01`, between the 引题 and 副题 cells), where no
  // `<founder-title>` names the title.
  titleFallback: ['td.font01', '.article h1', 'h1'],
  pretitle: ['.main-article-pretitle', '#PreTitle'],
  subtitle: ['.main-article-subtitle', '#SubTitle', 'p.sub-title'],
  date: ['date'],
  body: ['founder-content', '#ozoom', '#articleContent', 'div.article-content'],
};
