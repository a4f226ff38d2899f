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
  examples: {
    article: [
      'https://epaper.shaoxing.com.cn/sxrb/pc/content/202508/16/content_551200.html',
      'http://epaper.sxnews.cn/sxrb/html/2020-05/11/content_11863_2682117.htm',
    ],
    layout: ['https://epaper.shaoxing.com.cn/sxrb/pc/column/202508/16/node_01.html'],
  },
};
