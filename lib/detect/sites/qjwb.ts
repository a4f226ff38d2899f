import type { SiteProfile } from '../types';
import { zjrb } from './zjrb';

/** 钱江晚报: the same Founder template as 浙江日报, on its own hosts. */
export const qjwb: SiteProfile = {
  ...zjrb,
  id: 'qjwb',
  name: '钱江晚报',
  hosts: ['qjwb.thehour.cn', 'qjwb.zjol.com.cn'],
  layoutPath: zjrb.layoutPath,
  examples: {
    article: [
      'https://qjwb.thehour.cn/html/2025-03/07/content_123456.htm?div=-1',
      'https://qjwb.zjol.com.cn/html/2019-06/01/content_3612345.htm',
    ],
    layout: ['https://qjwb.thehour.cn/html/2025-03/07/node_77.htm'],
  },
};
