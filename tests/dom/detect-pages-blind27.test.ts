// The blind27 pages (tests/fixtures/pages/blind27-*, see blind27-manifest.json): 浙江 city and county papers on hosts
// no earlier set used, in ordinary news — 会议 reports, 民生 stories, 经济 news of figures and percentages, court and
// police news, 通讯 features under sub-headings, 短讯 columns of short items under bold titles — cut where the print
// columns ended (mid-sentence, mid-number, right after an opening quote or bracket, right before a closing 。”) in
// each markup family (<br> print lines with empty lines, <p> per column, pre-wrap indented, plain unindented <p>), and
// three pages to leave alone (a front door's redirect, a share page of a QR code, a layout with 导读 summaries). Not in
// the browser suite. Written with their gold before any rule was changed for them. Figures per page: npm run
// score:blind -- --set blind27.
import { describe, expect, it } from 'vitest';
import { BLIND27_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind27', BLIND27_PAGES);

describe('the blind27 set', () => {
  it('holds sixteen pages of sixteen hosts, thirteen articles, a layout and two pages the forced start must refuse', () => {
    expect(BLIND27_PAGES.length).toBe(16);
    expect(new Set(BLIND27_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(16);
    expect(BLIND27_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(13);
    expect(BLIND27_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND27_PAGES.filter((p) => !p.expect.recognized && p.forcedRefused).length).toBe(2);
  });
});
