// The blind66 pages (tests/fixtures/pages/blind66-*, see blind66-manifest.json): an ordinary day's issue of 萧山日报, 浙江日报,
// 嘉兴日报 (with 南湖晚报) and 绍兴日报, three or four articles of each in its paper's own template and body shape — two 头版
// leads cut by （下转第X版）, 要闻, 镇街 and 区县 news, 民生, 法治, 经济 and 产业, 健康, 文旅, a 评论, a 图片新闻 and a 人物
// story — with 引题/副题, bylines (首席记者, 见习记者, 实习生, 共享联盟), credits glued to 本报讯, captions, bold and unmarked
// 小标题, 一是/二是/三是 items, quotes, figures and editor lines. Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind66.
import { describe, expect, it } from 'vitest';
import { BLIND66_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind66-${stem}.html`;
const WUPIAN = f('zjrb26-classic-p-per-paragraph-jingji-benbao-jizhe-gongxiang-lianmeng-first-bold-xiaobiaoti-colon-wupian-dawenzhang-figures-quote-first-yi-yuan');
const YANGLAO = f('jxrb25-cnjxol-pc-detail-art-content-p-fazhi-jianxi-jizhe-tongxunyuan-first-yanglao-zhapian-court-case-quote-opening-faguan-tixing-colon-benban-bianji');

// At the first run (12 of 14 pages all right, 97 of 98 gold blocks exact in both readers): on the 浙江日报 经济 report the
// byline of a reporter and a 共享联盟 station's correspondent (本报记者　孙　燕　共享联盟·长兴站　吴　磊) was made a headline
// and not given as a byline; the 嘉兴日报 法治 report's title of two phrases set apart by a full-width space
// (以“养老投资”为名骗取老人积蓄　4人获刑) was read with one ordinary space between them. Since the blind79 round the byline
// is given (a 共享联盟 station read where 通讯员 would stand: lib/reflow/credit-forms.ts stationAsRole).
const OPEN = new Set<string>([]);
const FIRST_OPEN = new Set<string>([WUPIAN]);
const TITLE_OPEN = new Set<string>([YANGLAO]);
const HEADLINES_OPEN = new Set<string>([]);
describeBlindPages('blind66', BLIND66_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind66 set', () => {
  it('holds an ordinary day\'s articles of four papers and a sister paper in their own templates, three or four of each', () => {
    expect(BLIND66_PAGES.length).toBe(14);
    const hosts = BLIND66_PAGES.map((p) => new URL(p.url).hostname);
    const count = (h: string): number => hosts.filter((x) => x === h).length;
    expect(count('xsrb.xsnet.cn')).toBe(4);
    expect(count('zjrb.zjol.com.cn')).toBe(3);
    expect(count('jxrb.cnjxol.com') + count('nhwb.cnjxol.com')).toBe(4);
    expect(count('epaper.shaoxing.com.cn')).toBe(3);
    expect(BLIND66_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-23')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of [...FIRST_OPEN, ...TITLE_OPEN, ...HEADLINES_OPEN]) expect(BLIND66_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
