// The blind99 pages (tests/fixtures/pages/blind99-*, see blind99-manifest.json): news portal and government article
// pages that are no e-paper, read by "Use Dubao on this page" in layouts the earlier portal sets did not use — 浙江在线,
// 杭州网's <br><br> paragraphs under an h2 with a comment box, 中国蓝新闻 under a video placeholder, 潮新闻's <article>,
// 新华网, 人民网's 浙江频道 with its print-source line, 央视网 with bold 小标题, 中国新闻网's picture table, 光明网's
// Founder CMS commentary, two county 融媒体 reprints (<br> print lines, <p> per column piece), a county government's
// pre-wrap reprint, a city's 政策解读 and a city's 通知 in a layout table. Not in the browser suite. Written with their
// gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind99.
import { describe, expect, it } from 'vitest';
import { BLIND99_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind99-${stem}.html`;
const HUZHOU = f('huzhou-gov-tongzhi-layout-table-td-title-td-zoom-addressee-numbered-items-in-paragraphs-signature-date-right-cijian-gongkai-fabu');

// At the first run (11 of 14 pages all right, 83 of 83 gold blocks exact in both readers): where the text stands bare in
// its <div> (<br> lines, pre-wrap) the body taken was the whole article column: on 杭州网's page its h2 title, the
// time/来源 line and the comment box (网友评论 as a headline) came with the text; on 新昌新闻网's reprint the title <div>
// and the 发布时间/来源/作者 line (as a headline); on 德清's pre-wrap reprint neither the h2 title nor the 发布日期 date
// was found, and the title, the 信息来源/发布日期 line and 【打印】【关闭】 (the title and the last as headlines) came with
// the text; on 湖州's 通知 the publishing mark （此件公开发布） after the date came as a paragraph. The first three are
// mended (lib/detect/densest.ts takes the one box of lines that holds most of the column's text, lib/detect/shown-title.ts
// reads a title block holding one heading; tests/unit/reflow-blind99.test.ts). Left open: 湖州's （此件公开发布）, which the
// gold leaves out but blind4's and blind50's golds keep as a paragraph.
const UNORDERED = new Set<string>([HUZHOU]);
describeBlindPages('blind99', BLIND99_PAGES, new Set(), UNORDERED);

describe('the blind99 set', () => {
  it('holds fourteen portal and government article pages on fourteen hosts, none of them an e-paper', () => {
    expect(BLIND99_PAGES.length).toBe(14);
    expect(new Set(BLIND99_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(14);
    expect(BLIND99_PAGES.every((p) => !p.expect.recognized && p.forced !== undefined)).toBe(true);
  });
});
