import type { SiteProfile } from '../types';
import { FOUNDER_PC_ARTICLE, FOUNDER_PC_LAYOUT } from './founder-paths';

/** 嘉兴日报 / 南湖晚报: `#Title`, a `<date>` element, body `founder-content` (or `div.content`). */
export const jxrb: SiteProfile = {
  id: 'jxrb',
  name: '嘉兴日报',
  hosts: ['jxrb.cnjxol.com', 'nhwb.cnjxol.com'],
  articlePath: [FOUNDER_PC_ARTICLE],
  layoutPath: [FOUNDER_PC_LAYOUT],
  // The div.detail-art template's title is an h1 or, without an id, an h2 (`<div class="detail-art"><div class="pretitle"></div><h2>…</h2>`).
  title: ['#Title', '.detail-art h1', '.detail-art #Title', '.detail-art h2'],
  pretitle: ['#PreTitle', '.detail-art .pretitle'],
  subtitle: ['#SubTitle', '.detail-art .subtitle'],
  date: ['date'],
  body: ['founder-content', '.detail-art + .content', 'div.content', '#ozoom'],
};
