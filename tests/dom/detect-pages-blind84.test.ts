// The blind84 pages (tests/fixtures/pages/blind84-*, see blind84-manifest.json): a second set of picture pages — 图片新闻,
// 组图, a 摄影 feature, a 视觉 page with a lead and an 航拍 picture — as ten Zhejiang papers print them (萧山日报, 浙江日报,
// 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its paper's own template and body
// shape: captions in table#newspic, in div.attachment, in the pad template before <founder-content>, in <p> next to <img>
// and in print lines (<br>, <p> per print line, pre-wrap indented and plain); credits glued, spaced, alone, in brackets,
// 新华社发 and 图片由…提供; 图① numbered captions; captions over two print lines; a caption glued to the next paragraph.
// Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind84.
import { describe, expect, it } from 'vitest';
import { BLIND84_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind84-${stem}.html`;
const CHANGHONG = f('jxrb51-cnjxol-pc-title-date-prewrap-indented-17-tupian-xinwen-benbaoxun-body-then-caption-over-two-print-lines-jizhe-she-last-changhong-qiao');
const HUANGJIU = f('sxrb51-shaoxing-pc-article-title-prewrap-plain-15-zutu-benbaoxun-body-then-numbered-captions-tu-1-2-over-two-lines-benzu-tupian-credit-huangjiu');
const YEXING = f('sxrb52-shaoxing-pc-article-title-p-sheying-feature-wen-she-byline-first-lead-then-three-photos-text-under-each-yexingzhe');
const CHUNLIAN = f('nbrb51-classic-p-font02-tupian-img-td-above-body-jizhe-tongxunyuan-first-p-per-print-line-16-indented-tuwei-caption-over-two-lines-jizhe-she-chunlian');
const YOUCAIHUA = f('wzrb51-wzdaily-pc-prewrap-indented-16-tupian-xinwen-caption-first-unindented-over-two-lines-tongxunyuan-she-then-benbaoxun-youcaihua-benban-zebian');
const YANXUE = f('jhrb51-pad-intro-main-title-zutu-two-numbered-captions-tu-1-2-before-founder-content-benzu-tupian-bracket-quanmeiti-jizhe-she-benbaoxun-shuanglong-yanxue');
const DENGGUANG = f('tzrb51-taizhou-classic-p-quanmeiti-jizhe-first-img-then-caption-glued-to-next-paragraph-in-one-p-quanmeiti-jizhe-she-dengguangxiu');

// At the first run (7 of 14 pages all right, 45 of 57 gold blocks exact in both readers, every page recognised with its
// title and date): three captions printed over two print lines whose credit line begins with the rest of a cut sentence
// were cut at the print line (嘉兴日报 pre-wrap indented 17: …桥下不时有货船 given as body, 驶过。记者　戚建卫　摄 as a
// caption; 宁波日报 <p> per print line 16: 图为…书写春 and 联。　记者　唐　严　摄 two captions; 温州日报 pre-wrap indented 16,
// the caption first: …吸引游客驻足拍照。通 given as body, 讯员　金　晨　摄 as a caption); the numbered captions 图①, 图②
// with no credit of their own were given as body (绍兴日报 pre-wrap plain 15, 金华日报 pad template's 图①); the 绍兴日报
// 摄影 feature's short texts under its three pictures were given as body; on the 台州日报 page the caption <p> under a
// picture, with the next paragraph glued on after its credit (…　摄　　“每天…), was joined to the paragraph above it.
// Since a numbered caption (`图①　…`) of a few print lines is a caption (lib/reflow/credit-captions.ts) the 绍兴日报 组图
// and the 金华日报 pad page are all right (9 of 14 pages). Since a print line of text and a credit goes on the caption
// whose words the line end cut above it, where the line after starts anew (lib/reflow/credit-captions.ts
// captionCutAbove, the blind90 round), the 嘉兴日报 and 温州日报 pages are all right too (11 of 14, 50 of 57); the 宁波日报
// caption opened by 图为 (each print line an element of its own) and the glued caption are left open. Since a photo
// page's last run of three pictures or more, one short element under each, gives each its caption (lib/reflow/photo-run.ts
// inPhotoRun, the blind90 round) the 摄影 feature is all right (12 of 14, 53 of 57). Since a credited caption in a <p> of
// its own among print lines no longer stops the page being read as one print line per <p> (lib/reflow/line-elements.ts,
// the blind135 round), the 宁波日报 page's caption opened by 图为 is one caption and the page is all right (13 of 14, 54 of 57).
const OPEN = new Set<string>([DENGGUANG]);
const FIRST_OPEN = new Set<string>([CHANGHONG, HUANGJIU, YEXING, CHUNLIAN, YOUCAIHUA, YANXUE, DENGGUANG]);
describeBlindPages('blind84', BLIND84_PAGES, OPEN);

describe('the blind84 set', () => {
  it('holds picture pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND84_PAGES.length).toBe(14);
    const hosts = new Set(BLIND84_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND84_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2027-01-22')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND84_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
