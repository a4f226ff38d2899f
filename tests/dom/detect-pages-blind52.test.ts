// The blind52 pages (tests/fixtures/pages/blind52-*, see blind52-manifest.json): inside pages of Zhejiang county and city
// papers (萧山日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 金华日报, 台州日报, 宁波日报, 衢州日报, 丽水日报, 舟山日报) in the four
// Founder families whose article body is print text, set harder than blind51 — print lines ending in <br> with a blank line
// at paragraph and at column ends, one <p> per column piece, pre-wrapped text indented and plain, a div styled
// white-space:pre — with a bold 编者按 before the body, bylines at a later column's top and credits at the last column's
// foot, 小标题 at a column's top, captions between a paragraph's halves, column cuts right after ……” and after a full line
// ending in ， or ——, a 名单 and a price list as print lines, two 通告s whose closing lines a column cuts, and figures and
// Latin words cut by the line end. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per
// page: npm run -s score:blind -- --set blind52.
import { describe, expect, it } from 'vitest';
import { BLIND52_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind52-${stem}.html`;
const PLAIN13 = f('hzrb11-mobile-prewrap-plain-13-caption-between-halves-full-line-ends-figures-cut');

// At the first run (8 of 13 pages all right, 93 of 109 gold blocks exact in both readers): on the pre-wrap plain page
// thirteen wide, a paragraph ending exactly on a full line (…茶树的长势正好。) was joined to the next (这是溪龙乡…); the
// 名单's five entry lines (五马街道　墨池坊3幢 …), unindented <br> print lines, were joined to each other and to the paragraph
// after them; on the 征兵 通告 the last sentence (欢迎广大适龄青年踊跃报名参军。) was joined to the contact line after it
// (咨询电话：…); the price list's first two entries, parted by a column end, were joined (青菜　每斤2.5元白萝卜…); on the
// pre-wrap plain page twenty-four wide both 小标题 (老手艺有了新标准, 小发糕做成大产业) were joined to the paragraph under them.
// After the round's rule (a contact field after a finished sentence, more closing lines after it, opens the notice's
// closing run): the 征兵 通告 is all right (9 of 13 pages, 95 of 109 blocks). After the second round's rule (rows of a
// table set as print lines, after the colon that announces them, stay apart and end before the prose after them): the
// 名单 and the price list are all right (11 of 13 pages, 103 of 109 blocks). After its second rule (a short line with no
// mark between a finished sentence and prose in unindented pre-wrap text is a subheading after a column end's blank line
// too): the page twenty-four wide is all right (12 of 13 pages, 107 of 109 blocks).
const OPEN = new Set<string>([PLAIN13]);
describeBlindPages('blind52', BLIND52_PAGES, OPEN);

describe('the blind52 set', () => {
  it('holds thirteen article pages of Zhejiang papers whose body is print text, in all four families', () => {
    expect(BLIND52_PAGES.length).toBe(13);
    const hosts = new Set(BLIND52_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['xsrb.xsnet.cn', 'szb.shaoxing.com.cn', 'szb.cnjxol.com', 'szb.huzhoudaily.cn', 'szb.wzrb.com.cn', 'szb.jhnews.com.cn',
      'szb.taizhou.com.cn', 'szb.cnnb.com.cn', 'szb.qz828.com', 'szb.lishui.cn', 'szb.zhoushan.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND52_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND52_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(13);
  });
});
