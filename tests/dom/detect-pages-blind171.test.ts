import { describe, expect, it } from 'vitest';
import { BLIND171_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind171-${stem}.html`;
const TZRB_SAT = f('tzrb171a-taizhou-classic-jingji-quanmeiti-jizhe-tongxunyuan-first-br-plain-13-two-xiaobiaoti-alone-sat');
const HUZHOU_FRI = f('huzhou171a-hz66-classic-bshare-xinhuashe-reprint-dian-jizhe-two-names-glued-prewrap-plain-20-blank-col-ends-fri');
const QZRB_PAD_SAT = f('qzrb171a-qz828-pad-intro-main-title-wenlv-caption-before-founder-content-jizhe-she-jizhe-first-p-per-print-line-20-indented-hanging-sat');

// At the first run (13 of 14 pages all right, 95 of 98 gold blocks exact in both readers; re-printed br-blank 97.7%,
// p-cut 97.3%, prewrap-indent 100.0%, prewrap-plain 92.4%), one miss:
// - 台州日报 经济 (<br> print lines thirteen wide, unindented, no empty line, two 小标题 alone on their lines): the first
//   小标题, twelve wide (`新能源汽车模具成新增长点`), is run into the paragraph after it, and the second, eleven wide
//   (`数字化改造提升交付能力`), stands alone but as body: a 小标题 one or two short of a narrow column, with no closing mark,
//   reads as a print line of the paragraph.
// 台州日报's page passes since the round's rule (in a column fourteen wide or narrower, a line of Han characters alone a
// whole character or more short of it, after a finished sentence and over a full line of prose that opens with no figure,
// opening mark or character and its mark, is a 小标题: lib/reflow/lines-apart.ts narrowColumnHead); 14 of 14 pages, 98 of
// 98 blocks.
const OPEN = new Set<string>([]);
// The first run's open pages.
const FIRST_RUN_OPEN = [TZRB_SAT];
describeBlindPages('blind171', BLIND171_PAGES, OPEN);

describe('the blind171 set', () => {
  it("holds a reader's week of February 2031 on the Zhejiang papers, two pages a day, in their classic, pc, pad and mobile families", () => {
    expect(BLIND171_PAGES.length).toBe(14);
    const hosts = new Set(BLIND171_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.shaoxing.com.cn', 'epaper.wzdaily.com.cn', 'hzdaily.hangzhou.com.cn', 'jxrb.cnjxol.com', 'mdaily.hangzhou.com.cn', 'qjwb.thehour.cn', 'szb.cnnb.com.cn', 'szb.hz66.com', 'szb.jhnews.com.cn', 'szb.lishui.cn', 'szb.qz828.com', 'szb.taizhou.com.cn', 'szb.zhoushan.cn', 'zjrb.zjol.com.cn']);
    const families = new Set(BLIND171_PAGES.map((p) => /\/(pc|pad|mobile|html|hzrb|dskb)\//u.exec(new URL(p.url).pathname)?.[1]));
    expect([...families].sort()).toEqual(['dskb', 'html', 'hzrb', 'mobile', 'pad', 'pc']);
    expect([HUZHOU_FRI, QZRB_PAD_SAT].every((file) => BLIND171_PAGES.some((p) => p.file === file))).toBe(true);
    expect(FIRST_RUN_OPEN.every((file) => BLIND171_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND171_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2031-02-17' && d <= '2031-02-23')).toBe(true);
    expect(BLIND171_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
