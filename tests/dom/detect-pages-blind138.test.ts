import { describe, expect, it } from 'vitest';
import { BLIND138_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind138-${stem}.html`;
const ZJRB_MON = f('zjrb138a-zjol-classic-p-per-column-piece-16-indented-yaowen-benbao-jizhe-tongxunyuan-first-strong-xiaobiaoti-zeren-bianji-mon');
const XSRB_MON = f('xsrb138a-xsnet-classic-bshare-br-14-indented-no-blank-minsheng-jizhe-tongxunyuan-first-caption-between-paragraphs-wrapped-mon');
const QJWB_TUE = f('qjwb138a-thehour-classic-p-per-print-line-15-indented-chengjian-jizhe-first-b-xiaobiaoti-caption-between-wrapped-tue');
const HZRB_WED = f('hzrb138a-hzdaily-article-detail-p-per-print-line-16-indented-shequ-jizhe-tongxunyuan-first-caption-whole-between-zeren-bianji-wed');
const XSRB_SAT = f('xsrb138a-xsnet-classic-bshare-br-14-indented-no-blank-chengjian-jizhe-tongxunyuan-first-square-marked-xiaobiaoti-caption-between-wrapped-sat');
const JXRB_SAT = f('jxrb138a-cnjxol-pc-title-date-prewrap-indented-17-wenlv-jizhe-tongxunyuan-first-caption-between-wrapped-sat');

// At the first run (10 of 14 pages all right, 100 of 109 gold blocks exact in both readers), the four misses are one
// shape: a photo caption between two indented paragraphs, unindented and cut by the line end over two print lines, its
// credit on the second, where the paragraph before it ended its last sentence at a print line's end. The caption's first
// print line is joined onto that paragraph and only the line holding the credit is given as the caption:
// - 萧山日报 民生 (<br> print lines fourteen wide, indented): 居民们在“共享厨房”里一起包 / 馄饨。（记者　来　斌　摄）.
// - 钱江晚报 城建 (<p> per print line fifteen wide, indented): 改造后的地铁站出口，新建了风雨 / 连廊。（记者　吴　越　摄）;
//   the <b> 小标题 一站一方案 under it is joined onto the paragraph too (the caption's line is set after it).
// - 萧山日报 城建 (<br> print lines fourteen wide, indented, ■ 小标题): 市民在湘湖东岸的慢行绿道上骑 / 行。（记者　汪　洁　摄）.
// - 嘉兴日报 文旅 (pre-wrap seventeen wide, indented): 老粮仓改造成的乡村书房。（记者　 / 徐　晴　摄）, the credit cut
//   inside the name.
// (杭州日报's caption, whole in one <p>, is found.)
// All four pass since the round's rule (a caption cut over print lines of its own under a finished sentence, on a page
// that indents its paragraphs, is one caption: lib/reflow/credit-captions.ts captionCutAfterSentence); 14 of 14 pages,
// 109 of 109 blocks.
const OPEN = new Set<string>([]);
// The first run's open pages, all passing now.
const FIRST_RUN_OPEN = [XSRB_MON, QJWB_TUE, XSRB_SAT, JXRB_SAT];
describeBlindPages('blind138', BLIND138_PAGES, OPEN);

describe('the blind138 set', () => {
  it('holds an ordinary week on the Zhejiang papers, two pages a day, each paper in its own templates', () => {
    expect(BLIND138_PAGES.length).toBe(14);
    const hosts = new Set(BLIND138_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.shaoxing.com.cn', 'hzdaily.hangzhou.com.cn', 'jxrb.cnjxol.com', 'mdaily.hangzhou.com.cn', 'nhwb.cnjxol.com', 'qjwb.thehour.cn', 'szb.hz66.com', 'xsrb.xsnet.cn', 'zjrb.zjol.com.cn']);
    expect(BLIND138_PAGES.some((p) => p.file === ZJRB_MON) && BLIND138_PAGES.some((p) => p.file === HZRB_WED)).toBe(true);
    expect(FIRST_RUN_OPEN.every((file) => BLIND138_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND138_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-11-20' && d <= '2028-11-26')).toBe(true);
    expect(BLIND138_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
