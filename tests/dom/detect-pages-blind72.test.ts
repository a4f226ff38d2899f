// The blind72 pages (tests/fixtures/pages/blind72-*, see blind72-manifest.json): picture pages — 图片新闻, 组图, a 摄影
// feature, a 视觉 page and a page whose text is only captions — as ten Zhejiang papers print them (萧山日报, 浙江日报,
// 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 湖州日报, 金华日报, 台州日报), each in its paper's own template and body
// shape: captions in table#newspic, in div.attachment, in the pad template before <founder-content>, in <p> next to <img>
// and in print lines; credits glued, alone, in brackets, 新华社发 and 图片由…提供; 图① numbered captions; captions over
// two print lines. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind72.
import { describe, expect, it } from 'vitest';
import { BLIND72_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind72-${stem}.html`;
const ZUTU = f('xsrb42-xsnet-classic-zutu-br-14-indented-lead-then-numbered-captions-tu-1-3-over-two-lines-benzu-tupian-credit-nongmin-yundonghui');
const SHIJUE = f('zjrb42-classic-p-shijue-page-title-lead-four-captions-bracket-credits-tupian-you-tigong-last-nianwei');
const SHEYING = f('sxrb41-shaoxing-pc-article-title-p-sheying-four-photos-short-text-under-each-credit-alone-last-zhubian-yiren');
const LVDAO = f('sxrb42-shaoxing-pc-article-title-prewrap-plain-15-tupian-xinwen-caption-two-print-lines-jizhe-she-first-benbaoxun-lvdao');
const DAQIAO = f('wzrb41-wzdaily-pc-prewrap-indented-16-tupian-xinwen-benbaoxun-body-then-caption-bracket-credit-beikou-daqiao-benban-zebian');

// At the first run (9 of 14 pages all right, 55 of 68 gold blocks exact in both readers, every page recognised with its
// title and date): in the 萧山日报 组图's <br> print lines the three numbered captions (图①　…) and the credit 本组图片由…摄,
// which runs over two print lines, were given as body; on the 浙江日报 视觉 page the last caption, with no credit, under its
// picture was given as body; on the 绍兴日报 摄影 feature the short texts under the first three pictures were given as
// body; in the 绍兴日报 pre-wrap plain fifteen-wide 图片新闻 the caption, over three print lines and ending 记者　X　摄, was
// joined to the 本报讯 paragraph under it; in the 温州日报 pre-wrap indented sixteen-wide 图片新闻 the two paragraphs were
// joined and the caption after them, its credit （记者　X　摄） cut by the line end, was given as body. Since a caption over
// print lines ends where its credit ends and is a caption (lib/reflow/credit-captions.ts) the 绿道 page's blocks are all
// right, and the 温州日报 caption is one (its two paragraphs are still joined); the 组图's credit is a caption, its numbered
// captions are left open with the 视觉 page's and the 摄影 feature's (10 of 14 pages, 59 of 68 blocks). Since the blind84
// round a numbered caption (`图①　…`) of a few print lines is a caption (credit-captions.ts): the 组图 is all right (11 of 14
// pages, 62 of 68 blocks). Since a photo page's last run of three pictures or more, one short element under each, gives
// each its caption (lib/reflow/photo-run.ts inPhotoRun, the blind90 round) the 摄影 feature is all right (12 of 14, 65 of 68).
const OPEN = new Set<string>([SHIJUE, DAQIAO]);
const FIRST_OPEN = new Set<string>([ZUTU, SHIJUE, SHEYING, LVDAO, DAQIAO]);
describeBlindPages('blind72', BLIND72_PAGES, OPEN);

describe('the blind72 set', () => {
  it('holds picture pages of ten Zhejiang papers, all of one day', () => {
    expect(BLIND72_PAGES.length).toBe(14);
    const hosts = new Set(BLIND72_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND72_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-26')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND72_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
