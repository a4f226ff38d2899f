// The blind86 pages (tests/fixtures/pages/blind86-*, see blind86-manifest.json): a second set of 副刊 pages as ten
// Zhejiang papers print them (萧山日报 湘湖, 浙江日报 钱塘江, 嘉兴日报 烟雨楼, 绍兴日报 兰亭, 杭州日报 西湖副刊, 宁波日报 四明山,
// 温州日报 池上楼, 湖州日报 苕溪, 金华日报 婺江, 台州日报 巾子山), each in its paper's own template and body shape — 散文 with
// the 小标题 一 二 三 alone, a 小小说, two 诗歌 pages of three poems each with its title and poet, a 随笔, a 书评 with the
// book's card, two 文史 pieces, a 学生作文, a 读者来信 and two 名家专栏 pieces with the author's short bio last. Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind86.
import { describe, expect, it } from 'vitest';
import { BLIND86_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind86-${stem}.html`;
const MAN = f('zjrb61-classic-p-per-paragraph-mingjia-zhuanlan-pretitle-column-name-square-author-first-quote-one-sentence-paragraph-zuozhe-jianjie-last');
const SHUPING = f('jxrb62-cnjxol-pc-title-date-prewrap-indented-17-shuping-author-alone-first-book-card-shuming-zuozhe-chuban-dingjia-rows-unindented-benban-bianji');
const LAOWU = f('sxrb62-shaoxing-pc-article-title-pre-title-sanwen-prewrap-plain-15-square-author-first-numbered-xiaobiaoti-yi-er-san-alone-short-paragraphs');
const CHASI = f('wzrb61-wzdaily-pc-prewrap-indented-16-mingjia-zhuanlan-pretitle-column-name-author-alone-first-zhuzhici-quoted-zuozhe-jianjie-two-lines-last-benban-zebian');
const JIAOZI = f('jhrb61-jhnews-mobile-prewrap-plain-15-blank-col-ends-wujiang-xuesheng-zuowen-school-class-pupil-first-zhidao-laoshi-bracketed-last');
const SANTI = f('tzrb61-taizhou-classic-br-plain-11-shige-three-poems-title-alone-square-poet-alone-verse-lines-long-line-wrapping-blank-stanza-zeren-bianji');

// At the first run (7 of 14 pages all right, 115 of 145 gold blocks exact in both readers): the 小标题 一 二 三 alone on
// their lines were given as body and glued to the line before or after them (xsrb61 in <br> print lines indented, sxrb62
// in pre-wrap plain, where the author □ X was glued to them too); the author's short bio last (作者简介：…, 【作者简介】…
// over two lines) was glued to the last paragraph (zjrb61, wzrb61); the author's name alone first, unindented, over an
// indented body, was made a headline (钟　晴 over the book's card, 金　瓯 over the column); the book card's 作者：X row was
// given as a byline; the pupil's school line first was glued to the first paragraph and （指导老师：X） last given as
// body; on the 诗歌 page in <br> print lines eleven wide the second and third poems' titles and poets were given as body
// and a verse line longer than the column was left in two.
// After the round's rules (7 of 14 pages, 121 of 145 blocks): the poets' bylines and the titles over them are right, the
// padded name over the 名家专栏 is its byline and the pupil's school line (楼X) a byline; still open on those pages: the
// verse line wrapped onto a second print line, the bio glued, the first paragraph ending on a full line, （指导老师：X）.
// Since the blind107 round's part-number rule (lib/reflow/part-numerals.ts) the numbers 一 二 三 alone are headings: the
// 萧山日报 散文 in <br> print lines is all right (8 of 14 pages, 132 of 145 blocks); on the 绍兴日报 散文 in pre-wrap plain
// the page rose from 3 to 9 of 12 blocks, open on the rest.
const OPEN = new Set<string>([MAN, SHUPING, LAOWU, CHASI, JIAOZI, SANTI]);
const HEADLINES_OPEN = new Set<string>([SHUPING]);
describeBlindPages('blind86', BLIND86_PAGES, OPEN, new Set(), { headlinesOpen: HEADLINES_OPEN });

describe('the blind86 set', () => {
  it('holds 副刊 pages of ten papers in their own templates, one or two of each', () => {
    expect(BLIND86_PAGES.length).toBe(14);
    const hosts = BLIND86_PAGES.map((p) => new URL(p.url).hostname);
    const count = (h: string): number => hosts.filter((x) => x === h).length;
    expect(count('xsrb.xsnet.cn')).toBe(2);
    expect(count('zjrb.zjol.com.cn')).toBe(2);
    expect(count('jxrb.cnjxol.com')).toBe(2);
    expect(count('epaper.shaoxing.com.cn')).toBe(2);
    expect(new Set(hosts).size).toBe(10);
    expect(BLIND86_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-20')).toBe(true);
  });
});
