// The blind54 pages (tests/fixtures/pages/blind54-*, see blind54-manifest.json): odd markup as real e-paper pages have it,
// in the four Founder families, Zhejiang papers (萧山日报, 浙江日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 台州日报, 宁波日报,
// 衢州日报, 丽水日报, 舟山日报) and two of other provinces (江西日报, 安徽日报) — indentation by &nbsp; runs, 　　, &#12288; and
// text-indent, mixed within a page; <font> pieces splitting a paragraph and bold lead-ins; <br/><br/> and a stray <br>
// inside a <p>; empty <p>s and <p>&nbsp;</p>; text directly in <div>s and a <td>; a <table> layout inside founder-content;
// <script>, <style>, comments and <noscript> inside the body; pictures in tables with the caption in the next row;
// entities; half-width punctuation after Chinese; upper-case tags with unquoted attributes; a malformed enpproperty
// comment; the title repeated as the body's first paragraph — and a layout with an image map and an error page on an
// article URL to leave alone. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per
// page: npm run -s score:blind -- --set blind54.
import { describe, expect, it } from 'vitest';
import { BLIND54_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind54-${stem}.html`;
const SCRIPTS = f('jxrb-jxxw-pc-script-style-comment-noscript-inside-founder-content');

// At the first run (10 of 14 pages all right, 63 of 71 gold blocks exact in both readers): on the page that mixes its
// indentation, the paragraph indented by a text-indent style and no spaces (“过去老师傅要半夜起来看缸…) was joined to the
// paragraph before it, whose column cut (…车间的大屏 / 上，一旦温度异常…) was rightly joined; the 湖州日报 mobile/ page
// whose paragraphs stand in <div>s and a <td> gave every block in order, recognised as a Founder family's article (site
// founder, as a known host's page in a family its profile does not list is read) where the manifest says huzhou; the
// 江西日报 page gave nothing and was not recognised: the note at the file's head holds a literal --> that ends it early,
// and the rest of the note, read as page text, opens a <noscript> that (as a browser with scripts on reads it) holds the
// whole page as raw text, so no founder-content is left to read; the title repeated as the body's first paragraph
// (嵊泗列岛迎来“冬季海钓季”) was kept as a headline.
// After the round's rules (a block whose inline style indents its first line opens a paragraph; the headline repeated
// as the body's first element, bold and shown above the body, is left out): the mixed-indentation page and the page
// repeating its title are all right (12 of 14 pages, 65 of 71 blocks).
const OPEN = new Set<string>([SCRIPTS]);
// Since a known host's page read by a Founder family's template carries its host's paper's site id (lib/detect/index.ts;
// a product decision: the golds of blind54, blind82 and blind85 expect it, those of blind40, blind45 and blind46 the
// generic id; the reader sees the paper's name either way, and the paper's highlights and words now share one id)
// the 湖州日报 mobile/ page is recognised as the manifest says (13 of 14 pages).
const TITLE_OPEN = new Set<string>([SCRIPTS]);
describeBlindPages('blind54', BLIND54_PAGES, OPEN, new Set<string>(), { titleOpen: TITLE_OPEN });

describe('the blind54 set', () => {
  it('holds fourteen pages of odd markup in all four families, twelve articles and two pages to leave alone', () => {
    expect(BLIND54_PAGES.length).toBe(14);
    const hosts = new Set(BLIND54_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['xsrb.xsnet.cn', 'zjrb.zjol.com.cn', 'epaper.shaoxing.com.cn', 'jxrb.cnjxol.com', 'szb.hz66.com', 'szb.wzrb.com.cn',
      'szb.taizhou.com.cn', 'szb.cnnb.com.cn', 'szb.qz828.com', 'szb.lishui.cn', 'szb.zhoushan.cn', 'epaper.jxxw.com.cn', 'szb.ahnews.com.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND54_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND54_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(12);
    expect(BLIND54_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND54_PAGES.filter((p) => p.forcedRefused === true).length).toBe(1);
  });
});
