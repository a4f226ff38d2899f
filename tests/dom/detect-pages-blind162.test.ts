import { describe, expect, it } from 'vitest';
import { BLIND162_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind162-${stem}.html`;
const XSRB_MON = f('xsrb162a-xsnet-classic-bshare-zhengce-wenda-br-15-indented-no-blank-jizhe-tongxunyuan-first-intro-b-wen-lines-alone-da-glued-indented-jiazhuang-dianti-butie-zeren-bianji-mon');
const JXRB_TUE = f('jxrb162a-cnjxol-pc-title-date-rencai-goufang-butie-prewrap-indented-16-jizhe-first-label-heads-alone-amount-table-rows-unindented-zixun-dianhua-tue');
const HZRB_WED = f('hzrb162a-hzdaily-article-detail-yitu-dudong-p-per-paragraph-indented-intro-label-heads-alone-figure-lines-alone-arrow-flow-line-zixun-dianhua-xinjiuye-zhufang-wed');
const TZRB_THU = f('tzrb162a-taizhou-classic-font02-xuesheng-yingyangcan-wenda-br-14-indented-no-blank-benbao-jizhe-first-q-numbered-questions-unindented-a-glued-answers-thu');
const WZRB_THU = f('wzrb162a-wzdaily-pc-guihua-zhaiyao-prewrap-plain-15-no-blank-yi-er-heads-alone-zhibiao-colon-dash-items-yi-er-subheads-alone-tuoyu-fuwu-thu');
const LSRB_FRI = f('lsrb162a-lishui-mobile-banshi-zhinan-p-per-print-line-14-plain-intro-label-colon-rows-shiyong-fanwei-shenqing-tiaojian-banli-cailiao-liucheng-zixun-dianhua-canjiren-butie-fri');
const QZRB_FRI = f('qzrb162a-qz828-pad-tujie-br-blank-15-plain-intro-label-heads-alone-dash-items-amount-rows-arrow-flow-line-jineng-peixun-butie-fri');
const ZSRB_SAT = f('zsrb162a-zhoushan-pad-yumin-yanglao-butie-wenda-p-with-br-15-indented-jizhe-tongxunyuan-first-intro-yi-er-san-questions-unindented-answer-paragraphs-sat');
const AJXW_SAT = f('ajxw162a-ajnews-pc-banfa-zhaiyao-p-per-print-line-15-indented-intro-yi-er-san-heads-alone-yi-er-subheads-alone-numbered-items-unindented-zhuchanye-fuchi-sat');
const NBRB_WED = f('nbrb162a-cnnb-pc-xingui-zhaiyao-p-per-column-piece-16-indented-nine-line-columns-intro-di-x-tiao-paragraphs-diandongche-chongdian-wed');

// At the first run (5 of 14 pages all right, 88 of 129 gold blocks exact in both readers), the misses:
// - 萧山日报 政策问答 (<br> lines fifteen wide, indented, no empty line): each 问： line, set bold and flush on a line of
//   its own, is joined onto the paragraph before it (the intro, then each 答： paragraph): an unindented line after a
//   finished sentence is read as the rest of a paragraph on a page whose indentation marks paragraphs.
// - 嘉兴日报 补贴 guide (pre-wrap sixteen wide, indented): the amount rows under the head 补贴标准 (博士研究生　　　　30万元 …),
//   no colon before them, are joined two by two.
// - 杭州日报 一图读懂 (<p> per paragraph): the short labelled lines and figures, each a flush <p> of its own
//   (配租保障性租赁住房, 每人每月1000元 …) and the → flow line are given as headings.
// - 台州日报 问答 (<br> lines fourteen wide, indented): as 萧山日报's, each flush Q1：/Q2：/Q3： question (the third cut
//   over two print lines) is joined onto the paragraph before it.
// - 温州日报 规划 (pre-wrap fifteen wide, neither indentation nor empty lines): the heads 一、/二、 come out as body, the
//   —— indicators are joined into the intro ending in a colon, the subheads （一）/（二） are joined with their paragraphs.
// - 丽水日报 办事指南 (<p> per print line fourteen wide, plain): the intro, ending short of its column in 。, is joined
//   with the 适用范围： row under it.
// - 衢州日报 图解 (<br> lines fifteen wide, empty lines, plain): the head 补贴对象 is joined with the first —— item, and
//   the → flow line, cut over three print lines, is given as three headings.
// - 舟山日报 问答 (pad): every block exact, but the title 渔民养老保险缴费补贴提高　三问三答 is given with its
//   full-width space made an ordinary one.
// - 安吉新闻 办法 (<p> per print line fifteen wide, indented): the intro is cut after a full line ending in 。
//   (…有效期三年。 / 主要内容如下。), and the first print lines of two indented paragraphs under heads are given as
//   headings (对竹加工企业实际设备投资额, 符合条件的申报主体于每年9), the rest as body.
// 萧山日报's passes since the round's rule (a flush labelled question, 问：/Q1：, ending in ？ on its line or one of the next
// two, over its indented answer or an answer's label, after a finished sentence on a page whose indentation marks
// paragraphs, is a turn of its own: lib/reflow/qa-turns.ts qaQuestionOpens): 6 of 14 pages, 99 of 129 blocks. 台州日报's
// questions now stand apart too, but as body: its gold gives the numbered Q1：–Q3： as headings, and no rule was made
// for that kind (the only Q-numbered questions in the golds are this page's).
const OPEN = new Set<string>([JXRB_TUE, HZRB_WED, TZRB_THU, WZRB_THU, LSRB_FRI, QZRB_FRI, AJXW_SAT]);
/** The first run's open pages (blocks or title). */
const FIRST_RUN_OPEN = [XSRB_MON, JXRB_TUE, HZRB_WED, TZRB_THU, WZRB_THU, LSRB_FRI, QZRB_FRI, ZSRB_SAT, AJXW_SAT];
const TITLE_OPEN = new Set<string>([ZSRB_SAT]);
const HEADLINES_OPEN = new Set<string>([HZRB_WED, QZRB_FRI, AJXW_SAT]);
describeBlindPages('blind162', BLIND162_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind162 set', () => {
  it('holds an ordinary week of policy pages on Zhejiang city and county papers, two pages a day, in every body shape', () => {
    expect(BLIND162_PAGES.length).toBe(14);
    const hosts = new Set(BLIND162_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(FIRST_RUN_OPEN.length).toBe(9);
    expect([...FIRST_RUN_OPEN, NBRB_WED].every((file) => BLIND162_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND162_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-06-17' && d <= '2030-06-23')).toBe(true);
    expect(BLIND162_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
    const shapes = ['-br-', '-br-blank-', '-p-per-print-line-', '-prewrap-indented-', '-prewrap-plain-', '-p-per-paragraph-', '-p-per-column-piece-', '-p-with-br-'];
    for (const s of shapes) expect(BLIND162_PAGES.some((p) => p.file.includes(s))).toBe(true);
  });
});
