import type { SiteProfile } from '../types';
import { FOUNDER_HTML_ARTICLE, FOUNDER_HTML_LAYOUT } from './founder-paths';

/** 浙江日报: `div.main-article-alltitle` title block, body `div#ozoom > founder-content`. */
export const zjrb: SiteProfile = {
  id: 'zjrb',
  name: '浙江日报',
  hosts: ['zjrb.zjol.com.cn'],
  articlePath: [FOUNDER_HTML_ARTICLE],
  layoutPath: [FOUNDER_HTML_LAYOUT, /\/paperindex\.htm$/u],
  title: ['h1.main-article-title', '.main-article-title'],
  pretitle: ['.main-article-pretitle'],
  subtitle: ['.main-article-subtitle'],
  body: ['.main-article-content founder-content', '#ozoom founder-content', '#ozoom', '.main-article-content'],
};
