import type { SiteProfile } from '../types';
import { FOUNDER_PC_ARTICLE, FOUNDER_PC_LAYOUT } from './founder-paths';

/** 人民日报: `h3` pretitle, `h1` title, `h2` subtitle; body `#articleContent` or `div#ozoom`. */
export const rmrb: SiteProfile = {
  id: 'rmrb',
  name: '人民日报',
  hosts: ['paper.people.com.cn'],
  articlePath: [FOUNDER_PC_ARTICLE, /\/html\/\d{4}-\d{2}\/\d{2}\/nw\.D\d+\w*?_\d{8}_\d+-\d+\.htm(?:\?.*)?$/u],
  layoutPath: [FOUNDER_PC_LAYOUT, /\/html\/\d{4}-\d{2}\/\d{2}\/nbs\.D\d+\w*?_\d+\.htm(?:\?.*)?$/u],
  title: ['.article h1', 'h1'],
  pretitle: ['.article h3', 'h3'],
  subtitle: ['.article h2', 'h2'],
  body: ['#articleContent', '#ozoom', 'founder-content'],
};
