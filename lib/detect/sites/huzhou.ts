import type { SiteProfile } from '../types';
import { FOUNDER_HTML_ARTICLE, FOUNDER_HTML_LAYOUT } from './founder-paths';

/** 湖州日报: title `p.BSHARE_TEXT` / `td.font02`, body `div#ozoom`; older pages are GBK. */
export const huzhou: SiteProfile = {
  id: 'huzhou',
  name: '湖州日报',
  hosts: ['szb.hz66.com', 'ehzrb.hz66.com'],
  articlePath: [FOUNDER_HTML_ARTICLE],
  layoutPath: [FOUNDER_HTML_LAYOUT],
  title: ['p.BSHARE_TEXT', 'td.font01', 'td.font02'],
  subtitle: ['td.font03'],
  body: ['#ozoom founder-content', '#ozoom', 'founder-content'],
};
