// The blind83 pages (tests/fixtures/pages/blind83-*, see blind83-manifest.json): a second set of figures-dense 经济 pages
// of ten Zhejiang papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报),
// each in its paper's own template and body shape — a 年度 经济运行 report, a 预算执行 report under 一、二、三、 heads, a
// 统计公报 摘要 with label rows, a CPI and 房价 monthly, a 外贸 report, an 工业 figures box of label rows, a 就业/社保
// explainer, a 粮食 harvest report, a 用电量 report, an 元旦 消费 item, a 民生实事 progress list, a 财政 report in
// sentence-long rows, a 居民收入 report and an 经济快讯 bundle, with 亿元, % and 百分点 in nearly every sentence.
// Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind83.
import { describe, expect, it } from 'vitest';
import { BLIND83_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind83-${stem}.html`;
const JINGJI = f('xsrb47-xsnet-classic-br-14-indented-no-blank-quannian-jingji-yunxing-yiyuan-baifenbi-baifendian-jizhe-tongxunyuan-first-zeren-bianji');
const GONGBAO = f('zjrb48-classic-p-per-paragraph-tongji-gongbao-zhaiyao-bold-head-label-rows-unindented-zhibiao-shuzhi-zengzhang');
const GONGYE = f('wzrb23-wzdaily-pc-prewrap-indented-16-gongye-yunxing-guishang-zengjiazhi-label-rows-unindented-shuju-head-benbaoxun-jizhe-glued-benban-zebian');

// At the first run (11 of 14 pages all right, 77 of 86 gold blocks exact in both readers, every page recognised with its
// title and date): on the 萧山日报 经济运行 report in <br> print lines fourteen wide the byline ■记者　陈　琳　通讯员　韩　宣,
// cut over two print lines (its last character alone on the second), was given as a byline and a body line 宣; on the
// 浙江日报 统计公报 摘要 two of the five label rows under the bold 主要指标 head, those with no amount before the growth
// (固定资产投资　增长6.4%, 城镇调查失业率　4.4%), were made headings; on the 温州日报 工业 report pre-wrap indented sixteen
// wide the unindented head 全年工业运行主要数据 and the four label rows under it (规上工业企业：8216家 …, two of them cut
// over two print lines) were all run into the paragraph above.
// Since the round's rules (a figures box's row next to another is body, lib/reflow/card-rows.ts; a byline cut inside its
// last name takes the name's rest, lib/reflow/name-cut.ts) the 统计公报 摘要 and the 经济运行 report are right: 13 of 14
// pages, 80 of 86 blocks.
const OPEN = new Set<string>([GONGYE]);
const HEADLINES_OPEN = new Set<string>();
const FIRST_OPEN = new Set<string>([JINGJI, GONGBAO, GONGYE]);
describeBlindPages('blind83', BLIND83_PAGES, OPEN, new Set(), { headlinesOpen: HEADLINES_OPEN });

describe('the blind83 set', () => {
  it('holds figures-dense 经济 pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND83_PAGES.length).toBe(14);
    const hosts = new Set(BLIND83_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND83_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-20')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of [...OPEN, ...HEADLINES_OPEN]) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND83_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
