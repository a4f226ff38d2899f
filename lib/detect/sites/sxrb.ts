import type { SiteProfile } from '../types';
import { FOUNDER_HTML_ARTICLE, FOUNDER_HTML_LAYOUT, FOUNDER_PC_ARTICLE, FOUNDER_PC_LAYOUT } from './founder-paths';

/** 绍兴日报: `h2.article-title`, `p.sub-title`, body `div.article-content`. */
export const sxrb: SiteProfile = {
  id: 'sxrb',
  name: '绍兴日报',
  hosts: ['epaper.shaoxing.com.cn', 'epaper.sxnews.cn'],
  articlePath: [FOUNDER_PC_ARTICLE, FOUNDER_HTML_ARTICLE],
  layoutPath: [FOUNDER_PC_LAYOUT, FOUNDER_HTML_LAYOUT],
  title: ['h2.article-title', '.article-title'],
  pretitle: ['p.pre-title', '.pre-title'],
  subtitle: ['p.sub-title', '.sub-title'],
  body: ['div.article-content', '.article-content', 'founder-content', '#ozoom'],
};
