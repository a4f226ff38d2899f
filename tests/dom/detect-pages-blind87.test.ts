// The blind87 pages (tests/fixtures/pages/blind87-*, see blind87-manifest.json): ordinary news articles of ten Zhejiang
// papers (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its paper's
// own template and body shape, with the odd markup real e-paper HTML carries: <font>/<span style> wrappers per print line
// or across lines and paragraphs; indents of &nbsp;&nbsp;&nbsp;&nbsp;, 　　 or &#12288; (mixed on one page); a <div> per
// print line; <p></p> and <p>&nbsp;</p> spacers between paragraphs and between a cut paragraph's pieces; <br> inside <p>;
// <strong>/<b> 小标题 in the body; HTML comments and a stray <center> in the text; full-width and ASCII spaces inside
// lines; a layout table around the body; uppercase tags; entities; CRLF line ends. Not in the browser suite. Written with
// their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind87.
import { describe, expect, it } from 'vitest';
import { BLIND87_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right in both readers (14 of 14 pages, 65 of 65 gold blocks exact, every page
// recognised with its title and date): no page is recorded as expected to fail.
describeBlindPages('blind87', BLIND87_PAGES);

describe('the blind87 set', () => {
  it('holds ordinary articles of ten Zhejiang papers, all of one day', () => {
    expect(BLIND87_PAGES.length).toBe(14);
    const hosts = new Set(BLIND87_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND87_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-02-03')).toBe(true);
  });
});
