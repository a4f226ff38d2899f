import { describe, expect, it } from 'vitest';
import { BLIND157_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind157-${stem}.html`;
const ZJRB_MON = f('zjrb157a-zjol-classic-p-per-paragraph-indented-yaowen-benbao-jizhe-tongxunyuan-first-zeren-bianji-jiaodui-banshi-last-mon');
const HBRB_MON = f('hbrb157a-hubeidaily-classic-table-br-14-plain-blank-at-para-ends-yaowen-hubei-ribao-quanmei-jizhe-tongxunyuan-first-caption-credit-line-under-mon');
const QJWB_WED = f('qjwb157a-thehour-classic-tongxun-p-per-print-line-15-indented-shouxi-jizhe-jianxi-jizhe-first-caption-then-credit-line-wed');
const SXRB_WED = f('sxrb157a-shaoxing-pc-sheying-baodao-prewrap-indented-15-wen-tu-byline-first-captions-benbao-jizhe-she-ziliao-tupian-wed');
const JXRB_THU = f('jxrb157a-cnjxol-pc-title-date-gonggao-p-per-paragraph-indented-lianxiren-dianhua-dizhi-youbian-youxiang-rows-unit-date-signature-thu');
const XSRB_FRI = f('xsrb157a-xsnet-classic-bshare-br-14-indented-no-blank-minsheng-rongmeiti-zhongxin-jizhe-tongxunyuan-first-tu-credit-before-caption-fri');
const NBRB_SAT = f('nbrb157a-cnnb-pc-br-17-plain-blank-at-para-ends-ganghang-caption-shijue-zhongguo-gongtu-jizhe-tongxunyuan-bracketed-last-sat');
const TZRB_SUN = f('tzrb157a-taizhou-classic-gonggao-prewrap-indented-16-no-blank-lianxiren-dianhua-youxiang-dizhi-youbian-rows-unit-date-flush-right-sun');

// At the first run (9 of 14 pages all right, 102 of 111 gold blocks exact in both readers), every byline at the head or
// the foot, every editor line, every contact row and every signature is right; the five misses are all photo captions
// and their credits:
// - 湖北日报 要闻 (<br> lines fourteen wide, an empty line after each paragraph): a caption on one line
//   (3月2日，…整地备耕。) with its credit alone on the line under it (湖北日报全媒记者　方　舟　摄): the credit is found as a
//   caption, the caption above it is given as a paragraph.
// - 钱江晚报 通讯 (<p> per print line fifteen wide, indented): a caption whole in one unindented <p> (凌晨，公交驾驶员在发车前
//   检查车辆。) over its credit alone in the next <p> (记者　吴　越　摄) is joined onto the paragraph before it, which
//   ended its sentence at the line's end.
// - 绍兴日报 摄影报道 (pre-wrap fifteen wide, indented): a caption ending in （资料图片） is run on into the caption under it,
//   which ends in its own （本报记者　X　摄）: one caption of two.
// - 萧山日报 民生 (<br> lines fourteen wide, indented): a credit 图/汪　洁 alone on the line before its caption is given
//   as a byline and the caption under it as a paragraph.
// - 宁波日报 经济 (<br> lines seventeen wide, an empty line after each paragraph): a caption ending in 视觉中国供图 is
//   joined onto the paragraph after it.
// The 宁波日报 page passes since the round's rule (an agency's name over 供图 after a caption's sentence, `…。视觉中国供图`,
// is a caption's credit: lib/reflow/classify.ts); 10 of 14 pages, 104 of 111 blocks. The 湖北日报 and 钱江晚报 pages pass
// since a later rule (a whole sentence on a line or element of its own wider than the column, right over a photographer's
// credit alone, is a caption and the credit another: lib/reflow/credit-alone.ts); 12 of 14 pages, 107 of 111 blocks. The
// 绍兴日报 and 萧山日报 misses stay open (said in docs/line-wrap-repair.md).
const OPEN = new Set<string>([SXRB_WED, XSRB_FRI]);
describeBlindPages('blind157', BLIND157_PAGES, OPEN);

describe('the blind157 set', () => {
  it('holds an ordinary week of 2030 on Zhejiang papers and Founder papers of other provinces, two pages a day', () => {
    expect(BLIND157_PAGES.length).toBe(14);
    const hosts = new Set(BLIND157_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.hubeidaily.net', 'epaper.scdaily.cn', 'epaper.shaoxing.com.cn', 'fjrb.fjdaily.com', 'hzdaily.hangzhou.com.cn',
      'jxrb.cnjxol.com', 'paper.dzwww.com', 'qjwb.thehour.cn', 'szb.cnnb.com.cn', 'szb.hz66.com', 'szb.jhnews.com.cn', 'szb.taizhou.com.cn',
      'xsrb.xsnet.cn', 'zjrb.zjol.com.cn']);
    expect([ZJRB_MON, JXRB_THU, TZRB_SUN, NBRB_SAT, HBRB_MON, QJWB_WED, ...OPEN].every((file) => BLIND157_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND157_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-03-04' && d <= '2030-03-10')).toBe(true);
    expect(BLIND157_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
