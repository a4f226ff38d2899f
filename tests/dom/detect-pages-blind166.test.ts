import { describe, expect, it } from 'vitest';
import { BLIND166_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind166-${stem}.html`;
const ZJRB_CLASSIC_MON = f('zjrb166a-zjol-classic-xinwen-fabuhui-faburen-quoted-p-per-column-piece-16-indented-benbaoxun-glued-yibao-yidi-jiuyi-mon');
const WZRB_WED = f('wzrb166a-wzdaily-pc-yiyin-hezuo-fangtan-jizhe-name-colon-turns-prewrap-plain-15-no-blank-intro-wed');
const JXRB_WED = f('jxrb166a-cnjxol-pc-title-date-yijiu-huanxin-butie-zhinan-br-blank-16-plain-jizhe-first-label-heads-alone-amount-table-rows-arrow-flow-line-wed');
const JHRB_THU = f('jhrb166a-jhnews-pad-yidi-jiuyi-wenda-strong-questions-p-with-br-15-indented-jizhe-first-numbered-bold-questions-answer-paragraphs-thu');
const QZRB_FRI = f('qzrb166a-qz828-pad-banshi-liucheng-br-blank-15-plain-intro-label-heads-alone-arrow-flow-lines-cut-over-print-lines-yibao-gongji-fri');
const ZJRB_PAD_SUN = f('zjrb166b-zjol-pad-intro-title-yijiu-huanxin-yitu-dudong-br-blank-16-indented-label-colon-rows-unindented-yi-er-heads-alone-sun');
const NBRB_CLASSIC_SUN = f('nbrb166b-cnnb-classic-founder-title-gaoling-jintie-p-per-print-line-14-plain-jizhe-first-table-of-amounts-rows-biaoti-row-zixun-dianhua-sun');

// At the first run (8 of 14 pages all right, 121 of 142 gold blocks exact in both readers; re-printed br-blank 87.2%,
// p-cut 82.9%, prewrap-indent 95.8%, prewrap-plain 88.2%), six misses:
// - 温州日报 访谈 (pre-wrap fifteen wide, plain): the intro's sentence ending on a line that fills the column
//   (`…等服务。`) is read as its end, the column being measured one wider by the marks hung past it; the intro is cut in two.
// - 嘉兴日报 补贴 guide (<br> lines with empty lines, plain): the label head `参与方式` right after the rows of amounts is
//   given as a body line, not a heading (the head before the rows, `补贴标准`, is found).
// - 金华日报 pad 问答 (<p> per paragraph of <br> lines, indented; questions 1.–5. in <strong>): the five bold questions are
//   given as body, and the fifth, after an answer whose last line fills the column with `。`, is read into that answer.
// - 衢州日报 pad 办事指南 (<br> lines with empty lines, plain): the heads `窗口办理` and `解除绑定` are read into the → flow
//   lines under them across the empty line, and the last flow line into the `办理材料：` row.
// - 浙江日报 pad 一图读懂 (<br> lines with empty lines, indented): the row `补贴标准：…` after the row `适用对象：…消费者。`
//   (whose last line falls just short of the column) is read into it across the empty line, as a column's rest.
// - 宁波日报 classic (<p> per print line fourteen wide, plain): the page is not read as one run of print lines (too few lines
//   fill the column: the rows of amounts are short), and the rows are joined in pairs and the last into the paragraph after.
// After the round's first rule (8 of 14 pages, 122 of 142 blocks): the fifth question opens anew, the number after the
// last item the page set apart (lib/reflow/series-opens.ts nextNumberedOpens); the answer above it is exact, the bold
// questions are still given as body. After its second (9 of 14 pages, 124 of 142 blocks): 浙江日报 pad's `补贴标准：…`, a
// flush labelled row after a row that opened with a label and ended its sentence, opens anew (labelledRowAfterRow).
const OPEN = new Set<string>([WZRB_WED, JXRB_WED, JHRB_THU, QZRB_FRI, NBRB_CLASSIC_SUN]);
// The first run's open pages.
const FIRST_RUN_OPEN = [WZRB_WED, JXRB_WED, JHRB_THU, QZRB_FRI, ZJRB_PAD_SUN, NBRB_CLASSIC_SUN];
describeBlindPages('blind166', BLIND166_PAGES, OPEN);

describe('the blind166 set', () => {
  it('holds an ordinary week of January 2031 on twelve Zhejiang papers, two pages a day, in their pc, pad, mobile and classic families', () => {
    expect(BLIND166_PAGES.length).toBe(14);
    const hosts = new Set(BLIND166_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.shaoxing.com.cn', 'epaper.wzdaily.com.cn', 'hzdaily.hangzhou.com.cn', 'jxrb.cnjxol.com', 'szb.cnnb.com.cn', 'szb.hz66.com', 'szb.jhnews.com.cn', 'szb.lishui.cn', 'szb.qz828.com', 'szb.taizhou.com.cn', 'szb.zhoushan.cn', 'zjrb.zjol.com.cn']);
    const families = new Set(BLIND166_PAGES.map((p) => /\/(pc|pad|mobile|html)\//u.exec(new URL(p.url).pathname)?.[1] ?? (p.url.includes('article_detail') ? 'article_detail' : undefined)));
    expect([...families].sort()).toEqual(['article_detail', 'html', 'mobile', 'pad', 'pc']);
    expect([ZJRB_CLASSIC_MON, ZJRB_PAD_SUN].every((file) => BLIND166_PAGES.some((p) => p.file === file && p.expect.site === 'zjrb'))).toBe(true);
    expect(FIRST_RUN_OPEN.every((file) => BLIND166_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND166_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2031-01-13' && d <= '2031-01-19')).toBe(true);
    expect(BLIND166_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
