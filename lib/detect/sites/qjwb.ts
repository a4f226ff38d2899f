import type { SiteProfile } from '../types';
import { zjrb } from './zjrb';

/** 钱江晚报: the same Founder template as 浙江日报, on its own hosts. */
export const qjwb: SiteProfile = {
  ...zjrb,
  id: 'qjwb',
  name: '钱江晚报',
  hosts: ['qjwb.thehour.cn', 'qjwb.zjol.com.cn'],
  layoutPath: zjrb.layoutPath,
};
