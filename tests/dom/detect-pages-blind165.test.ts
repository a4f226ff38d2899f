import { describe, expect, it } from 'vitest';
import { BLIND165_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind165-${stem}.html`;
const XSRB_MON = f('xsrb165a-xsnet-classic-bshare-yaowen-br-14-indented-no-blank-jizhe-tongxunyuan-first-mon');
const YHCB_MON = f('yhcb165a-eyh-pc-h1-minsheng-benbaoxun-jizhe-tongxunyuan-glued-p-per-column-piece-15-two-cuts-indented-mon');
const SYRB_TUE = f('syrb165a-shangyu-pc-h1-wenlv-jizhe-tongxunyuan-first-br-plain-15-blank-between-paragraphs-col-cut-blank-inside-paragraph-tue');
const ZHUJI_WED = f('zhuji165a-zhuji-mobile-main-title-shequ-rongmei-jizhe-tongxunyuan-first-prewrap-indented-16-blank-at-col-ends-two-cuts-inside-paragraphs-wed');
const YWSB_WED = f('ywsb165a-ywshangbao-classic-font02-jingji-jizhe-first-p-per-paragraph-indented-picture-caption-jizhe-she-same-p-wed');
const WLRB_THU = f('wlrb165a-wlnews-pc-h1-yaowen-jizhe-tongxunyuan-first-p-per-paragraph-indented-three-strong-xiaobiaoti-thu');
const YQRB_FRI = f('yqrb165a-yqnews-classic-bshare-jingji-jizhe-first-p-per-column-piece-14-two-cuts-indented-fri');
const TXRB_SUN = f('txrb165a-txnews-classic-bshare-minsheng-jizhe-tongxunyuan-first-br-15-indented-blank-at-col-ends-two-cuts-inside-paragraphs-sun');

// At the first run, 14 of 14 pages all right, 95 of 95 gold blocks exact in both readers (re-printed br-blank 99.4%,
// p-cut 99.0%, prewrap-indent 100.0%, prewrap-plain 95.8%): no page is open.
const OPEN = new Set<string>([]);
// The pages with a print column cut inside a paragraph.
const COLUMN_CUTS = [YHCB_MON, SYRB_TUE, ZHUJI_WED, YQRB_FRI, TXRB_SUN];
describeBlindPages('blind165', BLIND165_PAGES, OPEN);

describe('the blind165 set', () => {
  it('holds an ordinary week of January 2031 on Zhejiang county papers, two pages a day, in their classic, pc, pad and mobile families', () => {
    expect(BLIND165_PAGES.length).toBe(14);
    const hosts = new Set(BLIND165_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.cxnews.net', 'epaper.hnnews.cn', 'epaper.ruian.cn', 'epaper.shangyu.com.cn', 'epaper.txnews.com.cn', 'epaper.wlnews.cn', 'epaper.yqnews.com.cn', 'epaper.ywshangbao.cn', 'epaper.zhuji.gov.cn', 'szb.dyrmt.cn', 'szb.kqrmt.cn', 'szb.ykrmt.cn', 'xsrb.xsnet.cn', 'yhcb.eyh.cn']);
    const families = new Set(BLIND165_PAGES.map((p) => /\/(pc|pad|mobile|html)\//u.exec(new URL(p.url).pathname)?.[1]));
    expect([...families].sort()).toEqual(['html', 'mobile', 'pad', 'pc']);
    expect(BLIND165_PAGES.filter((p) => p.expect.site === 'xsrb').map((p) => p.file)).toEqual([XSRB_MON]);
    expect(BLIND165_PAGES.filter((p) => p.expect.site !== 'xsrb').every((p) => p.expect.site === 'founder')).toBe(true);
    expect([...COLUMN_CUTS, YWSB_WED, WLRB_THU].every((file) => BLIND165_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND165_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2031-01-06' && d <= '2031-01-12')).toBe(true);
    expect(BLIND165_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
