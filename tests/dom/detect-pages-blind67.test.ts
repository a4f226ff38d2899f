// The blind67 pages (tests/fixtures/pages/blind67-*, see blind67-manifest.json): figures-dense pages as 浙江日报, 萧山日报,
// 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报 and 台州日报 print them, each in its paper's own template
// and body shape — 经济运行 reports, two 统计公报 摘要 with numbered parts, table rows printed as text and 注释, a 财政预算执行
// report, 存贷款余额 and LPR, a 菜价 report, an 成品油 price notice, CPI by category, 就业 and 社保, 新房成交 and an indicator
// box — with numbers, decimals, percentages and Latin (GDP, PMI, CPI, PPI, R&D, LPR) cut at a print line's end, a colon
// before a table, 数据来源：/注： lines, bylines and editor lines. Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind67.
import { describe, expect, it } from 'vitest';
import { BLIND67_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind67-${stem}.html`;
const CAIJIA = f('xsrb26-xsnet-classic-br-plain-14-no-blank-caijia-jiance-benbaoxun-jizhe-glued-price-per-500g-figures-cut-jubao-dianhua-zeren-bianji');
const ZJ_GONGBAO = f('zjrb25-classic-p-tongji-gongbao-zhaiyao-issuers-date-bracket-first-bold-numbered-parts-colon-table-rows-as-text-zhushi-numbered-notes');
const CAIZHENG = f('jxrb24-cnjxol-pc-title-date-prewrap-indented-17-caizheng-yusuan-zhixing-jizhe-first-colon-tax-rows-unindented-zhu-note-last');
const JINRONG = f('jxrb25-cnjxol-pc-detail-art-content-p-jinrong-cundaikuan-yue-benbaoxun-glued-bold-xiaobiaoti-lpr-indicator-rows-shuju-laiyuan-benban-bianji');
const YOUJIA = f('hzrb23-hzdaily-article-detail-p-chengpinyou-jiage-yinti-colon-price-rows-per-litre-yi-xiang-50-sheng-tiaojia-chuangkou-source-bracket-zeren-bianji');
const NB_GONGBAO = f('nbrb22-cnnb-classic-br-blank-15-tongji-gongbao-zhaiyao-issuers-wrapping-numbered-heads-alone-colon-product-rows-zhushi-bracket-notes-zeren-bianji');
const HZ_YUNXING = f('huzhou22-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-jingji-yunxing-tongjiju-first-numbered-part-heads-figures-cut-zhu-note-last');
const CPI = f('jhrb20-jhnews-mobile-prewrap-plain-15-blank-col-ends-cpi-benbaoxun-jizhe-glued-colon-eight-category-rows-shang-zhang-xia-jiang-shuju-laiyuan');
const FANGDICHAN = f('tzrb21-taizhou-classic-br-plain-11-fangdichan-chengjiao-benbaoxun-jizhe-glued-square-metre-sign-figures-cut-huanbi-tongbi');
const KUAIDI = f('tzrb22-taizhou-classic-br-plain-11-jingji-shuju-kuaidi-head-alone-label-colon-value-rows-wrapping-source-bracket-last');

// At the first run (4 of 14 pages all right, 104 of 131 gold blocks exact in both readers, every page recognised with its
// title and date): on pages whose paragraphs end only where a line falls short, a paragraph whose last line is full ran on
// into the next (…按需购买。 + 价格举报电话：12345, …环比增长8.4%。 + 市住建局…); a note 注：/注释： after a paragraph's
// last sentence was joined to it (嘉兴日报 pre-wrap, 浙江日报 <p>); a paragraph ending in a colon over a table's rows joined
// with the first row (…“五涨三降”： + 食品烟酒　下降0.8%), and the 杭州日报 price rows, one <p> each, joined in pairs; the
// 台州日报 indicator box of label：value rows eleven wide run into one block with its head and source; the issuers of a
// 统计公报 (…统计局　国家统计局…调查队) made a headline (cut in two where their line wraps) or body, the 湖州日报 part head
// 一、农业生产稳定 under the issuer not a heading; a table's title line over its head row (主要金融指标（截至11月末）) made a
// headline.
// Since a note's label after a finished sentence opens a block of its own, a colon over two rows of a table printed as
// text ends its paragraph (lib/reflow/table-notes.ts noteOpens, colonOverRows) and the text's last line, a telephone's
// label and its number alone, stands after a finished sentence (notice-end.ts fieldLastLine), the 菜价, 财政 and CPI
// reports are found: 7 of 14 pages, 112 of 131 blocks. Since a statistical bulletin's issuers first are a byline, wrapped
// or not, and its first part head may stand right under them (lib/reflow/issuers.ts), the two 统计公报 and the 湖州日报
// summary are found: 10 of 14 pages, 116 of 131 blocks.
const OPEN = new Set<string>([
  JINRONG, YOUJIA, FANGDICHAN, KUAIDI,
]);
const FIRST_OPEN = new Set<string>([...OPEN, CAIJIA, CAIZHENG, CPI, ZJ_GONGBAO, NB_GONGBAO, HZ_YUNXING]);
const HEADLINES_OPEN = new Set<string>([JINRONG]);
describeBlindPages('blind67', BLIND67_PAGES, OPEN, new Set(), { headlinesOpen: HEADLINES_OPEN });

describe('the blind67 set', () => {
  it('holds figures-dense pages of ten papers, one or two of each', () => {
    expect(BLIND67_PAGES.length).toBe(14);
    const papers = new Set(BLIND67_PAGES.map((p) => new URL(p.url).hostname));
    expect(papers.size).toBe(10);
    expect(BLIND67_PAGES.every((p) => p.expect.kind === 'article')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND67_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
