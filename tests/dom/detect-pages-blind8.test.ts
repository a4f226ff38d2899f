// The blind8 pages (tests/fixtures/pages/blind8-*, see blind8-manifest.json): 浙江 county papers
// (诸暨, 瑞安, 乐清, 东阳, 海宁, 平湖, 德清, 安吉, 建德, 淳安, 义乌) in shapes the other sets lack: an
// 编者按 before the body under a title block with its 引题 and 副题, a 短评 box inside the body, two
// articles on one page (the URL names the second), a front-page article in <br> print lines jumping
// to another page mid-sentence, a 图表 page with its figures as text, a reader's letter, a live
// report with a time at the head of every paragraph, an obituary pre-wrapped, full-width digits
// and Latin (ＧＤＰ, ２０２４年), court notices with case numbers, and 上一篇/下一篇 links inside the
// body's container — written with their gold before any rule was changed for them. Figures per
// page: npm run score:blind.
import { describe, expect, it } from 'vitest';
import { BLIND8_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

/** Pages with a miss still open (see docs/line-wrap-repair.md). */
const OPEN = new Set<string>([]);

describeBlindPages('blind8', BLIND8_PAGES, OPEN);

describe('the blind8 set', () => {
  it('holds Founder articles of eleven hosts', () => {
    expect(BLIND8_PAGES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(BLIND8_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(BLIND8_PAGES.length);
  });
});
