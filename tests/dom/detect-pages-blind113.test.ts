// The blind113 pages (tests/fixtures/pages/blind113-*, see blind113-manifest.json): the hard kinds, a third set, on
// fourteen Zhejiang city and county papers, an ordinary week (Monday 10 to Sunday 16 January 2028) — a 读者来信 with the
// editor's reply, a 专栏 with its 编者按, a report with a chart caption and a 数据来源 line, a 人物 profile with a 小档案
// box, a 公告 column of short notices, a 讣告, a 摄影 and a 书法 page with captions and credits, a 组诗 in stanzas, a 短评
// with a pen-name signature, a 法律问答 column, a weather and tide box, a 便民 phone list and a reader's question with a
// department's reply — each in its paper's body shape. Not in the browser suite. Written with their gold before Dubao ran
// on them. Figures per page: npm run -s score:blind -- --set blind113.
import { describe, expect, it } from 'vitest';
import { BLIND113_PAGES, blindGold } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind113-${stem}.html`;
const TZRB = f('tzrb113a-taizhou-classic-br-13-indented-zhuanlan-bianzhean-paragraph-first-square-author-line-xiaobiaoti-unmarked-zeren-bianji-mon');
const NBRB = f('nbrb113a-cnnb-classic-br-blank-15-indented-jingji-benbaoxun-jizhe-tongxunyuan-glued-tubiao-caption-line-shuju-laiyuan-line-unindented-tue');
const JHRB = f('jhrb113a-jhnews-pad-main-title-p-per-print-line-16-indented-renwu-benbao-jizhe-first-quote-xiaodangan-heading-unindented-box-paragraph-last-tue');
const WZRB = f('wzrb113a-wzdaily-pc-prewrap-fukan-shige-square-poet-first-three-numbered-parts-verse-lines-blank-stanzas-one-long-verse-wrapped-author-note-last-thu');
const JXRB = f('jxrb113a-cnjxol-pc-title-date-prewrap-indented-17-duanping-label-first-pinglun-paragraphs-pen-name-signature-bracketed-last-fri');
const XSRB = f('xsrb113a-xsnet-classic-br-14-indented-falv-wenda-intro-paragraph-wen-da-glued-colon-answer-two-paragraphs-gonggao-gongxu-last-zeren-bianji-fri');
const ZSRB = f('zsrb113a-zhoushan-classic-br-plain-15-fuwu-tianqi-jizhe-first-chaoxi-heading-station-rows-tianqi-heading-day-rows-note-bracketed-last-sat');
const YHCB = f('yhcb113a-eyh-classic-br-15-indented-no-blank-minsheng-laixin-duzhe-wen-glued-bumen-huifu-glued-colon-two-paragraphs-zeren-bianji-sun');

// At the first run (4 of 14 pages all right, 100 of 123 gold blocks exact in both readers):
// - three golds are wrong, not the repair: on the 台州日报 专栏, the 萧山日报 法律问答 and the 余杭晨报 reply the gold
//   keeps the 责任编辑：X line as a block of a kind no gold uses ("skip"), where every earlier gold leaves editor lines
//   out; the repair leaves them out, and these pages stay open since golds are not edited after the first run;
// - on the 衢州日报 letter (<p> per print line) the bold 编辑回复 label was given as body, not a heading — passing since the
//   blind136 round (an element of its own in bold, where the page's elements are its print lines, is a bold print line's
//   head: lib/reflow/lines-apart.ts, boldPrintHead);
// - on the 宁波日报 report (<br> print lines with an empty line after each paragraph) the chart caption 图为…, cut over
//   two print lines, lost its second line and the 数据来源： line to the paragraph before the picture;
// - on the 金华日报 profile (<p> per print line, indented) the 人物小档案 label and the box's unindented paragraph were
//   joined to the last paragraph;
// - on the 温州日报 组诗 the part numbers 二 and 三 alone on a line were given as body (一 as a heading), and the one
//   verse longer than the column was left in two;
// - on the 嘉兴日报 短评 (pre-wrap indented) the pen-name signature （禾　言） alone last was glued to the last paragraph;
// - on the 舟山日报 weather box (<br> print lines, the indent lost) a paragraph was cut after a sentence that filled its
//   line and another ending on a full line was run on, and the labels 潮汐预报（…） and 天气预报 were glued to their
//   first rows;
// - on the 义乌商报 phone list (<p> per paragraph) the second bold group label was given as body and a phone row
//   (义乌火车站问询：12306) after the third label as a heading — passing since the blind113 round (a phone row takes a
//   name of up to ten ideographs and a service's short number: lib/reflow/notice-lines.ts).
const OPEN = new Set<string>([TZRB, NBRB, JHRB, WZRB, JXRB, XSRB, ZSRB, YHCB]);
describeBlindPages('blind113', BLIND113_PAGES, OPEN);


describe('the blind113 set', () => {
  it('holds a week of hard kinds on fourteen Zhejiang papers, two a day', () => {
    expect(BLIND113_PAGES.length).toBe(14);
    const hosts = new Set(BLIND113_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND113_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    expect(days.every((d) => days.filter((x) => x === d).length === 2 && d >= '2028-01-10' && d <= '2028-01-16')).toBe(true);
    expect(BLIND113_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });

  it('has captions, bylines and headings among its gold blocks, and three golds with the wrong editor-line block', () => {
    const kinds = BLIND113_PAGES.flatMap((p) => blindGold(p).map((b) => b.kind as string));
    expect(kinds.filter((k) => k === 'caption').length).toBe(8);
    expect(kinds.filter((k) => k === 'heading').length).toBeGreaterThanOrEqual(14);
    expect(kinds.filter((k) => k === 'skip').length).toBe(3);
  });
});
