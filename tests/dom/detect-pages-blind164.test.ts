import { describe, expect, it } from 'vitest';
import { BLIND164_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind164-${stem}.html`;
const RMRB_PC_MON = f('rmrb164a-people-pc-h3-h1-h2-yaowen-br-20-indented-no-blank-benbao-dian-jizhe-glued-b-xiaobiaoti-mon');
const RMRB_PAD_MON = f('rmrb164b-people-pad-intro-main-title-caption-before-body-xinhuashe-dian-jizhe-two-names-glued-p-per-paragraph-indented-mon');
const HBRB_WED = f('hbrb164a-hubeidaily-pad-intro-main-title-caption-before-body-minsheng-quanmei-jizhe-tongxunyuan-first-p-per-print-line-16-indented-hanging-wed');
const SCRB_FRI = f('scrb164a-scdaily-pc-h1-tupian-xinwen-two-captions-before-body-credits-br-plain-15-blank-between-paragraphs-quanmeiti-jizhe-first-fri');
const RMRB_MOBILE_SUN = f('rmrb164c-people-mobile-main-title-jingji-benbao-jizhe-two-names-first-br-18-indented-blank-between-paragraphs-strong-xiaobiaoti-sun');

// At the first run (12 of 14 pages all right, 104 of 106 gold blocks exact in both readers; re-printed br-blank 98.1%,
// p-cut 97.1%, prewrap-indent 100.0%, prewrap-plain 92.9%), two misses:
// - 湖北日报 pad 民生 (<p> per print line sixteen wide, indented): a print line ending in a colon hung past the column
//   (`…80岁的刘爹爹端着餐盘说：`) and the next <p>, unindented, opening the quotation (`“饭菜软和，…`) are cut into two
//   paragraphs: every element is one print line, so no column is measured and the colon reads as an explicit break.
// - 四川日报 图片新闻 (two pictures, each over a centred caption cell, before the body): the first caption, whose credit is
//   set without brackets after an ideographic space (`…抢收青稞。四川日报全媒体记者　何海洋　摄`), is missing from the
//   output; the second, whose credit is bracketed (`（受访者供图）`), is found.
// 湖北日报's page passes since the round's rule (a line ending in a colon that fills the width most of the page's lines
// share, before an unindented element opening a quotation, on a page that indents its paragraphs and measures no column,
// goes on: lib/reflow/colon-quote.ts colonQuoteGoesOn); 13 of 14 pages, 105 of 106 blocks. 四川日报's page passes since
// the extraction reads every box of a run of pictures over their caption cells before the body, not the box right before
// the body alone (lib/extract/leading-pictures.ts leadingPictureRun): the first caption was lost for standing in the
// second box from the body, whatever its credit's form; 14 of 14 pages, 106 of 106 blocks.
const OPEN = new Set<string>([]);
// The first run's open pages.
const FIRST_RUN_OPEN = [HBRB_WED, SCRB_FRI];
describeBlindPages('blind164', BLIND164_PAGES, OPEN);

describe('the blind164 set', () => {
  it('holds an ordinary week of 2030 on the national and provincial papers, two pages a day, in their pc, pad, mobile and classic families', () => {
    expect(BLIND164_PAGES.length).toBe(14);
    const hosts = new Set(BLIND164_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.gmw.cn', 'epaper.hubeidaily.net', 'epaper.jfdaily.com', 'epaper.jxxw.com.cn', 'epaper.scdaily.cn', 'epaper.southcn.com', 'newpaper.dahe.cn', 'paper.ce.cn', 'paper.dzwww.com', 'paper.people.com.cn', 'szb.ahnews.com.cn', 'xh.xhby.net']);
    const families = new Set(BLIND164_PAGES.map((p) => /\/(pc|pad|mobile|html)\//u.exec(new URL(p.url).pathname)?.[1]));
    expect([...families].sort()).toEqual(['html', 'mobile', 'pad', 'pc']);
    expect([RMRB_PC_MON, RMRB_PAD_MON, RMRB_MOBILE_SUN].every((file) => BLIND164_PAGES.some((p) => p.file === file && p.expect.site === 'rmrb'))).toBe(true);
    expect(FIRST_RUN_OPEN.every((file) => BLIND164_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND164_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-09-09' && d <= '2030-09-15')).toBe(true);
    expect(BLIND164_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
