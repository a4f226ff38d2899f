import { describe, expect, it } from 'vitest';
import { BLIND158_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind158-${stem}.html`;
const ZJRB_MON = f('zjrb158a-zjol-classic-yaowen-pretitle-subtitle-p-per-column-piece-16-indented-eighteen-line-columns-benbao-jizhe-tongxunyuan-first-strong-xiaobiaoti-zeren-bianji-mon');
const HUZHOU_THU = f('huzhou158a-hz66-classic-font02-wenlv-yinti-futi-enpproperty-br-blank-16-indented-benbao-jizhe-tongxunyuan-first-thu');
const NBRB_THU = f('nbrb158a-cnnb-pc-jingji-p-per-print-line-16-plain-nothing-at-paragraph-ends-jizhe-tongxunyuan-first-thu');
const JHRB_SAT = f('jhrb158a-jhnews-pad-wenlv-intro-title-caption-before-founder-content-p-per-print-line-15-indented-jizhe-tongxunyuan-first-sat');

// At the first run (13 of 14 pages all right, 112 of 112 gold blocks exact in both readers), the one miss is a title:
// - 湖州日报 文旅 (classic table template): the 引题 春季乡村游持续升温 stands in td.font01 above the title cell td.font02,
//   which holds the title in <founder-title> (the enpproperty comment names the same title). The 湖州日报 profile asks
//   td.font01 before td.font02, so the 引题 is given as the title. Its blocks are all exact.
// It passes since the round's rule (of a classic template's title cells, the one holding <founder-title> is the title
// where the profile's first cell holds none: lib/detect/index.ts titleElement); 14 of 14 pages, 112 of 112 blocks.
const OPEN = new Set<string>([]);
const TITLE_OPEN = new Set<string>([]);
// The first run's open title, passing now.
const FIRST_RUN_TITLE_OPEN = [HUZHOU_THU];
describeBlindPages('blind158', BLIND158_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind158 set', () => {
  it('holds an ordinary week in March 2030 on the Zhejiang papers, two pages a day, each paper in its own templates', () => {
    expect(BLIND158_PAGES.length).toBe(14);
    const hosts = new Set(BLIND158_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.shaoxing.com.cn', 'epaper.wzdaily.com.cn', 'hzdaily.hangzhou.com.cn', 'jxrb.cnjxol.com', 'mdaily.hangzhou.com.cn', 'nhwb.cnjxol.com', 'qjwb.thehour.cn', 'szb.cnnb.com.cn', 'szb.hz66.com', 'szb.jhnews.com.cn', 'szb.taizhou.com.cn', 'xsrb.xsnet.cn', 'zjrb.zjol.com.cn']);
    expect([ZJRB_MON, NBRB_THU, JHRB_SAT, ...FIRST_RUN_TITLE_OPEN].every((file) => BLIND158_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND158_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-03-11' && d <= '2030-03-17')).toBe(true);
    expect(BLIND158_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
    // Every Founder family the papers publish: classic html/, pc/ and pad/ article paths.
    const families = new Set(BLIND158_PAGES.map((p) => /\/(html|pc|pad|mobile)\//u.exec(p.url)?.[1] ?? 'own'));
    expect([...families].sort()).toEqual(['html', 'own', 'pad', 'pc']);
  });
});
