import { describe, expect, it } from 'vitest';
import { BLIND133_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind133-${stem}.html`;
const XSRB = f('xsrb133a-xsnet-classic-bshare-br-14-indented-jingji-benbaoxun-jizhe-glued-shuju-box-plain-head-alone-four-figure-rows-shuju-laiyuan-last-mon');
const JXRB = f('jxrb133a-cnjxol-pc-jianxun-p-per-column-piece-6-17-indented-four-items-square-mark-glued-credit-cut-by-column-mon');
const SXRB = f('sxrb133a-shaoxing-pc-jingtou-prewrap-plain-15-three-bracket-head-captions-credit-bracketed-glued-wed');
const ZSRB = f('zsrb133a-zhoushan-mobile-fuwu-prewrap-indented-15-bianmin-dianhua-head-alone-four-rows-banshi-zhinan-head-alone-yi-er-san-steps-unindented-wed');
const TZRB = f('tzrb133a-taizhou-classic-br-13-indented-no-blank-tianqi-benbaoxun-jizhe-glued-three-forecast-rows-chuxing-tishi-head-alone-two-dot-rows-wrapping-thu');
const WZRB = f('wzrb133a-wzdaily-pc-prewrap-indented-16-jiaotong-benbao-jizhe-first-chuxing-tishi-head-alone-three-numbered-rows-unindented-fri');
const QZRB = f('qzrb133a-qz828-pad-xianqu-kuaixun-p-per-column-piece-5-15-indented-three-bracket-county-heads-glued-credit-cut-by-column-sat');

// At the first run (7 of 14 pages all right, 54 of 76 gold blocks exact in both readers):
// - 萧山日报 数据 box (<br> lines fourteen wide, indented): the box's label with no mark (数读前三季度) is given as body, not as
//   a head, and the three figure rows that fill the column (规上工业营业收入　3126.8亿元, …) run together into one block.
// - 嘉兴日报 简讯 (<p> per column piece, indented): an item's credit (（通讯员　张建华）) that the column end cut from its item,
//   alone in a <p> of its own, is made a byline instead of the item's end. Passes since the round's first rule (a credit the
//   column end cut from an item opening with a mark or its place in 【】 closes the item: lib/reflow/cut-credit.ts).
// - 绍兴日报 镜头 (pre-wrap, plain, fifteen wide): of three captions opening with 【…】 and ending with a bracketed photo credit,
//   the last line of the first (画卷。（记者　袁　云　摄）) is made a caption of its own and the second caption joined onto the
//   first's text; the credits of the second and third are parted from their captions; no caption is whole.
// - 舟山日报 服务 box (pre-wrap, indented, fifteen wide): the heads alone (便民电话, 办事指南) are joined onto the row under them
//   or the row above them, the 办事指南 box's indented lead with them.
// - 台州日报 天气 (<br> lines thirteen wide, indented, no empty line): the 出行提示 head alone and the two ●-marked rows under it
//   run together into one block.
//   Passes since a marked print line opens an item after a head alone or a finished sentence and the head over marked rows
//   is a heading (lib/reflow/join-rule.ts, lib/reflow/marked-lines.ts headOverMarkedRows): 10 of 14 pages, 59 of 76 blocks.
// - 温州日报 出行提示 (pre-wrap, indented, sixteen wide): the 出行提示 head alone and the three rows numbered 1. 2. 3. are joined
//   onto the paragraph before.
//   Passes since the head over a box's rows counts numbered rows too and stands apart from the sentence before it and the item
//   under it (lib/reflow/marked-lines.ts headOverMarkedRows, lib/reflow/join-rule.ts): 11 of 14 pages, 64 of 76 blocks.
// - 衢州日报 县区快讯 (<p> per column piece, indented): as the 嘉兴日报 page, a credit cut from its item (（记者　毛一鸣）) is a byline.
//   Passes since the same rule; 9 of 14 pages, 56 of 76 blocks.
const OPEN = new Set<string>([XSRB, SXRB, ZSRB]);
describeBlindPages('blind133', BLIND133_PAGES, OPEN, new Set());

describe('the blind133 set', () => {
  it('holds a week of the hard kinds on Zhejiang city and county papers, two pages a day', () => {
    expect(BLIND133_PAGES.length).toBe(14);
    const hosts = new Set(BLIND133_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND133_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-10-16' && d <= '2028-10-22')).toBe(true);
    expect(BLIND133_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
    // Two columns in <p> per column piece whose credit a column end cut from its item.
    const names = BLIND133_PAGES.map((p) => p.file);
    expect(names.includes(JXRB) && names.includes(QZRB)).toBe(true);
    // A 天气 report whose 出行提示 head stands alone over ●-marked rows in <br> lines.
    expect(names.includes(TZRB)).toBe(true);
    // A 出行提示 head alone over rows numbered 1. 2. 3. in indented pre-wrap text.
    expect(names.includes(WZRB)).toBe(true);
  });
});
