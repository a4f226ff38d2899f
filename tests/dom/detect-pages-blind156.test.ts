import { describe, expect, it } from 'vitest';
import { BLIND156_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind156-${stem}.html`;
const WZRB = f('wzrb156a-wzdaily-pc-minsheng-br-plain-16-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cut-after-full-line-sentence-end-mid-paragraph-and-para-end-on-full-line-mon');
const NTRB = f('ntrb156a-ntrb-classic-yaowen-prewrap-indented-20-blank-at-col-ends-benbao-jizhe-tongxunyuan-first-col-cut-after-full-line-sentence-end-and-col-cut-between-xiaobiaoti-and-paragraph-mon');
const JHRB = f('jhrb156a-jhnews-pad-jingji-p-per-column-piece-14-indented-jizhe-first-one-line-piece-with-comma-before-col-cut-and-one-line-piece-with-yiyuan-figure-after-col-cut-tue');
const NBWB = f('nbwb156a-cnnb-classic-shehui-br-plain-18-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-two-columns-col-cut-after-full-line-sentence-end-mid-paragraph-tue');
const WHRB = f('whrb156a-wuhunews-pc-jiaoyu-prewrap-indented-16-blank-at-col-ends-jizhe-first-col-cut-inside-quotation-and-col-cut-after-colon-wed');
const TZRB = f('tzrb156a-taizhou-classic-font02-wenhua-br-plain-13-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cut-after-full-line-sentence-end-mid-paragraph-and-para-end-on-full-line-wed');
const QZRB = f('qzrb156a-qz828-pad-shehui-br-indented-15-blank-at-col-ends-only-jizhe-tongxunyuan-first-one-line-piece-with-dash-before-col-cut-and-one-line-quotation-end-after-col-cut-thu');
const TZRB_JS = f('tzrb156b-tzrb-mobile-jingji-prewrap-indented-22-blank-at-col-ends-benbao-jizhe-tongxunyuan-first-col-cut-after-ellipsis-quote-and-col-cut-after-full-line-sentence-end-thu');
const LSRB = f('lsrb156a-lishui-pad-yaowen-br-plain-20-blank-at-col-ends-and-para-ends-jizhe-first-long-col-cuts-after-full-line-sentence-ends-mid-paragraph-and-col-cut-inside-quotation-fri');
const ZSRB = f('zsrb156a-zhoushan-mobile-minsheng-prewrap-indented-14-blank-at-col-ends-jizhe-tongxunyuan-first-col-cut-between-xiaobiaoti-and-paragraph-and-col-cut-after-colon-fri');
const CZRB = f('czrb156a-cz001-pc-shehui-p-per-column-piece-16-indented-jizhe-tongxunyuan-first-one-line-piece-with-percent-figure-after-col-cut-and-one-line-piece-with-comma-before-col-cut-sat');
const JJRB = f('jjrb156a-jjrb-classic-font02-jiaoyu-br-plain-12-blank-at-col-ends-and-para-ends-rongmei-jizhe-first-two-columns-col-cut-after-full-line-sentence-end-mid-paragraph-and-para-end-on-full-line-sat');
const SRRB = f('srrb156a-srxww-pad-wenhua-prewrap-indented-18-blank-at-col-ends-rongmei-jizhe-tongxunyuan-first-col-cut-inside-quotation-and-col-cut-after-ellipsis-quote-sun');
const XCRB = f('xcrb156a-xcrb-classic-font02-minsheng-p-per-column-piece-13-indented-quanmeiti-jizhe-first-one-line-quotation-end-after-col-cut-and-one-line-piece-with-dash-before-col-cut-sun');

// At the first run (9 of 14 pages all right, 88 of 94 gold blocks exact in both readers; every pre-wrap indented page, every
// <p> per column piece page and the indented <br> page with one-line pieces all right). The five misses are all one shape,
// the one blind145 and blind153 left open: <br> print lines, no indent, one empty line after every paragraph end and every
// column end alike, and a column's empty line after a full line (its 。 hung past the column) ending a sentence inside its
// paragraph parts the paragraph there:
// - 温州日报 民生 (sixteen wide): parted after …她当天去面试了。 / 目前，她已在一家物流企业… (1 block).
// - 宁波晚报 社会 (eighteen wide): parted after …最终于去年年底实现全体住户签字同意。 / 电梯建设总费用约68万元，… (1 block).
// - 台州日报 文化 (thirteen wide): parted after …店里晚上的营业额已经比白天还高。 / 一到周末，她要准备… (1 block).
// - 丽水日报 要闻 (twenty wide): parted after …调节服务类的生态产品。 / 去年，全市生态产品政府采购金额… and after
//   …自动化菌棒生产线。 / 他算了一笔账，… (2 blocks); its cut inside a quotation (…大家的腰包也鼓了。 / 村民在家门口…”) is right.
// - 九江日报 教育 (twelve wide): parted after …五年级学生小周高兴地说。 / 今年，他们的作品还获得了… (1 block).
const OPEN = new Set<string>([WZRB, NBWB, TZRB, LSRB, JJRB]);
describeBlindPages('blind156', BLIND156_PAGES, OPEN);

describe('the blind156 set', () => {
  it('holds a week of 要闻, 民生, 经济, 社会, 教育 and 文化 articles in the three print shapes, two pages a day', () => {
    expect(BLIND156_PAGES.length).toBe(14);
    const hosts = new Set(BLIND156_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const all = [WZRB, NTRB, JHRB, NBWB, WHRB, TZRB, QZRB, TZRB_JS, LSRB, ZSRB, CZRB, JJRB, SRRB, XCRB];
    expect(all.every((file) => BLIND156_PAGES.some((p) => p.file === file))).toBe(true);
    expect(BLIND156_PAGES.filter((p) => p.file.includes('-br-plain-') && p.file.includes('blank-at-col-ends-and-para-ends')).length).toBe(5);
    expect(BLIND156_PAGES.filter((p) => p.file.includes('-prewrap-indented-')).length).toBe(5);
    expect(BLIND156_PAGES.filter((p) => p.file.includes('-p-per-column-piece-') || p.file.includes('-br-indented-')).length).toBe(4);
    const days = BLIND156_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-05-13' && d <= '2030-05-19')).toBe(true);
    expect(BLIND156_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
