import { describe, expect, it } from 'vitest';
import { BLIND153_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind153-${stem}.html`;
const HUZHOU = f('huzhou153a-hz66-classic-minsheng-br-plain-15-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cut-after-full-line-sentence-end-mon');
const ZJRB = f('zjrb153a-zjol-classic-yaowen-prewrap-indented-22-blank-at-col-ends-benbao-jizhe-tongxunyuan-first-col-cut-between-xiaobiaoti-and-paragraph-and-col-cut-after-full-line-sentence-end-mon');
const NBRB = f('nbrb153a-cnnb-pc-jingji-br-plain-17-blank-at-col-ends-and-para-ends-jizhe-tongxunyuan-first-col-cut-after-full-line-sentence-end-and-col-cut-inside-quotation-and-col-cut-at-paragraph-end-tue');
const XSRB = f('xsrb153a-xsnet-classic-bshare-shehui-p-per-column-piece-13-indented-jizhe-tongxunyuan-first-one-line-piece-with-comma-before-col-cut-and-one-line-piece-with-comma-before-col-cut-tue');
const QJWB = f('qjwb153a-thehour-classic-wenhua-prewrap-indented-12-blank-at-col-ends-jizhe-first-col-cut-inside-quotation-and-col-cut-inside-quotation-wed');
const FJRB = f('fjrb153a-fjdaily-pc-h1-minsheng-br-plain-18-blank-at-col-ends-and-para-ends-benbao-jizhe-first-col-cut-at-paragraph-end-wed');
const JXRB = f('jxrb153a-cnjxol-pc-jingji-prewrap-indented-17-blank-at-col-ends-benbao-jizhe-first-col-cut-inside-quotation-and-one-line-piece-with-comma-before-col-cut-thu');
const DZRB = f('dzrb153a-dzwww-classic-h1-shehui-br-indented-20-blank-at-col-ends-only-dazhong-ribao-jizhe-first-one-line-piece-with-comma-before-col-cut-and-one-line-piece-with-comma-before-col-cut-thu');
const SCRB = f('scrb153a-scdaily-pc-yaowen-prewrap-indented-11-blank-at-col-ends-chuanbao-guancha-jizhe-first-col-cut-between-xiaobiaoti-and-paragraph-and-col-cut-after-full-line-sentence-end-fri');
const HBRB = f('hbrb153a-hubeidaily-classic-wenhua-br-plain-14-blank-at-col-ends-and-para-ends-quanmei-jizhe-tongxunyuan-first-col-cut-inside-quotation-and-one-line-piece-with-comma-before-col-cut-fri');
const SXRB = f('sxrb153a-shaoxing-pc-minsheng-p-per-column-piece-12-indented-benbao-jizhe-tongxunyuan-first-one-line-piece-with-comma-before-col-cut-and-one-line-quotation-end-after-col-cut-sat');
const HANGZHOU = f('hangzhou153a-hzdaily-article-detail-jingji-prewrap-indented-24-no-blank-jizhe-tongxunyuan-first-full-line-sentence-ends-mid-paragraph-sat');
const XHRB = f('xhrb153a-xhby-classic-shehui-br-plain-16-blank-at-col-ends-and-para-ends-benbao-jizhe-first-col-cut-inside-quotation-sun');
const RMRB = f('rmrb153a-people-pc-yaowen-br-plain-12-blank-at-col-ends-and-para-ends-benbao-jizhe-first-one-line-piece-with-comma-before-col-cut-and-col-cut-inside-quotation-sun');

// At the first run (12 of 14 pages all right, 98 of 100 gold blocks exact in both readers; every pre-wrap indented page,
// every <p> per column piece page and the indented <br> page with one-line pieces all right, and the <br> pages whose column
// cut falls inside a quotation, mid-sentence or at a paragraph end too). The two misses are one shape, the one blind145
// left open: <br> print lines, no indent, one empty line after every paragraph end and every column end alike, and a
// column's empty line after a full line (its 。 hung past the column) ending a sentence inside its paragraph parts it.
// - 湖州日报 民生 (fifteen wide): parted after …提升基层服务能力的一项举措。 / 下一步，将根据群众就诊需求… (1 block).
// - 宁波日报 经济 (seventeen wide): parted after …从这里驶向江西、湖南、新疆等地。 / 港口集团海铁联运负责人说：… (1 block).
// The round kept no rule for them. On the real pages of every set outside the held-back half, a full line ending a sentence
// before such an empty line ends its paragraph 154 times and goes on 14 (these two included); a line hung past its column's
// width is no mark (93 ends, 6 go-ons); the boundary scorer gives the two 0.833 and 0.362 while an end on 福建日报's page
// here scores 0.730, so blind145's bar of 0.85 would have joined neither; and a next step with no subject of its own
// (`下一步，将…`, 湖州日报's) goes on 9 times in the golds but opens blind46's 湖州日报 paragraph after the same
// `…有关负责人介绍，…。`, whose re-printed figures fell under it (docs/line-wrap-repair.md, the set's paragraph).
const OPEN = new Set<string>([HUZHOU, NBRB]);
describeBlindPages('blind153', BLIND153_PAGES, OPEN);

describe('the blind153 set', () => {
  it('holds a week of 要闻, 民生, 经济, 社会 and 文化 articles in the three print shapes, two pages a day', () => {
    expect(BLIND153_PAGES.length).toBe(14);
    const hosts = new Set(BLIND153_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const all = [HUZHOU, ZJRB, NBRB, XSRB, QJWB, FJRB, JXRB, DZRB, SCRB, HBRB, SXRB, HANGZHOU, XHRB, RMRB];
    expect(all.every((file) => BLIND153_PAGES.some((p) => p.file === file))).toBe(true);
    expect(BLIND153_PAGES.filter((p) => p.file.includes('-br-plain-') && p.file.includes('blank-at-col-ends-and-para-ends')).length).toBe(6);
    expect(BLIND153_PAGES.filter((p) => p.file.includes('-prewrap-indented-')).length).toBe(5);
    expect(BLIND153_PAGES.filter((p) => p.file.includes('-p-per-column-piece-') || p.file.includes('-br-indented-')).length).toBe(3);
    const days = BLIND153_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2029-04-16' && d <= '2029-04-22')).toBe(true);
    expect(BLIND153_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
