// The blind49 pages (tests/fixtures/pages/blind49-*, see blind49-manifest.json): papers outside Zhejiang on second hosts
// (湖北日报 on epaper.hubeidaily.net and epaper.cnhubei.com, 光明日报 on epaper.gmw.cn) and the papers of Dubao's own site
// profiles (人民日报, 浙江日报, 嘉兴日报, 绍兴日报, 湖州日报, 萧山日报, 钱江晚报), in news forms earlier sets took thinly — a 特稿
// under bold numbered 小标题 with a 相关链接 box, a 评论员 article cut by columns right after ……” and mid-sentence, a
// two-part 访谈 with a bold 编者按 and bold questions, a 书评 under a bare name with （作者单位：…） last, a 更正, a 数读 box,
// a 招聘公告 of bold clauses with a table, a 寻人启事 titled only in the comment, a <br> print-line 提醒 whose numbered items
// follow a colon, a 图片报道 with framed captions before the body titled only in the header fonts, a report with a 短评
// box — a pc 版面 page to read as a layout and a 开奖公告 page to leave alone. Not in the browser suite. Written with
// their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind49.
import { describe, expect, it } from 'vitest';
import { BLIND49_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind49-${stem}.html`;
const SHUPING = f('gmrb3-pc-p-fukan-shuping-bare-name-first-quote-cut-zuozhe-danwei-last');
const ZHAOPIN = f('sxrb9-mobile-p-zhaopin-gonggao-bold-numbered-clauses-table-contact-signer-date');
const TIXING = f('xsrb9-xsnet-classic-br-print-lines-13-colon-before-numbered-items');

// At the first run (10 of 13 pages all right, 100 of 102 gold blocks exact in both readers): the 书评's bare name
// (`宋　晓`, alone first with no role) was made a headline; the 招聘公告's `报名地址：…` line after its last paragraph was
// made a headline; the <br> print-line page's title, two phrases parted by an ideographic space, was not found as written.
// Open then: the pages of FIRST_OPEN (blocks and headlines); TIXING (title).
const FIRST_OPEN = new Set<string>([SHUPING, ZHAOPIN]);
// After the round's rules (lib/reflow/lone-name.ts, the address fields of lib/reflow/notice-lines.ts; docs/line-wrap-repair.md) 12 of 13
// pages are right, 102 of 102 blocks, no false headline. Still open: the print-line page's title — Dubao reads a
// title's gaps as one ordinary space, as earlier sets' gold writes such titles (the same as blind42's 人民日报海外版
// title), while this gold keeps the full-width space; the gold and the rule disagree, not decided here. Since blind64's
// rule (a headline of two paired phrases keeps its full-width space, lib/detect/title-space.ts) the title is found as
// written: 13 of 13 pages.
const OPEN = new Set<string>();
const UNORDERED = new Set<string>();
const TITLE_OPEN = new Set<string>();
const HEADLINES_OPEN = new Set<string>();
describeBlindPages('blind49', BLIND49_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind49 set', () => {
  it('holds thirteen pages in the four families, eleven of them articles, one to leave alone and one layout', () => {
    expect(BLIND49_PAGES.length).toBe(13);
    const hosts = new Set(BLIND49_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['epaper.hubeidaily.net', 'epaper.cnhubei.com', 'epaper.gmw.cn', 'paper.people.com.cn', 'zjrb.zjol.com.cn',
      'jxrb.cnjxol.com', 'epaper.shaoxing.com.cn', 'szb.hz66.com', 'xsrb.xsnet.cn', 'qjwb.thehour.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND49_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND49_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
    expect(BLIND49_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND49_PAGES.filter((p) => p.forcedRefused).length).toBe(1);
  });

  it('names as still open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of [...FIRST_OPEN, TIXING]) expect(BLIND49_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
