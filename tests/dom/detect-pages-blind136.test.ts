import { describe, expect, it } from 'vitest';
import { BLIND136_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind136-${stem}.html`;
const QJWB = f('qjwb136a-thehour-classic-p-per-print-line-15-indented-fukan-suibi-square-author-first-dialogue-dated-place-line-right-aligned-p-last-thu');
const WZRB = f('wzrb136a-wzdaily-pc-prewrap-16-fukan-shi-two-poems-titles-alone-square-poet-first-blank-stanzas-one-long-verse-wrapped-zuozhe-xi-last-fri');
const SCRB = f('scrb136a-scdaily-pc-p-per-column-piece-14-glued-indented-kuaiping-name-right-aligned-p-last-sun');

// At the first run (7 of 14 pages all right, 98 of 114 gold blocks exact in both readers):
// - 宁波日报 时评 (<br> print lines fifteen wide, indented, an empty line between paragraphs): the signature 陈　言 set flush
//   right by twelve full-width spaces on its own line at the end was made a 小标题 (a false headline), not a byline. Passes
//   since the round's rule (a padded name, indented as print sets it flush right, is the signature when it is the body's
//   last line: lib/reflow/lone-name.ts, isTrailingName).
// - 嘉兴日报 散文 (pre-wrap, indented, seventeen wide): the dated place line 2028年2月于嘉兴, set flush right by full-width
//   spaces at the end, was given as body, not as a byline. Passes since the round's rule (a dated place line under the last
//   paragraph is the piece's credit: lib/reflow/lone-name.ts, isDatedPlaceLine).
// - 钱江晚报 随笔 (<p> per print line, indented, fifteen wide): a paragraph was parted after a line one short of the column
//   that ends in ：, its opening “ carried to the next line as print does (我给室友看，室友笑着问：|“你妈怎么不打电话？”);
//   the dated place line 2028年3月于杭州 in a right-aligned <p> was made a 小标题 (a false headline) — a byline since the
//   round's rule (isDatedPlaceLine); the parted paragraph stays open: a line one short of its column ending in ： is as
//   often a paragraph's end before a quotation set apart, and the carried “ is the only sign.
// - 温州日报 诗 (pre-wrap, sixteen wide, two poems): the two poems' titles alone between empty lines were given as body, not
//   as headings; the last stanza, whose third verse is longer than the column and wraps, was joined into one paragraph.
// - 衢州日报 读者来信 (<p> per print line, indented, fifteen wide): 编者的话 in <b> alone before the reply was given as body,
//   not as a heading. Passes since the round's rule (an element of its own in bold, where the page's elements are its print
//   lines, is a head as a bold print line is: lib/reflow/lines-apart.ts, boldPrintHead).
// - 大众日报 时评 (<br> print lines sixteen wide, indented, no empty line): the name 孙明远 alone (three characters, no
//   spacing) and （作者单位：山东农业大学） on the next line were joined onto the last paragraph's short last line. Passes
//   since the round's rule (an unspaced three-character name signs when an author's note follows it: isTrailingName).
// - 四川日报 快评 (<p> per column piece of seven print lines fourteen wide, paragraphs glued inside a piece with 　　): the
//   three paragraphs glued inside the first pieces were given as one.
// After the round: 11 of 14 pages all right, 105 of 114 gold blocks exact in both readers.
// 钱江晚报's page passes since blind164's round (a line ending in a colon that fills the width most of the page's lines
// share, one short counted, before an unindented element opening a quotation, on a page that indents its paragraphs and
// measures no column, goes on: lib/reflow/colon-quote.ts colonQuoteGoesOn): 12 of 14 pages, 106 of 114 blocks.
const OPEN = new Set<string>([WZRB, SCRB]);
describeBlindPages('blind136', BLIND136_PAGES, OPEN);

describe('the blind136 set', () => {
  it('holds a week of 副刊, 评论 and 理论 pages on Zhejiang and other provinces\' papers, two pages a day', () => {
    expect(BLIND136_PAGES.length).toBe(14);
    const hosts = new Set(BLIND136_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(hosts.has('epaper.scdaily.cn') && hosts.has('paper.dzwww.com')).toBe(true);
    expect(BLIND136_PAGES.some((p) => p.file === QJWB)).toBe(true);
    const days = BLIND136_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-03-20' && d <= '2028-03-26')).toBe(true);
    expect(BLIND136_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
});
