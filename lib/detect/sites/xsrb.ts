import type { SiteProfile } from '../types';
import { FOUNDER_HTML_ARTICLE, FOUNDER_HTML_LAYOUT } from './founder-paths';

/** 萧山日报: Founder HTML paths, title `p.BSHARE_TEXT`, body `div#ozoom`. */
export const xsrb: SiteProfile = {
  id: 'xsrb',
  name: '萧山日报',
  hosts: ['xsrb.xsnet.cn', 'xsrb.xsdaily.com'],
  articlePath: [FOUNDER_HTML_ARTICLE],
  layoutPath: [FOUNDER_HTML_LAYOUT],
  title: ['p.BSHARE_TEXT', '.BSHARE_TEXT', 'td.font01'],
  // The template's 引题 and 副题 cells share the class, above and below the title.
  pretitle: ['td.font02'],
  subtitle: ['p.sub-title', 'td.font02'],
  body: ['#ozoom founder-content', '#ozoom', 'founder-content'],
};
