import { describe, expect, it } from 'vitest';
import { BLIND145_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind145-${stem}.html`;
const ZJRB = f('zjrb145a-zjol-classic-yaowen-prewrap-indented-22-no-blank-benbao-jizhe-tongxunyuan-first-full-line-sentence-end-mid-paragraph-mon');
const HBRB = f('hbrb145a-hubeidaily-classic-yaowen-br-plain-14-blank-at-col-ends-and-para-ends-quanmei-jizhe-tongxunyuan-first-col-cuts-after-full-line-sentence-ends-mid-paragraph-mon');
const XSRB = f('xsrb145a-xsnet-classic-bshare-minsheng-p-per-column-piece-13-indented-jizhe-tongxunyuan-first-one-line-pieces-at-col-ends-tue');
const SCRB = f('scrb145a-scdaily-pc-jingji-prewrap-indented-11-blank-at-col-ends-chuanbao-guancha-jizhe-first-col-cuts-after-full-line-sentence-ends-mid-paragraph-tue');
const HUZHOU = f('huzhou145a-hz66-classic-minsheng-br-plain-16-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cuts-after-full-line-sentence-end-mid-paragraph-and-at-paragraph-end-wed');
const DZRB = f('dzrb145a-dzwww-classic-h1-jingji-br-indented-20-blank-at-col-ends-only-dazhong-ribao-jizhe-first-one-line-pieces-after-col-cuts-wed');
const JXRB = f('jxrb145a-cnjxol-pc-jingji-prewrap-indented-17-no-blank-benbao-jizhe-first-full-line-sentence-ends-mid-paragraph-thu');
const RMRB = f('rmrb145a-people-pc-jingji-br-plain-12-blank-at-col-ends-and-para-ends-benbao-jizhe-first-dianxun-glued-col-cuts-after-quote-end-mid-paragraph-and-at-paragraph-end-thu');
const SXRB = f('sxrb145a-shaoxing-pc-minsheng-p-per-column-piece-12-indented-benbao-jizhe-tongxunyuan-first-one-line-pieces-at-col-ends-fri');
const QJWB = f('qjwb145a-thehour-classic-minsheng-prewrap-indented-12-blank-at-col-ends-jizhe-tongxunyuan-first-col-cuts-after-full-line-sentence-ends-mid-paragraph-fri');
const NBRB = f('nbrb145a-cnnb-pc-minsheng-br-plain-17-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cuts-after-full-line-sentence-end-mid-paragraph-and-at-paragraph-end-sat');
const FJRB = f('fjrb145a-fjdaily-pc-h1-minsheng-br-plain-19-blank-at-col-ends-and-para-ends-benbao-jizhe-first-one-line-paragraph-start-before-col-cut-sat');
const HANGZHOU = f('hangzhou145a-hzdaily-yaowen-prewrap-indented-24-no-blank-jizhe-tongxunyuan-first-full-line-sentence-ends-mid-paragraph-sun');
const XHRB = f('xhrb145a-xhby-classic-minsheng-br-plain-17-blank-at-col-ends-and-para-ends-benbao-jizhe-first-col-cuts-after-ellipsis-quote-and-full-line-quote-mid-paragraph-sun');

// At the first run (9 of 14 pages all right, 105 of 112 gold blocks exact in both readers; every pre-wrap indented page,
// both <p> per column piece pages and both <br> pages with one-line pieces all right). The five misses are one shape:
// <br> print lines, no indent, where one empty line follows every paragraph end and every column end alike; a column's
// empty line that falls after a full line ending a sentence or a quotation inside a paragraph parts the paragraph.
// - 湖北日报 要闻 (fourteen wide): parted after …方整的“百亩田”。 and after …指导农户科学种田。 (2 blocks).
// - 湖州日报 民生 (sixteen wide): parted after …等服务一应俱全。 (1 block).
// - 人民日报 经济 (twelve wide): parted after …“跟着赛事去旅行” (a quotation closing inside its sentence; 1 block).
//   All right since the round's first rule: the line, three quotation marks in it, measures a character and a half short of
//   its column only for them (lib/reflow/join-rule.ts, 'blank-short' with `fullWithQuotes`).
// - 宁波日报 民生 (seventeen wide): parted after …政策“免申即享”。 (1 block).
// - 新华日报 民生 (seventeen wide): parted after …后面就顺了……” and after “改造只是第一步，长效管理才是关键。” (2 blocks).
// A second round kept no rule for them: on the real pages of every set outside the held-back half, the boundary scorer
// gives the 8 such sentence ends that go on 0.211–0.951 and the 41 that end up to 0.844, so no bar parts them, and the four
// pages' column heights (17/25, 10/24, 18/16, 24/15 lines) repeat no count (docs/line-wrap-repair.md, the set's paragraph).
const OPEN = new Set<string>([HBRB, HUZHOU, NBRB, XHRB]);
describeBlindPages('blind145', BLIND145_PAGES, OPEN);

describe('the blind145 set', () => {
  it('holds a week of ordinary 要闻, 民生 and 经济 articles: five <br> pages with empty lines at paragraph and column ends, five pre-wrap indented, four with one-line column pieces, two pages a day', () => {
    expect(BLIND145_PAGES.length).toBe(14);
    const hosts = new Set(BLIND145_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const all = [ZJRB, HBRB, XSRB, SCRB, HUZHOU, DZRB, JXRB, RMRB, SXRB, QJWB, NBRB, FJRB, HANGZHOU, XHRB];
    expect(all.every((file) => BLIND145_PAGES.some((p) => p.file === file))).toBe(true);
    expect(BLIND145_PAGES.filter((p) => p.file.includes('-br-plain-') && p.file.includes('blank-at-col-ends-and-para-ends')).length).toBe(6);
    expect(BLIND145_PAGES.filter((p) => p.file.includes('-prewrap-indented-')).length).toBe(5);
    expect(BLIND145_PAGES.filter((p) => p.file.includes('-p-per-column-piece-')).length).toBe(2);
    const days = BLIND145_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-08-14' && d <= '2028-08-20')).toBe(true);
    expect(BLIND145_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
});
