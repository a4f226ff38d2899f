import type { SiteProfile } from '../types';

/** 杭州日报 / 都市快报: `article_detail_…` pages, `h1` title, body `div.content`. */
export const hangzhou: SiteProfile = {
  id: 'hangzhou',
  name: '杭州日报',
  hosts: ['hzdaily.hangzhou.com.cn', 'mdaily.hangzhou.com.cn'],
  articlePath: [/\/\d{4}\/\d{2}\/\d{2}\/article_detail_\w+\.html(?:\?.*)?$/u],
  layoutPath: [/\/\d{4}\/\d{2}\/\d{2}\/page_list_\d{8}\.html(?:\?.*)?$/u],
  title: ['.article h1', 'h1'],
  pretitle: ['.article h3.pretitle', 'h3'],
  subtitle: ['.article h2', 'h2'],
  body: ['div.content', '.article .content', '#ozoom'],
};
