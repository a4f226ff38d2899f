// The blind119 pages (tests/fixtures/pages/blind119-*, see blind119-manifest.json): a reader's ordinary week of local
// news (Monday 6 to Sunday 12 March 2028) on the Zhejiang papers — 浙江日报, 钱江晚报, 嘉兴日报 and 南湖晚报, 绍兴日报,
// 湖州日报, 杭州日报 and 都市快报, 萧山日报 — 要闻, 民生, 城建, 教育, 医疗, 文旅 and 社区 articles on the classic, pc, pad and
// article_detail templates, in every body shape. Not in the browser suite. Written with their gold before Dubao ran on
// them. Figures per page: npm run -s score:blind -- --set blind119.
import { describe, expect, it } from 'vitest';
import { BLIND119_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (14 of 14 pages all right, 106 of 106 gold blocks exact in both readers) no page missed: nothing is
// expected to fail.
describeBlindPages('blind119', BLIND119_PAGES, new Set(), new Set());

describe('the blind119 set', () => {
  it('holds an ordinary week of local news on the Zhejiang papers, two pages a day, every body shape', () => {
    expect(BLIND119_PAGES.length).toBe(14);
    const hosts = new Set(BLIND119_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual([
      'epaper.shaoxing.com.cn',
      'hzdaily.hangzhou.com.cn',
      'jxrb.cnjxol.com',
      'mdaily.hangzhou.com.cn',
      'nhwb.cnjxol.com',
      'qjwb.thehour.cn',
      'szb.hz66.com',
      'xsrb.xsnet.cn',
      'zjrb.zjol.com.cn',
    ]);
    const days = BLIND119_PAGES.map((p) => p.expect.date ?? '');
    for (const day of new Set(days)) expect(days.filter((d) => d === day).length).toBe(2);
    expect(new Set(days).size).toBe(7);
    expect(BLIND119_PAGES.every((p) => p.expect.kind === 'article' && p.expect.recognized && p.charset === 'utf-8')).toBe(true);
    expect(BLIND119_PAGES.every((p) => p.expect.date! >= '2028-03-06' && p.expect.date! <= '2028-03-12')).toBe(true);
    const shapes = ['-br-', '-p-per-print-line-', '-p-per-column-piece-', '-prewrap-indented-', '-prewrap-plain-', '-p-per-paragraph-'];
    for (const shape of shapes) expect(BLIND119_PAGES.some((p) => p.file.includes(shape))).toBe(true);
  });
});
