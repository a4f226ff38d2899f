// The blind59 pages (tests/fixtures/pages/blind59-*, see blind59-manifest.json): print text without indentation, the
// shape Dubao reads worst — the papers Dubao names (萧山日报, 浙江日报, 钱江晚报, 嘉兴日报, 绍兴日报, 湖州日报, 杭州日报) and
// other Zhejiang city papers (宁波日报, 温州日报, 金华日报, 台州日报, 丽水日报, 衢州日报) in their own templates, their bodies
// print lines 11 to 26 wide in <br> and pre-wrap, with nothing at paragraph ends or a blank line only at column ends:
// 消息, 会议报道, 人物通讯, 答记者问, 评论, numbered 小标题, a 图片新闻, a 名单 and a 简讯 page. Not in the browser suite.
// Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind59.
import { describe, expect, it } from 'vitest';
import { BLIND59_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind59-${stem}.html`;
const GONGJIAO = f('xsrb16-xsnet-classic-br-plain-14-no-blank-byline-first-xiaoxi-one-two-sentence-paragraphs-zeren-bianji');
const DUKOU = f('qjwb5-thehour-classic-br-plain-16-renwu-tongxun-quoted-sentence-paragraphs-ta-shuo-closings-quote-over-three-paragraphs');
const WUFEI = f('hzrb16-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-numbered-xiaobiaoti-yi-er-san-jizhe-first');

// At the first run (4 of 13 pages all right, 70 of 112 gold blocks exact in both readers): paragraphs ending on a full
// line were joined to the next (萧山日报: …46个村社。 / 微循环线路…, …缩短至10分钟。 / 此前，…; 钱江晚报: …发动了渡船。 /
// 这是他…; 湖州日报: …30万吨。 / 企业负责人说…, …环保砖。 / 目前，…; 丽水日报: …相关负责人说。 / 此外，…); the unmarked
// numbered 小标题 (一、从源头减量, （一）支持企业吸纳就业) were given as body; on 金华日报 a blank line at a column end
// mid-sentence parted a paragraph (…按每人 / 1500元…); on 衢州日报, a blank line at column ends, the 小标题 were joined to
// the paragraphs under them and a paragraph ending on a short line to the next; the 图片新闻's captions were parted from
// their credits, the second read as body; the 名单's rows were joined to each other and to the paragraphs around them;
// the 简讯 items' titles among the lines were joined into the items, one item read as a caption.
// After the round's first rule (a numbered line with no mark in its head, well short of its column, between a finished
// sentence and a full line of prose, is a subheading): the 湖州日报 and 金华日报 pages' heads are right (76 of 112 blocks).
// After the second (a paragraph's opening turn, 此前，/此外，/另外，/与此同时，, after a sentence ended on a full line):
// the 丽水日报 page is all right (5 of 13 pages, 80 of 112 blocks). After the third (a 简讯 item's title inside a run of
// print lines, under the item above's full stop or credit bracket, over 本报讯): the 简讯 page is all right (6 of 13, 85).
// After the fourth (a list announced by 如下 and a bracketed note before the colon; its rows, print lines of their own,
// apart): the 名单 page is all right (7 of 13, 95). After a line short of its column because the next run of figures
// did not fit (lib/reflow/word-fit.ts: …按每人 / 1500元…, fifteen wide) goes on: the 金华日报 page is all right (8 of 13, 96).
// After a photographer's credit on a print line of its own under its caption's words ends that caption (lines-apart.ts
// creditUnderCaption; a line under a picture over such a credit is a caption): the 图片新闻 is all right (9 of 13, 98).
// After a run of more than five lines whose short lines outvote its full line is measured by its neighbours
// (columns.ts shortLinesVoted): the 衢州日报 page's first column is right, 10 of its 12 blocks (9 of 13, 102); the page
// stays open for its quoted 小标题 at a column end (`“只要村民需要，我就在”`), joined to the paragraph under it.
// The 衢州日报 page (qzrb16-qz828-pad-intro-title-br-plain-20-blank-col-ends-renwu-two-xiaobiaoti-quote-over-two-paragraphs)
// passes since blind143's round (a 小标题 that is one quotation in a run of plain print lines: lib/reflow/quoted-run-head.ts):
// 10 of 13 pages, 104 of 112 blocks.
const OPEN = new Set<string>([GONGJIAO, DUKOU, WUFEI]);
describeBlindPages('blind59', BLIND59_PAGES, OPEN);

describe('the blind59 set', () => {
  it('holds thirteen articles of Zhejiang papers as print lines without indentation, in <br> and pre-wrap, 11 to 26 wide', () => {
    expect(BLIND59_PAGES.length).toBe(13);
    const hosts = new Set(BLIND59_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['xsrb.xsnet.cn', 'zjrb.zjol.com.cn', 'qjwb.thehour.cn', 'jxrb.cnjxol.com', 'epaper.shaoxing.com.cn',
      'szb.hz66.com', 'hzdaily.hangzhou.com.cn', 'szb.cnnb.com.cn', 'szb.wzrb.com.cn', 'szb.jhnews.com.cn',
      'szb.taizhou.com.cn', 'szb.lishui.cn', 'szb.qz828.com']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND59_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND59_PAGES.every((p) => p.expect.kind === 'article')).toBe(true);
    expect(BLIND59_PAGES.filter((p) => p.file.includes('-prewrap-plain-')).length).toBe(7);
    expect(BLIND59_PAGES.filter((p) => p.file.includes('-br-plain-')).length).toBe(6);
  });
});
