import type { SiteProfile } from '../types';
import { FOUNDER_NBS_LAYOUT, FOUNDER_NW_ARTICLE, FOUNDER_PC_ARTICLE, FOUNDER_PC_LAYOUT } from './founder-paths';

/** 人民日报: `h3` pretitle, `h1` title, `h2` subtitle; body `#articleContent` or `div#ozoom`. */
export const rmrb: SiteProfile = {
  id: 'rmrb',
  name: '人民日报',
  hosts: ['paper.people.com.cn'],
  articlePath: [FOUNDER_PC_ARTICLE, FOUNDER_NW_ARTICLE],
  layoutPath: [FOUNDER_PC_LAYOUT, FOUNDER_NBS_LAYOUT],
  title: ['.article h1', 'h1'],
  pretitle: ['.article h3', 'h3'],
  subtitle: ['.article h2', 'h2'],
  body: ['#articleContent', '#ozoom', 'founder-content'],
};
