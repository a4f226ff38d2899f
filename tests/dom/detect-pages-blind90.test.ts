// The blind90 pages (tests/fixtures/pages/blind90-*, see blind90-manifest.json): a third set of picture pages — 图片新闻
// whose caption is the article, 组图 with numbered captions over two print lines, a 摄影 feature with a short text under
// each picture, a 视觉 page with a lead and three captions, 航拍 and 延时 pictures, a caption printed between the two halves
// of a cut paragraph — as ten Zhejiang papers print them (萧山日报, 浙江日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报,
// 湖州日报, 金华日报, 台州日报), each in its paper's own template and body shape: captions in table#newspic, in div.attachment,
// before <founder-content> in the pad template, in the <p> of their <img> and in print lines (<br>, <p> per print line,
// pre-wrap indented and plain); credits in every form (记者 X 摄, 通讯员 X 摄, 新华社发, 图片由…提供, （…摄）, 本版图片由…提供).
// Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind90.
import { describe, expect, it } from 'vitest';
import { BLIND90_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind90-${stem}.html`;
const YEJING = f('xsrb58-xsnet-classic-yanshi-tupian-no-newspic-caption-is-article-br-14-unindented-two-paragraphs-tongxunyuan-she-alone-last-xianghu-yejing');
const NANHU = f('jxrb57-cnjxol-pc-title-date-prewrap-indented-17-yanshi-caption-first-over-two-lines-bracket-jizhe-she-then-benbaoxun-benban-bianji-nanhu');
const WUPENG = f('sxrb57-shaoxing-pc-article-title-sheying-feature-p-per-paragraph-byline-wen-tongxunyuan-she-first-lead-three-photos-text-under-each-credit-spaced-wupeng-chuan');
const LANTING = f('sxrb58-shaoxing-pc-article-title-prewrap-plain-15-tupian-xinwen-caption-is-article-two-paragraphs-jizhe-she-alone-last-lanting-shufa');
const TANGYUAN = f('nbrb57-classic-p-font02-zutu-jizhe-first-p-per-print-line-16-indented-body-then-numbered-captions-tu-1-2-over-two-lines-benzu-tupian-jizhe-she-tangyuan');
const OUJIANG = f('wzrb57-wzdaily-pc-prewrap-indented-16-hangpai-benbaoxun-body-then-caption-last-unindented-over-two-lines-wurenji-zhaopian-jizhe-she-benban-zebian-oujiang');
const BAICHA = f('hzrb58-hz66-classic-bshare-newspic-caption-xinhuashe-fa-spaced-before-ozoom-br-15-unindented-benbaoxun-jizhe-glued-anji-baicha');

// At the first run (7 of 14 pages all right, 42 of 52 gold blocks exact in both readers, every page recognised with its
// title and date): where the picture's text is the article, printed in print lines over a credit alone last (萧山日报
// <br> 14 unindented, 绍兴日报 pre-wrap plain 15), its first print line (2月3日傍晚，夕阳西下，湘湖 / 2月4日，柯桥区兰亭
// 街道里木栅) was given as a caption of its own and the rest as body; a caption over two print lines cut after a comma
// (嘉兴日报 pre-wrap indented 17, the caption first: …花灯次第亮起， given as body, 游人徜徉其间。（延时摄影　记者　X　摄）
// as a caption) or inside its bracket (温州日报 pre-wrap indented 16, last: …大桥（无人 given as body, 机照片）。　记者　X　摄 as
// a caption) was cut at the print line; the 绍兴日报 摄影 feature's short texts under its three pictures were given as body;
// on the 宁波日报 <p> per print line page a print line ending in a full stop that runs past the column (元宵将近，宁波汤圆
// 进入销售旺季。) ended its paragraph; on the 湖州日报 page in <br> print lines unindented the paragraph ending in a full
// stop on the longest line of the column (…春茶采摘做准备。) was joined to the next.
// Since a print line of text and a credit goes on the caption whose words the line end cut above it
// (lib/reflow/credit-captions.ts captionCutAbove) the 嘉兴日报 and 温州日报 pages are all right (9 of 14 pages, 44 of 52);
// since a photo page's last run of three pictures or more, one short element under each, gives each its caption
// (lib/reflow/photo-run.ts inPhotoRun) the 摄影 feature is all right too (10 of 14, 47 of 52). The article printed as
// its picture's text in print lines (first print line given as a caption: the shape is in no other set's gold), the
// 宁波日报 full-stop line past its column and the 湖州日报 full-stop line the longest of its column are left open.
const OPEN = new Set<string>([YEJING, LANTING, TANGYUAN, BAICHA]);
const FIRST_OPEN = new Set<string>([YEJING, NANHU, WUPENG, LANTING, TANGYUAN, OUJIANG, BAICHA]);
describeBlindPages('blind90', BLIND90_PAGES, OPEN);

describe('the blind90 set', () => {
  it('holds picture pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND90_PAGES.length).toBe(14);
    const hosts = new Set(BLIND90_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND90_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-02-05')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND90_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
